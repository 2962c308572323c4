/**
 * The block scanner may only drop what no reader reads: on every corpus page, the page facts parsed from the
 * reduced text must deep-equal those parsed from the full text. parseMarkdown is wrapped (not replaced) so the test
 * runs exactly the wiring page.ts uses: `parseReduced(fm.body, parseMarkdown)`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { parseReduced, reduceForParse } from "../../generator/parse/block-scanner.js";

const mode = vi.hoisted(() => ({ reduce: false }));

vi.mock("../../generator/parse/markdown.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../generator/parse/markdown.js")>();
  return {
    ...real,
    // Idempotent once page.ts itself parses reduced text: reducing reduced text changes nothing (tested below).
    parseMarkdown: (text: string) => (mode.reduce ? parseReduced(text, real.parseMarkdown) : real.parseMarkdown(text)),
  };
});

const { parsePage } = await import("../../generator/parse/page.js");

const root = resolve(process.env.DOCS2TS_CORPUS ?? "../shared/corpus");
const corpora = [join(root, "graph-docs-2021-07", "v1.0"), join(root, "graph-docs-2020-05", "beta")];

function pagesOf(dir: string): string[] {
  return ["api", "resources"].flatMap((sub) =>
    readdirSync(join(dir, sub))
      .filter((f) => f.endsWith(".md"))
      .sort()
      .map((f) => join(dir, sub, f)),
  );
}

describe("reduceForParse", () => {
  it("keeps the line count and every kept line byte-identical", () => {
    const text = "# t\n\nprose\nmore prose\n\n## Properties\n\n| Property | Type |\n|---|---|\n| a | String |\n\n> note\n";
    const out = reduceForParse(text);
    expect(out.split("\n")).toHaveLength(text.split("\n").length);
    const kept = out.split("\n");
    text.split("\n").forEach((line, i) => expect([line, ""]).toContain(kept[i]));
    expect(out).toContain("| a | String |");
    expect(out).not.toContain("> note");
  });

  it("is idempotent", () => {
    const text = "# t\n\n## Examples\n\nSome prose.\n\n<!-- { \"blockType\": \"request\" } -->\n```http\nGET /me\n```\n";
    expect(reduceForParse(reduceForParse(text))).toBe(reduceForParse(text));
    expect(reduceForParse(text)).not.toContain("Some prose.");
  });

  for (const dir of corpora) {
    it.skipIf(!existsSync(dir))(`gives the same page facts on every page of ${dir}`, () => {
      const differing: string[] = [];
      let kept = 0;
      let total = 0;
      for (const file of pagesOf(dir)) {
        const text = readFileSync(file, "utf8");
        mode.reduce = false;
        const full = parsePage(file, text);
        mode.reduce = true;
        const reduced = parsePage(file, text);
        kept += reduceForParse(text).length;
        total += text.length;
        try {
          expect(reduced).toEqual(full);
        } catch {
          differing.push(file);
        }
      }
      mode.reduce = false;
      console.log(`${dir}: remark sees ${((100 * kept) / total).toFixed(1)}% of the characters`);
      expect(differing.slice(0, 20)).toEqual([]);
    }, 900_000);
  }
  if (!corpora.some((d) => existsSync(d))) it.skip(`corpus not found under ${root} (set DOCS2TS_CORPUS)`, () => {});
});
