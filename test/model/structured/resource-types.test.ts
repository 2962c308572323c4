import { describe, expect, it } from "vitest";
import { buildModel } from "../../../generator/model/build.js";
import { parsePage } from "../../../generator/parse/page.js";
import { resourcePage } from "../resource-page-markdown.js";

const ENUMS = [
  "# Enum values",
  "",
  "Namespace: microsoft.graph",
  "",
  "### eventType values",
  "",
  "| Member",
  "|:-------",
  "| singleInstance",
  "| occurrence",
  "| exception",
  "| seriesMaster",
  "",
  "### level values",
  "",
  "| Member",
  "|:-------",
  "| low",
  "| high",
].join("\n");

function meeting(rows: string[]): string {
  return resourcePage("meeting", { properties: rows });
}

function typeOf(row: string): string | undefined {
  const model = buildModel([parsePage("resources/enums.md", ENUMS), parsePage("resources/meeting.md", meeting([row]))]);
  return model.types.find((t) => t.name === "meeting")?.properties[0]?.type.type;
}

describe("a String property whose listed values are an enum's members", () => {
  it("takes the enum when one listed value misspells the one member left over", () => {
    expect(typeOf("|type|String|The type: `singleInstance`, `occurence`, `exception`, `seriesMaster`.|")).toBe("microsoft.graph.eventType");
  });

  it("stays String when two values differ, or when a short list has a near miss", () => {
    expect(typeOf("|type|String|The type: `singleInstance`, `occurence`, `exceptions`, `seriesMaster`.|")).toBe("Edm.String");
    expect(typeOf("|level|String|The level: `low`, `hig`.|")).toBe("Edm.String");
  });
});

describe("members shown only by example responses", () => {
  const shift = (annotation = "") =>
    resourcePage("shift", {
      properties: ["|id|String|The id.|", "|note|String|A note.|"],
      json: '{ "id": "String", "note": "String" }',
      annotation,
    });
  const audit = meeting([])
    .replace(/meeting/g, "audit")
    .replace("{}", "{}")
    .replace("|:---|:---|:---|", "|:---|:---|:---|\n|changedBy|[identity](identity.md)|Who.|");
  const identity = meeting(["|displayName|String|The name.|"]).replace(/meeting/g, "identity");
  const get = (title: string, body: string) =>
    [
      `# ${title}`,
      "",
      "## HTTP request",
      "```http",
      "GET /shifts/{id}",
      "```",
      "",
      "## Example",
      "### Response",
      '<!-- { "blockType": "response", "@odata.type": "microsoft.graph.shift" } -->',
      "```http",
      "HTTP/1.1 200 OK",
      "Content-type: application/json",
      "",
      body,
      "```",
    ].join("\n");
  const body = (created: string) =>
    `{ "id": "1", "note": "x", "createdDateTime": "${created}", "changedBy": {"displayName": "A"}, "slots": [1, 2], "color": null, "state": "pending" }`;
  const build = (pages: Record<string, string>) =>
    buildModel(Object.entries(pages).map(([file, text]) => parsePage(file, text))).types.find((t) => t.name === "shift");

  it("adds a key that two pages' examples show, typed by its values or by same-named rows elsewhere (not a member-name value)", () => {
    const t = build({
      "resources/shift.md": shift(),
      "resources/audit.md": audit,
      "resources/identity.md": identity,
      "api/shift-get.md": get("Get shift", body("2019-03-14T04:32:51.451Z")),
      "api/shift-list.md": get("List shifts", body("2019-03-15T04:32:51Z")),
    });
    expect(t?.properties.map((p) => [p.name, p.type.type, p.type.collection])).toEqual([
      ["id", "Edm.String", false],
      ["note", "Edm.String", false],
      ["createdDateTime", "Edm.DateTimeOffset", false],
      ["changedBy", "microsoft.graph.identity", false],
      ["slots", "Edm.Int32", true],
    ]);
  });

  it("needs two pages, and leaves open types alone", () => {
    const one = build({ "resources/shift.md": shift(), "api/shift-get.md": get("Get shift", body("2019-03-14T04:32:51Z")) });
    expect(one?.properties.map((p) => p.name)).toEqual(["id", "note"]);
    const open = build({
      "resources/shift.md": shift('"openType": true, '),
      "api/shift-get.md": get("Get shift", body("2019-03-14T04:32:51Z")),
      "api/shift-list.md": get("List shifts", body("2019-03-15T04:32:51Z")),
    });
    expect(open?.properties.map((p) => p.name)).toEqual(["id", "note"]);
  });
});

describe("a row read as untyped JSON whose JSON representation names a type", () => {
  const activity = resourcePage("activity", {
    properties: ["|id|String|The id.|", "|contentInfo|Untyped JSON object|Custom data.|"],
    json: '{ "id": "String", "contentInfo": { "@odata.type": "microsoft.graph.Json" } }',
  });
  const typeOf = (pages: Record<string, string>) =>
    buildModel(Object.entries(pages).map(([file, text]) => parsePage(file, text)))
      .types.find((t) => t.name === "activity")
      ?.properties.find((p) => p.name === "contentInfo")?.type.type;

  it("takes the type the value names when a page documents it", () => {
    expect(typeOf({ "resources/activity.md": activity, "resources/json.md": resourcePage("Json", { properties: [] }) })).toBe(
      "microsoft.graph.Json",
    );
  });

  it("stays untyped JSON when no page documents it", () => {
    expect(typeOf({ "resources/activity.md": activity })).toBe("Edm.Untyped");
  });
});

describe("a base that several pages name but no page defines", () => {
  const provider = (name: string) =>
    `# ${name} resource type\n\nNamespace: microsoft.graph\n\nDerived from [dataProvider](dataprovider.md).\n\n## Properties\n| Property | Type | Description |\n|:---|:---|:---|\n| ${name}Url | String | Where. |\n`;
  const profile = resourcePage("syncProfile", {
    properties: ["| id | String | The id. |", "| dataProvider | [dataProvider](dataprovider.md) | The provider. |"],
    json: '{ "id": "String", "dataProvider": { "@odata.type": "microsoft.graph.dataProvider" } }',
  });
  const build = (names: string[]) =>
    buildModel([...names.map((n) => parsePage(`resources/${n}.md`, provider(n))), parsePage("resources/syncprofile.md", profile)]);

  it("is declared without members when two or more types derive from it, so they keep their base", () => {
    const model = build(["csvProvider", "apiProvider"]);
    const base = model.types.find((t) => t.name === "dataProvider");
    expect(base).toMatchObject({ namespace: "microsoft.graph", properties: [], navigationProperties: [] });
    expect(base?.source.file).toBe("resources/apiProvider.md");
    expect(base?.description).toBe("No page documents this type: docs2ts declared it because apiProvider, csvProvider derive from it.");
    expect(model.types.filter((t) => t.baseType === "microsoft.graph.dataProvider").map((t) => t.name)).toEqual([
      "apiProvider",
      "csvProvider",
    ]);
    const row = model.types.find((t) => t.name === "syncProfile")?.properties.find((p) => p.name === "dataProvider");
    expect(row?.type).toEqual({ type: "microsoft.graph.dataProvider", collection: false });
    expect(model.diagnostics.filter((d) => d.code === "base-type-without-page")).toHaveLength(2);
    expect(model.diagnostics.some((d) => d.code === "undefined-base-type")).toBe(false);
  });

  it("stays undefined when only one page names it", () => {
    const model = build(["csvProvider"]);
    expect(model.types.some((t) => t.name === "dataProvider")).toBe(false);
    expect(model.types.find((t) => t.name === "csvProvider")?.baseType).toBeUndefined();
    expect(model.diagnostics.map((d) => d.code)).toContain("undefined-base-type");
  });
});
