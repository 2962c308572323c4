import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { BatchCursor, siblingWorker } from "../../generator/platform/worker-threads.js";

describe("BatchCursor", () => {
  it("hands out consecutive batches, the last one short, then nothing", () => {
    const c = new BatchCursor(7, 3);
    expect([c.take(), c.take(), c.take(), c.take()]).toEqual([[0, 3], [3, 6], [6, 7], undefined]);
  });

  it("has nothing to hand out for no items", () => {
    expect(new BatchCursor(0, 16).take()).toBeUndefined();
  });
});

describe("siblingWorker", () => {
  // The sources have only the .ts worker modules (dist/ holds the .js ones).
  const here = pathToFileURL(resolve("generator/pipeline/page-parse-pool.ts")).href;

  it("finds the TS source when asked for it, and never a compiled module that is not there", () => {
    expect(siblingWorker(here, "page-parse-worker", "source")?.url.pathname).toMatch(/generator\/pipeline\/page-parse-worker\.ts$/);
    expect(siblingWorker(here, "page-parse-worker", "source")?.tsx).toBe(true);
    expect(siblingWorker(here, "page-parse-worker", "compiled")).toBeUndefined();
  });

  it("finds nothing for a module that does not exist", () => {
    expect(siblingWorker(here, "no-such-worker", "source")).toBeUndefined();
  });
});
