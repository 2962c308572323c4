/**
 * The client docs2ts generates for input-docs/ (committed in generated/), used against a local stand-in for the
 * "board" API: path parameters, one function per request line, `$select` narrowing, paging, updates, bytes, errors, retries, abort.
 *
 *   npx tsx examples/board-demo.ts
 *
 * test/examples/readme-demo.test.ts runs it and checks what it prints.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import {
  Client,
  ODataError,
  getBoard,
  getBoardCard,
  getBoardCardAttachmentValue,
  getBoards,
  getMeBoardCard,
  items,
  pages,
  patchBoard,
} from "../generated/index.js";

export async function runDemo(log: (line: string) => void = (line) => console.log(line)): Promise<void> {
  const server = await startBoardServer();
  try {
    const client = new Client({
      baseUrl: server.url, // default: https://graph.microsoft.com/v1.0
      getAccessToken: () => "demo-token", // asked before every attempt; sent as "Authorization: Bearer …"
      headers: { "client-request-id": "board-demo" }, // on every call
      retry: { maxRetries: 2, baseDelayMs: 10 }, // 429/503/504, honouring Retry-After
    });

    // One path parameter; `$select` narrows the result type to the selected properties.
    const board = await getBoard(client, { id: "b1" }, { $select: ["displayName", "cardCount"] });
    log(`board: ${board.displayName} (${board.cardCount} cards)`);
    // board.description; // ← type error: not selected

    // Every request line has its own function, named after the line: GET /me/boards/{id}/cards/{id} is getMeBoardCard.
    const mine = await getMeBoardCard(client, { boardId: "b1", cardId: "c1" });
    const direct = await getBoardCard(client, { boardId: "b1", cardId: "c1" });
    log(`card: ${mine.title} / ${direct.title} [${mine.status}]`);

    // Collections: one page, or every item across pages (follows @odata.nextLink).
    const first = await getBoards(client, { $top: 2, $count: true, $orderby: "displayName" });
    log(`first page: ${first.value.length} of ${first["@odata.count"]}`);
    let count = 0;
    for await (const page of pages(client, getBoards(client, { $top: 2 }))) count += page.value.length;
    log(`pages: ${count} boards`);
    for await (const b of items(client, getBoards(client, { $top: 2, $select: ["displayName"] }))) log(`- ${b.displayName}`);

    // An update sends a partial body; per-call headers (If-Match, Prefer, ConsistencyLevel) go in the options.
    const updated = await patchBoard(client, { id: "b1" }, { description: "Moved to Q4" }, { headers: { "If-Match": 'W/"1"' } });
    log(`updated: ${updated.description}`);

    // $value content comes back as bytes; the server throttles the first attempt (429, Retry-After: 0).
    const bytes = await getBoardCardAttachmentValue(client, { boardId: "b1", cardId: "c1" });
    log(`attachment: ${new TextDecoder().decode(bytes)} (${server.attempts("/boards/b1/cards/c1/attachment/$value")} attempts)`);

    // Non-2xx answers throw ODataError with the OData error's code, message and request id.
    try {
      await getBoard(client, { id: "nope" });
    } catch (e) {
      if (!(e instanceof ODataError)) throw e;
      log(`error: ${e.status} ${e.code}: ${e.message} (request ${e.requestId})`);
    }

    // Every call takes an AbortSignal.
    const controller = new AbortController();
    controller.abort(new Error("cancelled by the user"));
    await getBoard(client, { id: "b1" }, { signal: controller.signal }).catch((e: unknown) => log(`aborted: ${(e as Error).message}`));
  } finally {
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The stand-in server: a few boards, paging by $skiptoken, one throttled download, a 404 in OData error format.

const BOARDS = ["Launch", "Roadmap", "Hiring", "Offsite", "Website"].map((name, i) => ({
  id: `b${i + 1}`,
  displayName: name,
  cardCount: i + 2,
}));

interface BoardServer {
  url: string;
  attempts(path: string): number;
  close(): Promise<void>;
}

async function startBoardServer(): Promise<BoardServer> {
  const attempts = new Map<string, number>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    attempts.set(url.pathname, (attempts.get(url.pathname) ?? 0) + 1);
    if (req.headers.authorization !== "Bearer demo-token")
      return json(res, 401, { error: { code: "InvalidAuthenticationToken", message: "No token" } });
    route(req, url, res, attempts.get(url.pathname) ?? 1, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    attempts: (path) => attempts.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function route(req: IncomingMessage, url: URL, res: ServerResponse, attempt: number, origin: string): void {
  const path = decodeURIComponent(url.pathname);
  const select = url.searchParams.get("$select")?.split(",");
  const pick = (o: Record<string, unknown>) => (select ? Object.fromEntries(Object.entries(o).filter(([k]) => select.includes(k))) : o);
  if (req.method === "GET" && path === "/boards") {
    const top = Number(url.searchParams.get("$top") ?? BOARDS.length);
    const skip = Number(url.searchParams.get("$skiptoken") ?? 0);
    const next =
      skip + top < BOARDS.length
        ? `${origin}/boards?$top=${top}&$skiptoken=${skip + top}${select ? `&$select=${select.join(",")}` : ""}`
        : undefined;
    return json(res, 200, {
      value: BOARDS.slice(skip, skip + top).map(pick),
      ...(url.searchParams.get("$count") === "true" ? { "@odata.count": BOARDS.length } : {}),
      ...(next ? { "@odata.nextLink": next } : {}),
    });
  }
  if (req.method === "GET" && path === "/boards/b1") return json(res, 200, pick(BOARDS[0]));
  if (req.method === "PATCH" && path === "/boards/b1") {
    let text = "";
    req.on("data", (c: Buffer) => (text += String(c)));
    req.on("end", () => json(res, 200, { ...BOARDS[0], ...(JSON.parse(text) as object), etag: req.headers["if-match"] }));
    return;
  }
  if (req.method === "GET" && (path === "/me/boards/b1/cards/c1" || path === "/boards/b1/cards/c1")) {
    return json(res, 200, { id: "c1", title: "Order banners", status: "inProgress" });
  }
  if (req.method === "GET" && path === "/boards/b1/cards/c1/attachment/$value") {
    if (attempt === 1) return json(res, 429, { error: { code: "TooManyRequests", message: "Slow down" } }, { "Retry-After": "0" });
    res.writeHead(200, { "Content-Type": "text/plain" }).end("banner-spec.pdf contents");
    return;
  }
  json(res, 404, { error: { code: "itemNotFound", message: `No board at ${path}`, innerError: { "request-id": "req-42" } } });
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "Content-Type": "application/json", ...headers }).end(JSON.stringify(body));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await runDemo();
