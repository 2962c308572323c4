/**
 * The incremental path on the example docs: a rerun parses nothing and skips emit, one edited page is the only page
 * parsed and only its statements are formatted again, and every path gives the bytes of a run without cache.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderIncremental } from "../../generator/io/incremental-render.js";

const root = mkdtempSync(join(tmpdir(), "docs2ts-incr-"));
const docs = join(root, "docs");
cpSync("input-docs", docs, { recursive: true });
const cacheDir = join(root, "cache");
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("renderIncremental", () => {
  it("reuses facts, model and files, and matches a run without cache after an edit", async () => {
    const cold = await renderIncremental({ input: [docs], cacheDir, workers: 0 });
    expect(cold.stats.parsed).toBe(cold.stats.pages);
    expect(cold.stats.format.reused).toBe(0);

    const noop = await renderIncremental({ input: [docs], cacheDir, workers: 0 });
    expect(noop.stats).toMatchObject({ parsed: 0, modelReused: true, emitSkipped: true });
    expect(noop.files).toEqual(cold.files);

    const page = join(docs, "resources", "card.md");
    writeFileSync(page, readFileSync(page, "utf8").replace("|title|String|", "|title|Int32|"));
    const edited = await renderIncremental({ input: [docs], cacheDir, workers: 0 });
    expect(edited.stats).toMatchObject({ parsed: 1, factsReused: cold.stats.pages - 1, modelReused: false, emitSkipped: false });
    expect(edited.stats.format.reused).toBeGreaterThan(edited.stats.format.formatted);
    const fresh = await renderIncremental({ input: [docs], cacheDir: false, workers: 0 });
    expect(edited.files).toEqual(fresh.files);
    expect(edited.files).not.toEqual(cold.files);
  });
});
