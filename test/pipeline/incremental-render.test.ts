/**
 * The incremental path on the example docs: a rerun parses nothing and skips emit, one edited page is the only page
 * parsed and only its statements are formatted again, and every path gives the bytes of a run without cache.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createSession, generate, loadModel } from "../../generator/index.js";
import { loadModelIncremental, renderIncremental } from "../../generator/pipeline/incremental-render.js";

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

    // The edited page's facts were kept too (in the delta beside the pack): without the model entry, nothing is parsed.
    for (const name of readdirSync(cacheDir)) if (name.startsWith("g-")) rmSync(join(cacheDir, name), { recursive: true });
    const again = await renderIncremental({ input: [docs], cacheDir, workers: 0 });
    expect(again.stats).toMatchObject({ parsed: 0, modelReused: false });
    expect(again.files).toEqual(fresh.files);
  });
});

describe("cache families", () => {
  it("keeps page facts and formatted statements when the model or emit code changes", async () => {
    const dir = join(root, "cache-families");
    const first = await renderIncremental({ input: [docs], cacheDir: dir, workers: 0 });
    // A changed model or emit module gives a new whole-generator generation: the same as its folder being gone.
    for (const name of readdirSync(dir)) if (name.startsWith("g-")) rmSync(join(dir, name), { recursive: true });
    const next = await renderIncremental({ input: [docs], cacheDir: dir, workers: 0 });
    expect(next.stats).toMatchObject({ parsed: 0, factsReused: first.stats.pages, modelReused: false, emitSkipped: false });
    expect(next.stats.format.formatted).toBe(0);
    expect(next.files).toEqual(first.files);
  });
});

describe("loadModel", () => {
  it("shares generate's cache (a run after generate parses nothing) and equals a run without cache", async () => {
    const dir = join(root, "cache-load");
    const r = await renderIncremental({ input: [docs], cacheDir: dir, workers: 0 });
    const cached = await loadModel({ input: [docs], cacheDir: dir, workers: 0 });
    expect(cached).toEqual(r.model);
    // Page facts from the cache alone (the model entry gone) give the same model too.
    for (const name of readdirSync(dir)) if (name.startsWith("g-")) rmSync(join(dir, name), { recursive: true });
    const fromFacts = await loadModelIncremental({ input: [docs], cacheDir: dir, workers: 0 });
    expect(fromFacts.stats).toMatchObject({ parsed: 0, modelReused: false });
    expect(fromFacts.model).toEqual(r.model);
    expect((await loadModelIncremental({ input: [docs], cacheDir: dir, workers: 0 })).stats.modelReused).toBe(true);
    expect(await loadModel({ input: [docs], cacheDir: false })).toEqual(r.model);
  });
});

describe("a generate session (watch mode)", () => {
  it("keeps the last run's pages in memory: after an edit only that page is parsed, without the facts cache", async () => {
    const dir = join(root, "cache-session");
    const pages = join(root, "session-docs");
    const out = join(root, "session-out");
    cpSync("input-docs", pages, { recursive: true });
    const options = { input: [pages], out, cacheDir: dir, workers: 0 };
    const session = createSession();
    const first = await generate(options, session);
    expect(session.pages.size).toBe(first.stats.pages);

    const page = join(pages, "resources", "card.md");
    const dropFactsCache = () => {
      for (const name of readdirSync(dir)) if (name.startsWith("p-")) rmSync(join(dir, name), { recursive: true });
    };
    dropFactsCache();
    writeFileSync(page, readFileSync(page, "utf8").replace("|title|String|", "|title|Int32|"));
    const edited = await generate(options, session);
    expect(edited.stats).toMatchObject({ parsed: 1, factsReused: first.stats.pages - 1 });
    expect(session.pages.size).toBe(first.stats.pages);
    expect(edited.files).toEqual((await renderIncremental({ input: [pages], cacheDir: false, workers: 0 })).files);

    // Without the session the same edit parses every page again (the facts cache is gone).
    dropFactsCache();
    writeFileSync(page, readFileSync(page, "utf8").replace("|title|Int32|", "|title|Int64|"));
    expect((await generate(options)).stats.parsed).toBe(first.stats.pages);
  });
});
