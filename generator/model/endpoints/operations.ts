/**
 * OData actions/functions, derived from the endpoints' paths (the entity container they walk from is
 * entity-container.ts's):
 * - a path's last segment is an operation when it is a call (`f(a=…)`), an unknown qualified name, or a name that is
 *   not a member of the type the rest of the path addresses (`/me/sendMail`); GET → function, POST → action.
 *   When the walk cannot reach the segment, the page's cues decide (title `type: op`, "this action returns", …).
 * - binding type: the type the path before the operation addresses. Pages list one operation under several paths
 *   (`/me/…`, `/users/{id}/…`) and often name the declaring type in the H1 (`directoryObject: checkMemberGroups`)
 *   or the file name (`<type>-<operation>.md`); a named type related to every walked type (base or derived) wins,
 *   else the most derived common base of the walked types.
 * - each distinct argument list of a function-call path is an overload (`f(period=…)`, `f(date=…)`).
 * Walking through bound functions (`…/names/{name}/range/clear`) needs the other operations' return types, so the
 * derivation runs until no binding changes (at most a few passes).
 */
import { diagnostic, type Diagnostic } from "../../diagnostics/diagnostic.js";
import { actionParameters, applyOperationKind, parameter } from "./resolve.js";
import type { EndpointDraft } from "./drafts.js";
import { deriveRoots } from "./entity-container.js";
import { markOperationProvenance } from "./operation-provenance.js";
import { resolveLinked, TypeGraph } from "./path-walk.js";
import { ROOT_NAMESPACE, type TypeIndex } from "../type-index.js";
import type { Endpoint, EndpointSegment, EntitySet, Operation, Parameter, Singleton, StructuredType, TypeRef } from "../types.js";

const MAX_PASSES = 4;

export function deriveOperations(
  drafts: readonly EndpointDraft[],
  endpoints: Endpoint[],
  index: TypeIndex,
  types: Map<string, StructuredType>,
  diagnostics: Diagnostic[] = [],
): { operations: Operation[]; entitySets: EntitySet[]; singletons: Singleton[]; rootTypes: StructuredType[] } {
  // A copy: the types made for untyped singletons join the walk here and reach the model through `rootTypes`, never
  // by changing the caller's map (which may be a trial derivation's).
  const known = new Map(types);
  const graph = new TypeGraph(known);
  const { entitySets, singletons, rootTypes } = deriveRoots(endpoints, graph, known, drafts);
  let found: Found[] = [];
  let signature = "";
  // Between passes only the known bound operations change: an endpoint whose walks never asked for one has the
  // same result in every pass and is not looked at again (most endpoints; the passes were a third of the build).
  const fixed: boolean[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const previous = found;
    found = drafts.map((d, i) => {
      if (fixed[i]) return previous[i];
      const asked = graph.operationLookups;
      const f = findOperations(d, endpoints[i], index, graph);
      fixed[i] = graph.operationLookups === asked;
      return f;
    });
    const ops = found.flatMap((f) => f.operations);
    graph.setOperations(ops);
    const next = ops.map(opKey).join("\n");
    if (next === signature) break;
    signature = next;
  }
  addressedUpdateBodies(endpoints, graph);
  found.forEach((f, i) => {
    const e = endpoints[i];
    const first = f.operations[0];
    if (!first) {
      if (f.unbindable) {
        const s = e.source;
        diagnostics.push(
          diagnostic(
            "operation-binding-unknown",
            s,
            `"${f.unbindable}" is called on a path whose type docs2ts cannot follow, so it is not exported as an OData operation.`,
            "Start the path at a documented entity set or singleton, or name the type in the title (`type: operation`).",
          ),
        );
      }
      return;
    }
    e.operation = `${first.namespace}.${first.name}`;
    if (e.kind !== first.kind) applyOperationKind(e, drafts[i], first.kind, index);
  });
  const operations = new Map<string, Operation>();
  for (const o of found.flatMap((f) => f.operations)) if (!operations.has(opKey(o))) operations.set(opKey(o), o);
  for (const o of hoistShared([...operations.values()], graph)) if (!operations.has(opKey(o))) operations.set(opKey(o), o);
  return {
    // The map's keys are the operations' opKeys: sorted once each instead of made again in every comparison.
    operations: [...operations.entries()].sort(([a], [b]) => cmp(a, b)).map(([, o]) => o),
    entitySets,
    singletons,
    rootTypes,
  };
}

/**
 * A PATCH/PUT whose body section names no type (a bare property table, or nothing) updates the resource its path
 * addresses: the body is a partial of that type, found by walking the path (the first path that can be followed).
 */
function addressedUpdateBodies(endpoints: Endpoint[], graph: TypeGraph): void {
  for (const e of endpoints) {
    if (e.kind !== "update" && e.kind !== "upsert") continue;
    if (e.body && e.body.kind !== "parameters") continue;
    for (const p of e.paths) {
      const t = graph.walk(p.segments);
      if (!t || !graph.type(t.type)) continue;
      e.body = { kind: "type", type: { type: t.type, collection: false }, partial: true };
      break;
    }
  }
}

interface Found {
  operations: Operation[];
  /** Name of an operation that could not be bound. */
  unbindable?: string;
}

interface CallSite {
  name: string;
  namespace?: string;
  /** Walked type of the path before the operation; undefined when the walk failed. */
  binding?: TypeRef;
  /** The path has segments before the operation. */
  bound: boolean;
  /** Argument names of a function-call segment; undefined when the segment is a bare name. */
  args?: string[];
}

function findOperations(d: EndpointDraft, e: Endpoint, index: TypeIndex, graph: TypeGraph): Found {
  const kind = d.method === "GET" ? "function" : d.method === "POST" ? "action" : undefined;
  if (!kind) return { operations: [] };
  const sites = e.paths.map((p) => callSite(p.segments, d, graph)).filter((s): s is CallSite => s !== undefined);
  if (sites.length === 0) return { operations: [] };
  const ns = d.page.namespace ?? ROOT_NAMESPACE;
  // One operation per name and (for function calls) argument list.
  const groups = new Map<string, CallSite[]>();
  for (const s of sites) {
    const k = `${s.name.toLowerCase()}(${
      kind === "function" && s.args
        ? [...s.args]
            .map((a) => a.toLowerCase())
            .sort()
            .join(",")
        : "*"
    })`;
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  addOptionalOverloads(groups, d, kind);
  const out: Operation[] = [];
  let unbindable: string | undefined;
  for (const group of groups.values()) {
    const site = group[0];
    const bound = group.some((s) => s.bound);
    const bindings = bound ? bindingsOf(group, d, index, graph) : [undefined];
    if (bindings.length === 0) {
      unbindable = site.name;
      continue;
    }
    // `f` beside `f(a=…)` on one page is the overload without parameters (`usedRange`, `usedRange(valuesOnly=…)`).
    const withCallForm = !site.args && sites.some((s) => s.args && s.name.toLowerCase() === site.name.toLowerCase());
    for (const binding of bindings) {
      const o: Operation = {
        kind,
        namespace: site.namespace?.startsWith("microsoft.") ? site.namespace : ROOT_NAMESPACE,
        name: site.name,
        isBound: bound,
        parameters: withCallForm ? [] : parametersOf(d, kind, site.args, index, ns),
        source: e.source,
      };
      if (binding) o.bindingType = binding;
      const ret = returnTypeOf(d, index, graph, ns);
      if (ret) o.returnType = ret;
      markOperationProvenance(o, d);
      if (kind === "function" && d.examples.some((x) => truthyFlag(x.request?.annotation?.isComposable))) o.isComposable = true;
      if (e.description) o.description = e.description;
      out.push(o);
    }
  }
  return unbindable && out.length === 0 ? { operations: out, unbindable } : { operations: out };
}

/**
 * A function whose parameters the page all calls optional ("Optional. The number of columns …") has the overload
 * without them too (`columnsAfter()` beside `columnsAfter(count=n)`): OData functions take no optional parameters,
 * so services declare one overload per call form.
 */
function addOptionalOverloads(groups: Map<string, CallSite[]>, d: EndpointDraft, kind: "function" | "action"): void {
  if (kind !== "function") return;
  const table = d.api.functionParameters.length > 0 ? d.api.functionParameters : d.api.requestBody.parameters;
  const optional = (name: string): boolean =>
    table.some((m) => m.name.toLowerCase() === name.toLowerCase() && m.modifiers.optional === true);
  for (const group of [...groups.values()]) {
    const args = group[0].args;
    if (!args?.length || !args.every(optional)) continue;
    const bare = `${group[0].name.toLowerCase()}()`;
    if (!groups.has(bare) && !groups.has(`${group[0].name.toLowerCase()}(*)`))
      groups.set(
        bare,
        group.map((s) => ({ ...s, args: [] })),
      );
  }
}

/** The operation a path calls, if its last segment is one. */
function callSite(segments: readonly EndpointSegment[], d: EndpointDraft, graph: TypeGraph): CallSite | undefined {
  const last = segments[segments.length - 1];
  if (!last || last.kind === "dollar" || last.kind === "param" || last.kind === "colon") return undefined;
  const bound = segments.length > 1;
  const walked = bound ? graph.walk(segments, segments.length - 1) : undefined;
  const site = (raw: string, args?: string[]): CallSite => {
    const dot = raw.lastIndexOf(".");
    const s: CallSite = { name: raw.slice(dot + 1), bound };
    if (dot > 0) s.namespace = raw.slice(0, dot);
    if (walked) s.binding = walked;
    if (args) s.args = args;
    return s;
  };
  if (last.kind === "call")
    return site(
      last.name,
      last.params.map((p) => p.name).filter((n) => n !== ""),
    );
  if (last.kind === "cast") return graph.type(last.type.replace(/^#/, "")) ? undefined : site(last.type);
  // A bare name: a member of the addressed type is navigation; anything else on a followed path is an operation.
  if (walked) {
    if (!walked.collection && graph.member(walked.type, last.value)) return undefined;
    return looksLikeUndocumentedNavigation(d, last.value, graph) ? undefined : site(last.value);
  }
  return d.kind === "action" || d.kind === "function" || d.kind === "delta" ? site(last.value) : undefined;
}

/**
 * The page-named type when it is related to every walked type (a base the page documents the operation on, or a
 * derived type the path reaches without a cast); otherwise each distinct walked type (one page documenting the
 * same function on driveItem, listItem and site declares it on each). Empty when nothing can be followed.
 */
/**
 * A list or create page whose segment is the plural of the entity it returns (`GET /teamwork/workforceIntegrations`
 * → workforceIntegration collection) reads a navigation property that the type's page does not list (resource
 * tables are often incomplete), not a function or action; `recent`, `sharedWithMe` and the like stay functions.
 */
function looksLikeUndocumentedNavigation(d: EndpointDraft, segment: string, graph: TypeGraph): boolean {
  if (d.kind !== "list" && d.kind !== "create") return false;
  if (d.api.titleOperation) return false;
  const t = d.api.response.type ?? d.api.requestBody.resource;
  if (t?.kind !== "named") return false;
  const stem = segment.toLowerCase().replace(/ies$/, "y").replace(/e?s$/, "");
  if (stem.length < 3 || !t.name.toLowerCase().includes(stem)) return false;
  return [...graph.types.values()].some((x) => x.kind === "entity" && x.name.toLowerCase() === t.name.toLowerCase());
}

function bindingsOf(group: readonly CallSite[], d: EndpointDraft, index: TypeIndex, graph: TypeGraph): TypeRef[] {
  const walked = group.map((s) => s.binding).filter((b): b is TypeRef => b !== undefined);
  const hint = namedBindingHint(d, group[0].name, index, graph);
  // `POST /groups/{id}/evaluateDynamicMembership` and `POST /groups/evaluateDynamicMembership`: one per binding shape.
  const shapes = [...new Set(walked.map((w) => w.collection))];
  if (hint && walked.every((w) => graph.related(hint, w.type)))
    return (shapes.length ? shapes : [false]).map((collection) => ({ type: hint, collection }));
  const distinct = new Map<string, TypeRef>();
  for (const w of walked) {
    const k = `${w.type}|${w.collection}`.toLowerCase();
    if (!distinct.has(k)) distinct.set(k, w);
  }
  return [...distinct.values()];
}

/** The type the page itself names as the operation's owner: H1 `type: operation`, else file `…<type>-<operation>.md`. */
function namedBindingHint(d: EndpointDraft, opName: string, index: TypeIndex, graph: TypeGraph): string | undefined {
  const ns = d.page.namespace ?? ROOT_NAMESPACE;
  const known = (name: string): string | undefined => {
    const def = index.resolve(name, undefined, ns);
    const t = def?.kind === "type" ? graph.type(`${def.namespace}.${def.name}`) : undefined;
    return t ? `${t.namespace}.${t.name}` : undefined;
  };
  const title = /^\s*([\w.]+)\s*:\s*(\w+)\s*$/.exec(d.api.title);
  if (title && title[2].toLowerCase() === opName.toLowerCase()) {
    const t = known(title[1].slice(title[1].lastIndexOf(".") + 1));
    if (t) return t;
  }
  const base = (d.page.file.split(/[\\/]/).pop() ?? "").replace(/\.md$/i, "").toLowerCase();
  const suffix = `-${opName.toLowerCase()}`;
  if (base.endsWith(suffix)) {
    const owner = base.slice(0, -suffix.length).split("-").pop();
    if (owner) return known(owner);
  }
  return undefined;
}

function parametersOf(
  d: EndpointDraft,
  kind: "action" | "function",
  args: string[] | undefined,
  index: TypeIndex,
  ns: string,
): Parameter[] {
  if (kind === "action") return actionParameters(d, index, ns);
  const table = d.api.functionParameters.length > 0 ? d.api.functionParameters : d.api.requestBody.parameters;
  if (!args) return table.map((m) => parameter(m, index, ns));
  return args.map((name) => {
    const row = table.find((m) => m.name.toLowerCase() === name.toLowerCase());
    return row ? { ...parameter(row, index, ns), name } : { name, type: { type: "Edm.String", collection: false }, nullable: true };
  });
}

/** What the Response section (or the example responses) says the call returns; nothing for `204 No Content`. */
function returnTypeOf(d: EndpointDraft, index: TypeIndex, graph: TypeGraph, ns: string): TypeRef | undefined {
  const r = d.api.response;
  if (!r.type || r.status === 204) return undefined;
  return resolveLinked(r.type, index, graph, ns);
}

/**
 * The same operation (kind, name, parameters, return type) documented on two or more types that share a base below
 * the root of the hierarchy is the base's operation, inherited by each (`checkMemberObjects` on user, group, device
 * → directoryObject; `approve` on each schedule change request). The per-type copies stay: they are callable too.
 */
function hoistShared(ops: readonly Operation[], graph: TypeGraph): Operation[] {
  const groups = new Map<string, Operation[]>();
  for (const o of ops) {
    if (!o.bindingType) continue;
    const k = [o.kind, o.name, o.bindingType.collection, paramKey(o), o.returnType ? `${o.returnType.type}|${o.returnType.collection}` : ""]
      .join("|")
      .toLowerCase();
    groups.set(k, [...(groups.get(k) ?? []), o]);
  }
  const out: Operation[] = [];
  for (const group of groups.values()) {
    const types = [...new Set(group.map((o) => o.bindingType?.type ?? ""))];
    if (types.length < 2) continue;
    const common = graph.commonAncestor(types);
    const base = common ? graph.type(common) : undefined;
    if (!base?.baseType || types.some((t) => t.toLowerCase() === common?.toLowerCase())) continue;
    const first = group[0];
    out.push({ ...first, bindingType: { type: `${base.namespace}.${base.name}`, collection: first.bindingType?.collection ?? false } });
  }
  return out;
}

function paramKey(o: Operation): string {
  return o.parameters
    .map((p) => p.name.toLowerCase())
    .sort()
    .join(",");
}

function truthyFlag(v: unknown): boolean {
  return v === true || (typeof v === "string" && v.trim().toLowerCase() === "true");
}

function opKey(o: Operation): string {
  const args = o.kind === "function" ? paramKey(o) : "";
  return `${o.namespace}.${o.name}:${o.bindingType?.type ?? ""}:${o.bindingType?.collection ? 1 : 0}:${args}`.toLowerCase();
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
