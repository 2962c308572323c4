/**
 * The incremental invariant of generate: after any single-page edit, the output of the incremental run (page facts,
 * model, printed and formatted statements and the run record all from the cache of the run before) equals, byte for
 * byte, a cold run without cache on the same pages — in the returned files and in the output folder.
 *
 * Property test over random pages of the v1.0 corpus: a random sample of pages is the input; random pages of it get
 * one realistic edit each (a property's type, a dropped or added table row, an enum value, prose, a removed line),
 * one after another, each followed by the incremental run and the cold run. A few edits in CI; many locally:
 *   DOCS2TS_INCREMENTAL_EDITS=40 DOCS2TS_INCREMENTAL_PAGES=800 npx vitest run test/pipeline/incremental-invariants.test.ts
 * (DOCS2TS_INCREMENTAL_SEED picks another seed; a failure names the seed, the page and the edit).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/index.js";
import { seededRandom as random } from "../support/seeded-random.js";

const corpus = resolve(process.env.DOCS2TS_CORPUS ?? "../shared/corpus", "graph-docs-2021-07", "v1.0");
const EDITS = Number(process.env.DOCS2TS_INCREMENTAL_EDITS ?? 3);
const PAGES = Number(process.env.DOCS2TS_INCREMENTAL_PAGES ?? 100);
const SEED = Number(process.env.DOCS2TS_INCREMENTAL_SEED ?? 17_2026);

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)];
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

const TYPES = ["String", "Int32", "Boolean", "DateTimeOffset", "String collection", "[user](user.md)", "Guid"];

/** A table body row: `|a|b|…|` that is not a header separator. */
const isRow = (line: string): boolean => /^\s*\|.*\|\s*$/.test(line) && !/^\s*\|[\s:|-]+\|\s*$/.test(line);

/** One realistic edit of a page (a name and the new text), or undefined when the page has nothing it can change. */
function editPage(rnd: () => number, text: string): { edit: string; text: string } | undefined {
  const lines = text.split("\n");
  const rows = lines.map((l, i) => (isRow(l) && !/^\s*\|\s*(Property|Name|Member|Parameter)\s*\|/i.test(l) ? i : -1)).filter((i) => i >= 0);
  const prose = lines.map((l, i) => (/^[A-Za-z]/.test(l) ? i : -1)).filter((i) => i >= 0);
  const kinds = [
    ...(rows.length > 0 ? ["type", "drop-row", "add-row", "enum-value"] : []),
    ...(prose.length > 0 ? ["prose"] : []),
    "drop-line",
  ];
  const kind = pick(rnd, kinds);
  const at = kind === "prose" ? pick(rnd, prose) : kind === "drop-line" ? Math.floor(rnd() * lines.length) : pick(rnd, rows);
  const line = lines[at];
  const cells = line.split("|");
  switch (kind) {
    case "type":
      if (cells.length < 4) return undefined;
      cells[2] = pick(rnd, TYPES);
      lines[at] = cells.join("|");
      break;
    case "drop-row":
    case "drop-line":
      lines.splice(at, 1);
      break;
    case "add-row":
      if (cells.length < 3) return undefined;
      cells[1] = `${cells[1].trim()}Added${Math.floor(rnd() * 100)}`;
      lines.splice(at + 1, 0, cells.join("|"));
      break;
    case "enum-value":
      lines[at] = line.replace(/\|([^|]*)\|\s*$/, (_, d: string) => `|${d} Possible values are: \`alpha\`, \`beta\`.|`);
      break;
    case "prose":
      lines[at] = `${line} This sentence was added by an edit.`;
      break;
  }
  const next = lines.join("\n");
  return next === text ? undefined : { edit: `${kind} at line ${at + 1}: ${JSON.stringify(line.slice(0, 120))}`, text: next };
}

/** The output folder as relative path → text. */
function folder(dir: string): Map<string, string> {
  return new Map(markdownlessFiles(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));
}

function markdownlessFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

let hasCorpus = true;
try {
  readdirSync(corpus);
} catch {
  hasCorpus = false;
}

describe.skipIf(!hasCorpus)(`incremental generate equals a cold --no-cache run after single-page edits (corpus ${corpus})`, () => {
  const root = mkdtempSync(join(tmpdir(), "docs2ts-invariants-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it(`holds for ${EDITS} random edits of ${PAGES} random pages (seed ${SEED})`, { timeout: 600_000 }, async () => {
    const rnd = random(SEED);
    const all = markdownFiles(corpus);
    const sample = new Set<string>();
    while (sample.size < Math.min(PAGES, all.length)) sample.add(pick(rnd, all));
    const docs = join(root, "docs");
    for (const f of sample) {
      mkdirSync(dirname(join(docs, f)), { recursive: true });
      cpSync(join(corpus, f), join(docs, f));
    }
    const pages = [...sample].sort();
    const common = { input: [docs], workers: 0 };
    const incrementalOut = join(root, "out");
    const cacheDir = join(root, "cache");
    await generate({ ...common, out: incrementalOut, cacheDir });

    let done = 0;
    for (let tries = 0; done < EDITS && tries < EDITS * 20; tries++) {
      const page = pick(rnd, pages);
      const file = join(docs, page);
      const edited = editPage(rnd, readFileSync(file, "utf8"));
      if (!edited) continue;
      writeFileSync(file, edited.text);
      const what = `seed ${SEED}, edit ${done + 1}: ${page}, ${edited.edit}`;
      const incremental = await generate({ ...common, out: incrementalOut, cacheDir });
      expect(incremental.stats.upToDate, what).toBeFalsy();
      expect(incremental.stats.parsed, what).toBe(1);
      const coldOut = join(root, `cold-${done}`);
      const cold = await generate({ ...common, out: coldOut, cacheDir: false });
      expect(new Map(incremental.files), what).toEqual(new Map(cold.files));
      expect(folder(incrementalOut), what).toEqual(folder(coldOut));
      rmSync(coldOut, { recursive: true, force: true });
      done++;
    }
    expect(done).toBe(EDITS);
  });
});
