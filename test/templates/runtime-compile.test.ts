import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The runtime is copied into projects we do not control, so it is checked alone, under the strictest common flags,
// in both environments it must support: a browser project (DOM, no Node types) and a Node project (no DOM).
const runtimePath = fileURLToPath(new URL("../../templates/runtime.ts", import.meta.url));
const typeRoots = [fileURLToPath(new URL("../../node_modules/@types", import.meta.url))];

const strictest: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  noImplicitReturns: true,
  noPropertyAccessFromIndexSignature: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  // Node's type stripping runs only erasable syntax; generated code may be run that way.
  erasableSyntaxOnly: true,
  skipLibCheck: true,
};

function diagnosticsFor(options: ts.CompilerOptions): string[] {
  const program = ts.createProgram([runtimePath], { ...strictest, ...options });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))
    .map((text) => text.slice(0, 300));
}

describe("templates/runtime.ts compiles on its own", () => {
  it("in a browser project: lib ES2022 + DOM, no Node types", () => {
    expect(diagnosticsFor({ lib: ["lib.es2022.d.ts", "lib.dom.d.ts"], types: [] })).toEqual([]);
  });

  it("in a Node project: lib ES2022 + @types/node, no DOM", () => {
    expect(diagnosticsFor({ lib: ["lib.es2022.d.ts"], types: ["node"], typeRoots })).toEqual([]);
  });

  it("really type-checks (a broken copy is reported)", () => {
    const host = ts.createCompilerHost(strictest);
    const original = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) =>
      fileName === runtimePath
        ? ts.createSourceFile(fileName, `${ts.sys.readFile(runtimePath)}\nconst broken: number = "x";\n`, languageVersion)
        : original(fileName, languageVersion, onError, shouldCreate);
    const program = ts.createProgram(
      [runtimePath],
      { ...strictest, lib: ["lib.es2022.d.ts", "lib.dom.d.ts"], types: [] },
      host,
    );
    const messages = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(messages.some((m) => m.includes("not assignable to type 'number'"))).toBe(true);
  });
});
