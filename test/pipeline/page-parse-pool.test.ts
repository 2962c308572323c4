/**
 * Worker-thread parsing gives the same facts, in the same order, as parsing in this thread. Under vitest the
 * sources are TypeScript without a loader for workers, so the pool falls back to this thread; the compiled build
 * (dist/, made by `npm test`) runs real workers.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findPages, readPages } from "../../generator/platform/input-files.js";
import { parsePages, parsePageSafely, workerEntry } from "../../generator/pipeline/page-parse-pool.js";

const dist = new URL("../../dist/generator/pipeline/page-parse-pool.js", import.meta.url);

async function manyPages(): Promise<{ file: string; text: string }[]> {
  const pages = await readPages(await findPages(["input-docs"]));
  // Enough pages to pass the workers' threshold.
  return Array.from({ length: 10 }, (_, i) => pages.map((p) => ({ file: `${i}/${p.file}`, text: p.text }))).flat();
}

describe("parsePages", () => {
  it("falls back to this thread when the worker module cannot run (TS sources without a loader)", async () => {
    expect(workerEntry()).toBeUndefined();
    const pages = await manyPages();
    expect(await parsePages(pages, { workers: 2 })).toEqual(pages.map((p) => parsePageSafely(p.file, p.text)));
  });

  it.skipIf(!existsSync(dist))("runs on worker threads from the build and gives the same facts in order", async () => {
    const built = (await import(dist.href)) as typeof import("../../generator/pipeline/page-parse-pool.js");
    expect(built.workerEntry()?.url.pathname).toMatch(/dist\/generator\/pipeline\/page-parse-worker\.js$/);
    const pages = await manyPages();
    const viaWorkers = await built.parsePages(pages, { workers: 2 });
    expect(viaWorkers).toEqual(pages.map((p) => built.parsePageSafely(p.file, p.text)));
  });

  it("turns a page that makes the parser throw into an error diagnostic", () => {
    const hostile = {
      toString: (): string => {
        throw new Error("boom");
      },
    };
    const facts = parsePageSafely("x.md", hostile as unknown as string);
    expect(facts.diagnostics[0]).toMatchObject({ code: "parse-failed", severity: "error", location: { file: "x.md", line: 1 } });
    expect(facts.diagnostics[0].message).toContain("boom");
  });
});
