/** Runs generated code: transpiles every file to JS in a temp folder (ESM) and imports one of them. */
import ts from "typescript";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

export async function loadGenerated(files: ReadonlyMap<string, string>, entry: string): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), "docs2ts-emit-"));
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }');
  for (const [path, text] of files) {
    const js = ts.transpileModule(text, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false },
    }).outputText;
    const out = join(dir, path.replace(/\.ts$/, ".js"));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, js);
  }
  try {
    return (await import(pathToFileURL(join(dir, entry.replace(/\.ts$/, ".js"))).href)) as Record<string, unknown>;
  } finally {
    // Every static import is linked once import() resolves, so the files are no longer needed.
    rmSync(dir, { recursive: true, force: true });
  }
}
