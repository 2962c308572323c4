/**
 * The output is already in prettier's form: prettier over each whole output file (default options) changes nothing,
 * although docs2ts formats statement by statement, in groups, from a cache (format.ts, format-cache.ts). Always on
 * the committed output of the example docs; on the whole v1.0 reference of the corpus when asked for (a cold generate
 * of 3,341 pages, minutes on the shared machine):
 *   DOCS2TS_PRETTIER_CORPUS=1 npx vitest run test/emit/print/prettier-stable.test.ts
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { format } from "prettier";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_PRETTIER_OPTIONS } from "../../../generator/emit/print/format.js";
import { generate } from "../../../generator/index.js";

const corpus = resolve(process.env.DOCS2TS_CORPUS ?? "../shared/corpus", "graph-docs-2021-07", "v1.0");
const corpusWanted = process.env.DOCS2TS_PRETTIER_CORPUS === "1";

/** The .ts files of an output folder that prettier would change, as relative paths. */
async function changedByPrettier(dir: string): Promise<{ checked: number; changed: string[] }> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const changed: string[] = [];
  for (const f of files) {
    const text = readFileSync(f, "utf8");
    if ((await format(text, { ...DEFAULT_PRETTIER_OPTIONS, parser: "typescript" })) !== text) changed.push(relative(dir, f));
  }
  return { checked: files.length, changed };
}

describe("prettier over whole output files", () => {
  it("changes nothing in the committed output (generated/)", async () => {
    const r = await changedByPrettier("generated");
    expect(r.checked).toBeGreaterThanOrEqual(5);
    expect(r.changed).toEqual([]);
  });

  const root = mkdtempSync(join(tmpdir(), "docs2ts-prettier-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const skip = !corpusWanted || !existsSync(corpus);
  if (skip)
    console.log(`prettier-stable: the v1.0 run is off (${corpusWanted ? `no corpus at ${corpus}` : "set DOCS2TS_PRETTIER_CORPUS=1"})`);
  it.skipIf(skip)("changes nothing in the whole v1.0 output", { timeout: 1_200_000 }, async () => {
    const out = join(root, "out");
    await generate({ input: [corpus], out, cacheDir: false });
    const r = await changedByPrettier(out);
    expect(r.checked).toBeGreaterThan(40);
    expect(r.changed).toEqual([]);
  });
});
