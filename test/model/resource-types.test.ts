import { describe, expect, it } from "vitest";
import { buildModel } from "../../generator/model/build.js";
import { parsePage } from "../../generator/parse/page.js";

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
  return [
    "# meeting resource type",
    "",
    "Namespace: microsoft.graph",
    "",
    "## Properties",
    "| Property | Type | Description |",
    "|:---|:---|:---|",
    ...rows,
    "",
    "## JSON representation",
    '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.meeting" } -->',
    "```json",
    "{}",
    "```",
  ].join("\n");
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
