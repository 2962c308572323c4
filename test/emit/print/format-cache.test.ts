/** Statement-by-statement formatting gives prettier's whole-file bytes, and reuses what it formatted before. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatFilesCached } from "../../../generator/emit/print/format-cache.js";
import { splitStatements, type Chunk } from "../../../generator/emit/print/format.js";
import { CacheStore } from "../../../generator/cache/store.js";
import { formatTypeScript } from "../../../generator/emit/print/format.js";
import { emitTypeScript } from "../../../generator/emit/typescript/project.js";
import { loadModel, runtimeSource } from "../../../generator/index.js";

describe("formatFilesCached", () => {
  it("equals formatting each generated file at once", async () => {
    const raw = await emitTypeScript(await loadModel({ input: ["input-docs"] }), {
      runtimeSource: await runtimeSource(),
      skipFormat: true,
    });
    raw.delete("runtime.ts");
    const chunked = await formatFilesCached(raw, {}, undefined);
    for (const [path, text] of raw) expect(chunked.get(path), path).toBe(await formatTypeScript(text));
  });

  it("gives the same bytes from emit's printed statements as from parsing the files for them", async () => {
    const chunks = new Map<string, Chunk[]>();
    const raw = await emitTypeScript(await loadModel({ input: ["input-docs"], cacheDir: false }), {
      runtimeSource: await runtimeSource(),
      skipFormat: true,
      chunks,
    });
    raw.delete("runtime.ts");
    expect([...chunks.keys()].some((k) => k.startsWith("models/")) && [...chunks.keys()].some((k) => k.startsWith("client/"))).toBe(true);
    const stats = { formatted: 0, reused: 0 };
    const fromChunks = await formatFilesCached(raw, {}, undefined, stats, chunks);
    expect(fromChunks).toEqual(await formatFilesCached(raw, {}, undefined));
    expect(stats.formatted).toBeGreaterThan(chunks.size);
  });

  it("keeps blank lines between statements only where the source had them, and trailing comments", async () => {
    const text =
      "import { a } from './a.js';\nimport { b } from './b.js';\n\nexport   const x=1\n/** doc */\nexport type T = string\n\n// end\n";
    expect(splitStatements(text).map((c) => c.blankAfter)).toEqual([false, true, false, true, false]);
    expect((await formatFilesCached(new Map([["f.ts", text]]), {}, undefined)).get("f.ts")).toBe(await formatTypeScript(text));
  });

  it("formats again only the statements that changed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "docs2ts-fmt-"));
    try {
      const store = new CacheStore(dir, "t");
      const one = "export const a=1\n\nexport const b=2\n\nexport const c=3\n";
      const first = { formatted: 0, reused: 0 };
      await formatFilesCached(new Map([["f.ts", one]]), {}, store, first);
      expect(first).toEqual({ formatted: 3, reused: 0 });
      const second = { formatted: 0, reused: 0 };
      const out = await formatFilesCached(new Map([["f.ts", one.replace("b=2", "b=22")]]), {}, store, second);
      expect(second).toEqual({ formatted: 1, reused: 2 });
      expect(out.get("f.ts")).toBe("export const a = 1;\n\nexport const b = 22;\n\nexport const c = 3;\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the prettier version in the format cache's generation", () => {
  it("is prettier's own version (read from its package.json)", async () => {
    const { installedVersion } = await import("../../../generator/cache/keys.js");
    expect(installedVersion("prettier")).toBe((await import("prettier")).version);
  });
});
