/**
 * Hostile input where docs2ts (or GFM) loses data: each loss must be a finding located at the offending row,
 * annotation or byte, with the rule id that says which loss it is. A new silent loss goes here first as `it.fails`
 * (asserting the finding that SHOULD exist); the `.fails` comes off when a stage reports it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../generator/index.js";

const PROPS = "| Property | Type | Description |\n|:---|:---|:---|\n";

/** The findings (`code@column`, or `code` with `withColumn` false) located at `file:line` when the pages are read into a model. */
async function findingsAt(files: Record<string, string | Buffer>, file: string, line: number, withColumn = false): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), "docs2ts-gap-"));
  try {
    for (const [rel, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      writeFileSync(join(root, rel), content);
    }
    const model = await loadModel({ input: [root] });
    return model.diagnostics
      .filter((d) => d.location.file === join(root, file) && d.location.line === line)
      .map((d) => (withColumn ? `${d.code}@${d.location.column}` : d.code));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const page = (rows: string, extra = "") => `# card resource type\n\n## Properties\n${PROPS}${rows}${extra}`;

describe("findingsAt (control)", () => {
  it("finds a finding that exists at its line", async () => {
    expect(await findingsAt({ "card.md": page("|id|String|**TODO: Add Description**|\n") }, "card.md", 6)).toEqual(["todo-placeholder"]);
  });
});

describe("hostile input that loses data gives a located finding", () => {
  it("a row with more cells than the header: table-row-extra-cells at the pipe that opens the first extra cell", async () => {
    expect(await findingsAt({ "card.md": page("|id|String|The id.|\n|notes|String|A note.|extra|cells|\n") }, "card.md", 7, true)).toEqual([
      "table-row-extra-cells@22",
    ]);
  });

  it("an unescaped pipe in a description: table-row-extra-cells at that pipe", async () => {
    expect(await findingsAt({ "card.md": page("|mode|String|Either a|b or c.|\n") }, "card.md", 6, true)).toEqual([
      "table-row-extra-cells@22",
    ]);
  });

  it("a row with an empty name cell: table-row-not-a-member at the row", async () => {
    expect(await findingsAt({ "card.md": page("||String|No name.|\n") }, "card.md", 6, true)).toEqual(["table-row-not-a-member@1"]);
  });

  it("an unterminated resource annotation: comment-unterminated at the comment", async () => {
    const text = page(
      "|id|String|The id.|\n",
      '\n## JSON representation\n\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.card",\n```json\n{ }\n```\n',
    );
    expect(await findingsAt({ "card.md": text }, "card.md", 10, true)).toEqual(["comment-unterminated@1"]);
  });

  it("an annotation that is not JSON: annotation-not-json at the first character the reader cannot read", async () => {
    const text = page(
      "|id|String|The id.|\n",
      "\n## JSON representation\n\n<!-- { blockType: resource, @odata.type: [x, baseType: } -->\n```json\n{ }\n```\n",
    );
    expect(await findingsAt({ "card.md": text }, "card.md", 10, true)).toEqual(["annotation-not-json@19"]);
  });

  it("a property listed twice with different types keeps the first, with a finding (line 7)", async () => {
    expect(await findingsAt({ "card.md": page("|id|String|The id.|\n|id|Int32|The id again.|\n") }, "card.md", 7)).toEqual([
      "property-type-conflict",
    ]);
  });

  it("a type defined on two pages with conflicting property types gives a finding", async () => {
    const other = "# card resource type\n\n## Properties\n" + PROPS + "|id|Guid|Another id.|\n";
    const files = { "a/card.md": page("|id|String|The id.|\n"), "b/card.md": other };
    expect([...(await findingsAt(files, "a/card.md", 6)), ...(await findingsAt(files, "b/card.md", 6))]).toEqual([
      "property-type-conflict",
    ]);
  });

  it("an enum member listed twice: enum-member-duplicate at the second row", async () => {
    const text = "# status enum type\n\n## Members\n|Member|Value|Description|\n|:---|:---|:---|\n|a|0|A.|\n|a|1|A again.|\n";
    expect(await findingsAt({ "status.md": text }, "status.md", 7, true)).toEqual(["enum-member-duplicate@1"]);
  });

  it("invalid UTF-8 (decoded to U+FFFD, cutting a type name): replacement-character at the first bad byte", async () => {
    const bytes = Buffer.concat([
      Buffer.from("# bo"),
      Buffer.from([0xff, 0xfe]),
      Buffer.from("ard resource type\n\n## Properties\n" + PROPS + "|id|String|The id.|\n"),
    ]);
    expect(await findingsAt({ "board.md": bytes }, "board.md", 1, true)).toEqual(["replacement-character@5"]);
  });
});
