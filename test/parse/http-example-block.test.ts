import { describe, expect, it } from "vitest";
import { readExampleMessage } from "../../generator/parse/http-example-block.js";

const pos = { line: 1, column: 1 };

describe("example request blocks", () => {
  it("keeps the whole URL when its query holds spaces", () => {
    const m = readExampleMessage(
      "GET https://graph.microsoft.com/v1.0/users?$filter=startswith(displayName, 'a')&$top=2\n",
      pos,
      undefined,
      "request",
    );
    expect(m).toMatchObject({ method: "GET", url: "https://graph.microsoft.com/v1.0/users?$filter=startswith(displayName, 'a')&$top=2" });
  });

  it("drops a trailing protocol version from the URL", () => {
    const m = readExampleMessage("POST /me/sendMail HTTP/1.1\nContent-type: application/json\n\n{}", pos, undefined, "request");
    expect(m).toMatchObject({
      method: "POST",
      url: "/me/sendMail",
      headers: [{ name: "Content-type", value: "application/json" }],
      bodyJson: {},
    });
  });

  it("reads the status of a response", () => {
    expect(readExampleMessage('HTTP/1.1 201 Created\n\n{"id":"1"}', pos, undefined, "response")).toMatchObject({
      status: 201,
      bodyJson: { id: "1" },
    });
  });
});
