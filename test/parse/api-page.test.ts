import { describe, expect, it } from "vitest";
import { parsePage } from "../../generator/parse/page.js";

// An annotated example request: what makes a page without an `HTTP request` heading an API page.
const REQUEST_EXAMPLE = '<!-- { "blockType": "request", "name": "x" } -->\n```http\nGET https://graph.microsoft.com/v1.0/things\n```';
const page = (body: string) => parsePage("api/x.md", `# Title\n\nNamespace: microsoft.graph\n\n${body}`).api;

describe("API page facts", () => {
  it("reads the response sentence of a page whose sections are all H3, not the example's Response heading", () => {
    const api = page(
      [
        "### HTTP Request",
        "```http\nGET /things/{id}\n```",
        "### Response",
        "If successful, this method returns a `200 OK` response code and a [thing](../resources/thing.md) object in the response body.",
        "### Example",
        "##### Response",
        "This method returns a `204 No Content` response code in some cases.",
        "```http\nHTTP/1.1 200 OK\n{}\n```",
      ].join("\n\n"),
    );
    expect(api?.response).toMatchObject({ status: 200, type: { kind: "named", name: "thing", collection: false } });
  });

  it("reads a Name | Value | Description body table whose Value cells are types", () => {
    const api = page(
      [
        "## HTTP request",
        "```http\nPOST /things/{id}/checkin\n```",
        "## Request body",
        "| Name | Value | Description |\n|:--|:--|:--|\n| checkInAs | string | The status. |\n| comment | string | A comment. |",
      ].join("\n\n"),
    );
    expect(api?.requestBody.parameters.map((p) => [p.name, p.type])).toEqual([
      ["checkInAs", { kind: "primitive", name: "Edm.String", collection: false }],
      ["comment", { kind: "primitive", name: "Edm.String", collection: false }],
    ]);
  });

  it("takes path-parameter rows that are no placeholder of the request lines as function parameters", () => {
    const api = page(
      [
        "## HTTP request",
        "```http\nGET /things/{thing-id}/range/cell\nGET /others/{id|name}/range/cell\n```",
        "## Path parameters",
        "| Parameter | Type | Description |\n|:--|:--|:--|\n| thingId | String | The thing. |\n| name | String | The other. |\n| row | Int32 | The row. |",
      ].join("\n\n"),
    );
    expect(api?.functionParameters.map((p) => p.name)).toEqual(["row"]);
  });

  it("reads every qualified HTTP request section (`HTTP request (to upload a new file)`)", () => {
    const api = page(
      [
        "## HTTP request (to replace an item)",
        "```http\nPUT /items/{id}/content\n```",
        "## HTTP request (to upload a new file)",
        "```http\nPUT /items/{parent-id}:/{filename}:/content\n```",
        "## Example",
        REQUEST_EXAMPLE,
      ].join("\n\n"),
    );
    expect(api?.requests.map((r) => r.path)).toEqual(["/items/{id}/content", "/items/{parent-id}:/{filename}:/content"]);
  });

  it("without an HTTP request section, reads the request lines of code blocks before the examples", () => {
    const api = page(
      [
        "## Get the root site",
        "```http\nGET /sites/root\n```",
        "## Example",
        "### Request",
        '<!-- { "blockType": "request", "name": "get_site" } -->\n```http\nGET https://graph.microsoft.com/v1.0/sites/abc\n```',
      ].join("\n\n"),
    );
    expect(api?.requests.map((r) => r.path)).toEqual(["/sites/root"]);
    expect(api?.examples.map((x) => x.request?.url)).toEqual(["https://graph.microsoft.com/v1.0/sites/abc"]);
  });

  it("says why a page yields no endpoint: no HTTP request section and no request line, located at the title", () => {
    const facts = parsePage("api/x.md", `# Get things\n\nSend a GET request to the things.\n\n## Example\n\n${REQUEST_EXAMPLE}\n`);
    expect(facts.api?.requests).toEqual([]);
    expect(facts.diagnostics.filter((d) => d.code === "no-http-request").map((d) => [d.location.line, d.message])).toEqual([
      [1, expect.stringContaining("no HTTP request section")],
    ]);
  });
});

describe("the operation an H1 names", () => {
  const api = (title: string, line: string) => parsePage("api/x.md", `# ${title}\n\n## HTTP request\n\n\`\`\`http\n${line}\n\`\`\`\n`).api;

  it("reads `type: operation` and `Verb type` whose verb is the last path segment", () => {
    expect(api("team: archive", "POST /teams/{id}/archive")?.titleOperation).toBe("archive");
    expect(api("Start synchronizationJob", "POST /servicePrincipals/{id}/synchronization/jobs/{jobId}/start")?.titleOperation).toBe(
      "start",
    );
  });

  it("reads no operation from a verb the path does not end with", () => {
    expect(api("Get user", "GET /users/{id}")?.titleOperation).toBeUndefined();
    expect(api("List members", "GET /groups/{id}/members")?.titleOperation).toBeUndefined();
    expect(api("Start the job now", "POST /jobs/{id}/start")?.titleOperation).toBeUndefined();
  });
});

describe("a request body described in prose", () => {
  const body = (prose: string) =>
    parsePage("api/x.md", `# Update thing\n\n## HTTP request\n\n\`\`\`http\nPATCH /things/{id}\n\`\`\`\n\n## Request body\n\n${prose}\n`)
      .api?.requestBody;

  it("is the one resource page its prose links", () => {
    expect(
      body("In the request body, supply the values for relevant fields. For the list of properties, see [thing](../resources/thing.md)."),
    ).toMatchObject({
      kind: "resource",
      resource: { kind: "named", name: "thing" },
    });
    expect(
      body("Provide the new [openShift](../resources/openshift.md) object in the request body for this method.")?.resource,
    ).toMatchObject({ name: "openShift" });
  });

  it("is not a type it references by id, an array of a type, or one of two linked types", () => {
    expect(body("Supply the identifier of the [policy](../resources/policy.md) object (using an `@odata.id` property).")?.kind).toBe(
      "unknown",
    );
    expect(body("Supply an array of [command](../resources/command.md) objects.")?.kind).toBe("unknown");
    expect(body("Supply a [thing](../resources/thing.md) or a [widget](../resources/widget.md).")?.kind).toBe("unknown");
  });
});
