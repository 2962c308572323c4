import { describe, expect, it } from "vitest";
import { diagnostic, type RuleId } from "../../generator/diagnostics/diagnostic.js";
import {
  applySuppressions,
  readSuppressions,
  suppressionFindings,
  suppressPageFindings,
} from "../../generator/diagnostics/suppressions.js";

const at = (line: number, code: RuleId = "todo-placeholder", file = "p.md") =>
  diagnostic(code, { file, line, column: 1 }, `finding on ${line}`);

describe("readSuppressions", () => {
  it("covers the next block: from the comment's end to the line before the next blank line", () => {
    const text = ["# t", "", "<!-- docs2ts-ignore todo-placeholder -->", "|a|b|", "|-|-|", "|x|y|", "", "after"].join("\n");
    expect(readSuppressions(text)).toEqual([{ rules: ["todo-placeholder"], line: 3, column: 1, fromLine: 3, toLine: 6 }]);
  });

  it("skips blank lines between the comment and the block", () => {
    const text = ["<!-- docs2ts-ignore a -->", "", "", "para", "para 2", "", "next"].join("\n");
    expect(readSuppressions(text)[0]).toMatchObject({ fromLine: 1, toLine: 5 });
  });

  it("reads several rules, comma- or space-separated, and multi-line comments", () => {
    const text = "x\n  <!--docs2ts-ignore  a,b ,c\n d -->\nblock\n\nafter";
    expect(readSuppressions(text)).toEqual([{ rules: ["a", "b", "c", "d"], line: 2, column: 3, fromLine: 3, toLine: 4 }]);
  });

  it("counts text after the comment on its line as the block's start", () => {
    const text = "<!-- docs2ts-ignore a --> inline\nmore\n\nafter";
    expect(readSuppressions(text)[0]).toMatchObject({ fromLine: 1, toLine: 2 });
  });

  it("runs a code fence to its end even across blank lines", () => {
    const text = ["<!-- docs2ts-ignore a -->", "```json", "{", "", "}", "```", "tail", "", "after"].join("\n");
    expect(readSuppressions(text)[0]).toMatchObject({ fromLine: 1, toLine: 7 });
  });

  it("ignores comments inside code fences, and words that only start like the marker", () => {
    const text = ["```md", "<!-- docs2ts-ignore a -->", "```", "<!-- docs2ts-ignored a -->", "x"].join("\n");
    expect(readSuppressions(text)).toEqual([]);
  });

  it("ends at the end of the file; a comment at the end covers only its own line", () => {
    expect(readSuppressions("<!-- docs2ts-ignore a -->\nlast")[0]).toMatchObject({ fromLine: 1, toLine: 2 });
    expect(readSuppressions("x\n<!-- docs2ts-ignore a -->\n\n")[0]).toMatchObject({ fromLine: 2, toLine: 2 });
  });

  it("handles CRLF pages", () => {
    const text = "# t\r\n\r\n<!-- docs2ts-ignore a -->\r\nrow\r\nrow\r\n\r\nafter";
    expect(readSuppressions(text)[0]).toMatchObject({ line: 3, fromLine: 3, toLine: 5 });
  });
});

describe("applySuppressions", () => {
  const page = {
    file: "p.md",
    text: ["# t", "", "<!-- docs2ts-ignore todo-placeholder, undefined-type -->", "|a|", "|-|", "|x|", "", "|y|"].join("\n"),
  };

  it("drops only the named rules, only inside the block, only in that page", () => {
    const inside = at(6);
    const otherRule = at(6, "unknown-type-notation");
    const outside = at(8);
    const otherPage = at(6, "todo-placeholder", "q.md");
    const modelStage = at(4, "undefined-type");
    expect(applySuppressions([inside, otherRule, outside, otherPage, modelStage], [page])).toEqual([otherRule, outside, otherPage]);
  });

  it("keeps everything when no page has comments", () => {
    const ds = [at(1), at(2)];
    expect(applySuppressions(ds, [{ file: "p.md", text: "# t" }])).toEqual(ds);
  });
});

describe("suppression findings", () => {
  it("reports a comment without rules and unknown ids, located at the comment", () => {
    const text = "# t\n\n<!-- docs2ts-ignore -->\nx\n\n  <!-- docs2ts-ignore todo-placeholder, todo-placholder -->\ny";
    expect(suppressionFindings("p.md", text).map((d) => [d.code, d.location.line, d.location.column, d.message])).toEqual([
      ["suppression-invalid", 3, 1, "This docs2ts-ignore comment names no rule; it suppresses nothing."],
      ["suppression-invalid", 6, 3, '"todo-placholder" is not a docs2ts rule id; nothing is suppressed for it.'],
    ]);
  });

  it("suppressPageFindings filters a page's findings and adds the comment findings, sorted", () => {
    const text = "<!-- docs2ts-ignore todo-placeholder nope -->\nrow\n\nrow";
    const out = suppressPageFindings({ file: "p.md", text }, [at(4), at(2)]);
    expect(out.map((d) => `${d.location.line}:${d.code}`)).toEqual(["1:suppression-invalid", "4:todo-placeholder"]);
  });
});
