/*
 * docs2ts client runtime.
 *
 * docs2ts copies this file verbatim into every generated output as `runtime.ts`; the generated operations call
 * `Client.request` with a `RequestSpec`. It must stay free of dependencies (no imports at all, not even `node:`)
 * and compile under `tsc --strict` both in a Node project (lib ES2022 + @types/node, no DOM) and in a browser
 * project (lib ES2022 + DOM, no Node types). So it only uses globals both environments declare: fetch, Headers,
 * Response, AbortSignal, URL, Blob, setTimeout. It never logs.
 */

export type QueryValue = string | number | boolean | readonly (string | number)[] | undefined;

export interface RetryOptions {
  /** Retries after the first attempt; default 3. */
  maxRetries?: number;
  /** First backoff step when the server sends no Retry-After; default 500. */
  baseDelayMs?: number;
  /** Upper bound for every wait, Retry-After included, so a call cannot hang for the server's say-so; default 30000. */
  maxDelayMs?: number;
}

export interface ClientOptions {
  /** Default "https://graph.microsoft.com/v1.0"; a trailing "/" is tolerated. */
  baseUrl?: string;
  /** Asked before every attempt (so a retry after a long wait gets a fresh token); sent as "Authorization: Bearer …". */
  getAccessToken?: () => string | undefined | Promise<string | undefined>;
  /** Custom fetch; default globalThis.fetch (looked up at call time). */
  fetch?: typeof fetch;
  /** Default headers on every call. */
  headers?: Record<string, string>;
  retry?: RetryOptions | false;
}

export interface CallOptions {
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface RequestSpec {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** Already-encoded path starting with "/", or an absolute URL (used for @odata.nextLink). */
  path: string;
  /** Keys like "$select"; arrays are joined with ","; undefined values and empty arrays are skipped. */
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Default "json" when body !== undefined; "binary" takes a Uint8Array, ArrayBuffer or Blob. */
  bodyKind?: "json" | "binary";
  /** "binary" resolves to a Uint8Array, "void" to undefined. */
  responseKind: "json" | "void" | "binary" | "text";
}

export interface Page<T> {
  value: T[];
  "@odata.nextLink"?: string;
  "@odata.count"?: number;
  "@odata.deltaLink"?: string;
}

const DEFAULT_BASE_URL = "https://graph.microsoft.com/v1.0";
/** Throttling and transient gateway failures: the request was not (or may safely be) processed again. */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);
/** Long HTML error pages would make unreadable error messages. */
const MAX_TEXT_MESSAGE_LENGTH = 1000;

/** Thrown for every non-2xx response, whatever the shape of its body. */
export class ODataError extends Error {
  readonly status: number;
  readonly code: string;
  readonly innerError?: unknown;
  /** From error.innerError["request-id"], else the request-id or client-request-id response header. */
  readonly requestId?: string;
  /** Parsed JSON, or the raw text when the body is not JSON; undefined when empty. */
  readonly body?: unknown;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    innerError?: unknown;
    requestId?: string | undefined;
    body?: unknown;
  }) {
    super(init.message);
    this.name = "ODataError";
    this.status = init.status;
    this.code = init.code;
    if (init.innerError !== undefined) this.innerError = init.innerError;
    if (init.requestId !== undefined) this.requestId = init.requestId;
    if (init.body !== undefined) this.body = init.body;
  }
}

/** Redirects followed per attempt before giving up (fetch's own limit is 20; Graph uses one). */
const MAX_REDIRECTS = 10;
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

export class Client {
  private readonly baseUrl: string;
  /** "scheme://host:port" of baseUrl: the only origin that receives credentials and configured headers. */
  private readonly origin: string;
  private readonly options: ClientOptions;
  private readonly retry: Required<RetryOptions>;

  constructor(options: ClientOptions = {}) {
    this.options = options;
    this.baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
    this.origin = new URL(this.baseUrl).origin;
    const retry = options.retry === false ? { maxRetries: 0 } : (options.retry ?? {});
    this.retry = {
      maxRetries: Math.max(0, retry.maxRetries ?? 3),
      baseDelayMs: Math.max(0, retry.baseDelayMs ?? 500),
      maxDelayMs: Math.max(0, retry.maxDelayMs ?? 30000),
    };
  }

  /**
   * An absolute URL for a link the server sent (an @odata.nextLink): absolute links stay as they are, "/v1.0/x"
   * resolves against the origin, "x" against the base URL. Throws when the result is not on the client's origin.
   */
  resolveLink(link: string): string {
    const url = new URL(link, `${this.baseUrl}/`);
    if (url.origin !== this.origin) throw crossOriginError(url, this.origin);
    return url.href;
  }

  async request<T>(spec: RequestSpec, options: CallOptions = {}): Promise<T> {
    const url = isAbsoluteUrl(spec.path)
      ? buildUrl("", this.resolveLink(spec.path), spec.query)
      : buildUrl(this.baseUrl, checkedPath(spec.path), spec.query);
    const body = encodeBody(spec);
    const signal = options.signal;
    for (let attempt = 0; ; attempt++) {
      signal?.throwIfAborted();
      const response = await this.send(url, spec, body, options);
      if (response.ok) return remember((await readBody(response, spec.responseKind)) as T, options);
      if (attempt >= this.retry.maxRetries || !RETRYABLE_STATUSES.has(response.status)) {
        throw await toODataError(response);
      }
      const wait = retryDelay(response, attempt, this.retry);
      await discardBody(response);
      await sleep(wait, signal);
    }
  }

  /**
   * One attempt, following redirects itself (fetch's redirect: "manual") so it decides what each hop receives:
   * a hop on the client's origin gets the full request; a hop elsewhere (a pre-authenticated download URL) is a
   * plain GET with no Authorization, no configured or call headers and no body. A 307/308 of a non-GET request to
   * another origin would have to re-send the body there, so it is refused.
   */
  private async send(
    url: string,
    spec: RequestSpec,
    body: EncodedBody | undefined,
    options: CallOptions,
  ): Promise<Response> {
    // Resolved per call, not in the constructor, so a fetch installed or patched later is still honoured.
    const fetchImpl = this.options.fetch ?? globalThis.fetch;
    let current = new URL(url);
    let method: string = spec.method;
    let payload = body;
    for (let hop = 0; ; hop++) {
      const trusted = current.origin === this.origin;
      const init: RequestInit = {
        method,
        redirect: "manual",
        headers: trusted ? await this.headersFor(spec, payload, options) : untrustedHeaders(spec),
      };
      if (payload !== undefined) init.body = payload.payload;
      if (options.signal !== undefined) init.signal = options.signal;
      const response = await fetchImpl(current.href, init);
      if (response.type === "opaqueredirect") {
        throw new Error(
          `${spec.method} ${url}: the server redirected and this environment hides the target (opaque redirect)`,
        );
      }
      const location = response.headers.get("location");
      if (!REDIRECT_STATUSES.has(response.status) || location === null) return response;
      await discardBody(response);
      if (hop >= MAX_REDIRECTS) throw new Error(`${spec.method} ${url}: more than ${MAX_REDIRECTS} redirects`);
      const next = new URL(location, current);
      if (next.protocol !== "https:" && next.protocol !== "http:")
        throw new Error(`${spec.method} ${url}: redirect to ${next.protocol} refused`);
      // As fetch does: 303, and 301/302 after a POST, become a GET without body; 307/308 repeat the request.
      const keepsMethod = response.status === 307 || response.status === 308;
      if (!keepsMethod && (response.status === 303 || method === "POST")) {
        method = "GET";
        payload = undefined;
      }
      if (next.origin !== this.origin && (method !== "GET" || payload !== undefined)) {
        throw new Error(
          `${spec.method} ${url}: refusing to re-send a ${method} request with its body to ${next.origin} (redirected by the server with ${response.status})`,
        );
      }
      current = next;
    }
  }

  /** Later sources win, names compared case-insensitively: runtime defaults, token, client headers, call headers. */
  private async headersFor(spec: RequestSpec, body: EncodedBody | undefined, options: CallOptions): Promise<Headers> {
    const headers = new Headers();
    if (spec.responseKind === "json" || spec.responseKind === "void") headers.set("Accept", "application/json");
    if (body !== undefined) headers.set("Content-Type", body.contentType);
    const token = await this.options.getAccessToken?.();
    if (token) headers.set("Authorization", `Bearer ${token}`);
    for (const source of [this.options.headers, options.headers]) {
      for (const [name, value] of Object.entries(source ?? {})) headers.set(name, value);
    }
    return headers;
  }
}

/** The call options a result was fetched with, so pages()/items() send the next pages with the same headers. */
const CALL_OPTIONS = Symbol("docs2ts.callOptions");

/** Attaches `options` to an object result, not enumerable (JSON.stringify, spreading and Object.keys do not see it). */
function remember<T>(result: T, options: CallOptions): T {
  if (typeof result === "object" && result !== null && Object.isExtensible(result)) {
    Object.defineProperty(result, CALL_OPTIONS, { value: options, enumerable: false });
  }
  return result;
}

function rememberedOptions(page: object): CallOptions | undefined {
  return (page as { [CALL_OPTIONS]?: CallOptions })[CALL_OPTIONS];
}

/** What a hop outside the client's origin gets: nothing the caller configured. */
function untrustedHeaders(spec: RequestSpec): Headers {
  const headers = new Headers();
  if (spec.responseKind === "json" || spec.responseKind === "void") headers.set("Accept", "application/json");
  return headers;
}

function crossOriginError(url: URL, origin: string): Error {
  return new Error(
    `Refusing to send a request to ${url.origin}: a path or @odata.nextLink outside the client's origin ${origin} would receive its credentials and headers`,
  );
}

/** Segments that would change the route once a server or proxy normalises the path ("." and ".." also percent-encoded). */
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/**
 * The request path, checked: an empty, "." or ".." segment (a value that was empty or a dot) would address
 * another resource, and a "{" or "}" is a placeholder nobody filled in. Both are refused before anything is sent.
 */
function checkedPath(path: string): string {
  const query = path.indexOf("?");
  const route = query < 0 ? path : path.slice(0, query);
  const segments = route.replace(/^\//, "").split("/");
  if (route !== "/" && segments.some((segment) => segment === "" || DOT_SEGMENT.test(segment))) {
    throw new TypeError(`Request path ${JSON.stringify(route)} has an empty, "." or ".." segment`);
  }
  if (/[{}]/.test(route)) throw new TypeError(`Request path ${JSON.stringify(route)} has an unfilled {placeholder}`);
  return path;
}

export function createClient(options?: ClientOptions): Client {
  return new Client(options);
}

// ---------------------------------------------------------------------------------------------------------------
// URLs and OData literals

/**
 * One path segment, e.g. an id in /users/{id}; "/" and "?" are escaped so the value cannot change the route, and
 * "", "." and ".." are refused (TypeError) because no escaping stops them from naming another resource.
 */
export function encodePathSegment(value: string | number): string {
  const text = String(value);
  if (text === "" || text === "." || text === "..") {
    throw new TypeError(`${JSON.stringify(text)} cannot be a path segment: it would address another resource`);
  }
  return encodeURIComponent(text);
}

/**
 * A path inside a path-addressed item, as in /me/drive/root:/{path}: ("Documents/a b.txt"): each segment is
 * encoded like encodePathSegment and the "/" between them kept. One leading "/" is tolerated.
 */
export function encodeItemPath(value: string): string {
  return value.replace(/^\//, "").split("/").map(encodePathSegment).join("/");
}

/** OData URL literal for a function parameter: strings 'quoted' with ' doubled, then URL-encoded; others bare. */
export function odataLiteral(value: string | number | boolean | null): string {
  if (value === null) return "null";
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") return encodeURIComponent(numberLiteral(value));
  return encodeURIComponent(`'${value.replace(/'/g, "''")}'`);
}

/** Key in parentheses, as in users('{id}'): returns the quoted literal, so emit `users(${keyLiteral(id)})`. */
export function keyLiteral(value: string | number): string {
  return odataLiteral(value);
}

function numberLiteral(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "INF";
  if (value === -Infinity) return "-INF";
  return String(value);
}

function isAbsoluteUrl(path: string): boolean {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(path);
}

function buildUrl(baseUrl: string, path: string, query: Record<string, QueryValue> | undefined): string {
  const url = isAbsoluteUrl(path) ? path : baseUrl + (path.startsWith("/") ? path : `/${path}`);
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(query ?? {})) {
    const text = queryValueText(value);
    if (text !== undefined) pairs.push(`${encodeQueryPart(name)}=${encodeQueryPart(text)}`);
  }
  if (pairs.length === 0) return url;
  return url + (url.includes("?") ? "&" : "?") + pairs.join("&");
}

function queryValueText(value: QueryValue): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  // An empty $select= or $expand= is a request error, so an empty list means "not given".
  return value.length === 0 ? undefined : value.map(String).join(",");
}

/** encodeURIComponent, but "$" and "," stay literal: they are legal in a query and keep "$select=a,b" readable. */
function encodeQueryPart(text: string): string {
  return encodeURIComponent(text).replace(/%24/g, "$").replace(/%2C/gi, ",");
}

// ---------------------------------------------------------------------------------------------------------------
// Bodies

interface EncodedBody {
  // Strings and binary values can be sent again unchanged, which is what makes retries safe.
  payload: NonNullable<RequestInit["body"]>;
  contentType: string;
}

function encodeBody(spec: RequestSpec): EncodedBody | undefined {
  if (spec.body === undefined) return undefined;
  if ((spec.bodyKind ?? "json") === "json") {
    return { payload: JSON.stringify(spec.body), contentType: "application/json" };
  }
  const body = spec.body;
  if (body instanceof Uint8Array || body instanceof ArrayBuffer || body instanceof Blob) {
    // The DOM lib types BufferSource as backed by ArrayBuffer only; any Uint8Array is accepted by fetch at runtime.
    return { payload: body as NonNullable<RequestInit["body"]>, contentType: "application/octet-stream" };
  }
  throw new TypeError("A binary body must be a Uint8Array, an ArrayBuffer or a Blob");
}

async function readBody(response: Response, kind: RequestSpec["responseKind"]): Promise<unknown> {
  if (response.status === 204 || response.status === 205 || kind === "void") {
    await discardBody(response);
    return undefined;
  }
  if (kind === "binary") return new Uint8Array(await response.arrayBuffer());
  const text = await response.text();
  if (kind === "text") return text;
  // Some endpoints answer 200/201 with no content even when the docs promise an entity.
  return text.trim() === "" ? undefined : (JSON.parse(text) as unknown);
}

/** Frees the connection of a response whose body is not wanted. */
async function discardBody(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // The body was already consumed or the stream failed; either way nothing is left to free.
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Errors

async function toODataError(response: Response): Promise<ODataError> {
  const text = await response.text().catch(() => "");
  const headerRequestId = response.headers.get("request-id") ?? response.headers.get("client-request-id") ?? undefined;
  const fallbackMessage = response.statusText || `HTTP ${response.status}`;
  const json = parseJson(text);
  const error = isRecord(json) && isRecord(json["error"]) ? json["error"] : undefined;
  if (error === undefined) {
    const trimmed = text.trim();
    return new ODataError({
      status: response.status,
      code: "unknown",
      message: trimmed === "" ? fallbackMessage : trimmed.slice(0, MAX_TEXT_MESSAGE_LENGTH),
      requestId: headerRequestId,
      body: json !== undefined ? json : trimmed === "" ? undefined : text,
    });
  }
  // Graph spells it innerError; the OData JSON format spells it innererror.
  const innerError = error["innerError"] ?? error["innererror"];
  const innerRequestId = isRecord(innerError) ? innerError["request-id"] : undefined;
  return new ODataError({
    status: response.status,
    code: typeof error["code"] === "string" && error["code"] !== "" ? error["code"] : "unknown",
    message: errorMessage(error["message"]) ?? fallbackMessage,
    innerError,
    requestId: typeof innerRequestId === "string" ? innerRequestId : headerRequestId,
    body: json,
  });
}

/** Graph sends a string; older OData services send { lang, value }. */
function errorMessage(message: unknown): string | undefined {
  if (typeof message === "string" && message !== "") return message;
  if (isRecord(message) && typeof message["value"] === "string") return message["value"];
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return text.trim() === "" ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------------------------
// Retries

/** Retry-After (seconds or HTTP date) when present, else exponential backoff with jitter; always ≤ maxDelayMs. */
function retryDelay(response: Response, attempt: number, retry: Required<RetryOptions>): number {
  const fromServer = parseRetryAfter(response.headers.get("retry-after"));
  if (fromServer !== undefined) return Math.min(fromServer, retry.maxDelayMs);
  const exponential = Math.min(retry.baseDelayMs * 2 ** attempt, retry.maxDelayMs);
  // "Equal jitter": at least half the step, so clients spread out without retrying immediately.
  return exponential / 2 + Math.random() * (exponential / 2);
}

function parseRetryAfter(value: string | null): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Waits, or rejects with the abort reason as soon as the signal fires. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Paging

/**
 * Yields the first page, then follows @odata.nextLink with GET until there is none, with `options`, or when none are
 * given with the options of the call that fetched the first page (a ConsistencyLevel header stays on page 2). A relative
 * link resolves against the client's base URL, a link outside the client's origin is refused (Error), and a link
 * already followed ends the iteration (a server pointing a page at itself or an earlier page would loop forever).
 */
export async function* pages<T>(
  client: Client,
  first: Promise<Page<T>> | Page<T>,
  options?: CallOptions,
): AsyncIterableIterator<Page<T>> {
  const followed = new Set<string>();
  let page: Page<T> | undefined = await first;
  while (page !== undefined) {
    yield page;
    const next: string | undefined = page["@odata.nextLink"];
    if (typeof next !== "string" || next === "") return;
    const url = client.resolveLink(next);
    if (followed.has(url)) return;
    followed.add(url);
    // Without options, the next page is fetched with the options of the call that fetched this one.
    const nextOptions: CallOptions | undefined = options ?? rememberedOptions(page);
    page = await client.request<Page<T> | undefined>({ method: "GET", path: url, responseKind: "json" }, nextOptions);
  }
}

/** Every item of every page, in order. */
export async function* items<T>(
  client: Client,
  first: Promise<Page<T>> | Page<T>,
  options?: CallOptions,
): AsyncIterableIterator<T> {
  for await (const page of pages(client, first, options)) yield* page.value ?? [];
}
