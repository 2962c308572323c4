/** Front matter: the fast reader answers only where the YAML library reads the same thing. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { simpleFrontMatter, splitFrontMatter } from "../../generator/parse/front-matter.js";

const value = fc.oneof(
  fc.stringMatching(/^[ -~]{0,24}$/),
  fc.constantFrom(
    "true",
    "False",
    "null",
    "~",
    "12",
    "-1.5e3",
    ".inf",
    "0x1F",
    "2019-09-10",
    "a: b",
    "a #b",
    "'q'",
    '"d"',
    '"e\\"x"',
    "'it''s'",
    "- x",
    "[a]",
    "{b}",
    "*ref",
    "!tag",
    "|",
    ">",
    "%x",
    "@x",
    "`x`",
    "x:y",
    "x\ty",
  ),
);
const key = fc.constantFrom(
  "title",
  "description",
  "ms.date",
  "doc_type",
  "author",
  "ms.prod",
  "localization_priority",
  "__proto__",
  "a-b",
  "1x",
);

describe("simpleFrontMatter", () => {
  it("reads, when it reads at all, what the YAML library reads", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 6 }), fc.boolean(), (pairs, blankLine) => {
        const text = pairs.map(([k, v]) => `${k}: ${v}`).join("\n") + (blankLine ? "\n\n" : "\n");
        const fast = simpleFrontMatter(text);
        if (fast === undefined) return;
        expect(fast).toEqual(parse(text));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  it("takes the usual Graph front matter and leaves the rest to YAML", () => {
    const usual =
      'title: "user resource type"\ndescription: Represents a user.\nms.localizationpriority: high\nauthor: "jpettere"\ndoc_type: resourcePageType\n';
    expect(simpleFrontMatter(usual)).toEqual({
      title: "user resource type",
      description: "Represents a user.",
      "ms.localizationpriority": "high",
      author: "jpettere",
      doc_type: "resourcePageType",
    });
    for (const other of [
      "title: a\n  continued\n",
      "# comment\ntitle: a\n",
      "title: a\ntitle: b\n",
      "n: 12\n",
      "t: true\n",
      "d: 'x'' y'\n",
      "k:\n",
    ]) {
      expect(simpleFrontMatter(other), other).toBeUndefined();
    }
    // A duplicate key is YAML's error, reported as before.
    expect(splitFrontMatter("---\ntitle: a\ntitle: b\n---\n# T\n").error).toBeDefined();
  });
});
