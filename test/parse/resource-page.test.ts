import { describe, expect, it } from "vitest";
import { inheritsFromProse } from "../../generator/parse/resource-page.js";
import { parsePage } from "../../generator/parse/page.js";

const HEADER = "| Property | Type | Description |\n|:--|:--|:--|\n";
const TABLE = `${HEADER}| name | String | The name. |\n`;

function resource(markdown: string) {
  const facts = parsePage("page.md", markdown);
  expect(facts.kind).toBe("resource");
  return facts.resources[0];
}

describe("inheritance prose", () => {
  it.each([
    ["Inherits from [directoryObject](directoryobject.md).", "directoryObject"],
    ["Inherits from base class [identityUserFlow](../resources/identityuserflow.md).", "identityUserFlow"],
    ["A subclass of [educationResource](educationresource.md). Represents a file.", "educationResource"],
    ["This resource is a subclass of [educationAssignmentRecipient](x.md).", "educationAssignmentRecipient"],
    [
      "The **eventMessage** entity is derived from [message](message.md). **eventMessage** is the base type for [eventMessageRequest](a.md).",
      "message",
    ],
    ["Inherits from **entity**.", "entity"],
    ["This resource is a subtype of [educationOrganization](educationorganization.md).", "educationOrganization"],
    ["It is a subtype of [userSet](userset.md), in which the `@odata.type` value is x.", "userSet"],
  ])("reads %j", (text, base) => {
    expect(inheritsFromProse(text)).toBe(base);
  });

  it("does not read pronouns or plain words as a base", () => {
    expect(inheritsFromProse("The [a](a.md) resource is a subclass of this superclass.")).toBeUndefined();
    expect(inheritsFromProse("Present whenever the data was derived from a machine learning process.")).toBeUndefined();
    expect(
      inheritsFromProse("Used when an entity cannot be mapped to another model-compliant subtype of deviceConfiguration."),
    ).toBeUndefined();
  });

  it("reads a linked or bold base stated outside the intro, not a plain word", () => {
    const r = resource(`# hosted resource type\n\n## Properties\n\nhosted derives from [content](content.md)\n\n${TABLE}`);
    expect(r.proseBaseType?.name).toBe("content");
    const plain = resource(
      `# folder resource type\n\n## Properties\n\n${TABLE}\nSome properties are derived from descendants (like **childCount**).\n`,
    );
    expect(plain.proseBaseType).toBeUndefined();
  });

  it("does not read a list of derived types as a base", () => {
    expect(inheritsFromProse("**x** is the base type for [a](a.md) and [b](b.md).")).toBeUndefined();
  });

  it("keeps the prose base beside an annotation base so the model can reconcile them", () => {
    const r = resource(
      `# item resource type\n\nInherits from [thing](thing.md).\n\n## Properties\n\n${TABLE}\n## JSON representation\n\n<!-- { "blockType": "resource", "baseType": "microsoft.graph.entity", "@odata.type": "microsoft.graph.item" } -->\n\`\`\`json\n{ "name": "String" }\n\`\`\`\n`,
    );
    expect(r.baseType).toMatchObject({ name: "entity", namespace: "microsoft.graph", from: "annotation" });
    expect(r.proseBaseType).toMatchObject({ name: "thing" });
  });

  it("treats an empty baseType as unstated and null as no base", () => {
    const block = (v: string) =>
      `# item resource type\n\n## Properties\n\n${TABLE}\n<!-- { "blockType": "resource", "baseType": ${v}, "@odata.type": "microsoft.graph.item" } -->\n\`\`\`json\n{}\n\`\`\`\n`;
    expect(resource(block('""')).baseType).toBeUndefined();
    expect(resource(block("null")).baseType).toBeNull();
  });

  it("reads 'The following properties are inherited from [x]' below the intro", () => {
    const r = resource(
      `# list resource type\n\n## Properties\n\n${TABLE}\nThe following properties are inherited from **[baseItem][]**.\n\n[baseItem]: baseitem.md\n`,
    );
    expect(r.proseBaseType?.name).toBe("baseItem");
  });
});

describe("derived types", () => {
  const names = (markdown: string) => (resource(markdown).derivedTypes ?? []).map((d) => d.name || d.href);

  it("reads a Derived types section table", () => {
    expect(
      names(
        `# base resource type\n\n## Properties\n\n${TABLE}\n## Derived types\n\n| Type | Description |\n|:--|:--|\n| [a](./a.md) | A. |\n| [b](./b.md) | B. |\n`,
      ),
    ).toEqual(["a", "b"]);
  });

  it("reads 'the derived types are' and 'for example' sentences, not the links that describe the base's use", () => {
    expect(
      names(
        `# outcome resource type\n\nThis is a base class; the derived types are [a](a.md), and [b](b.md).\n\n## Properties\n\n${TABLE}`,
      ),
    ).toEqual(["a", "b"]);
    expect(
      names(
        `# person resource type\n\nThis is a base type for a person, which can be a [customer](c.md) or [staff](s.md).\n\n## Properties\n\n${TABLE}`,
      ),
    ).toEqual(["customer", "staff"]);
    expect(
      names(
        `# action resource type\n\nRepresents a base class for apply actions in the [settings](s.md) of a [definition](d.md).\n\n## Properties\n\n${TABLE}`,
      ),
    ).toEqual([]);
  });

  it("reads the list or table after a sentence ending in a colon, by page link when the text is prose", () => {
    expect(
      names(
        `# riskEvent resource type\n\nRisk event types include:\n\n* [sign-ins from anonymous IP addresses](anonymousipriskevent.md)\n* [malwareRiskEvent](malwareriskevent.md)\n\n## Properties\n\n${TABLE}`,
      ),
    ).toEqual(["anonymousipriskevent.md", "malwareRiskEvent"]);
  });
});

describe("page family", () => {
  it("marks pages that carry the Intune license note", () => {
    const note =
      "> **Note:** The Microsoft Graph API for Intune requires an [active Intune license](https://go.microsoft.com/fwlink/?linkid=839381) for the tenant.\n\n";
    expect(resource(`# shelf resource type\n\n${note}## Properties\n\n${TABLE}`).intune).toBe(true);
    expect(resource(`# shelf resource type\n\n## Properties\n\n${TABLE}`).intune).toBeUndefined();
  });
});

describe("JSON representation keys", () => {
  it("records the type each placeholder value shows", () => {
    const r = resource(
      `# item resource type\n\n## Properties\n\n${TABLE}\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.item" } -->\n\`\`\`json\n{ "name": "String", "when": "String (timestamp)", "on": true, "n": 3, "owner": {"@odata.type": "microsoft.graph.user"}, "tags": ["String"], "sample": "Brad" }\n\`\`\`\n`,
    );
    const types = Object.fromEntries(r.jsonKeys.map((k) => [k.name, k.type]));
    expect(types.name).toEqual({ kind: "primitive", name: "Edm.String", collection: false });
    expect(types.when).toEqual({ kind: "primitive", name: "Edm.DateTimeOffset", collection: false });
    expect(types.on).toEqual({ kind: "primitive", name: "Edm.Boolean", collection: false });
    expect(types.n).toEqual({ kind: "primitive", name: "Edm.Int32", collection: false });
    expect(types.owner).toEqual({ kind: "named", name: "user", namespace: "microsoft.graph", collection: false });
    expect(types.tags).toEqual({ kind: "primitive", name: "Edm.String", collection: true });
    expect(types.sample).toBeUndefined();
  });
});

describe("the Properties section", () => {
  it("is also `## <the page's type> Properties`, but not a section named after another type", () => {
    const block =
      '## JSON representation\n\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.operationError" } -->\n```json\n{ "name": "String" }\n```\n';
    const own = resource(`# operationError resource type\n\n## operationError Properties\n\n${TABLE}\n${block}`);
    expect(own.properties.map((p) => p.name)).toEqual(["name"]);
    const overview = parsePage("page.md", `# users resource type\n\n## Common properties\n\n${TABLE}`);
    expect(overview.resources).toEqual([]);
  });
});

describe("inheritance wording that names the inherited properties", () => {
  it.each([
    ["Inherits metadata properties from [itemFacet](itemfacet.md).", "itemFacet"],
    ["The **b** resource inherits all the properties from [a](a.md).", "a"],
    ["The **drive** resource is derived from [**baseItem**](baseitem.md) and inherits properties from that resource.", "baseItem"],
  ])("reads %j", (text, base) => {
    expect(inheritsFromProse(text)).toBe(base);
  });
});

describe("a type page without members", () => {
  const methods =
    "## Methods\n\n| Method | Return Type | Description |\n|:--|:--|:--|\n| [List roleDefinitions](../api/x.md) | [unifiedRoleDefinition](unifiedroledefinition.md) collection | List them. |\n";
  it("defines its type when its own Properties section says there are none and the page shows methods", () => {
    const none = parsePage(
      "page.md",
      `# rbacApplication resource type\n\nA container.\n\n${methods}\n## Properties\n\nNone\n\n## Relationships\n\nNone\n`,
    );
    expect(none.resources.map((r) => [r.name, r.properties.length])).toEqual([["rbacApplication", 0]]);
  });

  it("defines nothing when the page shows only a name, no Properties section, or tables in subsections", () => {
    expect(parsePage("page.md", "# search resource type\n\n## Methods\n\nNone.\n\n## Properties\n\nNone\n").resources).toEqual([]);
    expect(parsePage("page.md", `# teamsCatalogApp resource type\n\nSee [teamsApp](teamsapp.md).\n\n${methods}`).resources).toEqual([]);
    expect(
      parsePage("page.md", `# groups resource type\n\n${methods}\n## Properties\n\n### Common properties\n\n${TABLE}`).resources,
    ).toEqual([]);
  });
});

describe("an empty Properties table", () => {
  const page = (rows: string, json: string) =>
    parsePage(
      "page.md",
      `# card resource type\n\n## Properties\n${HEADER}${rows}\n## JSON representation\n\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.card" } -->\n\`\`\`json\n${json}\n\`\`\`\n`,
    ).diagnostics.map((d) => d.code);

  it("is reported when the JSON representation has no members either", () => {
    expect(page("", "{ }")).toContain("properties-table-empty");
  });

  it("is not reported when rows or JSON members give the type members", () => {
    expect(page("| name | String | The name. |", "{ }")).not.toContain("properties-table-empty");
    expect(page("", '{ "name": "String" }')).not.toContain("properties-table-empty");
  });
});
