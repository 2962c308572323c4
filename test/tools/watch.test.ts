/** generate --watch on real files: an edit regenerates the affected file; a broken page reports and watching goes on. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { GenerateResult } from "../../generator/index.js";
import { watchPages } from "../../generator/tools/watch.js";

const root = mkdtempSync(join(tmpdir(), "docs2ts-watch-"));
const docs = join(root, "docs");
const out = join(root, "out");
cpSync("input-docs", docs, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

function nextRun(runs: GenerateResult[], count: number, timeoutMs = 60_000): Promise<GenerateResult> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (runs.length >= count) {
        clearInterval(poll);
        resolve(runs[count - 1]);
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(poll);
        reject(new Error("no regeneration"));
      }
    }, 50);
  });
}

describe("watchPages", () => {
  it("regenerates on an edit, rewriting only affected files, and keeps watching after a broken page", async () => {
    const runs: GenerateResult[] = [];
    const errors: unknown[] = [];
    const w = watchPages({
      input: [docs],
      out,
      cacheDir: join(root, "cache"),
      debounceMs: 100,
      onRun: (r) => runs.push(r),
      onError: (e) => errors.push(e),
    });
    try {
      await w.ready;
      expect(runs).toHaveLength(1);

      const page = join(docs, "resources", "card.md");
      writeFileSync(page, readFileSync(page, "utf8").replace("|title|String|", "|title|Int32|"));
      const edited = await nextRun(runs, 2);
      expect(edited.write.written).toContain("models/microsoft.graph.ts");
      expect(edited.write.written).not.toContain("runtime.ts");
      expect(readFileSync(join(out, "models", "microsoft.graph.ts"), "utf8")).toMatch(/title\?: number/);

      writeFileSync(
        join(docs, "resources", "broken.md"),
        "---\ntitle: a: b: c\n---\n# broken resource type\n\n## Properties\n| Property | Type |\n|---|\n",
      );
      const broken = await nextRun(runs, 3);
      expect(broken.model.diagnostics.some((d) => d.location.file.endsWith("broken.md"))).toBe(true);

      writeFileSync(page, readFileSync(page, "utf8").replace("|title|Int32|", "|title|String|"));
      await nextRun(runs, 4);
      expect(readFileSync(join(out, "models", "microsoft.graph.ts"), "utf8")).toMatch(/title\?: string/);
      expect(errors).toEqual([]);
    } finally {
      await w.close();
    }
  });
});
