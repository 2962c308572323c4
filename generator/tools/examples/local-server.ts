/**
 * One local HTTP server on 127.0.0.1 (a free port) that answers every request with the response it was last told
 * to give and records what it received. Replays run one call at a time, so one slot is enough and one server
 * serves a whole run.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface CannedResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface ReceivedRequest {
  method: string;
  /** Path and query as received (percent-encoded). */
  url: string;
  headers: IncomingMessage["headers"];
  body: Uint8Array;
}

export interface ReplayServer {
  /** `http://127.0.0.1:PORT` */
  baseUrl: string;
  /** Sets the next response and forgets the previous request. */
  answerWith(response: CannedResponse): void;
  /** Requests received since the last `answerWith`. */
  received(): readonly ReceivedRequest[];
  close(): Promise<void>;
}

export async function startReplayServer(): Promise<ReplayServer> {
  let current: CannedResponse = { status: 500, headers: {}, body: new Uint8Array() };
  let requests: ReceivedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: new Uint8Array(Buffer.concat(chunks)) });
      const noBody = current.status === 204 || current.status === 304 || (current.status >= 100 && current.status < 200);
      res.writeHead(current.status, noBody ? {} : { ...current.headers, "content-length": String(current.body.byteLength) });
      res.end(noBody ? undefined : current.body);
    });
  });
  // Keep-alive sockets would hold `close()` open until they time out.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    answerWith(response) {
      current = response;
      requests = [];
    },
    received: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
