/**
 * Generated TypeScript files (in memory) → a loaded ES module: each file transpiled to JavaScript (types erased, no
 * type check: `generate` output is type-checked by its own tests) into a fresh temp folder, then `index.js` imported.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { ts } from "ts-morph";

export interface LoadedClient {
  /** The exports of the generated index.ts. */
  exports: Record<string, unknown>;
  /** Removes the temp folder. */
  dispose(): Promise<void>;
}

const COMPILER_OPTIONS: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2022,
  // Keeps `import { type X, y }` elision exact, as under the output's own tsconfig.
  verbatimModuleSyntax: false,
  isolatedModules: true,
};

export async function loadGeneratedClient(files: ReadonlyMap<string, string>): Promise<LoadedClient> {
  const dir = await mkdtemp(join(tmpdir(), "docs2ts-examples-"));
  try {
    await writeFile(join(dir, "package.json"), '{ "type": "module" }\n');
    for (const [path, text] of files) {
      if (!path.endsWith(".ts")) continue;
      const js = ts.transpileModule(text, { compilerOptions: COMPILER_OPTIONS, fileName: path }).outputText;
      const target = join(dir, path.replace(/\.ts$/, ".js"));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, js);
    }
    const exports = (await import(pathToFileURL(join(dir, "index.js")).href)) as Record<string, unknown>;
    return { exports, dispose: () => rm(dir, { recursive: true, force: true }) };
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}
