/**
 * Property-based fuzzing (issue 6, point 4): real pages (input-docs, and a fixed corpus sample when the corpus is
 * there) mutated by dropped lines, duplicated rows, swapped cells, truncation and hostile strings, through parse →
 * model → emit → write. Invariants: no crash, every finding a registered rule located inside its page, every file
 * valid TypeScript with no page text turned into code, nothing written outside the output folder; one case in ten
 * is also formatted and type-checked under `tsc --strict`.
 *
 * Fixed seed and a CI-sized budget; a longer local run: `DOCS2TS_FUZZ_RUNS=2000 npx vitest run test/hostile/fuzz.test.ts`
 * (`DOCS2TS_FUZZ_SEED` picks another seed). See docs/testing.md.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { applyEdits, cells, classify, mutate, pageEditArb, PAYLOADS, splitLines, type Mutation } from "./fuzz-mutations.js";
import { loadPageSets, runFuzzCase, syntaxErrors, type FuzzCase, type PageSet } from "./fuzz-run.js";

const RUNS = Number(process.env.DOCS2TS_FUZZ_RUNS ?? 60);
const SEED = Number(process.env.DOCS2TS_FUZZ_SEED ?? 6_2024);

const PAGE = [
  "---",
  'title: "card resource type"',
  "---",
  "# card resource type",
  "",
  "## Properties",
  "|Property|Type|Description|",
  "|:---|:---|:---|",
  "|id|String|The id. The possible values are: `a`, `b`.|",
  "|status|[cardStatus](cardstatus.md)|The status.|",
  "",
  "### cardStatus values",
  "",
  "|Member|Description|",
  "|:---|:---|",
  "|open|Open.|",
  "",
  '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.card" } -->',
  "```json",
  '{ "id": "String" }',
  "```",
  "",
  "```http",
  "GET /cards/{id}",
  "```",
].join("\n");

const inject = (target: Extract<Mutation, { kind: "inject" }>["target"], at = 0, how: "replace" | "suffix" = "replace"): Mutation => ({
  kind: "inject",
  target,
  at,
  payload: 0, // "*/"
  how,
});

describe("fuzz mutations", () => {
  it("classifies table rows, their header, fences and front matter", () => {
    const info = classify(splitLines(PAGE));
    expect(info[8]).toMatchObject({ tableBody: true, tableHeader: "Property" });
    expect(info[6].tableBody).toBe(false);
    expect(info[15]).toMatchObject({ tableBody: true, tableHeader: "Member" });
    expect(info[19]).toMatchObject({ fenced: true, fenceLang: "json" });
    expect(info[1].frontMatter).toBe(true);
    expect(cells("|a|b\\|c|d|")).toEqual(["a", "b\\|c", "d"]);
  });

  it("puts each payload where its target says", () => {
    expect(PAYLOADS[0]).toBe("*/");
    const line = (m: Mutation, n: number) => splitLines(mutate(PAGE, m))[n];
    expect(line(inject("name"), 8)).toBe("|*/|String|The id. The possible values are: `a`, `b`.|");
    expect(line(inject("type", 1), 9)).toBe("|status|*/|The status.|");
    expect(line(inject("description", 0, "suffix"), 8)).toBe("|id|String|The id. The possible values are: `a`, `b`.*/|");
    expect(line(inject("enum-value"), 15)).toBe("|*/|Open.|");
    expect(line(inject("inline-enum-value"), 8)).toBe("|id|String|The id. The possible values are: `*/`, `b`.|");
    expect(line(inject("title"), 3)).toBe("# */ resource type");
    expect(line(inject("annotation"), 17)).toBe('<!-- { "blockType": "*/", "@odata.type": "microsoft.graph.card" } -->');
    expect(line(inject("json-key"), 19)).toBe('{ "*/": "String" }');
    expect(line(inject("http-path"), 23)).toBe("GET */");
    expect(line(inject("front-matter"), 1)).toBe("title: */");
  });

  it("drops, duplicates, swaps and truncates", () => {
    expect(splitLines(mutate(PAGE, { kind: "drop-line", at: 3 }))).not.toContain("# card resource type");
    expect(splitLines(mutate(PAGE, { kind: "duplicate-row", at: 1 })).filter((l) => l.startsWith("|status|"))).toHaveLength(2);
    expect(splitLines(mutate(PAGE, { kind: "swap-cells", at: 0, a: 0, b: 2 }))[8]).toBe(
      "|The id. The possible values are: `a`, `b`.|String|id|",
    );
    expect(mutate(PAGE, { kind: "truncate", perMille: 500 })).toBe(PAGE.slice(0, Math.floor(PAGE.length / 2)));
    const edited = applyEdits(
      [{ file: "p/card.md", text: PAGE }],
      [{ page: 3, mutations: [{ kind: "truncate", perMille: 0 }], copy: true }],
    );
    expect(edited).toEqual([
      { file: "p/card.md", text: "" },
      { file: "p/card.copy.md", text: "" },
    ]);
  });

  it("syntaxErrors sees a comment or string that page text closed", () => {
    expect(syntaxErrors(new Map([["a.ts", "/** x */ export type A = string;"]]))).toEqual([]);
    expect(syntaxErrors(new Map([["a.ts", "/** x */ y */ export type A = string;"]]))).not.toEqual([]);
    expect(syntaxErrors(new Map([["a.ts", 'export type A = "x" y";']]))).not.toEqual([]);
  });
});

describe("fuzz: mutated real pages keep the invariants", () => {
  let sets: PageSet[] = [];
  beforeAll(() => {
    sets = loadPageSets();
    if (sets.length < 3)
      console.log(`fuzz: corpus not found at ${process.env.DOCS2TS_CORPUS ?? "../shared/corpus"}; fuzzing input-docs only`);
  });

  it("the unmutated page sets pass every check, type-check included", { timeout: 120_000 }, async () => {
    for (let set = 0; set < sets.length; set++) {
      const outcome = await runFuzzCase(sets, { set, edits: [], deep: true });
      expect(outcome.problems, sets[set].name).toEqual([]);
      expect(outcome.model!.types.length, sets[set].name).toBeGreaterThan(0);
    }
  });

  it(`${RUNS} mutated cases (seed ${SEED})`, { timeout: Math.max(120, RUNS * 3) * 1000 }, async () => {
    const caseArb: fc.Arbitrary<FuzzCase> = fc.record({
      set: fc.nat({ max: 99 }),
      edits: fc.array(pageEditArb, { minLength: 1, maxLength: 2 }),
      // One case in ten pays for prettier and tsc; shrinking moves towards deep (0), which checks more.
      deep: fc.nat({ max: 9 }).map((n) => n === 0),
    });
    let ran = 0;
    let deep = 0;
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        ran++;
        if (c.deep) deep++;
        const { problems } = await runFuzzCase(sets, c);
        if (problems.length > 0)
          throw new Error(`${problems.length} problem(s) in ${sets[c.set % sets.length].name}:\n${problems.slice(0, 10).join("\n")}`);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: process.env.CI !== undefined },
    );
    if (process.env.DOCS2TS_FUZZ_RUNS) console.log(`fuzz: ${ran} cases (${deep} type-checked), seed ${SEED}`);
    expect(ran).toBeGreaterThanOrEqual(RUNS);
  });
});
