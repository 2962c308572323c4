import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createClient, encodeItemPath, encodePathSegment, items, pages, type Page } from "../../templates/runtime.js";
import { sendJson, startTestServer, type TestServer } from "./graph-test-server.js";

// Two real servers: the client's own origin (127.0.0.1) and another origin (127.0.0.2, another host and port),
// which stands for whatever a nextLink or a redirect could point at.
let own: TestServer;
let other: TestServer;
beforeAll(async () => {
  own = await startTestServer("127.0.0.1");
  other = await startTestServer("127.0.0.2");
});
afterAll(async () => {
  await own.close();
  await other.close();
});

const SECRET_HEADERS = ["authorization", "x-tenant", "x-call"];

function client(): Client {
  return createClient({
    baseUrl: `${own.baseUrl}/v1.0`,
    getAccessToken: () => "secret-token",
    headers: { "X-Tenant": "contoso" },
    retry: { baseDelayMs: 1 },
  });
}
const callOptions = { headers: { "X-Call": "per-call" } };

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

function leakedHeaders(server: TestServer): string[] {
  return server.requests.flatMap((r) => SECRET_HEADERS.filter((name) => r.headers[name] !== undefined));
}

describe("credentials stay on the client's origin", () => {
  it("sends token, default and call headers to its own origin", async () => {
    own.reset((_req, res) => sendJson(res, 200, {}));
    await client().request({ method: "GET", path: "/me", responseKind: "json" }, callOptions);
    expect(own.requests[0]?.headers["authorization"]).toBe("Bearer secret-token");
    expect(leakedHeaders(own)).toEqual(SECRET_HEADERS);
  });

  it("refuses a nextLink to another origin before sending anything there", async () => {
    own.reset((_req, res) => sendJson(res, 200, { value: [1], "@odata.nextLink": `${other.baseUrl}/v1.0/users?$skiptoken=2` }));
    other.reset((_req, res) => sendJson(res, 200, { value: [2] }));
    const c = client();
    const seen: number[] = [];
    const error = await rejection(
      (async () => {
        for await (const n of items<number>(c, c.request({ method: "GET", path: "/users", responseKind: "json" }, callOptions), callOptions)) {
          seen.push(n);
        }
      })(),
    );
    expect(seen).toEqual([1]);
    expect(String(error)).toMatch(/Refusing to send a request to http:\/\/127\.0\.0\.2:\d+/);
    expect(other.requests).toHaveLength(0);
  });

  it("refuses an absolute path on another origin, and one on another port of the same host", async () => {
    other.reset((_req, res) => sendJson(res, 200, {}));
    const c = client();
    expect(String(await rejection(c.request({ method: "GET", path: `${other.baseUrl}/x`, responseKind: "json" })))).toMatch(/Refusing/);
    const otherPort = own.baseUrl.replace(/:(\d+)$/, (_m, port: string) => `:${Number(port) === 1 ? 2 : Number(port) - 1}`);
    expect(String(await rejection(c.request({ method: "GET", path: `${otherPort}/x`, responseKind: "json" })))).toMatch(/Refusing/);
    expect(other.requests).toHaveLength(0);
  });

  it("follows a redirect to another origin as a bare GET: no token, no configured or call headers", async () => {
    own.reset((_req, res) => res.writeHead(302, { Location: `${other.baseUrl}/download/abc` }).end());
    other.reset((_req, res) => res.writeHead(200, { "Content-Type": "application/octet-stream" }).end(Buffer.from([1, 2, 3])));
    const bytes = await client().request<Uint8Array>({ method: "GET", path: "/me/drive/items/1/content", responseKind: "binary" }, callOptions);
    expect([...bytes]).toEqual([1, 2, 3]);
    expect(own.requests).toHaveLength(1);
    expect(other.requests.map((r) => `${r.method} ${r.url}`)).toEqual(["GET /download/abc"]);
    expect(leakedHeaders(other)).toEqual([]);
    expect(leakedHeaders(own)).toEqual(SECRET_HEADERS);
  });

  it("does not forward a POST body through a 302 to another origin, and refuses a 307 that would re-send it", async () => {
    other.reset((_req, res) => sendJson(res, 200, { ok: true }));
    own.reset((_req, res) => res.writeHead(302, { Location: `${other.baseUrl}/elsewhere` }).end());
    await client().request({ method: "POST", path: "/me/sendMail", body: { secret: "body" }, responseKind: "json" }, callOptions);
    expect(other.requests.map((r) => [r.method, r.body.length])).toEqual([["GET", 0]]);
    expect(leakedHeaders(other)).toEqual([]);

    own.reset((_req, res) => res.writeHead(307, { Location: `${other.baseUrl}/elsewhere` }).end());
    other.reset((_req, res) => sendJson(res, 200, {}));
    const error = await rejection(
      client().request({ method: "POST", path: "/me/sendMail", body: { secret: "body" }, responseKind: "json" }, callOptions),
    );
    expect(String(error)).toMatch(/refusing to re-send a POST request with its body to http:\/\/127\.0\.0\.2/);
    expect(other.requests).toHaveLength(0);
  });

  it("keeps the full request on a same-origin redirect", async () => {
    own.reset((req, res) => {
      if (req.url === "/v1.0/old") res.writeHead(308, { Location: "/v1.0/new" }).end();
      else sendJson(res, 200, { echoed: req.body.toString() });
    });
    const result = await client().request({ method: "PATCH", path: "/old", body: { a: 1 }, responseKind: "json" }, callOptions);
    expect(result).toEqual({ echoed: '{"a":1}' });
    expect(own.requests.map((r) => `${r.method} ${r.url} ${r.headers["authorization"]} ${r.headers["x-call"]}`)).toEqual([
      "PATCH /v1.0/old Bearer secret-token per-call",
      "PATCH /v1.0/new Bearer secret-token per-call",
    ]);
  });

  it("gives up on a redirect loop", async () => {
    own.reset((_req, res) => res.writeHead(302, { Location: "/v1.0/loop" }).end());
    expect(String(await rejection(client().request({ method: "GET", path: "/loop", responseKind: "json" })))).toMatch(/more than 10 redirects/);
    expect(own.requests).toHaveLength(11);
  });
});

describe("path values that would change the route never reach the server", () => {
  it.each(["", ".", ".."])("encodePathSegment(%j) throws", (value) => {
    expect(() => encodePathSegment(value)).toThrow(TypeError);
  });

  it("encodes a dot inside a value, and keeps values that merely contain dots", () => {
    expect(encodePathSegment("...")).toBe("...");
    expect(encodePathSegment("a.b")).toBe("a.b");
    expect(encodePathSegment("../x")).toBe("..%2Fx");
  });

  it("keeps the / of an item path, encoding each segment and refusing dot and empty segments", () => {
    expect(encodeItemPath("Documents/a b/c#1.txt")).toBe("Documents/a%20b/c%231.txt");
    expect(encodeItemPath("/top.txt")).toBe("top.txt");
    for (const bad of ["a/../b", "a//b", "./a", "a/", ""]) expect(() => encodeItemPath(bad), bad).toThrow(TypeError);
  });

  it.each(["/groups/g1/threads/..", "/groups/g1/threads/.", "/groups/g1/threads/", "/groups//threads/t", "/groups/%2E%2e/x", "/users/{id}"])(
    "refuses the request path %s before sending",
    async (path) => {
      own.reset((_req, res) => res.writeHead(204).end());
      const error = await rejection(client().request({ method: "DELETE", path, responseKind: "void" }));
      expect(error).toBeInstanceOf(TypeError);
      expect(own.requests).toHaveLength(0);
    },
  );
});

describe("paging ends and resolves links", () => {
  it("stops when a nextLink points at the page itself", async () => {
    own.reset((req, res) => sendJson(res, 200, { value: [req.url], "@odata.nextLink": `${own.baseUrl}/v1.0/users?$skiptoken=same` }));
    const c = client();
    const seen: string[] = [];
    for await (const page of pages<string>(c, c.request({ method: "GET", path: "/users", responseKind: "json" }))) seen.push(...page.value);
    expect(seen).toEqual(["/v1.0/users", "/v1.0/users?$skiptoken=same"]);
    expect(own.requests).toHaveLength(2);
  });

  it("stops when a nextLink points back at an earlier page", async () => {
    own.reset((req, res) => {
      const token = new URL(req.url, own.baseUrl).searchParams.get("$skiptoken");
      sendJson(res, 200, { value: [token], "@odata.nextLink": `/v1.0/users?$skiptoken=${token === "a" ? "b" : "a"}` });
    });
    const c = client();
    const seen: (string | null)[] = [];
    for await (const v of items<string | null>(c, c.request({ method: "GET", path: "/users", responseKind: "json" }))) seen.push(v);
    expect(seen).toEqual([null, "a", "b"]);
    expect(own.requests).toHaveLength(3);
  });

  it.each([
    ["/v1.0/users?$skiptoken=2", "/v1.0/users?$skiptoken=2"],
    ["users?$skiptoken=2", "/v1.0/users?$skiptoken=2"],
  ])("resolves the relative nextLink %s to %s (no /v1.0/v1.0)", async (link, expected) => {
    own.reset((req, res) => sendJson(res, 200, req.url === "/v1.0/users" ? { value: [1], "@odata.nextLink": link } : { value: [2] }));
    const c = client();
    const all: number[] = [];
    for await (const n of items<number>(c, c.request<Page<number>>({ method: "GET", path: "/users", responseKind: "json" }))) all.push(n);
    expect(all).toEqual([1, 2]);
    expect(own.requests.map((r) => r.url)).toEqual(["/v1.0/users", expected]);
  });
});

describe("paging carries the first call's options", () => {
  it("sends page 2 with the first call's headers when pages() is given none", async () => {
    own.reset((req, res) =>
      sendJson(res, 200, req.url === "/v1.0/users" ? { value: [1], "@odata.nextLink": `${own.baseUrl}/v1.0/users?$skiptoken=2` } : { value: [2] }),
    );
    const c = client();
    const all: number[] = [];
    const first = c.request<Page<number>>({ method: "GET", path: "/users", responseKind: "json" }, { headers: { ConsistencyLevel: "eventual" } });
    for await (const n of items(c, first)) all.push(n);
    expect(all).toEqual([1, 2]);
    expect(own.requests.map((r) => r.headers["consistencylevel"])).toEqual(["eventual", "eventual"]);
    // Not part of the data: JSON and keys are unchanged.
    expect(JSON.stringify(await c.request({ method: "GET", path: "/users", responseKind: "json" }, { headers: { A: "b" } }))).toBe(
      JSON.stringify({ value: [1], "@odata.nextLink": `${own.baseUrl}/v1.0/users?$skiptoken=2` }),
    );
  });
});
