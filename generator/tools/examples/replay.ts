/**
 * `docs2ts examples`: the docs' request/response example pairs replayed through the generated client.
 *
 * The client is generated in memory and loaded once; one local server answers every call with the documented
 * response. For each pair the generated function is called with the documented request's inputs
 * (call-arguments.ts); the request it sent must equal the documented one and its result the documented body
 * (compare.ts). Pairs that cannot be replayed are skipped with a reason, classified as a documentation error or a
 * generator limitation.
 */
import type { SourceLocation } from "../../diagnostics/diagnostic.js";
import { unsupportedReason, type EmittedFunction } from "../../emit/typescript/client.js";
import { emitProject } from "../../emit/typescript/project.js";
import { runtimeSource } from "../../template.js";
import type { Endpoint, ExampleMessageModel, Model } from "../../model/types.js";
import { callArguments, skip, type CallArguments, type Skip, type SkipCategory } from "./call-arguments.js";
import { requestDifferences, shown, valueDifference, type ExpectedBody, type ExpectedRequest } from "./compare.js";
import { responsePlan, type ExpectedResult } from "./documented-response.js";
import { loadGeneratedClient } from "./load-client.js";
import { startReplayServer, type ReplayServer } from "./local-server.js";
import { splitRequestUrl } from "./request-url.js";

export interface PairOutcome {
  /** Where the request example starts. */
  location: SourceLocation;
  /** The client function (or the endpoint name when none was generated). */
  functionName: string;
  title?: string;
  result: "passed" | "failed" | "skipped";
  /** For skips. */
  category?: SkipCategory;
  reason?: string;
  /** Failure differences, or the skip's detail. */
  details: string[];
}

export interface ReplayReport {
  outcomes: PairOutcome[];
  passed: number;
  failed: number;
  skipped: number;
}

export interface ReplayOptions {
  /** Per-call timeout; default 10 s (a hung call must not stall a whole corpus run). */
  timeoutMs?: number;
}

interface ClientModule {
  Client: new (options: { baseUrl: string; retry: false }) => unknown;
  ODataError: new (...args: never[]) => { status: number; code: string };
}

export async function replayExamples(model: Model, options: ReplayOptions = {}): Promise<ReplayReport> {
  // Unformatted: prettier changes no behaviour and would be most of the run time on a corpus.
  const { files, functions } = await emitProject(model, { runtimeSource: await runtimeSource(), skipFormat: true });
  const loaded = await loadGeneratedClient(files);
  const server = await startReplayServer();
  try {
    const module = loaded.exports as unknown as ClientModule & Record<string, unknown>;
    const client = new module.Client({ baseUrl: server.baseUrl, retry: false });
    const outcomes: PairOutcome[] = [];
    const pageMethods = new Set(model.endpoints.map((e) => pageMethodKey(e.source.file, e.method)));
    for (const e of model.endpoints) {
      for (const example of e.examples) {
        if (example.request === undefined || example.response === undefined) continue;
        const outcome = await replayPair(e, example.request, example.response, {
          module,
          client,
          server,
          pageMethods,
          functions,
          timeoutMs: options.timeoutMs ?? 10_000,
        });
        outcomes.push({ ...outcome, ...(example.title !== undefined ? { title: example.title } : {}) });
      }
    }
    outcomes.sort((a, b) => compareLocations(a.location, b.location));
    const count = (r: PairOutcome["result"]) => outcomes.filter((o) => o.result === r).length;
    return { outcomes, passed: count("passed"), failed: count("failed"), skipped: count("skipped") };
  } finally {
    await server.close();
    await loaded.dispose();
  }
}

function pageMethodKey(file: string, method: string): string {
  return `${file}\u0000${method.toUpperCase()}`;
}

interface ReplayContext {
  /** `file NUL METHOD` of every endpoint: which methods each page documents. */
  pageMethods: ReadonlySet<string>;
  module: ClientModule & Record<string, unknown>;
  client: unknown;
  server: ReplayServer;
  /** What emit produced for each endpoint. */
  functions: ReadonlyMap<Endpoint, EmittedFunction>;
  timeoutMs: number;
}

async function replayPair(
  e: Endpoint,
  request: ExampleMessageModel,
  response: ExampleMessageModel,
  ctx: ReplayContext,
): Promise<Omit<PairOutcome, "title">> {
  const fn = ctx.functions.get(e);
  const base = { location: request.source, functionName: fn?.name ?? e.name };
  const skipped = (s: Skip) => ({
    ...base,
    result: "skipped" as const,
    category: s.category,
    reason: s.reason,
    details: s.detail !== undefined ? [s.detail] : [],
  });
  if (fn === undefined) return skipped(skip("generator", "no client function for the endpoint", unsupportedReason(e)));
  const impl = ctx.module[fn.name];
  if (typeof impl !== "function") return skipped(skip("generator", "client function missing from the generated module", fn.name));

  const method = request.method?.toUpperCase();
  if (method !== undefined && method !== e.method.toUpperCase() && !ctx.pageMethods.has(pageMethodKey(e.source.file, method))) {
    // When the page documents that method elsewhere the example was paired with the wrong endpoint: that fails below.
    return skipped(
      skip("documentation", "example request uses a method the page's HTTP request section does not list", `${method} vs ${e.method}`),
    );
  }
  const args = callArguments(fn, request);
  if (args.skip) return skipped(args);
  const plan = responsePlan(fn, response);
  if ("skip" in plan) return skipped(plan);
  const expectedRequest = documentedRequest(e, request, fn, args);

  ctx.server.answerWith(plan.canned);
  let value: unknown;
  let thrown: unknown;
  try {
    value = await (impl as (...a: unknown[]) => Promise<unknown>)(...callList(fn, args, ctx));
  } catch (err) {
    thrown = err;
  }
  const received = ctx.server.received();
  const details = requestDifferences(expectedRequest, received[received.length - 1]);
  if (received.length > 1) details.push(`${received.length} requests sent, documented one`);
  const result = resultDifference(plan.expected, value, thrown, ctx.module);
  if (result !== undefined) details.push(result);
  return { ...base, result: details.length === 0 ? "passed" : "failed", details };
}

/** `(client, [params,] [body,] options)`, as client.ts declares the function. */
function callList(fn: EmittedFunction, args: CallArguments, ctx: ReplayContext): unknown[] {
  const list: unknown[] = [ctx.client];
  if (fn.variants.length > 1 || fn.variants[0].keys.length > 0) list.push(args.params ?? {});
  if (fn.bodyKind !== undefined) list.push(args.body);
  list.push({ ...args.options, signal: AbortSignal.timeout(ctx.timeoutMs) });
  return list;
}

function documentedRequest(e: Endpoint, request: ExampleMessageModel, fn: EmittedFunction, args: CallArguments): ExpectedRequest {
  const url = splitRequestUrl(request.url ?? "") ?? { path: "/", query: [] };
  let body: ExpectedBody = { kind: "none" };
  if (args.body instanceof Uint8Array) body = { kind: "bytes", value: args.body };
  else if (args.body !== undefined && fn.bodyKind === "json") body = { kind: "json", value: request.bodyJson };
  return { method: request.method ?? e.method, path: url.path, query: url.query, body };
}

function resultDifference(expected: ExpectedResult, value: unknown, thrown: unknown, module: ClientModule): string | undefined {
  if (expected.kind === "error") {
    if (!(thrown instanceof module.ODataError)) {
      return thrown === undefined
        ? `result: documented an error ${expected.status}, got ${shown(value)}`
        : `threw ${describe(thrown)}, documented an error ${expected.status}`;
    }
    if (thrown.status !== expected.status) return `error status: documented ${expected.status}, got ${thrown.status}`;
    if (expected.code !== undefined && thrown.code !== expected.code) return `error code: documented ${expected.code}, got ${thrown.code}`;
    return undefined;
  }
  if (thrown !== undefined) return `threw ${describe(thrown)}`;
  const d = valueDifference(expected.value, value, "result");
  return d;
}

function describe(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`.slice(0, 200);
  return shown(err);
}

function compareLocations(a: SourceLocation, b: SourceLocation): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

/** `N passed, M failed, K skipped` */
export function summaryLine(report: ReplayReport): string {
  return `${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped`;
}

/** Skips grouped by category and reason, most frequent first. */
export function skipSummary(report: ReplayReport): { category: SkipCategory; reason: string; count: number }[] {
  const counts = new Map<string, { category: SkipCategory; reason: string; count: number }>();
  for (const o of report.outcomes) {
    if (o.result !== "skipped" || o.category === undefined || o.reason === undefined) continue;
    const key = `${o.category}\u0000${o.reason}`;
    const entry = counts.get(key) ?? { category: o.category, reason: o.reason, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1));
}
