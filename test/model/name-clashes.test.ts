/** Kinds sharing a name: an enum and a type, a type and a namespace → a located error naming both pages. */
import { describe, expect, it } from "vitest";
import { buildModel } from "../../generator/model/build.js";
import { parsePage } from "../../generator/parse/page.js";

const PROPS = "## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n";

function findings(pages: Record<string, string>): string[] {
  const model = buildModel(Object.entries(pages).map(([file, text]) => parsePage(file, text)));
  return model.diagnostics.filter((d) => d.code === "name-clash").map((d) => `${d.location?.file}:${d.location?.line}: ${d.message}`);
}

describe("name clashes", () => {
  it("an enum page and a resource page of one name: an error at the enum naming the resource page", () => {
    expect(
      findings({
        "a/status.md": "# status enum type\n\n## Members\n\n|Member|Description|\n|:---|:---|\n|open|Open.|\n",
        "b/status.md": `# status resource type\n\n${PROPS}`,
      }),
    ).toEqual([
      'a/status.md:1: Enum "microsoft.graph.status" has the name of the resource type "microsoft.graph.status" (b/status.md:1); docs2ts keeps the type and drops the enum.',
    ]);
  });

  it("a type named like a namespace: an error at the type naming a page of the namespace", () => {
    expect(
      findings({
        "security.md": `# security resource type\n\n${PROPS}`,
        "alert.md": `# alert resource type\n\nNamespace: microsoft.graph.security\n\n${PROPS}`,
      }),
    ).toEqual([
      'security.md:1: Type "microsoft.graph.security" has the name of the namespace "microsoft.graph.security" (defined at alert.md:1); their models files would have one name.',
    ]);
  });

  it("different names: nothing", () => {
    expect(
      findings({
        "a.md": `# a resource type\n\n${PROPS}`,
        "b.md": "# b enum type\n\n## Members\n\n|Member|Description|\n|:---|:---|\n|x|X.|\n",
      }),
    ).toEqual([]);
  });
});
