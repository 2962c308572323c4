/** Type-checks a folder of generated TypeScript the way a user's `tsc --noEmit --strict` would (TypeScript 5.9 API). */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

export function tsFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFilesUnder(p));
    else if (e.name.endsWith(".ts")) out.push(p);
  }
  return out.sort();
}

/** What a user's strict NodeNext ESM project checks generated code with (no Node types: the runtime needs none). */
export const STRICT_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  types: [],
};

/** Diagnostics as `file:line:col message` lines; empty when the folder compiles. */
export function typecheckStrict(dir: string): string[] {
  const program = ts.createProgram(tsFilesUnder(dir), { ...STRICT_OPTIONS, skipLibCheck: false });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const msg = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    if (!d.file || d.start === undefined) return msg;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName}:${line + 1}:${character + 1} ${msg}`;
  });
}
