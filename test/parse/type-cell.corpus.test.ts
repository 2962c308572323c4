import { toString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import type { TypeExpr } from "../../generator/parse/facts.js";
import { readTypeCell } from "../../generator/parse/type-cell.js";
import { cellChildren, definitionsOf, hasCorpus, noCorpusMessage, pages, parseMarkdown, tablesUnder } from "./corpus-pages.js";

describe("readTypeCell over every Type cell of v1.0 resource pages", () => {
  it.skipIf(!hasCorpus)(
    "reads nearly all cells, and the kinds add up",
    () => {
      const seen: { file: string; text: string; type: TypeExpr }[] = [];
      for (const page of pages("resources")) {
        const root = parseMarkdown(page.text);
        const definitions = definitionsOf(root);
        for (const { table, header } of tablesUnder(root, /^(properties|relationships)$/i)) {
          const col = header.indexOf("type");
          if (col < 0) continue;
          for (let r = 1; r < table.children.length; r++) {
            const cell = cellChildren(table, r, col);
            const text = cell
              .map((n) => toString(n))
              .join("")
              .trim();
            if (text === "") continue;
            seen.push({ file: page.file, text, type: readTypeCell(cell, definitions) });
          }
        }
      }
      const unknown = seen.filter((s) => s.type.kind === "unknown");
      if (unknown.length > 0) console.log(unknown.map((u) => `${u.file}: ${u.text}`).join("\n"));
      const count = (kind: TypeExpr["kind"]) => seen.filter((s) => s.type.kind === kind).length;
      console.log(`type cells: ${seen.length}; primitive ${count("primitive")}, named ${count("named")}, unknown ${unknown.length}`);

      expect(seen.length).toBeGreaterThan(5_000);
      expect(unknown.length / seen.length).toBeLessThan(0.005);
      // About two thirds of the rows are primitives (measured in ../shared/docs/input-format.md §2.3).
      expect(count("primitive") / seen.length).toBeGreaterThan(0.55);
      // Named types are nearly always links (§2.3: 440 of ~8,000 named rows are bare), and the link target is kept.
      const linkedNamed = seen.filter((s) => s.type.kind === "named" && s.type.href !== undefined);
      expect(linkedNamed.length / count("named")).toBeGreaterThan(0.85);
      // No named type may carry a space or a Markdown bracket: that would be prose that slipped through.
      const badNames = seen.filter((s) => s.type.kind === "named" && /[\s[\]()`*]/.test(s.type.name));
      expect(badNames).toEqual([]);
    },
    120_000,
  );
  it.skipIf(hasCorpus)("skips without the corpus", () => {
    console.log(noCorpusMessage);
  });
});
