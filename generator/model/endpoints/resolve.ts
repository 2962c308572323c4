/**
 * Endpoint drafts → model endpoints with resolved types and unique names. Name collisions (two pages titled
 * "Get user") are settled in page-path order: the first keeps the name, later ones get the path's last literal
 * segments appended, then a number.
 */
import { diagnostic, type Diagnostic } from "../../diagnostics/diagnostic.js";
import type { ExampleMessage, MemberFacts, TypeExpr } from "../../parse/facts.js";
import type { EndpointDraft } from "./drafts.js";
import { ROOT_NAMESPACE, type TypeIndex } from "../type-index.js";
import { resolveLinked, TypeGraph } from "./path-walk.js";
import { documentedTypeForUntyped, resolveTypeExpr, UNTYPED } from "../type-resolution.js";
import type { Endpoint, EndpointKind, ExampleMessageModel, Parameter, StructuredType, TypeRef } from "../types.js";

const DEFAULT_STATUS: Record<string, number> = { create: 201, delete: 204, ref: 204 };

/**
 * `types` (the structured types already built) lets a link whose text is not a type name resolve to the type its
 * page defines (`[Range](range.md)` → workbookRange); without it such names stay untyped.
 */
export function buildEndpoints(
  drafts: readonly EndpointDraft[],
  index: TypeIndex,
  diagnostics: Diagnostic[],
  types?: ReadonlyMap<string, StructuredType>,
): Endpoint[] {
  const used = new Set<string>();
  const graph = types ? new TypeGraph(types) : undefined;
  return drafts.map((d) => {
    const ns = d.page.namespace ?? ROOT_NAMESPACE;
    const resolve = (t: TypeExpr | undefined): TypeRef | undefined => {
      if (!t) return undefined;
      const r = resolveTypeExpr(t, index, ns);
      const linked = !r.resolved && graph ? resolveLinked(t, index, graph, ns) : undefined;
      if (linked && linked.type !== UNTYPED) return linked;
      if (!r.resolved) {
        const pos = d.api.response.pos ?? d.lines[0].pos;
        diagnostics.push(
          diagnostic(
            "undefined-type",
            { file: d.page.file, line: pos.line, column: pos.column },
            `Type "${r.name}" named by this page is not defined on any page; it is typed as untyped JSON.`,
            "Link the type's resource page, or add the missing page.",
          ),
        );
      }
      return r.ref;
    };
    const responseType = d.kind === "delete" || d.kind === "ref" ? undefined : resolve(d.api.response.type);
    const status = d.api.response.status ?? exampleStatus(d) ?? (responseType ? 200 : (DEFAULT_STATUS[d.kind] ?? 204));
    const e: Endpoint = {
      name: uniqueName(d, used),
      kind: d.kind,
      method: d.method,
      paths: d.paths,
      response: { status },
      requestHeaders: d.api.requestHeaders.map((h) => h.name),
      queryOptions: d.api.queryOptions,
      permissions: d.api.permissions.map((p) => ({ type: p.type, scopes: p.scopes })),
      examples: d.examples.map((x) => {
        const ex: Endpoint["examples"][number] = {};
        if (x.title) ex.title = x.title;
        if (x.request) ex.request = exampleMessage(d.page.file, x.request);
        if (x.response) ex.response = exampleMessage(d.page.file, x.response);
        return ex;
      }),
      source: { file: d.page.file, line: d.lines[0].pos.line, column: d.lines[0].pos.column },
    };
    if (d.api.description) e.description = d.api.description;
    if (responseType && status !== 204) {
      e.response.type = d.kind === "list" || d.kind === "delta" ? { ...responseType, collection: true } : responseType;
    }
    if (d.kind === "value" || responseType?.type === "Edm.Stream") {
      e.response.binary = d.method === "GET";
      if (d.method === "GET") delete e.response.type;
    }
    const body = bodyOf(d, d.kind, resolve, index, ns);
    if (body) e.body = body;
    const params = urlParametersOf(d, d.kind, index, ns);
    if (params) e.urlParameters = params;
    return e;
  });
}

/**
 * The path walk (operations.ts) found that the endpoint calls an action or function although the page's own cues
 * said otherwise (`POST /me/sendMail` read as a create): its body and URL parameters follow the new kind.
 */
export function applyOperationKind(e: Endpoint, d: EndpointDraft, kind: "action" | "function", index: TypeIndex): void {
  const ns = d.page.namespace ?? ROOT_NAMESPACE;
  e.kind = kind;
  const resolve = (t: TypeExpr | undefined): TypeRef | undefined => (t ? resolveTypeExpr(t, index, ns).ref : undefined);
  const body = bodyOf(d, kind, resolve, index, ns);
  if (body) e.body = body;
  else delete e.body;
  const params = urlParametersOf(d, kind, index, ns);
  if (params) e.urlParameters = params;
  else delete e.urlParameters;
}

/** When the Response prose names no status, the documented example responses of this endpoint do (the first one). */
function exampleStatus(d: EndpointDraft): number | undefined {
  return d.examples.find((x) => x.response?.status !== undefined)?.response?.status;
}

function urlParametersOf(d: EndpointDraft, kind: EndpointKind, index: TypeIndex, ns: string): Parameter[] | undefined {
  if (kind !== "function" || d.api.functionParameters.length === 0) return undefined;
  return d.api.functionParameters.map((m) => parameter(m, index, ns));
}

function bodyOf(
  d: EndpointDraft,
  kind: EndpointKind,
  resolve: (t: TypeExpr | undefined) => TypeRef | undefined,
  index: TypeIndex,
  ns: string,
): Endpoint["body"] {
  const rb = d.api.requestBody;
  if (d.method === "GET" || d.method === "DELETE" || rb.kind === "none") return undefined;
  if (kind === "ref") return { kind: "ref" };
  if (kind === "value" || rb.kind === "binary") return { kind: "binary" };
  if (kind === "action") {
    const parameters = actionParameters(d, index, ns);
    return parameters.length ? { kind: "parameters", parameters } : undefined;
  }
  const type = resolve(rb.resource) ?? resolve(d.api.response.type);
  if (type && !type.type.startsWith("Edm."))
    return { kind: "type", type: { ...type, collection: false }, partial: kind === "update" || kind === "upsert" };
  if (rb.parameters.length) return { kind: "parameters", parameters: rb.parameters.map((m) => parameter(m, index, ns)) };
  return undefined;
}

/**
 * An action's parameters: the request body's parameter table; when the page has none (the body is described in
 * prose, or only shown), the top-level members of the documented request bodies, typed by their JSON values. A
 * table that names none of those members describes what they hold ("provide an optional `passwordCredential` object
 * with the following properties" above `displayName`, … rows, beside an example body `{"passwordCredential": {…}}`;
 * followedSites/add's `id` row beside `{"value": [{"id": …}]}`): the parameters are the body's members, typed by the
 * documented type of their name, else by their JSON values.
 */
export function actionParameters(d: EndpointDraft, index: TypeIndex, ns: string): Parameter[] {
  const table = d.api.requestBody.parameters;
  const shown = shownBodyMembers(d, index, ns);
  const rows = new Set(table.map((m) => m.name.toLowerCase()));
  if (table.length > 0 && (shown.size === 0 || [...shown.keys()].some((k) => rows.has(k))))
    return table.map((m) => parameter(m, index, ns));
  return [...shown.values()];
}

/** The top-level members of the documented request bodies (lower-cased name → parameter), in order of appearance. */
function shownBodyMembers(d: EndpointDraft, index: TypeIndex, ns: string): Map<string, Parameter> {
  const out = new Map<string, Parameter>();
  for (const x of d.examples) {
    const body = x.request?.bodyJson;
    if (body === null || typeof body !== "object" || Array.isArray(body)) continue;
    for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
      if (name.startsWith("@") || !/^[A-Za-z_]\w*$/.test(name) || out.has(name.toLowerCase())) continue;
      out.set(name.toLowerCase(), { name, type: namedType(name, value, index, ns) ?? jsonValueType(value), nullable: true });
    }
  }
  return out;
}

/** An object (or array of objects) value under a name that a documented type has (`passwordCredential`). */
function namedType(name: string, value: unknown, index: TypeIndex, ns: string): TypeRef | undefined {
  const item = Array.isArray(value) ? value[0] : value;
  if (item === null || typeof item !== "object") return undefined;
  const def = index.resolve(name, undefined, ns);
  return def?.kind === "type" ? { type: `${def.namespace}.${def.name}`, collection: Array.isArray(value) } : undefined;
}

/** The EDM type a JSON example value shows: primitives by their JSON kind, objects untyped. */
function jsonValueType(value: unknown): TypeRef {
  if (Array.isArray(value)) return { ...jsonValueType(value[0]), collection: true };
  const type =
    typeof value === "boolean"
      ? "Edm.Boolean"
      : typeof value === "string"
        ? "Edm.String"
        : typeof value === "number"
          ? Number.isInteger(value)
            ? "Edm.Int32"
            : "Edm.Double"
          : UNTYPED;
  return { type, collection: false };
}

export function parameter(m: MemberFacts, index: TypeIndex, ns: string): Parameter {
  // `Json` means the documented Json type here as in a Properties table (type-refs.ts).
  const type = documentedTypeForUntyped(m.type, m.typeText, index, ns) ?? resolveTypeExpr(m.type, index, ns).ref;
  const p: Parameter = { name: m.name, type, nullable: !(m.modifiers.required === true) };
  if (m.description) p.description = m.description;
  return p;
}

function exampleMessage(file: string, m: ExampleMessage): ExampleMessageModel {
  const out: ExampleMessageModel = { headers: m.headers, bodyText: m.bodyText, source: { file, line: m.pos.line, column: m.pos.column } };
  if (m.method) out.method = m.method;
  if (m.url) out.url = m.url;
  if (m.status !== undefined) out.status = m.status;
  if (m.bodyJson !== undefined) out.bodyJson = m.bodyJson;
  if (m.annotation) out.annotation = m.annotation;
  return out;
}

function uniqueName(d: EndpointDraft, used: Set<string>): string {
  let name = d.baseName;
  if (used.has(name)) {
    const literals = d.paths[0]?.segments.filter((s) => s.kind === "literal").map((s) => (s.kind === "literal" ? s.value : "")) ?? [];
    const suffix = literals
      .slice(-2)
      .map((w) => w.replace(/[^A-Za-z0-9]/g, ""))
      .filter(Boolean)
      .map((w) => w[0].toUpperCase() + w.slice(1))
      .join("");
    name = `${d.baseName}${suffix ? "Via" + suffix : ""}`;
  }
  let n = 2;
  const base = name;
  while (used.has(name)) name = `${base}${n++}`;
  used.add(name);
  return name;
}
