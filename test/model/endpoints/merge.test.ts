import { describe, expect, it } from "vitest";
import { buildModel } from "../../../generator/model/build.js";
import { parsePage } from "../../../generator/parse/page.js";

const BOARD = `# board resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|Id.|\n|displayName|String|Name.|\n`;

function apiPage(title: string, lines: string[], response: string, examples: string[] = []): string {
  const blocks = examples.map(
    (url, i) =>
      `### Request ${i + 1}\n\n<!-- { "blockType": "request", "name": "r${i}" } -->\n\`\`\`http\nGET https://graph.microsoft.com/v1.0${url}\n\`\`\`\n\n### Response ${i + 1}\n\n<!-- { "blockType": "response" } -->\n\`\`\`http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{"id": "b1"}\n\`\`\`\n`,
  );
  return `# ${title}\n\n## HTTP request\n\n\`\`\`http\n${lines.join("\n")}\n\`\`\`\n\n## Response\n\n${response}\n\n## Example\n\n${blocks.join("\n")}`;
}

function model(pages: Record<string, string>) {
  return buildModel(Object.entries({ "board.md": BOARD, ...pages }).map(([file, text]) => parsePage(file, text)));
}

const RETURNS_BOARD = "If successful, this method returns a `200 OK` response code and a [board](board.md) object in the response body.";

describe("one endpoint per request-line name, over every page", () => {
  it("merges the pages that document one line, follows the one with the most examples and reports the other", () => {
    const m = model({
      "a-get.md": apiPage(
        "Get board (short page)",
        ["GET /boards/{board-id}"],
        "If successful, this method returns a `204 No Content` response code.",
      ),
      "z-get.md": apiPage("Get board", ["GET /boards/{id}"], RETURNS_BOARD, ["/boards/b1"]),
    });
    const gets = m.endpoints.filter((e) => e.method === "GET");
    expect(gets.map((e) => e.name)).toEqual(["getBoard"]);
    expect(gets[0].source.file).toBe("z-get.md");
    expect(gets[0].response).toMatchObject({ status: 200, type: { type: "microsoft.graph.board" } });
    expect(gets[0].paths.map((p) => p.template)).toEqual(["/boards/{id}"]);
    const findings = m.diagnostics.filter((d) => d.code === "endpoint-pages-disagree");
    expect(findings).toHaveLength(1);
    expect(findings[0].location.file).toBe("a-get.md");
    expect(findings[0].message).toContain("z-get.md");
  });

  it("reports nothing when the pages agree", () => {
    const m = model({
      "a-get.md": apiPage("Get board", ["GET /boards/{board-id}"], RETURNS_BOARD),
      "z-get.md": apiPage("Read board", ["GET /boards/{id}"], RETURNS_BOARD),
    });
    expect(m.endpoints.map((e) => e.name)).toEqual(["getBoard"]);
    expect(m.diagnostics.filter((d) => d.code === "endpoint-pages-disagree")).toEqual([]);
  });

  it("splits the lines of one page that read differently, each example going to the line its URL matches", () => {
    const m = model({
      "get.md": apiPage("Get board", ["GET /me/boards/{id}", "GET /boards/{id}"], RETURNS_BOARD, ["/boards/b1", "/me/boards/b2"]),
    });
    const byName = new Map(m.endpoints.map((e) => [e.name, e]));
    expect([...byName.keys()].sort()).toEqual(["getBoard", "getMeBoard"]);
    expect(byName.get("getBoard")?.examples.map((x) => x.request?.url)).toEqual(["https://graph.microsoft.com/v1.0/boards/b1"]);
    expect(byName.get("getMeBoard")?.examples.map((x) => x.request?.url)).toEqual(["https://graph.microsoft.com/v1.0/me/boards/b2"]);
  });

  it("drops a path whose braces do not pair up, with a finding, and the endpoint when it was its only path", () => {
    const m = model({ "get.md": apiPage("Get board", ["GET /boards/{id"], RETURNS_BOARD) });
    expect(m.endpoints.filter((e) => e.method === "GET")).toEqual([]);
    expect(m.diagnostics.filter((d) => d.code === "placeholder-not-bindable").map((d) => d.location.file)).toEqual(["get.md"]);
  });
});
