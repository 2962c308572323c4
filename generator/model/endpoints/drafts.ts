/**
 * API page facts → endpoints (one per page and method): path templates with unique parameter names, the kind of
 * call, body, URL parameters and response. Type names stay unresolved expressions here; `build.ts` resolves them.
 */
import type { ApiFacts, ExampleFacts, HttpRequestLine, MemberFacts, PageFacts, PathSegment, TypeExpr } from "../../parse/facts.js";
import type { EndpointKind, EndpointPath, EndpointSegment } from "../types.js";

export interface EndpointDraft {
  page: PageFacts;
  api: ApiFacts;
  method: string;
  lines: HttpRequestLine[];
  kind: EndpointKind;
  paths: EndpointPath[];
  /** The OData operation segment (action/function name) when the call invokes one. */
  operationSegment?: { name: string; namespace?: string; args: string[] };
  baseName: string;
  /** The page's examples whose request uses this method (see examplesByMethod). */
  examples: ExampleFacts[];
}

export function endpointDrafts(page: PageFacts): EndpointDraft[] {
  const api = page.api;
  if (!api || api.requests.length === 0) return [];
  const methods = [...new Set(api.requests.map((r) => r.method))];
  const examples = examplesByMethod(api.examples, methods);
  return methods.map((method, i) => {
    const kind = inferKind(method, api.requests.filter((r) => r.method === method)[0].segments, api);
    const lines = api.requests.filter((r) => r.method === method).map((r) => (kind === "function" ? withImplicitCall(r, api) : r));
    const paths = dedupePaths(lines.map(toEndpointPath));
    const last = lastMeaningful(lines[0].segments);
    const d: EndpointDraft = {
      page,
      api,
      method,
      lines,
      kind,
      paths,
      baseName: nameFromTitle(api.title, i > 0 ? method : undefined),
      examples: examples[i],
    };
    if (kind === "action" || kind === "function") {
      const op = operationSegmentOf(last, api);
      if (op) d.operationSegment = op;
    }
    return d;
  });
}

/**
 * Pages that document two methods (PATCH and PUT, DELETE and POST) hold the examples of both: each example goes to
 * the endpoint whose method its request uses. An example whose request names no listed method (or that has no
 * request) stays with the first endpoint, where the replay reports it as a documentation error.
 */
export function examplesByMethod(examples: readonly ExampleFacts[], methods: readonly string[]): ExampleFacts[][] {
  const out = methods.map((): ExampleFacts[] => []);
  for (const x of examples) {
    const i = methods.indexOf(x.request?.method?.toUpperCase() ?? "");
    out[i < 0 ? 0 : i].push(x);
  }
  return out;
}

/**
 * A function page with a parameter table that writes its call without parentheses (`GET …/range/cell`, row and
 * column in the table) calls the last segment with those parameters: `cell(row={row},column={column})`. When the
 * page also writes a call form of that name (`usedRange` and `usedRange(valuesOnly=…)`), the bare form is the
 * overload without parameters and stays as written.
 */
export function withImplicitCall(line: HttpRequestLine, api: ApiFacts): HttpRequestLine {
  const last = line.segments[line.segments.length - 1];
  if (last?.kind !== "literal" || api.functionParameters.length === 0) return line;
  const name = last.value.toLowerCase();
  if (api.requests.some((r) => r.segments.some((s) => s.kind === "call" && s.name.toLowerCase() === name))) return line;
  const args = api.functionParameters.map((m) => ({ name: m.name, value: `{${m.name}}` }));
  const call: PathSegment = { kind: "call", name: last.value, args };
  const text = `${last.value}(${args.map((a) => `${a.name}=${a.value}`).join(",")})`;
  return { ...line, path: line.path.replace(/[^/]*$/, text), segments: [...line.segments.slice(0, -1), call] };
}

function dedupePaths(paths: EndpointPath[]): EndpointPath[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const k = p.template + "?" + (p.query ?? "");
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function lastMeaningful(segments: readonly PathSegment[]): PathSegment | undefined {
  for (let i = segments.length - 1; i >= 0; i--) if (segments[i].kind !== "dollar") return segments[i];
  return undefined;
}

export function inferKind(method: string, segments: readonly PathSegment[], api: ApiFacts): EndpointKind {
  const last = segments[segments.length - 1];
  if (last?.kind === "dollar") {
    if (last.value === "$ref") return "ref";
    if (last.value === "$value") return "value";
  }
  if (last?.kind === "literal" && /^delta$/i.test(last.value)) return "delta";
  if (last?.kind === "call" && /^delta$/i.test(last.name)) return "delta";
  const meaningful = lastMeaningful(segments);
  const opName = meaningful ? segmentName(meaningful) : undefined;
  const titleOp = api.titleOperation?.toLowerCase();
  if (meaningful?.kind === "call") return method === "GET" ? "function" : "action";
  if (api.response.cue === "function" || api.functionParameters.length > 0) return method === "GET" ? "function" : "action";
  if (titleOp && opName && opName.toLowerCase().endsWith(titleOp)) return method === "GET" ? "function" : "action";
  if (api.response.cue === "action" && method === "POST") return "action";
  if (method === "DELETE") return "delete";
  if (method === "PATCH") return "update";
  if (method === "PUT") return "upsert";
  if (method === "POST") return "create";
  if (method === "GET") {
    if (last?.kind === "param" || last?.kind === "keyed" || last?.kind === "colon") return "get";
    return api.response.type?.collection || /collection/i.test(api.response.text) ? "list" : "get";
  }
  return "other";
}

function segmentName(s: PathSegment): string | undefined {
  switch (s.kind) {
    case "literal":
      return s.value;
    case "call":
      return s.name;
    case "qualified":
      return s.name;
    default:
      return undefined;
  }
}

function operationSegmentOf(s: PathSegment | undefined, api: ApiFacts): EndpointDraft["operationSegment"] {
  if (!s) return undefined;
  const raw = segmentName(s);
  if (!raw) return undefined;
  const dot = raw.lastIndexOf(".");
  const name = dot >= 0 ? raw.slice(dot + 1) : raw;
  const namespace = dot >= 0 ? raw.slice(0, dot) : undefined;
  const args = s.kind === "call" ? s.args.map((a) => a.name) : api.functionParameters.map((p) => p.name);
  return namespace ? { name, namespace, args } : { name, args };
}

/** Segments → model segments; repeated placeholder names are numbered (`{id}` twice → `id`, `id2`). */
export function toEndpointPath(line: HttpRequestLine): EndpointPath {
  const used = new Map<string, number>();
  const unique = (raw: string): string => {
    const base = paramName(raw);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}${n}`;
  };
  const segments: EndpointSegment[] = [];
  for (const s of line.segments) {
    switch (s.kind) {
      case "literal":
        segments.push({ kind: "literal", value: s.value });
        break;
      case "param":
        segments.push({ kind: "param", name: unique(s.alternatives?.[0] ?? s.name), written: s.name });
        break;
      case "keyed":
        segments.push({ kind: "literal", value: s.name });
        segments.push({ kind: "param", name: unique(s.key), written: s.key });
        break;
      case "qualified":
        segments.push({ kind: "cast", type: s.name });
        break;
      case "call":
        segments.push({
          kind: "call",
          name: s.name,
          params: s.args.map((a) => ({ name: a.name, param: unique(a.name) })),
        });
        break;
      case "colon":
        segments.push({ kind: "colon", name: s.name, param: unique(paramName(s.path) || "path") });
        break;
      case "dollar":
        segments.push({ kind: "dollar", value: s.value });
        break;
      case "odd":
        segments.push({ kind: "literal", value: s.text });
        break;
    }
  }
  const p: EndpointPath = { template: line.path, segments };
  if (line.query) p.query = line.query;
  return p;
}

/** `{user-id}` / `user_id` / `id | userPrincipalName` → `userId`; never empty, never starts with a digit. */
export function paramName(raw: string): string {
  const words = raw
    .replace(/[{}<>'"]/g, " ")
    .split("|")[0]
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const name = words.map((w, i) => (i === 0 ? w[0].toLowerCase() + w.slice(1) : w[0].toUpperCase() + w.slice(1))).join("");
  if (!name) return "param";
  return /^\d/.test(name) ? `p${name}` : name;
}

/** "Update deviceConfigurations…" → `updateDeviceConfigurations…`; "user: reminderView" → `userReminderView`. */
export function nameFromTitle(title: string, methodSuffix?: string): string {
  const words = title
    .replace(/\(.*?\)/g, " ")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  if (methodSuffix) words.push(methodSuffix.toLowerCase());
  const name = words.map((w, i) => (i === 0 ? w[0].toLowerCase() + w.slice(1) : w[0].toUpperCase() + w.slice(1))).join("");
  return name && !/^\d/.test(name) ? name : `call${name}`;
}

/** The type expression the body of a create/update names, if any. */
export function bodyTypeExpr(api: ApiFacts): TypeExpr | undefined {
  return api.requestBody.resource;
}

export function bodyParameters(api: ApiFacts): MemberFacts[] {
  return api.requestBody.parameters;
}
