import { describe, expect, it } from "vitest";
import { buildModel } from "../../../generator/model/build.js";
import { parsePage } from "../../../generator/parse/page.js";

const resource = (title: string, rows: string, annotation: string) =>
  `# ${title} resource type\n\nNamespace: microsoft.graph\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n${rows}\n\n## Relationships\n|Relationship|Type|Description|\n|:---|:---|:---|\n|owner|[entity](entity.md)|The owner.|\n\n## JSON representation\n\n<!-- {\n  "blockType": "resource",\n${annotation}\n} -->\n\n\`\`\`json\n{ "id": "String" }\n\`\`\`\n`;

const ENTITY = resource(
  "entity",
  "|id|String|The identifier.|",
  `  "abstract": "true",\n  "keyProperty": "id",\n  "@odata.type": "microsoft.graph.entity"`,
).replace(/## Relationships[\s\S]*?(?=## JSON)/, "");

function typeOf(annotation: string) {
  const model = buildModel([
    parsePage("entity.md", ENTITY),
    parsePage("credentialset.md", resource("credentialSet", "|id|String|The ID.|", annotation)),
  ]);
  return model.types.find((t) => t.name === "credentialSet")!;
}

describe('a stated "baseType": null', () => {
  it("keeps the implicit root from being implied for an entity type", () => {
    const t = typeOf(`  "baseType": null,\n  "@odata.type": "microsoft.graph.credentialSet"`);
    expect(t.kind).toBe("entity");
    expect(t.baseType).toBeUndefined();
    expect(t.baseFrom).toMatchObject({ stated: true, by: "annotation", at: { file: "credentialset.md" } });
  });

  it("is not read into a page that says nothing of its base: the implicit root still applies", () => {
    const t = typeOf(`  "@odata.type": "microsoft.graph.credentialSet"`);
    expect(t.baseType).toBe("microsoft.graph.entity");
    expect(t.baseFrom).toMatchObject({ stated: false, by: "implicit-root" });
  });
});
