/**
 * OData actions/functions and the entity container, derived from endpoints:
 * - an action/function endpoint names the operation by its last path segment; it is bound when a path precedes
 *   it, and the binding type is the type that path addresses (walked from the root through navigation and
 *   structural properties), or the H1 `type: operation` prefix when the walk fails;
 * - entity sets and singletons come from the first path segment: followed by a key → entity set, else singleton
 *   (`/me` …); their type is the type the root path addresses in the docs' own responses.
 */
import type { EndpointDraft } from "./endpoints.js";
import { keyOf, ROOT_NAMESPACE, type TypeIndex } from "./type-index.js";
import { resolveTypeExpr } from "./type-refs.js";
import type { Endpoint, EndpointSegment, EntitySet, Operation, Singleton, StructuredType, TypeRef } from "./types.js";
import { parameter } from "./endpoint-model.js";

interface Roots {
  entitySets: Map<string, EntitySet>;
  singletons: Map<string, Singleton>;
}

export function deriveOperations(
  drafts: readonly EndpointDraft[],
  endpoints: readonly Endpoint[],
  index: TypeIndex,
  types: Map<string, StructuredType>,
): { operations: Operation[]; entitySets: EntitySet[]; singletons: Singleton[] } {
  const roots = deriveRoots(endpoints);
  const operations = new Map<string, Operation>();
  drafts.forEach((d, i) => {
    const e = endpoints[i];
    if (!d.operationSegment || (e.kind !== "action" && e.kind !== "function")) return;
    const ns = d.page.namespace ?? ROOT_NAMESPACE;
    const op = d.operationSegment;
    const segments = e.paths[0]?.segments ?? [];
    const opIndex = lastOperationIndex(segments);
    const prefix = segments.slice(0, opIndex);
    let binding: TypeRef | undefined = prefix.length > 0 ? walkPath(prefix, roots, types) : undefined;
    if (prefix.length > 0 && !binding && d.api.title.includes(":")) {
      const owner = d.api.title.split(":")[0].trim();
      const def = index.resolve(owner, undefined, ns);
      if (def?.kind === "type") binding = { type: `${def.namespace}.${def.name}`, collection: false };
    }
    const o: Operation = {
      kind: e.kind,
      namespace: op.namespace && op.namespace.startsWith("microsoft.") ? op.namespace : ROOT_NAMESPACE,
      name: op.name,
      isBound: prefix.length > 0,
      parameters:
        e.kind === "action"
          ? d.api.requestBody.parameters.map((m) => parameter(m, index, ns))
          : d.api.functionParameters.length > 0
            ? d.api.functionParameters.map((m) => parameter(m, index, ns))
            : op.args.map((name) => ({ name, type: { type: "Edm.String", collection: false }, nullable: true })),
      source: e.source,
    };
    if (binding) o.bindingType = binding;
    const ret = d.api.response.type ? resolveTypeExpr(d.api.response.type, index, ns).ref : undefined;
    if (ret && e.response.status !== 204) o.returnType = e.kind === "function" && /collection/i.test(d.api.response.text) && !ret.collection ? ret : ret;
    if (e.description) o.description = e.description;
    const key = `${o.namespace}.${o.name}(${o.bindingType ? o.bindingType.type + (o.bindingType.collection ? "[]" : "") : ""})`.toLowerCase();
    if (!operations.has(key)) operations.set(key, o);
  });
  return {
    operations: [...operations.values()].sort((a, b) => cmp(opKey(a), opKey(b))),
    entitySets: [...roots.entitySets.values()].sort((a, b) => cmp(a.name, b.name)),
    singletons: [...roots.singletons.values()].sort((a, b) => cmp(a.name, b.name)),
  };
}

function opKey(o: Operation): string {
  return `${o.namespace}.${o.name}:${o.bindingType?.type ?? ""}:${o.bindingType?.collection ? 1 : 0}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function lastOperationIndex(segments: readonly EndpointSegment[]): number {
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i];
    if (s.kind === "literal" || s.kind === "call" || s.kind === "cast") return i;
  }
  return segments.length;
}

/** Roots from every path's first segment, typed by the endpoints that read exactly that root. */
function deriveRoots(endpoints: readonly Endpoint[]): Roots {
  const entitySets = new Map<string, EntitySet>();
  const singletons = new Map<string, Singleton>();
  const rootType = new Map<string, string>();
  const isSet = new Map<string, boolean>();
  for (const e of endpoints) {
    for (const p of e.paths) {
      const [first, second] = p.segments;
      if (first?.kind !== "literal") continue;
      const name = first.value;
      const keyed = second?.kind === "param";
      if (keyed) isSet.set(name, true);
      else if (!isSet.has(name)) isSet.set(name, false);
      const t = e.response.type ?? (e.body?.kind === "type" ? e.body.type : undefined);
      if (!t || t.type.startsWith("Edm.")) continue;
      if ((p.segments.length === 1 && e.method === "GET") || (p.segments.length === 2 && keyed && (e.kind === "get" || e.kind === "update" || e.kind === "delete"))) {
        if (!rootType.has(name)) rootType.set(name, t.type);
      } else if (p.segments.length === 1 && e.kind === "create") {
        if (!rootType.has(name)) rootType.set(name, t.type);
      }
    }
  }
  for (const [name, set] of isSet) {
    const type = rootType.get(name);
    if (!type) continue;
    if (set) entitySets.set(name, { name, entityType: type });
    else singletons.set(name, { name, type });
  }
  return { entitySets, singletons };
}

/** The type a path prefix addresses, walking navigation/structural properties from a root. */
function walkPath(segments: readonly EndpointSegment[], roots: Roots, types: Map<string, StructuredType>): TypeRef | undefined {
  const [first, ...rest] = segments;
  if (first?.kind !== "literal") return undefined;
  const set = roots.entitySets.get(first.value);
  const single = roots.singletons.get(first.value);
  let cur: TypeRef | undefined = set ? { type: set.entityType, collection: true } : single ? { type: single.type, collection: false } : undefined;
  for (const s of rest) {
    if (!cur) return undefined;
    if (s.kind === "param" || s.kind === "colon") {
      cur = { ...cur, collection: false };
    } else if (s.kind === "cast") {
      cur = { type: s.type.replace(/^#/, ""), collection: cur.collection };
      const t = findType(types, cur.type);
      if (t) cur = { type: `${t.namespace}.${t.name}`, collection: cur.collection };
    } else if (s.kind === "literal") {
      const prop = findMember(types, cur.type, s.value);
      cur = prop;
    } else return undefined;
  }
  return cur;
}

function findType(types: Map<string, StructuredType>, qualified: string): StructuredType | undefined {
  return types.get(qualified.toLowerCase());
}

function findMember(types: Map<string, StructuredType>, typeName: string, member: string): TypeRef | undefined {
  let t = findType(types, typeName);
  const seen = new Set<string>();
  while (t && !seen.has(keyOf(t.namespace, t.name))) {
    seen.add(keyOf(t.namespace, t.name));
    const m =
      t.navigationProperties.find((p) => p.name.toLowerCase() === member.toLowerCase()) ??
      t.properties.find((p) => p.name.toLowerCase() === member.toLowerCase());
    if (m) return m.type;
    t = t.baseType ? findType(types, t.baseType) : undefined;
  }
  return undefined;
}
