/**
 * Hostile input that docs2ts reads without crashing but also without saying anything: data is lost silently.
 * Each test asserts the finding that SHOULD exist and is marked `it.fails` while it does not; when a stage starts
 * reporting it, the test fails as "expected to fail", and the `.fails` comes off (and the rule goes into the registry).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../generator/index.js";

const PROPS = "| Property | Type | Description |\n|:---|:---|:---|\n";

/** The findings located at `file:line` when the pages are read into a model. */
async function findingsAt(files: Record<string, string | Buffer>, file: string, line: number): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), "docs2ts-gap-"));
  try {
    for (const [rel, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      writeFileSync(join(root, rel), content);
    }
    const model = await loadModel({ input: [root] });
    return model.diagnostics.filter((d) => d.location.file === join(root, file) && d.location.line === line).map((d) => d.code);
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

describe("known gaps: hostile input read silently (expected to fail until a stage reports it)", () => {
  it.fails("a row with more cells than the header loses the extra cells without a finding (line 7)", async () => {
    expect(await findingsAt({ "card.md": page("|id|String|The id.|\n|notes|String|A note.|extra|cells|\n") }, "card.md", 7)).not.toEqual([]);
  });

  it.fails("an unescaped pipe in a description truncates it without a finding (line 6)", async () => {
    expect(await findingsAt({ "card.md": page("|mode|String|Either a|b or c.|\n") }, "card.md", 6)).not.toEqual([]);
  });

  it.fails("a row with an empty name cell is skipped without a finding (line 6)", async () => {
    expect(await findingsAt({ "card.md": page("||String|No name.|\n") }, "card.md", 6)).not.toEqual([]);
  });

  it.fails("an unterminated resource annotation is ignored without a finding (line 10)", async () => {
    const text = page("|id|String|The id.|\n", '\n## JSON representation\n\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.card",\n```json\n{ }\n```\n');
    expect(await findingsAt({ "card.md": text }, "card.md", 10)).not.toEqual([]);
  });

  it.fails("an annotation that is not JSON is ignored without a finding (line 10)", async () => {
    const text = page("|id|String|The id.|\n", "\n## JSON representation\n\n<!-- { blockType: resource, @odata.type: [x, baseType: } -->\n```json\n{ }\n```\n");
    expect(await findingsAt({ "card.md": text }, "card.md", 10)).not.toEqual([]);
  });

  it("a property listed twice with different types keeps the first, with a finding (line 7)", async () => {
    expect(await findingsAt({ "card.md": page("|id|String|The id.|\n|id|Int32|The id again.|\n") }, "card.md", 7)).not.toEqual([]);
  });

  it("a type defined on two pages with conflicting property types gives a finding", async () => {
    const other = "# card resource type\n\n## Properties\n" + PROPS + "|id|Guid|Another id.|\n";
    const files = { "a/card.md": page("|id|String|The id.|\n"), "b/card.md": other };
    expect([...(await findingsAt(files, "a/card.md", 6)), ...(await findingsAt(files, "b/card.md", 6))]).not.toEqual([]);
  });

  it.fails("an enum member listed twice is dropped without a finding (line 7)", async () => {
    const text = "# status enum type\n\n## Members\n|Member|Value|Description|\n|:---|:---|:---|\n|a|0|A.|\n|a|1|A again.|\n";
    expect(await findingsAt({ "status.md": text }, "status.md", 7)).not.toEqual([]);
  });

  it.fails("invalid UTF-8 becomes U+FFFD (and cuts a type name) without a finding (line 1)", async () => {
    const bytes = Buffer.concat([Buffer.from("# bo"), Buffer.from([0xff, 0xfe]), Buffer.from("ard resource type\n\n## Properties\n" + PROPS + "|id|String|The id.|\n")]);
    expect(await findingsAt({ "board.md": bytes }, "board.md", 1)).not.toEqual([]);
  });
});
