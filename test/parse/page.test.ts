import { describe, expect, it } from "vitest";
import { parsePage } from "../../generator/parse/page.js";
import { SEED_PATH, seedText } from "../seed.js";

describe("parsePage on the seed", () => {
  const facts = parsePage(SEED_PATH, seedText());

  it("classifies the page by content and reads its title with the file's own line numbers", () => {
    expect(facts.kind).toBe("api");
    expect(facts.title).toBe("Update deviceConfigurationsAllManagedDeviceCertificateStates");
    expect(facts.titlePos).toEqual({ line: 10, column: 1 });
    expect(facts.namespace).toBe("microsoft.graph");
  });

  it("reads the request line, the body table and the response", () => {
    const api = facts.api!;
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]).toMatchObject({
      method: "PATCH",
      path: "/deviceManagement/deviceConfigurationsAllManagedDeviceCertificateStates",
      pos: { line: 32, column: 1 },
    });
    expect(api.requestBody.kind).toBe("table");
    expect(api.requestBody.resource).toMatchObject({ kind: "named", name: "managedAllDeviceCertificateState" });
    expect(api.requestBody.parameters.map((p) => p.name)).toEqual([
      "id",
      "certificateRevokeStatus",
      "managedDeviceDisplayName",
      "userPrincipalName",
      "certificateExpirationDateTime",
      "certificateIssuerName",
      "certificateThumbprint",
      "certificateSerialNumber",
      "certificateSubjectName",
      "certificateKeyUsages",
      "certificateExtendedKeyUsages",
      "certificateIssuanceDateTime",
    ]);
    const id = api.requestBody.parameters[0];
    expect(id.pos).toEqual({ line: 48, column: 1 });
    expect(id.inheritedFrom).toBe("entity");
    const status = api.requestBody.parameters[1];
    expect(status.type).toMatchObject({ kind: "named", name: "certificateRevocationStatus", collection: false });
    expect(status.possibleValues).toEqual(["none", "pending", "issued", "failed", "revoked"]);
    expect(api.requestBody.parameters[9].type).toEqual({ kind: "primitive", name: "Edm.Int32", collection: false });
    expect(api.response).toMatchObject({
      status: 200,
      type: { kind: "named", name: "managedAllDeviceCertificateState", collection: false },
    });
  });

  it("pairs the example request and response", () => {
    const [ex] = facts.api!.examples;
    expect(ex.request).toMatchObject({ method: "PATCH", pos: { line: 75, column: 1 } });
    expect(ex.response).toMatchObject({ status: 200 });
    expect((ex.response!.bodyJson as Record<string, unknown>)["@odata.type"]).toBe("#microsoft.graph.managedAllDeviceCertificateState");
  });

  it("reports every TODO placeholder at its own line instead of treating it as documentation", () => {
    const todos = facts.diagnostics.filter((d) => d.code === "todo-placeholder");
    const lines = todos.map((d) => d.location.line);
    // author and ms.prod in the front matter, three permission rows, twelve description cells.
    expect(lines).toEqual([4, 6, 21, 22, 23, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59]);
    expect(todos).toHaveLength(17);
    expect(todos.every((d) => d.severity === "warning" && d.location.file === SEED_PATH)).toBe(true);
    expect(facts.api!.requestBody.parameters.some((p) => /TODO/.test(p.description))).toBe(false);
  });
});

describe("parsePage: data a page loses is a located finding", () => {
  const PROPS = "|Property|Type|Description|\n|:---|:---|:---|\n";
  const card = (rows: string, extra = "") => `# card resource type\n\n## Properties\n${PROPS}${rows}${extra}`;
  const at = (facts: ReturnType<typeof parsePage>, code: string) =>
    facts.diagnostics.filter((d) => d.code === code).map((d) => `${d.location.line}:${d.location.column}`);

  it("joins cells past a Description column back into it, as written, and reports the pipe that split them", () => {
    const facts = parsePage(
      "card.md",
      card("|mode|String|Either `a|b` or c.|\n|kind|String|One | two | three.|\n|state|String||The state.|\n"),
    );
    expect(facts.resources[0].properties.map((p) => p.description)).toEqual(["Either `a|b` or c.", "One | two | three.", "The state."]);
    expect(at(facts, "table-row-extra-cells")).toEqual(["6:23", "7:18", "8:15"]);
    const [d] = facts.diagnostics;
    expect(d.message).toContain('Row "mode"');
    expect(d.hint).toContain("\\|");
  });

  it("drops cells past a column that is not a description, as GFM does, and says so", () => {
    const facts = parsePage("card.md", "# card resource type\n\n## Properties\n|Property|Type|\n|:---|:---|\n|id|String|The id.|\n");
    expect(facts.resources[0].properties[0]).toMatchObject({ name: "id", typeText: "String" });
    expect(facts.diagnostics.find((d) => d.code === "table-row-extra-cells")?.message).toContain("GFM drops them, and so does docs2ts");
  });

  it("says nothing about rows that lose nothing: escaped pipes, empty trailing cells, blank rows", () => {
    const facts = parsePage("card.md", card("|mode|String|Either `a\\|b` or c.|\n|id|String|The id.||\n| | | |\n"));
    expect(facts.resources[0].properties.map((p) => p.description)).toEqual(["Either `a|b` or c.", "The id."]);
    expect(facts.diagnostics).toEqual([]);
  });

  it("reports a row with an empty name cell and what it loses", () => {
    const facts = parsePage("card.md", card("|id|String|The id.|\n| |String|No name.|\n"));
    expect(facts.resources[0].properties.map((p) => p.name)).toEqual(["id"]);
    expect(at(facts, "table-row-not-a-member")).toEqual(["7:1"]);
    expect(facts.diagnostics[0].message).toContain('"String | No name." is lost');
  });

  it("keeps the first of two enum rows with the same member, and reports the second (names are case-sensitive)", () => {
    const text =
      "# status enum type\n\n## Members\n|Member|Value|Description|\n|:---|:---|:---|\n|a|0|A.|\n|A|1|Upper A.|\n|a|2|A again.|\n||3|No name.|\n";
    const facts = parsePage("status.md", text);
    expect(facts.enums[0].members.map((m) => [m.name, m.value])).toEqual([
      ["a", 0],
      ["A", 1],
    ]);
    expect(at(facts, "enum-member-duplicate")).toEqual(["8:1"]);
    expect(facts.diagnostics.find((d) => d.code === "enum-member-duplicate")?.message).toBe(
      'Member "a" (value 2) of enum "status" is listed again; docs2ts keeps the first row (value 0), line 6, and drops this one.',
    );
    expect(at(facts, "table-row-not-a-member")).toEqual(["9:1"]);
  });

  it("reports an unclosed comment, annotation or not, at its start with the number of lines it hides", () => {
    const facts = parsePage(
      "card.md",
      card("|id|String|The id.|\n", "\n<!-- TODO: describe the relationships\n\n## Relationships\n\nNone.\n"),
    );
    expect(at(facts, "comment-unterminated")).toEqual(["8:1"]);
    expect(facts.diagnostics[0].message).toContain("This HTML comment is never closed");
    expect(facts.diagnostics[0].message).toContain("the 5 lines after it are hidden");
  });

  it("points an annotation that is not JSON at the first character the reader stops at, on any line of the comment", () => {
    const annotated = (comment: string) =>
      card("|id|String|The id.|\n", `\n## JSON representation\n\n${comment}\n\`\`\`json\n{ "id": "String" }\n\`\`\`\n`);
    const multi = parsePage("card.md", annotated('<!-- {\n  "blockType": "resource",\n  "@odata.type": "microsoft.graph.card\n} -->'));
    expect(at(multi, "annotation-not-json")).toEqual(["12:39"]);
    expect(multi.diagnostics[0].message).toContain("a string is not closed before the end of its line");
    // A resource block with that annotation is still read from the H1, the JSON keys too.
    expect(multi.resources[0].name).toBe("card");
    const oneLine = parsePage("card.md", annotated('<!-- { "blockType": "resource", "keyProperty": [id } -->'));
    expect(at(oneLine, "annotation-not-json")).toEqual(["10:49"]);
  });

  it("leaves comments that are read, or are no JSON at all, alone", () => {
    const comments = [
      '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.card", } -->',
      "<!-- { blockType: 'resource', isCollection: true } -->",
      "<!-- GET /cards/{id} -->",
      "<!-- uuid: 8fcb5dbc-d5aa-4681-8e31-b001d5168d79 -->",
    ];
    const facts = parsePage(
      "card.md",
      card("|id|String|The id.|\n", `\n## JSON representation\n\n${comments.join("\n\n")}\n\`\`\`json\n{ "id": "String" }\n\`\`\`\n`),
    );
    expect(facts.diagnostics).toEqual([]);
  });

  it("locates the findings on the same lines and columns when the page has CRLF line ends", () => {
    const text = `# card resource type\n\n## Properties\n${PROPS}|id|String|The id\uFFFD.|\n|mode|String|a|b|\n\n## JSON representation\n\n<!-- {\n  "blockType": "resource",\n  "@odata.type": "microsoft.graph.card\n} -->\n\`\`\`json\n{ "id": "String" }\n\`\`\`\n`;
    const where = (t: string) => parsePage("card.md", t).diagnostics.map((d) => `${d.code}@${d.location.line}:${d.location.column}`);
    const expected = ["replacement-character@6:18", "table-row-extra-cells@7:15", "annotation-not-json@13:39"];
    expect(where(text)).toEqual(expected);
    expect(where(text.replace(/\n/g, "\r\n"))).toEqual(expected);
  });

  it("reports U+FFFD once per line, at the first one, with the damaged word (front matter lines included)", () => {
    const text =
      "---\ntitle: Caf\uFFFD\n---\n# board resource type\n\n## Properties\n" + PROPS + "|id|String|The board\uFFFDs id, \uFFFD\uFFFD.|\n";
    const facts = parsePage("board.md", text);
    expect(at(facts, "replacement-character")).toEqual(["2:11", "9:21"]);
    const messages = facts.diagnostics.filter((d) => d.code === "replacement-character").map((d) => d.message);
    expect(messages[0]).toMatch(/^"Caf\uFFFD" holds a U\+FFFD replacement character:/);
    expect(messages[1]).toMatch(/^"board\uFFFDs" holds 3 U\+FFFD replacement characters:/);
  });
});

describe("parsePage: a resource page with nothing to read says so", () => {
  const NONE =
    "# search resource type\n\nThe search service.\n\n## Methods\n\nNone.\n\n## Properties\n\nNone\n\n## Relationships\n\nNone\n";

  it("reports a resource page whose Properties and Relationships are both None at its title", () => {
    const facts = parsePage("search.md", NONE);
    expect(facts.kind).toBe("resource");
    expect(facts.resources).toEqual([]);
    expect(facts.diagnostics.map((d) => `${d.code} ${d.location.line}:${d.location.column}`)).toEqual(["page-not-understood 1:1"]);
  });

  it("says nothing when the page documents a property", () => {
    const facts = parsePage(
      "search.md",
      NONE.replace("## Properties\n\nNone\n", "## Properties\n\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n"),
    );
    expect(facts.resources.map((r) => r.name)).toEqual(["search"]);
    expect(facts.diagnostics).toEqual([]);
  });
});
