/**
 * What the generated client sent and returned against what the docs show, as short human-readable differences
 * (empty = equal). JSON is compared as values (key order ignored), URLs in their canonical form (request-url.ts).
 */
import type { ReceivedRequest } from "./local-server.js";
import { canonicalPath, canonicalQuery, splitRequestUrl } from "./request-url.js";

export type ExpectedBody = { kind: "none" } | { kind: "json"; value: unknown } | { kind: "bytes"; value: Uint8Array };

export interface ExpectedRequest {
  method: string;
  /** Path as documented (after host and version), percent-encoded as written. */
  path: string;
  query: [string, string][];
  body: ExpectedBody;
}

const MAX_SHOWN = 120;

/** A value for a one-line message, cut when long. */
export function shown(value: unknown): string {
  const text =
    value instanceof Uint8Array
      ? `<${value.byteLength} bytes>`
      : value === undefined
        ? "undefined"
        : (JSON.stringify(value) ?? String(value));
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

export function requestDifferences(expected: ExpectedRequest, received: ReceivedRequest | undefined): string[] {
  if (received === undefined) return ["no request reached the server"];
  const out: string[] = [];
  if (received.method.toUpperCase() !== expected.method.toUpperCase())
    out.push(`method: documented ${expected.method}, sent ${received.method}`);
  const sent = splitRequestUrl(received.url);
  const sentPath = canonicalPath(sent?.path ?? received.url);
  const documentedPath = canonicalPath(expected.path);
  if (sentPath !== documentedPath) out.push(`path: documented ${documentedPath}, sent ${sentPath}`);
  const sentQuery = canonicalQuery(sent?.query ?? []);
  const documentedQuery = canonicalQuery(expected.query);
  if (sentQuery.join("&") !== documentedQuery.join("&")) {
    out.push(`query: documented ${documentedQuery.join("&") || "(none)"}, sent ${sentQuery.join("&") || "(none)"}`);
  }
  const body = bodyDifference(expected.body, received);
  if (body !== undefined) out.push(body);
  return out;
}

function bodyDifference(expected: ExpectedBody, received: ReceivedRequest): string | undefined {
  switch (expected.kind) {
    case "none":
      return received.body.byteLength === 0 ? undefined : `body: documented none, sent ${received.body.byteLength} bytes`;
    case "bytes":
      return sameBytes(expected.value, received.body)
        ? undefined
        : `body: documented ${expected.value.byteLength} bytes, sent ${received.body.byteLength} different bytes`;
    case "json": {
      const text = new TextDecoder().decode(received.body);
      let sent: unknown;
      try {
        sent = JSON.parse(text);
      } catch {
        return `body: documented JSON, sent ${shown(text)}`;
      }
      const d = valueDifference(expected.value, sent, "body");
      return d === undefined ? undefined : d;
    }
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((x, i) => x === b[i]);
}

/**
 * The first difference between two JSON-like values (`$.value[0].id: documented "a", got "b"`), or undefined.
 * Object key order is ignored; bytes are compared byte by byte.
 */
export function valueDifference(expected: unknown, actual: unknown, at = "$"): string | undefined {
  if (expected instanceof Uint8Array || actual instanceof Uint8Array) {
    return expected instanceof Uint8Array && actual instanceof Uint8Array && sameBytes(expected, actual)
      ? undefined
      : `${at}: documented ${shown(expected)}, got ${shown(actual)}`;
  }
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual)) return `${at}: documented ${shown(expected)}, got ${shown(actual)}`;
    if (expected.length !== actual.length) return `${at}: documented ${expected.length} items, got ${actual.length}`;
    for (let i = 0; i < expected.length; i++) {
      const d = valueDifference(expected[i], actual[i], `${at}[${i}]`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  if (isObject(expected) && isObject(actual)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const k of [...keys].sort()) {
      if (!(k in actual)) return `${at}.${k}: documented ${shown(expected[k])}, missing`;
      if (!(k in expected)) return `${at}.${k}: not documented, got ${shown(actual[k])}`;
      const d = valueDifference(expected[k], actual[k], `${at}.${k}`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  return Object.is(expected, actual) ? undefined : `${at}: documented ${shown(expected)}, got ${shown(actual)}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
}
