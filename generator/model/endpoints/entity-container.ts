/**
 * The entity container, derived from the endpoints' paths.
 *
 * Rule: the roots are the first segment of every path; a key after it (or a list/create on it) makes it an entity set, else a
 * singleton. A placeholder named after a documented type (`/roleManagement/{rbacApplication}/…`) stands for a
 * segment, not a key. Its type is what the docs' own calls on the bare root return or accept; failing that, the entity type
 * whose members are the segments written below the root (`/education/classes`, `/education/schools`); for a
 * singleton, failing that too, the one entity type that has most of them (more than half: its table is incomplete).
 * Before the segments, a singleton takes the type that the H1 of an operation called right on it names
 * (`# searchEntity: query` over `POST /search/query`); a type made for it takes that name.
 * A type made for such a singleton is an entity like every other the docs leave unsaid, so it derives from the
 * implicit key-only root (`entity`, see structured/implicit-root.ts) when the model has exactly one: an entity type needs
 * a key, and that root is where the docs put the one they never repeat (`appCatalogs` holds `teamsApps`).
 */
import type { EndpointDraft } from "./drafts.js";
import type { TypeGraph } from "./path-walk.js";
import { keyOf, lowerOf, ROOT_NAMESPACE } from "../type-index.js";
import type { Endpoint, EndpointSegment, EntitySet, Singleton, StructuredType, TypeRef } from "../types.js";

interface RootEvidence {
  name: string;
  set: boolean;
  singleton: boolean;
  direct: string[];
  children: Set<string>;
  /** Lower-cased child segment → its name as first written and the type the calls on it read or write. */
  childTypes: Map<string, { name: string; type: TypeRef; source: Endpoint["source"] }>;
  /** Type names that H1s `type: operation` give operations called right on the root (`POST /search/query`). */
  titled: string[];
}

export function deriveRoots(
  endpoints: readonly Endpoint[],
  graph: TypeGraph,
  types: Map<string, StructuredType>,
  drafts: readonly EndpointDraft[],
): { entitySets: EntitySet[]; singletons: Singleton[]; rootTypes: StructuredType[] } {
  const roots = new Map<string, RootEvidence>();
  const rootTypes: StructuredType[] = [];
  let typeNames: Set<string> | undefined;
  endpoints.forEach((e, i) => {
    for (const p of e.paths) {
      const [first, second, third] = p.segments;
      if (first?.kind !== "literal" || !/^[A-Za-z_]\w*$/.test(first.value)) continue;
      const key = first.value.toLowerCase();
      const r: RootEvidence = roots.get(key) ?? {
        name: first.value,
        set: false,
        singleton: false,
        direct: [],
        children: new Set<string>(),
        childTypes: new Map(),
        titled: [],
      };
      roots.set(key, r);
      const owner = p.segments.length === 2 ? titledOwner(drafts[i], second) : undefined;
      if (owner && !r.titled.includes(owner)) r.titled.push(owner);
      const keyed = second?.kind === "param";
      if (keyed && !segmentVariable(second.written, (typeNames ??= new Set([...graph.types.values()].map((t) => t.name.toLowerCase())))))
        r.set = true;
      const len = p.segments.length;
      if (len === 1 && (e.kind === "list" || e.kind === "create" || e.kind === "delta")) r.set = true;
      if (len === 1 && (e.kind === "get" || e.kind === "update")) r.singleton = true;
      const child = keyed ? third : second;
      const childIsCall = p.segments[len - 1] === child && (e.kind === "action" || e.kind === "function" || e.kind === "delta");
      if (child?.kind === "literal" && !childIsCall) {
        r.children.add(child.value);
        const childType = childTypeOf(e, p.segments, keyed, graph);
        if (!keyed && childType && !r.childTypes.has(child.value.toLowerCase()))
          r.childTypes.set(child.value.toLowerCase(), { name: child.value, type: childType, source: e.source });
      }
      const t = e.response.type ?? (e.body?.kind === "type" ? e.body.type : undefined);
      if (!t || !graph.type(t.type) || graph.type(t.type)?.kind !== "entity") continue;
      const direct =
        (len === 1 && ["get", "list", "update", "create"].includes(e.kind)) ||
        (len === 2 && keyed && ["get", "update", "delete", "upsert"].includes(e.kind));
      if (direct) r.direct.push(t.type);
    }
  });
  const entitySets: EntitySet[] = [];
  const singletons: Singleton[] = [];
  const keyRoot = implicitKeyRoot(types);
  // The entity types in key order with their member index, made once and again only after a made type joined them
  // (types only grow here).
  let sorted: (Entities & { size: number }) | undefined;
  const entities = (): Entities => {
    if (sorted?.size !== graph.types.size) {
      const list = [...graph.types.values()]
        .filter((t) => t.kind === "entity")
        .sort((a, b) => cmp(keyOf(a.namespace, a.name), keyOf(b.namespace, b.name)));
      const known = new Set(sorted?.list);
      // Only the made types are new: their members join the index (the others' members do not change here).
      const holders = sorted ? sorted.holders : new Map<string, Set<StructuredType>>();
      addMemberHolders(
        holders,
        list.filter((t) => !known.has(t)),
        graph,
      );
      sorted = { size: graph.types.size, list, holders };
    }
    return sorted;
  };
  for (const r of [...roots.values()].sort((a, b) => cmp(a.name, b.name))) {
    const titled = r.set || r.titled.length !== 1 ? undefined : r.titled[0];
    const make = (made: StructuredType | undefined): string | undefined => {
      if (!made) return undefined;
      if (keyRoot) made.baseType = keyRoot;
      types.set(keyOf(made.namespace, made.name), made);
      rootTypes.push(made);
      return `${made.namespace}.${made.name}`;
    };
    let type: string | undefined = r.direct[0] ?? (titled ? documentedEntity(titled, graph) : undefined);
    // An undocumented type that the H1 names is stated; a documented type holding most segments is a guess.
    if (!type && titled && !r.set) type = make(rootTypeFromChildren(r, graph, entities(), titled));
    type ??= typeFromChildren(r, graph, entities());
    if (!type && !r.set && !titled) type = make(rootTypeFromChildren(r, graph, entities()));
    if (!type) continue;
    const t = graph.type(type);
    if (!t) continue;
    const q = `${t.namespace}.${t.name}`;
    const set = r.set && !(r.singleton && !r.direct.length);
    if (set) entitySets.push({ name: r.name, entityType: q });
    else singletons.push({ name: r.name, type: q });
    graph.roots.set(r.name.toLowerCase(), { type: q, collection: set });
  }
  return { entitySets, singletons, rootTypes };
}

/**
 * A placeholder named after a documented type (`/roleManagement/{rbacApplication}/roleDefinitions`) stands for a
 * segment that reaches that type (`directory`), not for a key: it does not make its root an entity set.
 */
function segmentVariable(written: string, typeNames: ReadonlySet<string>): boolean {
  const name = written.replace(/^\{|\}$/g, "").trim();
  return /^[A-Za-z_]\w*$/.test(name) && !/id$/i.test(name) && typeNames.has(name.toLowerCase());
}

/**
 * The one abstract entity type without a base whose only member is its single key property (`entity { id }`),
 * qualified; undefined when there is none or more than one (then nothing says which a made type would derive from).
 */
export function implicitKeyRoot(types: ReadonlyMap<string, StructuredType>): string | undefined {
  const roots = [...types.values()].filter(
    (t) =>
      t.kind === "entity" &&
      t.abstract === true &&
      !t.baseType &&
      t.key?.length === 1 &&
      t.navigationProperties.length === 0 &&
      t.properties.length === 1 &&
      t.properties[0].name === t.key[0],
  );
  return roots.length === 1 ? `${roots[0].namespace}.${roots[0].name}` : undefined;
}

/**
 * The type an H1 `type: operation` names for an operation called right on a root (`# searchEntity: query` over
 * `POST /search/query`, `# cloudCommunications: getPresencesByUserId` over `POST /communications/…`): the H1 names
 * the binding type, which is the root's.
 */
function titledOwner(d: EndpointDraft | undefined, segment: EndpointSegment | undefined): string | undefined {
  if (!d || (d.kind !== "action" && d.kind !== "function")) return undefined;
  const name = segment?.kind === "literal" ? segment.value : segment?.kind === "call" ? segment.name : undefined;
  const title = /^\s*([\w.]+)\s*:\s*(\w+)\s*$/.exec(d.api.title);
  if (!name || !title || title[2].toLowerCase() !== name.slice(name.lastIndexOf(".") + 1).toLowerCase()) return undefined;
  return title[1].slice(title[1].lastIndexOf(".") + 1);
}

/** The documented entity type of that bare name (in the root namespace first), qualified. */
function documentedEntity(name: string, graph: TypeGraph): string | undefined {
  const lower = name.toLowerCase();
  const matches = [...graph.types.values()].filter((t) => t.kind === "entity" && t.name.toLowerCase() === lower);
  const t = matches.find((m) => m.namespace === ROOT_NAMESPACE) ?? (matches.length === 1 ? matches[0] : undefined);
  return t ? `${t.namespace}.${t.name}` : undefined;
}

/** The type a call on `/root/child` (a list, create, get or update of it) or `/root/child/{id}` reads or writes. */
function childTypeOf(e: Endpoint, segments: readonly EndpointSegment[], keyed: boolean, graph: TypeGraph): TypeRef | undefined {
  if (keyed || !["list", "create", "get", "update"].includes(e.kind)) return undefined;
  const t = e.response.type ?? (e.body?.kind === "type" ? e.body.type : undefined);
  if (!t || graph.type(t.type)?.kind !== "entity") return undefined;
  if (segments.length === 2) return { type: t.type, collection: e.kind === "list" || e.kind === "create" || t.collection };
  if (segments.length === 3 && segments[2].kind === "param" && e.kind !== "list" && e.kind !== "create")
    return { type: t.type, collection: true };
  return undefined;
}

/**
 * A singleton that no page gives a type (`/education`, `/communications`: Graph documents their children only)
 * gets an entity type named after it whose navigation properties are the segments the paths write below it, each
 * typed by what the calls on it read or write. Nothing is made when no child's type is known, when the name is
 * already a type's, or when a documented entity has most of the segments as members (unless an H1 names the type:
 * `# cloudCommunications: getPresencesByUserId` over `POST /communications/…`, although application has `calls` and
 * `onlineMeetings` too).
 */
function rootTypeFromChildren(r: RootEvidence, graph: TypeGraph, entities: Entities, titled?: string): StructuredType | undefined {
  const children = [...r.childTypes.values()].sort((a, b) => cmp(a.name, b.name));
  const name = titled ?? r.name;
  if (
    children.length === 0 ||
    graph.type(keyOf(ROOT_NAMESPACE, name)) ||
    [...graph.types.values()].some((t) => t.name.toLowerCase() === name.toLowerCase())
  )
    return undefined;
  // A documented entity holding most of the segments (`/me/…` and user, whose tables miss some) is the root's real
  // type, only incompletely documented: better no type than a made-up one. Not so for the type an H1 names.
  const segments = [...r.children];
  const covered = memberCounts(segments, entities);
  if (!titled && [...covered.values()].some((n) => n * 2 > segments.length)) return undefined;
  const source = children[0].source;
  return {
    kind: "entity",
    namespace: ROOT_NAMESPACE,
    name,
    description: `No page documents this type: docs2ts made it from the segments the request paths write below /${r.name}.`,
    properties: [],
    navigationProperties: children.map((c) => ({ name: c.name, type: c.type, nullable: true, containsTarget: false, source: c.source })),
    source,
    sources: [...new Map(children.map((c) => [`${c.source.file}`, c.source])).values()],
  };
}

/**
 * The entity type named like the root (`drives` → drive, `teamwork` → teamwork); else the one whose members are all
 * the literal segments written right below the root, ties going to the closer name, then the alphabetically first.
 */
function typeFromChildren(r: RootEvidence, graph: TypeGraph, { list: entities, holders }: Entities): string | undefined {
  const children = [...r.children];
  const root = r.name.toLowerCase();
  const singular = root.replace(/ies$/, "y").replace(/s$/, "");
  const nameScore = (t: StructuredType): number => {
    const n = t.name.toLowerCase();
    return n === root ? 3 : n === singular ? 2 : n.includes(singular) || singular.includes(n) ? 1 : 0;
  };
  const pickBest = (list: StructuredType[]): StructuredType | undefined =>
    list.reduce<StructuredType | undefined>((best, t) => (!best || nameScore(t) > nameScore(best) ? t : best), undefined);
  const named = pickBest(entities.filter((t) => nameScore(t) >= 2));
  const covering =
    children.length === 0 ? undefined : pickBest(entities.filter((t) => children.every((c) => holders.get(lowerOf(c))?.has(t) === true)));
  const best = named ?? covering ?? (r.set ? undefined : mostlyCovering(children, { list: entities, holders }));
  return best ? `${best.namespace}.${best.name}` : undefined;
}

/**
 * For a singleton: the one entity type that has more than half of the segments below it as members, the most
 * first (`/auditLogs/directoryAudits`, `/auditLogs/signIns`, `/auditLogs/provisioning` → auditLogRoot, whose table
 * lacks `provisioning`). Its table is incomplete, not wrong; a tie names no type.
 */
function mostlyCovering(children: readonly string[], entities: Entities): StructuredType | undefined {
  const counts = memberCounts(children, entities);
  const scored = entities.list
    .map((t) => ({ t, n: counts.get(t) ?? 0 }))
    .filter((x) => x.n * 2 > children.length)
    .sort((a, b) => b.n - a.n);
  return scored.length > 0 && (scored.length === 1 || scored[1].n < scored[0].n) ? scored[0].t : undefined;
}

/** The entity types in key order, and which of them have a member (own or inherited) of each lower-cased name. */
interface Entities {
  list: readonly StructuredType[];
  holders: Map<string, Set<StructuredType>>;
}

/**
 * The member index of the roots' searches: asking every entity type about every segment below every root was most
 * of the roots' derivation.
 */
function addMemberHolders(out: Map<string, Set<StructuredType>>, entities: readonly StructuredType[], graph: TypeGraph): void {
  const add = (name: string, t: StructuredType): void => {
    const lower = lowerOf(name);
    let set = out.get(lower);
    if (!set) out.set(lower, (set = new Set()));
    set.add(t);
  };
  for (const t of entities) {
    for (const a of graph.ancestorTypes(t)) {
      for (const m of a.navigationProperties) add(m.name, t);
      for (const m of a.properties) add(m.name, t);
    }
  }
}

/** How many of the segments each entity type has as members (own or inherited); types with none are absent. */
function memberCounts(segments: readonly string[], { holders }: Entities): Map<StructuredType, number> {
  const counts = new Map<StructuredType, number>();
  for (const c of new Set(segments)) for (const t of holders.get(lowerOf(c)) ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
