import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Client,
  createClient,
  encodePathSegment,
  items,
  keyLiteral,
  ODataError,
  odataLiteral,
  pages,
  type Page,
} from "../../templates/runtime.js";
import { sendJson, startTestServer, type TestServer } from "./graph-test-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** A client with tiny backoff so retry tests stay fast unless a test asks otherwise. */
function client(options: ConstructorParameters<typeof Client>[0] = {}): Client {
  return createClient({ baseUrl: server.baseUrl, retry: { baseDelayMs: 1 }, ...options });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

describe("literals and path segments", () => {
  it("encodes path segments so they cannot change the route", () => {
    expect(encodePathSegment("a/b c?d#e")).toBe("a%2Fb%20c%3Fd%23e");
    expect(encodePathSegment(42)).toBe("42");
  });

  it("quotes strings with ' doubled, URL-encoded; numbers, booleans and null bare", () => {
    expect(odataLiteral("D7")).toBe("'D7'");
    expect(odataLiteral("o'neil & co")).toBe("'o''neil%20%26%20co'");
    expect(odataLiteral(3)).toBe("3");
    expect(odataLiteral(-1.5e21)).toBe("-1.5e%2B21");
    expect(odataLiteral(Number.NaN)).toBe("NaN");
    expect(odataLiteral(true)).toBe("true");
    expect(odataLiteral(null)).toBe("null");
    expect(keyLiteral("o'neil/x")).toBe("'o''neil%2Fx'");
    expect(keyLiteral(7)).toBe("7");
  });

  it("reaches the server unchanged inside a path", async () => {
    server.reset((_req, res) => sendJson(res, 200, {}));
    const c = client();
    await c.request({ method: "GET", path: `/users(${keyLiteral("o'neil/x")})/photos/${encodePathSegment("a b")}`, responseKind: "json" });
    await c.request({ method: "GET", path: `/reports/getReport(period=${odataLiteral("D7")})`, responseKind: "json" });
    expect(server.requests.map((r) => r.url)).toEqual(["/users('o''neil%2Fx')/photos/a%20b", "/reports/getReport(period='D7')"]);
  });
});

describe("JSON requests", () => {
  it("GETs JSON with an encoded query, $select arrays joined with commas and undefined skipped", async () => {
    server.reset((_req, res) => sendJson(res, 200, { value: [{ id: "1" }] }));
    const result = await createClient({ baseUrl: `${server.baseUrl}/` }).request<Page<{ id: string }>>({
      method: "GET",
      path: "/users",
      query: {
        $select: ["id", "displayName"],
        $filter: "startswith(displayName,'A b&c=d')",
        $top: 5,
        $count: true,
        $skip: undefined,
        $expand: [],
        "custom key": "ü+/",
      },
      responseKind: "json",
    });
    expect(result).toEqual({ value: [{ id: "1" }] });
    const [request] = server.requests;
    expect(request.method).toBe("GET");
    // fetch's URL parser itself turns "'" in the query of an http(s) URL into %27; OData servers decode it.
    expect(request.url).toBe(
      "/users?$select=id,displayName&$filter=startswith(displayName,%27A%20b%26c%3Dd%27)&$top=5&$count=true&custom%20key=%C3%BC%2B%2F",
    );
    expect(request.headers["accept"]).toBe("application/json");
    expect(request.headers["content-type"]).toBeUndefined();
    expect(request.headers["authorization"]).toBeUndefined();
  });

  it("appends the query to a path that already has one", async () => {
    server.reset((_req, res) => sendJson(res, 200, {}));
    await client().request({ method: "GET", path: "/items?a=1", query: { $top: 2 }, responseKind: "json" });
    expect(server.requests[0].url).toBe("/items?a=1&$top=2");
  });

  it("sends the token from an async provider as a Bearer header, asking again on each attempt", async () => {
    let calls = 0;
    server.reset((req, res) => (server.requests.length === 1 ? res.writeHead(429, { "Retry-After": "0" }).end() : sendJson(res, 200, {})));
    const c = client({
      getAccessToken: async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        calls++;
        return `token-${calls}`;
      },
    });
    await c.request({ method: "GET", path: "/me", responseKind: "json" });
    expect(server.requests.map((r) => r.headers["authorization"])).toEqual(["Bearer token-1", "Bearer token-2"]);
  });

  it("sends no Authorization header when the provider has no token", async () => {
    server.reset((_req, res) => sendJson(res, 200, {}));
    await client({ getAccessToken: () => undefined }).request({ method: "GET", path: "/me", responseKind: "json" });
    expect(server.requests[0].headers["authorization"]).toBeUndefined();
  });

  it("uses the custom fetch", async () => {
    server.reset((_req, res) => sendJson(res, 200, { ok: true }));
    const seen: string[] = [];
    const customFetch: typeof fetch = (input, init) => {
      seen.push(`${init?.method} ${String(input)}`);
      return fetch(input, init);
    };
    const result = await client({ fetch: customFetch }).request({ method: "GET", path: "/me", responseKind: "json" });
    expect(result).toEqual({ ok: true });
    expect(seen).toEqual([`GET ${server.baseUrl}/me`]);
    expect(server.requests).toHaveLength(1);
  });

  it("merges default and per-call headers by case-insensitive name, the call winning", async () => {
    server.reset((_req, res) => sendJson(res, 200, {}));
    const c = client({ headers: { ConsistencyLevel: "session", "X-Default": "kept", Accept: "application/json;odata.metadata=none" } });
    await c.request(
      { method: "GET", path: "/users", responseKind: "json" },
      { headers: { consistencylevel: "eventual", Prefer: 'outlook.timezone="UTC"' } },
    );
    const { headers } = server.requests[0];
    expect(headers["consistencylevel"]).toBe("eventual");
    expect(headers["x-default"]).toBe("kept");
    expect(headers["prefer"]).toBe('outlook.timezone="UTC"');
    expect(headers["accept"]).toBe("application/json;odata.metadata=none");
  });

  it("POSTs and PATCHes JSON bodies", async () => {
    server.reset((req, res) =>
      req.method === "POST" ? sendJson(res, 201, { id: "new", ...JSON.parse(req.body.toString()) }) : res.writeHead(204).end(),
    );
    const c = client();
    const created = await c.request({ method: "POST", path: "/users", body: { displayName: "Ada" }, responseKind: "json" });
    const patched = await c.request(
      { method: "PATCH", path: "/users/new", body: { displayName: "Ada L." }, responseKind: "void" },
      { headers: { "If-Match": 'W/"1"' } },
    );
    expect(created).toEqual({ id: "new", displayName: "Ada" });
    expect(patched).toBeUndefined();
    const [post, patch] = server.requests;
    expect(post.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(post.body.toString())).toEqual({ displayName: "Ada" });
    expect(patch.method).toBe("PATCH");
    expect(JSON.parse(patch.body.toString())).toEqual({ displayName: "Ada L." });
    expect(patch.headers["if-match"]).toBe('W/"1"');
  });

  it("turns 204 and empty JSON bodies into undefined", async () => {
    server.reset((req, res) => {
      if (req.url === "/no-content") res.writeHead(204).end();
      else if (req.url === "/created-empty") res.writeHead(201).end();
      else sendJson(res, 200, { ignored: true });
    });
    const c = client();
    expect(await c.request({ method: "DELETE", path: "/no-content", responseKind: "void" })).toBeUndefined();
    expect(await c.request({ method: "POST", path: "/no-content", body: {}, responseKind: "json" })).toBeUndefined();
    expect(await c.request({ method: "POST", path: "/created-empty", body: {}, responseKind: "json" })).toBeUndefined();
    expect(await c.request({ method: "POST", path: "/other", responseKind: "void" })).toBeUndefined();
    expect(server.requests).toHaveLength(4);
  });
});

describe("binary and text", () => {
  const bytes = new Uint8Array([0, 1, 2, 127, 128, 255]);

  it("uploads a Uint8Array, an ArrayBuffer and a Blob as octet-stream unless the call says otherwise", async () => {
    server.reset((_req, res) => sendJson(res, 200, {}));
    const c = client();
    await c.request({ method: "PUT", path: "/content", body: bytes, bodyKind: "binary", responseKind: "json" });
    await c.request({ method: "PUT", path: "/content", body: bytes.slice().buffer, bodyKind: "binary", responseKind: "json" });
    await c.request(
      { method: "PUT", path: "/content", body: new Blob([bytes]), bodyKind: "binary", responseKind: "json" },
      { headers: { "content-type": "image/png" } },
    );
    expect(server.requests.map((r) => [...r.body])).toEqual([[...bytes], [...bytes], [...bytes]]);
    expect(server.requests.map((r) => r.headers["content-type"])).toEqual([
      "application/octet-stream",
      "application/octet-stream",
      "image/png",
    ]);
  });

  it("sends only the bytes of a Uint8Array view", async () => {
    server.reset((_req, res) => res.writeHead(204).end());
    await client().request({ method: "PUT", path: "/content", body: bytes.subarray(2, 4), bodyKind: "binary", responseKind: "void" });
    expect([...server.requests[0].body]).toEqual([2, 127]);
  });

  it("rejects a binary body that is not binary", async () => {
    const error = await rejection(client().request({ method: "PUT", path: "/x", body: "text", bodyKind: "binary", responseKind: "void" }));
    expect(error).toBeInstanceOf(TypeError);
  });

  it("downloads binary as a Uint8Array and text as a string", async () => {
    server.reset((req, res) => {
      if (req.url === "/bin") res.writeHead(200, { "Content-Type": "application/octet-stream" }).end(Buffer.from(bytes));
      else res.writeHead(200, { "Content-Type": "text/csv" }).end("a,b\n1,2\n");
    });
    const c = client();
    const downloaded = await c.request<Uint8Array>({ method: "GET", path: "/bin", responseKind: "binary" });
    expect(downloaded).toBeInstanceOf(Uint8Array);
    expect([...downloaded]).toEqual([...bytes]);
    expect(await c.request({ method: "GET", path: "/csv", responseKind: "text" })).toBe("a,b\n1,2\n");
    // No JSON Accept header on binary and text calls (fetch adds its own */*).
    expect(server.requests.map((r) => r.headers["accept"])).toEqual(["*/*", "*/*"]);
  });
});

describe("paging", () => {
  interface User {
    id: number;
  }

  function serveThreePages(): void {
    server.reset((req, res) => {
      const page = Number(new URL(req.url, server.baseUrl).searchParams.get("$skiptoken") ?? "1");
      const body: Page<User> = { value: [{ id: page * 10 + 1 }, { id: page * 10 + 2 }] };
      if (page < 3) body["@odata.nextLink"] = `${server.baseUrl}/users?$top=2&$skiptoken=${page + 1}`;
      sendJson(res, 200, body);
    });
  }

  it("follows absolute @odata.nextLink with GET over three pages, with the call's headers", async () => {
    serveThreePages();
    const c = client();
    const options = { headers: { ConsistencyLevel: "eventual" } };
    const first = c.request<Page<User>>({ method: "GET", path: "/users", query: { $top: 2 }, responseKind: "json" }, options);
    const seen: number[][] = [];
    for await (const page of pages(c, first, options)) seen.push(page.value.map((u) => u.id));
    expect(seen).toEqual([
      [11, 12],
      [21, 22],
      [31, 32],
    ]);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "GET /users?$top=2",
      "GET /users?$top=2&$skiptoken=2",
      "GET /users?$top=2&$skiptoken=3",
    ]);
    expect(server.requests.every((r) => r.headers["consistencylevel"] === "eventual")).toBe(true);
  });

  it("yields every item of every page, also from an already-fetched first page", async () => {
    serveThreePages();
    const c = client();
    const first = await c.request<Page<User>>({ method: "GET", path: "/users", responseKind: "json" });
    const ids: number[] = [];
    for await (const user of items(c, first)) ids.push(user.id);
    expect(ids).toEqual([11, 12, 21, 22, 31, 32]);
    expect(server.requests).toHaveLength(3);
  });

  it("stops at a page without nextLink", async () => {
    server.reset((_req, res) => sendJson(res, 200, {}));
    const ids: number[] = [];
    for await (const user of items<User>(client(), { value: [{ id: 1 }] })) ids.push(user.id);
    expect(ids).toEqual([1]);
    expect(server.requests).toHaveLength(0);
  });
});

describe("errors", () => {
  it("turns a Graph error into an ODataError with code, message, innerError and requestId", async () => {
    const innerError = { "request-id": "req-123", date: "2024-01-01T00:00:00", "client-request-id": "client-1" };
    const graphError = { error: { code: "Request_ResourceNotFound", message: "Resource 'x' does not exist.", innerError } };
    server.reset((_req, res) => sendJson(res, 404, graphError, { "request-id": "header-id" }));
    const error = await rejection(client().request({ method: "GET", path: "/users/x", responseKind: "json" }));
    expect(error).toBeInstanceOf(ODataError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: "ODataError",
      status: 404,
      code: "Request_ResourceNotFound",
      message: "Resource 'x' does not exist.",
      innerError,
      requestId: "req-123",
      body: graphError,
    });
  });

  it("takes the requestId from the response header when innerError has none", async () => {
    server.reset((_req, res) => sendJson(res, 400, { error: { message: "Bad filter" } }, { "client-request-id": "from-header" }));
    const error = await rejection(client().request({ method: "GET", path: "/users", responseKind: "json" }));
    expect(error).toMatchObject({ status: 400, code: "unknown", message: "Bad filter", requestId: "from-header" });
    expect(server.requests).toHaveLength(1);
  });

  it("turns a text/plain 500 into an ODataError with the text as message and body", async () => {
    server.reset((_req, res) => res.writeHead(500, { "Content-Type": "text/plain" }).end("Internal failure\n"));
    const error = await rejection(client().request({ method: "GET", path: "/boom", responseKind: "json" }));
    expect(error).toBeInstanceOf(ODataError);
    expect(error).toMatchObject({ status: 500, code: "unknown", message: "Internal failure", body: "Internal failure\n" });
    expect((error as ODataError).requestId).toBeUndefined();
  });

  it("uses the status text when the error body is empty", async () => {
    server.reset((_req, res) => res.writeHead(502).end());
    const error = await rejection(client().request({ method: "DELETE", path: "/x", responseKind: "void" }));
    expect(error).toMatchObject({ status: 502, code: "unknown", message: "Bad Gateway" });
    expect((error as ODataError).body).toBeUndefined();
  });
});

describe("retries", () => {
  /** Answers the first `failures` requests with `status` (and headers), then 200 with the request count. */
  function failThenSucceed(failures: number, status: number, headers: Record<string, string> = {}): void {
    server.reset((_req, res) =>
      server.requests.length <= failures
        ? sendJson(res, status, { error: { code: "TooManyRequests", message: "slow down" } }, headers)
        : sendJson(res, 200, { attempts: server.requests.length }),
    );
  }

  function gaps(): number[] {
    return server.requests.slice(1).map((r, i) => r.at - server.requests[i].at);
  }

  it("retries 429 with Retry-After: 0 and re-sends the same body", async () => {
    failThenSucceed(2, 429, { "Retry-After": "0" });
    const result = await client({ retry: { baseDelayMs: 10_000 } }).request({
      method: "POST",
      path: "/batch",
      body: { n: 1 },
      responseKind: "json",
    });
    expect(result).toEqual({ attempts: 3 });
    expect(server.requests.map((r) => r.body.toString())).toEqual(['{"n":1}', '{"n":1}', '{"n":1}']);
    // Retry-After: 0 wins over the 10 s backoff.
    expect(Math.max(...gaps())).toBeLessThan(1000);
  });

  it("re-sends a binary body on retry", async () => {
    failThenSucceed(1, 503, { "Retry-After": "0" });
    const body = new Uint8Array([9, 8, 7]);
    await client().request({ method: "PUT", path: "/content", body, bodyKind: "binary", responseKind: "json" });
    expect(server.requests.map((r) => [...r.body])).toEqual([
      [9, 8, 7],
      [9, 8, 7],
    ]);
  });

  it("waits the Retry-After seconds before retrying", async () => {
    failThenSucceed(1, 429, { "Retry-After": "1" });
    const result = await client().request({ method: "GET", path: "/me", responseKind: "json" });
    expect(result).toEqual({ attempts: 2 });
    const [gap] = gaps();
    expect(gap).toBeGreaterThanOrEqual(950);
    expect(gap).toBeLessThan(3000);
  });

  it("honours an HTTP-date Retry-After, capped by maxDelayMs", async () => {
    failThenSucceed(1, 429, { "Retry-After": new Date(Date.now() + 3_600_000).toUTCString() });
    await client({ retry: { baseDelayMs: 1, maxDelayMs: 200 } }).request({ method: "GET", path: "/me", responseKind: "json" });
    // The date asked for an hour; an unparsed date would have meant a ~1 ms backoff instead of the 200 ms cap.
    const [gap] = gaps();
    expect(gap).toBeGreaterThanOrEqual(180);
    expect(gap).toBeLessThan(2000);
  });

  it("retries 503 and 504 then succeeds, backing off exponentially without Retry-After", async () => {
    server.reset((_req, res) => {
      const n = server.requests.length;
      if (n === 1) res.writeHead(503).end();
      else if (n === 2) res.writeHead(504).end();
      else sendJson(res, 200, { attempts: n });
    });
    const result = await client({ retry: { baseDelayMs: 40 } }).request({ method: "GET", path: "/me", responseKind: "json" });
    expect(result).toEqual({ attempts: 3 });
    const [first, second] = gaps();
    // Equal jitter: the k-th wait lies in [base·2^k / 2, base·2^k].
    expect(first).toBeGreaterThanOrEqual(20 - 5);
    expect(second).toBeGreaterThanOrEqual(40 - 5);
  });

  it("gives up after maxRetries with an ODataError carrying the last status", async () => {
    server.reset((_req, res) => res.writeHead(503, { "Retry-After": "0", "Content-Type": "text/plain" }).end("busy"));
    const error = await rejection(client({ retry: { maxRetries: 2 } }).request({ method: "GET", path: "/me", responseKind: "json" }));
    expect(error).toBeInstanceOf(ODataError);
    expect(error).toMatchObject({ status: 503, message: "busy" });
    expect(server.requests).toHaveLength(3);
  });

  it("makes 3 retries by default", async () => {
    server.reset((_req, res) => res.writeHead(429, { "Retry-After": "0" }).end());
    const error = await rejection(client().request({ method: "GET", path: "/me", responseKind: "json" }));
    expect(error).toMatchObject({ status: 429 });
    expect(server.requests).toHaveLength(4);
  });

  it("does not retry other statuses", async () => {
    server.reset((_req, res) => res.writeHead(500, { "Retry-After": "0" }).end());
    await rejection(client().request({ method: "GET", path: "/me", responseKind: "json" }));
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry at all with retry: false", async () => {
    failThenSucceed(1, 503, { "Retry-After": "0" });
    const error = await rejection(client({ retry: false }).request({ method: "GET", path: "/me", responseKind: "json" }));
    expect(error).toMatchObject({ status: 503, code: "TooManyRequests" });
    expect(server.requests).toHaveLength(1);
  });
});

describe("aborting", () => {
  it("aborts a request in flight with the signal's reason", async () => {
    server.reset(() => {
      // Never answers: only the abort can end the call.
    });
    const controller = new AbortController();
    const reason = new Error("stop");
    const pending = client().request({ method: "GET", path: "/slow", responseKind: "json" }, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort(reason);
    expect(await rejection(pending)).toBe(reason);
    expect(server.requests).toHaveLength(1);
  });

  it("aborts a pending retry wait at once, rejecting with the reason", async () => {
    server.reset((_req, res) => res.writeHead(429, { "Retry-After": "10" }).end());
    const controller = new AbortController();
    const reason = new Error("cancelled while waiting");
    const started = performance.now();
    const pending = client().request({ method: "GET", path: "/me", responseKind: "json" }, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 100);
    expect(await rejection(pending)).toBe(reason);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(server.requests).toHaveLength(1);
  });

  it("sends nothing when the signal is already aborted", async () => {
    server.reset((_req, res) => sendJson(res, 200, {}));
    const reason = new Error("too late");
    const error = await rejection(
      client().request({ method: "GET", path: "/me", responseKind: "json" }, { signal: AbortSignal.abort(reason) }),
    );
    expect(error).toBe(reason);
    expect(server.requests).toHaveLength(0);
  });
});
