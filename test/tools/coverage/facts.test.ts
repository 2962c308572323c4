import { describe, expect, it } from "vitest";
import { buildModel } from "../../../generator/model/build.js";
import { parsePage } from "../../../generator/parse/page.js";
import { areaOfPage } from "../../../generator/tools/coverage/areas.js";
import { computeCoverage, type CoverageFact } from "../../../generator/tools/coverage/facts.js";
import { formatCoverageText } from "../../../generator/tools/coverage/report.js";

const front = (area: string) => `---\ntitle: "t"\nms.prod: "${area}"\n---\n`;
const resource = (annotation: string, json: string) =>
  `## JSON representation\n\n<!-- {\n  "blockType": "resource",\n${annotation}\n} -->\n\n\`\`\`json\n${json}\n\`\`\`\n`;

const PAGES: Record<string, string> = {
  "resources/entity.md":
    front("boards") +
    `# entity resource type\n\nNamespace: microsoft.graph\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The identifier. Read-only.|\n\n` +
    resource(`  "abstract": "true",\n  "keyProperty": "id",\n  "@odata.type": "microsoft.graph.entity"`, `{ "id": "String" }`),
  "resources/widget.md":
    front("boards") +
    `# widget resource type\n\nNamespace: microsoft.graph\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The identifier.|\n|name|String|The name. Not nullable.|\n|size|Int32|The size.|\n|status|widgetStatus|The status.|\n\n` +
    resource(
      `  "baseType": "microsoft.graph.entity",\n  "@odata.type": "microsoft.graph.widget"`,
      `{ "id": "String", "name": "String", "size": 1024, "status": "String" }`,
    ),
  "resources/gadget.md":
    front("gadgets") +
    `# gadget resource type\n\nNamespace: microsoft.graph\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|label|String|The label. Nullable.|\n\n` +
    resource(`  "baseType": null,\n  "@odata.type": "microsoft.graph.gadget"`, `{ "label": "String" }`),
  "resources/widgetstatus.md":
    front("boards") +
    `# widgetStatus enum type\n\nNamespace: microsoft.graph\n\n## Members\n|Member|Value|Description|\n|:---|:---|:---|\n|on|0|On.|\n|off|1|Off.|\n`,
  "api/widget-spin.md":
    front("boards") +
    `# widget: spin\n\nNamespace: microsoft.graph\n\nSpin a [widget](../resources/widget.md).\n\n## HTTP request\n\n\`\`\`http\nPOST /widgets/{id}/spin\n\`\`\`\n\n## Request body\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|speed|Int32|How fast.|\n\n## Response\n\nIf successful, this action returns a \`200 OK\` response code and a [gadget](../resources/gadget.md) object in the response body.\n`,
  "api/widget-turn.md":
    front("boards") +
    `# widget: turn\n\nNamespace: microsoft.graph\n\n## HTTP request\n\n\`\`\`http\nPOST /widgets/{id}/turn\n\`\`\`\n\n## Response\n\nIf successful, this action returns a \`200 OK\` response code.\n\n## Example\n\n### Request\n\n<!-- { "blockType": "request", "name": "turn" } -->\n\`\`\`http\nPOST https://graph.microsoft.com/v1.0/widgets/1/turn\n\`\`\`\n\n### Response\n\n<!-- { "blockType": "response", "@odata.type": "microsoft.graph.gadget" } -->\n\`\`\`http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{ "label": "x" }\n\`\`\`\n`,
};

function coverage() {
  const pages = Object.entries(PAGES).map(([file, text]) => parsePage(file, text));
  const areas = new Map(Object.entries(PAGES).map(([file, text]) => [file, areaOfPage(text)]));
  return computeCoverage(buildModel(pages), areas);
}

function fact(facts: readonly CoverageFact[], name: string, kind: CoverageFact["fact"]): CoverageFact {
  const f = facts.find((x) => x.name === name && x.fact === kind);
  if (!f) throw new Error(`no ${kind} fact for ${name}: ${facts.map((x) => `${x.fact} ${x.name}`).join(", ")}`);
  return f;
}

const line = (file: string, text: string): number => PAGES[file].split("\n").findIndex((l) => l.includes(text)) + 1;

describe("docs2ts coverage", () => {
  const r = coverage();

  it("tells stated nullability (with the row's line) from the default", () => {
    const name = fact(r.facts, "microsoft.graph.widget.name", "nullable");
    expect(name).toMatchObject({ stated: true, value: "not nullable", by: "prose", file: "resources/widget.md" });
    expect(name.line).toBe(line("resources/widget.md", "|name|"));
    const size = fact(r.facts, "microsoft.graph.widget.size", "nullable");
    expect(size).toMatchObject({ stated: false, value: "nullable", by: "default", line: line("resources/widget.md", "|size|") });
    expect(fact(r.facts, "microsoft.graph.gadget.label", "nullable")).toMatchObject({ stated: true, value: "nullable" });
    // The key is never null: the key's own statement covers it.
    expect(fact(r.facts, "microsoft.graph.entity.id", "nullable")).toMatchObject({ stated: true, value: "not nullable", by: "key" });
  });

  it("reads stated bases, a stated absence of one, and the key's annotation; entity vs complex is always assumed", () => {
    expect(fact(r.facts, "microsoft.graph.widget", "base")).toMatchObject({
      stated: true,
      value: "microsoft.graph.entity",
      by: "annotation",
    });
    expect(fact(r.facts, "microsoft.graph.gadget", "base")).toMatchObject({ stated: true, value: "none", by: "annotation" });
    expect(fact(r.facts, "microsoft.graph.entity", "key")).toMatchObject({ stated: true, value: "id", by: "annotation" });
    expect(fact(r.facts, "microsoft.graph.widget", "kind")).toMatchObject({ stated: false, value: "entity" });
  });

  it("reports a missing unknownFutureValue where the enum is defined", () => {
    expect(fact(r.facts, "microsoft.graph.widgetStatus", "unknownFutureValue")).toMatchObject({
      stated: false,
      value: "absent",
      file: "resources/widgetstatus.md",
    });
  });

  it("reads an operation's return type from the Response prose and its parameter from the table", () => {
    const spin = r.facts.filter((f) => f.subject === "operation");
    const returns = spin.find((f) => f.fact === "returns")!;
    expect(returns).toMatchObject({ stated: true, value: "microsoft.graph.gadget", by: "response-prose", file: "api/widget-spin.md" });
    expect(returns.line).toBe(line("api/widget-spin.md", "## Response"));
    expect(spin.find((f) => f.fact === "parameter")).toMatchObject({
      stated: true,
      value: "Edm.Int32",
      line: line("api/widget-spin.md", "|speed|"),
    });
  });

  it("places an assumed return type (read from an example) where its statement belongs: the Response section", () => {
    const turn = r.facts.find((f) => f.fact === "returns" && f.file === "api/widget-turn.md");
    expect(turn).toMatchObject({ stated: false, by: "example-response", value: "microsoft.graph.gadget" });
    expect(turn!.line).toBe(line("api/widget-turn.md", "## Response"));
  });

  it("totals per area, per page and overall agree with the facts", () => {
    const stated = r.facts.filter((f) => f.stated).length;
    expect(r.totals).toMatchObject({ stated, assumed: r.facts.length - stated });
    expect(r.areas.map((a) => a.area)).toEqual(["boards", "gadgets"]);
    expect(r.areas.reduce((n, a) => n + a.stated + a.assumed, 0)).toBe(r.facts.length);
    expect(r.pages.reduce((n, p) => n + p.assumed, 0)).toBe(r.totals.assumed);
    expect(r.totals.byFact.nullable.stated + r.totals.byFact.nullable.assumed).toBe(r.facts.filter((f) => f.fact === "nullable").length);
    const text = formatCoverageText(r, true);
    expect(text).toContain(
      `resources/widget.md:${line("resources/widget.md", "|size|")} - assumed nullable of microsoft.graph.widget.size: nullable (default)`,
    );
  });

  it("takes the area from the front matter's ms.prod", () => {
    expect(areaOfPage(front("Intune"))).toBe("intune");
    expect(areaOfPage("# no front matter")).toBe("(none)");
  });
});
