/**
 * The parse shortcuts may only drop what no reader reads: on every corpus page, the page facts of the production
 * wiring (page.ts: `parseReduced(fm.body, parseMarkdown)`, the block scanner and the table-only GFM reader) must
 * deep-equal those of the reference reader, unified + remark-parse + the whole of remark-gfm, on the full text.
 * parseReduced is wrapped (not replaced) so the production side runs exactly what page.ts runs; in reference mode
 * the wrapper parses the page's full body with the reference reader instead.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { reduceForParse } from "../../generator/parse/block-scanner.js";
import type { Root } from "mdast";

const mode = vi.hoisted(() => ({ reference: false, seen: 0 }));

vi.mock("../../generator/parse/block-scanner.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../generator/parse/block-scanner.js")>();
  const { parseMarkdownGfm } = await import("../../generator/parse/markdown.js");
  return {
    ...real,
    parseReduced: (body: string, parse: (text: string) => Root) =>
      mode.reference
        ? parseMarkdownGfm(body)
        : real.parseReduced(body, (text) => {
            mode.seen += text.length;
            return parse(text);
          }),
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
    const text = '# t\n\n## Examples\n\nSome prose.\n\n<!-- { "blockType": "request" } -->\n```http\nGET /me\n```\n';
    expect(reduceForParse(reduceForParse(text))).toBe(reduceForParse(text));
    expect(reduceForParse(text)).not.toContain("Some prose.");
  });

  for (const dir of corpora) {
    it.skipIf(!existsSync(dir))(
      `gives the same page facts on every page of ${dir}`,
      () => {
        const differing: string[] = [];
        let total = 0;
        mode.seen = 0;
        for (const file of pagesOf(dir)) {
          const text = readFileSync(file, "utf8");
          mode.reference = true;
          const full = parsePage(file, text);
          mode.reference = false;
          const reduced = parsePage(file, text);
          total += text.length;
          try {
            expect(reduced).toEqual(full);
          } catch {
            differing.push(file);
          }
        }
        mode.reference = false;
        console.log(`${dir}: remark sees ${((100 * mode.seen) / total).toFixed(1)}% of the characters`);
        expect(differing.slice(0, 20)).toEqual([]);
      },
      900_000,
    );
  }
  if (!corpora.some((d) => existsSync(d))) it.skip(`corpus not found under ${root} (set DOCS2TS_CORPUS)`, () => {});
});
