/**
 * Snapshot of every generated file for input-docs/: the committed generated/ folder IS the snapshot, so
 * `npm run generate` and this test can never disagree about what the output should be. Review generated/ in the
 * diff before committing it (`npx vitest run test/generated.test.ts -u` rewrites it like any snapshot).
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel, renderFiles } from "../generator/index.js";
import { MODEL_SUMMARY_FILE } from "../generator/model/summary.js";
import { MANIFEST } from "../generator/platform/output-writer.js";

const files = await renderFiles(await loadModel({ input: ["input-docs"] }));

function listed(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listed(join(dir, e.name)) : [relative("generated", join(dir, e.name)).split("\\").join("/")],
  );
}

describe("generated/ for input-docs/", () => {
  it.each([...files.keys()])("%s matches the committed file", async (rel) => {
    await expect(files.get(rel)).toMatchFileSnapshot(join("..", "generated", rel));
  });

  it("holds nothing docs2ts would not write", () => {
    expect(
      listed("generated")
        .filter((f) => f !== MANIFEST && f !== MODEL_SUMMARY_FILE)
        .sort(),
    ).toEqual([...files.keys()].sort());
  });
});
