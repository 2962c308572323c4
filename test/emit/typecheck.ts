/** Type-checks generated files in memory with the TypeScript 5.9 compiler API, as a strict NodeNext ESM package. */
import ts from "typescript";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { STRICT_OPTIONS } from "../support/typecheck.js";

const ROOT = "/generated/";

export const RUNTIME_STUB = readFileSync(fileURLToPath(new URL("./fixtures/runtime-stub.ts", import.meta.url)), "utf8");

/** Formatted diagnostics ("" entries never): [] means the files compile under --strict. */
export function typeCheck(files: ReadonlyMap<string, string>, extra: Record<string, string> = {}): string[] {
  const virtual = new Map<string, string>([[`${ROOT}package.json`, '{ "type": "module" }']]);
  for (const [path, text] of files) virtual.set(ROOT + path, text);
  for (const [path, text] of Object.entries(extra)) virtual.set(ROOT + path, text);
  const options: ts.CompilerOptions = { ...STRICT_OPTIONS, skipLibCheck: true };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError) => {
    const text = virtual.get(fileName);
    return text !== undefined
      ? ts.createSourceFile(fileName, text, languageVersion, true)
      : getSourceFile(fileName, languageVersion, onError);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => virtual.has(fileName) || fileExists(fileName);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => virtual.get(fileName) ?? readFile(fileName);
  host.getCurrentDirectory = () => ROOT;
  host.directoryExists = (dir) => dir.startsWith(ROOT.slice(0, -1)) || ts.sys.directoryExists(dir);
  const roots = [...virtual.keys()].filter((f) => f.endsWith(".ts"));
  const program = ts.createProgram(roots, options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : "";
    return `${where} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}
