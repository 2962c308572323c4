import { describe, expect, it } from "vitest";
import { readDescription } from "../../generator/parse/description-prose.js";
import { hasCorpus, noCorpusMessage, pages, parseMarkdown, tablesUnder, withoutFrontMatter } from "./corpus-pages.js";

describe("readDescription over every Description cell of v1.0 resource pages", () => {
  it.skipIf(!hasCorpus)(
    "finds what the cue words promise",
    () => {
      const rows: { file: string; text: string; facts: ReturnType<typeof readDescription> }[] = [];
      for (const page of pages("resources")) {
        const source = withoutFrontMatter(page.text);
        const root = parseMarkdown(page.text);
        for (const { table, header } of tablesUnder(root, /^(properties|relationships)$/i)) {
          const col = header.indexOf("description");
          if (col < 0) continue;
          for (let r = 1; r < table.children.length; r++) {
            const cell = table.children[r].children[col];
            const start = cell?.position?.start.offset;
            const end = cell?.position?.end.offset;
            if (start === undefined || end === undefined) continue;
            // The cell's own Markdown, as the walker passes it: backticks and link syntax kept.
            const text = source.slice(start, end).replace(/^\|/, "").replace(/\|$/, "").trim();
            rows.push({ file: page.file, text, facts: readDescription(text) });
          }
        }
      }
      const missed = (cue: RegExp, got: (f: (typeof rows)[number]["facts"]) => boolean) =>
        rows.filter((r) => cue.test(r.text) && !got(r.facts)).map((r) => `${r.file}: ${r.text}`);

      const report = {
        inherited: missed(/Inherited from \[/, (f) => f.inheritedFrom !== undefined),
        possible: missed(/Possible values are:?\s*`/i, (f) => (f.possibleValues?.length ?? 0) >= 2),
        notNullable: missed(/\bnot nullable\b/i, (f) => f.modifiers.nullable === false),
        readOnly: missed(/^Read-only\.|\bRead-only\.$/, (f) => f.modifiers.readOnly === true),
        filter: missed(/Supports `\$filter` \(`/, (f) => (f.modifiers.filterOperators?.length ?? 0) > 0),
        placeholder: missed(/^Not yet documented$/, (f) => f.placeholder),
      };
      for (const [k, v] of Object.entries(report)) if (v.length > 0) console.log(`${k}:\n${v.join("\n")}`);
      const required = rows.filter((r) => r.facts.modifiers.required === true);
      const requiredWord = rows.filter((r) => /\brequired\b/i.test(r.text));
      console.log(`rows ${rows.length}; required ${required.length} of ${requiredWord.length} rows with the word`);

      expect(rows.length).toBeGreaterThan(5_000);
      for (const [k, v] of Object.entries(report)) expect(v, k).toEqual([]);
      // The word `required` mostly speaks of other things; a reading that takes most of them is reading prose.
      expect(required.length).toBeLessThan(requiredWord.length / 2);
      // A placeholder row never keeps its placeholder text in the description.
      expect(rows.filter((r) => /not yet documented|TODO:/i.test(r.facts.description))).toEqual([]);
    },
    120_000,
  );
  it.skipIf(hasCorpus)("skips without the corpus", () => {
    console.log(noCorpusMessage);
  });
});
