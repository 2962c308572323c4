/** Endpoints, types and type graphs built directly, for the unit tests of the endpoint decisions (no Markdown). */
import { TypeGraph } from "../../../generator/model/endpoints/path-walk.js";
import type {
  Endpoint,
  EndpointKind,
  EndpointSegment,
  NavigationProperty,
  Property,
  StructuredType,
} from "../../../generator/model/types.js";

const AT = { file: "api/x.md", line: 1, column: 1 };

/** `/users/{id}/events` → segments: `{x}` a key placeholder, `$ref` a dollar segment, any other a literal. */
export function segments(path: string): EndpointSegment[] {
  return path
    .split("/")
    .filter(Boolean)
    .map((s): EndpointSegment =>
      s.startsWith("{")
        ? { kind: "param", name: s.slice(1, -1), written: s }
        : s.startsWith("$")
          ? { kind: "dollar", value: s }
          : { kind: "literal", value: s },
    );
}

export function endpoint(kind: EndpointKind, paths: string[], extra: Partial<Endpoint> = {}): Endpoint {
  return {
    name: paths[0],
    kind,
    method: kind === "list" || kind === "get" || kind === "function" ? "GET" : kind === "delete" ? "DELETE" : "POST",
    paths: paths.map((template) => ({ template, segments: segments(template) })),
    response: { status: 200 },
    requestHeaders: [],
    queryOptions: [],
    permissions: [],
    examples: [],
    source: AT,
    ...extra,
  };
}

export const ref = (type: string, collection = false) => ({ type: `microsoft.graph.${type}`, collection });

export function prop(name: string): Property {
  return { name, type: { type: "Edm.String", collection: false }, nullable: true, source: AT };
}

export function nav(name: string, type: string, collection = false): NavigationProperty {
  return { name, type: ref(type, collection), nullable: !collection, containsTarget: false, source: AT };
}

export function entity(name: string, extra: Partial<StructuredType> = {}): StructuredType {
  return {
    kind: "entity",
    namespace: "microsoft.graph",
    name,
    properties: [],
    navigationProperties: [],
    source: AT,
    sources: [],
    ...extra,
  };
}

export function typesOf(list: StructuredType[]): Map<string, StructuredType> {
  return new Map(list.map((t) => [`${t.namespace}.${t.name}`.toLowerCase(), t]));
}

/** A graph over the types with the given roots (`users` → a collection of user). */
export function graphOf(list: StructuredType[], roots: Record<string, { type: string; collection: boolean }> = {}): TypeGraph {
  const g = new TypeGraph(typesOf(list));
  for (const [name, r] of Object.entries(roots)) g.roots.set(name.toLowerCase(), r);
  return g;
}
