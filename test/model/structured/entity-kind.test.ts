import { describe, expect, it } from "vitest";
import { buildModel } from "../../../generator/model/build.js";
import { parsePage } from "../../../generator/parse/page.js";
import { resourcePage } from "../resource-page-markdown.js";

// A type that a Properties row of another page uses (`signIn.appliedPolicies`) is normally complex; one that declares
// its key and that an endpoint reads is an entity all the same: complex values are never addressed.
const policyPage = (keyProperty: string) =>
  [
    "# policy resource type",
    "",
    "Namespace: microsoft.graph",
    "",
    "A policy.",
    "",
    "## Properties",
    "| Property | Type | Description |",
    "|:---|:---|:---|",
    "|id|String|The identifier. Read-only.|",
    "|state|String|The state.|",
    "",
    "## JSON representation",
    `<!-- { "blockType": "resource", ${keyProperty}"@odata.type": "microsoft.graph.policy" } -->`,
    "```json",
    '{ "id": "String", "state": "String" }',
    "```",
  ].join("\n");
const signInPage = [
  "# signIn resource type",
  "",
  "Namespace: microsoft.graph",
  "",
  "A sign-in.",
  "",
  "## Properties",
  "| Property | Type | Description |",
  "|:---|:---|:---|",
  "|appliedPolicies|[policy](policy.md) collection|The policies applied.|",
  "",
  "## JSON representation",
  '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.signIn" } -->',
  "```json",
  '{ "appliedPolicies": [{"@odata.type": "microsoft.graph.policy"}] }',
  "```",
].join("\n");
const getPage = [
  "# Get policy",
  "",
  "Namespace: microsoft.graph",
  "",
  "## HTTP request",
  '<!-- { "blockType": "ignored" } -->',
  "```http",
  "GET /policies/{id}",
  "```",
  "",
  "## Response",
  "If successful, this method returns a `200 OK` response code and a [policy](../resources/policy.md) object in the response body.",
].join("\n");

function kindOfPolicy(keyProperty: string, withEndpoint: boolean): string | undefined {
  const model = buildModel([
    parsePage("resources/policy.md", policyPage(keyProperty)),
    parsePage("resources/signin.md", signInPage),
    ...(withEndpoint ? [parsePage("api/policy-get.md", getPage)] : []),
  ]);
  return model.types.find((t) => t.name === "policy")?.kind;
}

describe("entity or complex: a type used by a Properties row", () => {
  it("is an entity when it declares its key and an endpoint reads it", () => {
    expect(kindOfPolicy('"keyProperty": "id", ', true)).toBe("entity");
  });

  it("stays complex without the declared key or without the endpoint", () => {
    expect(kindOfPolicy("", true)).toBe("complex");
    expect(kindOfPolicy('"keyProperty": "id", ', false)).toBe("complex");
  });
});

/** A resource page with the given Properties / Relationships rows (Markdown table rows) and JSON body. */
function page(name: string, properties: string[], relationships: string[], json = "{}"): string {
  return resourcePage(name, { properties, relationships, json });
}

describe("entity or complex: a property's type with relationships", () => {
  const connector = page("apiConnector", ["|id|String|The id.|"], []);
  const flow = page(
    "userFlow",
    ["|id|String|The id.|", "|configuration|[flowConfiguration](flowconfiguration.md)|The configuration.|"],
    [],
  );
  const kinds = (configuration: string) => {
    const model = buildModel([
      parsePage("resources/apiconnector.md", connector),
      parsePage("resources/userflow.md", flow),
      parsePage("resources/flowconfiguration.md", configuration),
    ]);
    return model.types.find((t) => t.name === "flowConfiguration")?.kind;
  };

  it("is complex when it shows no key (a complex type holding navigation properties)", () => {
    expect(kinds(page("flowConfiguration", [], ["|postSignup|[apiConnector](apiconnector.md)|The connector.|"]))).toBe("complex");
  });

  it("is an entity when it also shows an id row", () => {
    expect(kinds(page("flowConfiguration", ["|id|String|The id.|"], ["|postSignup|[apiConnector](apiconnector.md)|The connector.|"]))).toBe(
      "entity",
    );
  });
});

describe("a Type-cell link whose text and page disagree", () => {
  const principal = page(
    "servicePrincipal",
    ["|id|String|The id.|"],
    ["|owners|[servicePrincipal](serviceprincipal.md) collection|Owners.|"],
  );
  const provisioning = page("provisioningServicePrincipal", ["|id|String|The id.|", "|name|String|The name.|"], []);
  const summary = (json: string) =>
    page("provisioningSummary", ["|servicePrincipal|[servicePrincipal](provisioningserviceprincipal.md)|The principal.|"], [], json);
  const typeOfRow = (json: string) => {
    const model = buildModel([
      parsePage("resources/serviceprincipal.md", principal),
      parsePage("resources/provisioningserviceprincipal.md", provisioning),
      parsePage("resources/provisioningsummary.md", summary(json)),
    ]);
    const t = model.types.find((x) => x.name === "provisioningSummary");
    return [...(t?.properties ?? []), ...(t?.navigationProperties ?? [])].find((m) => m.name === "servicePrincipal")?.type.type;
  };

  it("means the linked page's type when the JSON representation names it too", () => {
    expect(typeOfRow('{ "servicePrincipal": {"@odata.type": "microsoft.graph.provisioningServicePrincipal"} }')).toBe(
      "microsoft.graph.provisioningServicePrincipal",
    );
  });

  it("keeps the text's type otherwise", () => {
    expect(typeOfRow('{ "servicePrincipal": "String" }')).toBe("microsoft.graph.servicePrincipal");
  });
});

describe("entity or complex: a Properties row that calls itself a navigation property", () => {
  const scope = page("appScope", ["|id|String|The id.|", "|type|String|The type.|"], []);
  const assignment = (description: string) =>
    page("roleAssignment", ["|id|String|The id.|", `|appScope|[appScope](appscope.md)|${description}|`], []);
  const kindOfScope = (description: string) =>
    buildModel([parsePage("resources/appscope.md", scope), parsePage("resources/roleassignment.md", assignment(description))]).types.find(
      (t) => t.name === "appScope",
    )?.kind;

  it("names an entity when the description says so", () => {
    expect(kindOfScope("Details of the app scope. Containment entity.")).toBe("entity");
    expect(kindOfScope("The scope. Navigation property. Read-only.")).toBe("entity");
  });

  it("names a complex type otherwise, also when the words only refer to another member", () => {
    expect(kindOfScope("Details of the app scope.")).toBe("complex");
    expect(kindOfScope("The URL for the `scopes` navigation property.")).toBe("complex");
  });
});
