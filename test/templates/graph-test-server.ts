import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the server saw, recorded once the request body has fully arrived. */
export interface RecordedRequest {
  method: string;
  /** Path and query exactly as sent on the wire, e.g. "/users?$select=id,displayName". */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** performance.now() when the body was complete; used to measure retry waits. */
  at: number;
}

export type Handler = (request: RecordedRequest, response: ServerResponse) => void;

export interface TestServer {
  /** "http://<host>:<port>" with no trailing slash. */
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  /** Replaces the handler and forgets recorded requests. */
  reset(handler: Handler): void;
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 (or another loopback address, for a second origin) and a free port, so the
 * runtime is exercised through the real fetch stack.
 */
export async function startTestServer(host = "127.0.0.1"): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  let handler: Handler = (_request, response) => {
    response.statusCode = 500;
    response.end("no handler");
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded: RecordedRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks),
        at: performance.now(),
      };
      requests.push(recorded);
      handler(recorded, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://${host}:${port}`,
    requests,
    reset(next) {
      handler = next;
      requests.length = 0;
    },
    close() {
      // Keep-alive sockets and deliberately unanswered requests would otherwise keep close() waiting.
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** Sends a JSON body with the given status and extra headers. */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "Content-Type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}
