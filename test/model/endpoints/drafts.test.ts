import { describe, expect, it } from "vitest";
import { endpointDrafts, examplesByMethod } from "../../../generator/model/endpoints/drafts.js";
import type { ExampleFacts } from "../../../generator/parse/facts.js";
import { parsePage } from "../../../generator/parse/page.js";

const pos = { line: 1, column: 1 };
const request = (method: string): ExampleFacts => ({ request: { pos, headers: [], bodyText: "", method, url: "/x" } });

describe("endpoint drafts", () => {
  it("gives each example to the endpoint of its request's method; others stay with the first endpoint", () => {
    const unpaired: ExampleFacts = { response: { pos, headers: [], bodyText: "", status: 204 } };
    const [del, post] = examplesByMethod([request("POST"), request("DELETE"), request("GET"), unpaired], ["DELETE", "POST"]);
    expect(del.map((x) => x.request?.method ?? "none")).toEqual(["DELETE", "GET", "none"]);
    expect(post.map((x) => x.request?.method)).toEqual(["POST"]);
  });

  it("keeps a bare function name as written when the page also writes its call form (the overload without parameters)", () => {
    const page = parsePage(
      "api/x.md",
      [
        "# worksheet: usedRange",
        "## HTTP request",
        "```http\nGET /sheets/{id}/usedRange\nGET /sheets/{id}/usedRange(valuesOnly={valuesOnly})\n```",
        "## Function parameters",
        "| Parameter | Type | Description |\n|:--|:--|:--|\n| valuesOnly | Boolean | Only cells with values. |",
      ].join("\n\n"),
    );
    const [d] = endpointDrafts(page);
    expect(d.kind).toBe("function");
    expect(d.paths.map((p) => p.segments.at(-1)?.kind)).toEqual(["literal", "call"]);
  });
});
