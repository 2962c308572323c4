import { describe, expect, it } from "vitest";
import { buildModel } from "../../generator/model/build.js";
import { parsePage } from "../../generator/parse/page.js";

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
