/**
 * Navigation properties that only the URLs document. Resource tables are often incomplete (`user` lists no
 * `joinedTeams`, `group` no `transitiveMembers`), but the API pages address them: `GET /users/{id}/joinedTeams`
 * lists teams. Rule: on a path that the walk can follow from a documented root, a literal segment right after an
 * addressed single entity that is neither a member of that entity's type nor an operation is a navigation property
 * of that type when the page reads or writes an entity type there:
 * - the segment ends the path and the page lists or creates (`GET|POST …/joinedTeams`): a collection of it;
 * - the segment ends the path and the page gets one (`GET /me/presence`) or puts one (`PUT /groups/{id}/team`): a
 *   single entity;
 * - a key follows the segment and ends the path (`GET|PATCH|DELETE …/photos/{id}`): a collection.
 * The segment must read as a name for that target (see namesTarget), also with its words in the singular
 * (`dailyPrintUsageSummariesByUser` lists printUsageSummaryByUser). A page that names no entity type (`DELETE
 * …/journalLines/{id}`) is about the one documented entity type the segment names, as written or in the singular;
 * a plural segment then reads as a collection (`GET /me/devices`), and any page that does name a type wins.
 * Delta is bound to a collection: `GET /me/planner/all/delta` makes `all` a collection of what delta returns.
 * The walk starts at every root, also at singletons that no page types (their made types, see operations.ts),
 * but only documented types receive members. Where it cannot follow, it resumes at a segment `xs/{key}` that
 * names one documented entity type x, unless the placeholder names another type (`lists/{todoTaskListId}`); a
 * placeholder right after a single entity (`/roleManagement/{rbacApplication}/…`) stands for a left-out segment,
 * so nothing below it is read as a member (see resumingWalk).
 * Operations are excluded by the page's own cues (the endpoint kind is action, function or delta: a title
 * `type: op`, "this function returns", a parameter table, a call segment) and by every other page that calls the
 * same name as an operation on the same or a related type, or on a type the walk cannot follow (`POST
 * /teams/{id}/schedule/share` leaves `GET /print/printers/{id}/share` a navigation property). Added members run before operations are derived, so the operation walk treats those
 * segments as navigation.
 * A walked-through segment (see passThrough) that names several types with the next segment as a member takes the
 * one whose name holds the whole segment (`teamwork` → userTeamwork, not team); where none has it, the entity
 * type named exactly like the segment (`/me/informationProtection/policy/labels` → informationProtection, whose
 * table lacks `policy`), unless a page types the member otherwise; one that names none, a singular
 * noun, leads to an entity type made for it and named after it (`/me/authentication/methods` → authentication, see
 * undocumentedContainer), which then gets the members the paths write below it; it reaches the model with the
 * singletons' made types (`rootTypes`).
 * A documented single-valued navigation property that a path addresses by key is a collection (see
 * keyedNavigationCollections; `navigation-collection-from-path` warning).
 */
import { diagnostic, type Diagnostic } from "../../diagnostics/diagnostic.js";
import type { EndpointDraft } from "./drafts.js";
import { implicitKeyRoot } from "./entity-container.js";
import { entityTarget, type TypeGraph } from "./path-walk.js";
import { keyOf, lowerOf } from "../type-index.js";
import type { Endpoint, EndpointSegment, NavigationProperty, StructuredType, TypeRef } from "../types.js";

const READS_ONE = new Set(["get", "upsert"]);
const READS_MANY = new Set(["list", "create"]);
const BY_KEY = new Set(["get", "update", "upsert", "delete"]);

export interface Found {
  owner: StructuredType;
  name: string;
  target: TypeRef;
  file: string;
  line: number;
  column: number;
  /** The target was read from the segment's name, not from the page: any page that names a type overrides it. */
  guessed?: boolean;
  /** The target is a type no page documents, to be made (see undocumentedContainer). */
  made?: boolean;
}

/**
 * One round: the navigation properties the paths imply over `graph` (a trial derivation's), one per owner and name,
 * in a fixed order. Of two findings for one member, one a page typed wins over one guessed from the segment; the
 * camelCase spelling wins; two targets become their common base, and a collection wins.
 */
export function findPathNavigation(
  drafts: readonly EndpointDraft[],
  endpoints: readonly Endpoint[],
  graph: TypeGraph,
  types: ReadonlyMap<string, StructuredType>,
  operationNames: ReadonlySet<string>,
): Found[] {
  const named = entityNamer(types);
  const walk = resumingWalk(graph, named);
  const found = new Map<string, Found>();
  const callers = operationCallers(drafts, endpoints, graph);
  drafts.forEach((d, i) => {
    for (const f of findInEndpoint(d, endpoints[i], graph, walk, named, operationNames, callers)) {
      if (types.get(keyOf(f.owner.namespace, f.owner.name)) !== f.owner) continue;
      const k = `${keyOf(f.owner.namespace, f.owner.name)}/${f.name.toLowerCase()}`;
      const prev = found.get(k);
      if (!prev || (prev.guessed && !f.guessed)) {
        found.set(k, f);
        continue;
      }
      if (f.guessed && !prev.guessed) continue;
      if (capitals(f.name) > capitals(prev.name)) prev.name = f.name;
      if (prev.target.type.toLowerCase() !== f.target.type.toLowerCase()) {
        // Two pages reach different types through one segment: the member holds their common base, if any.
        const common = graph.commonAncestor([prev.target.type, f.target.type]);
        if (common) prev.target = { type: common, collection: prev.target.collection || f.target.collection };
      } else if (f.target.collection) prev.target = { ...prev.target, collection: true };
    }
  });
  return [...found.values()].sort((a, b) => cmp(`${a.owner.name}.${a.name}`, `${b.owner.name}.${b.name}`));
}

/** Adds what findPathNavigation found to the owners (making the types it names, see makeType); returns how many. */
export function addPathNavigation(
  found: readonly Found[],
  types: Map<string, StructuredType>,
  made: StructuredType[],
  diagnostics: Diagnostic[],
): number {
  let added = 0;
  for (const f of found) {
    if (f.made) makeType(f, types, made);
    const nav: NavigationProperty = {
      name: f.name,
      type: f.target,
      nullable: !f.target.collection,
      containsTarget: false,
      source: { file: f.file, line: f.line, column: f.column },
    };
    f.owner.navigationProperties.push(nav);
    added++;
    diagnostics.push(
      diagnostic(
        "navigation-from-path",
        nav.source,
        `"${f.name}" is addressed below ${f.owner.name} in this request path but is not listed in the Relationships table of ${f.owner.name}; it is read as a navigation property to ${f.target.collection ? "a collection of " : ""}${f.target.type}.`,
        `Add "${f.name}" to the Relationships table of the ${f.owner.name} resource page.`,
      ),
    );
  }
  return added;
}

/**
 * The entity type a walked-through segment names (see undocumentedContainer), made once however many owners walk
 * through it; it joins `types` so that the next rounds give it the members the paths write below it.
 */
function makeType(f: Found, types: Map<string, StructuredType>, made: StructuredType[]): void {
  const name = f.target.type.slice(f.target.type.lastIndexOf(".") + 1);
  const key = keyOf(f.owner.namespace, name);
  if (types.has(key)) return;
  const source = { file: f.file, line: f.line, column: f.column };
  const keyRoot = implicitKeyRoot(types);
  const t: StructuredType = {
    kind: "entity",
    namespace: f.owner.namespace,
    name,
    ...(keyRoot ? { baseType: keyRoot } : {}),
    description: `No page documents this type: docs2ts made it from the request paths that walk through "${name}".`,
    properties: [],
    navigationProperties: [],
    source,
    sources: [source],
  };
  types.set(key, t);
  made.push(t);
}

/** Per operation name (lower-cased): the types its pages call it on, or null when a call's owner is unknown. */
type OperationCallers = Map<string, string[] | null>;

/** Who each operation name is called on, by walking the call paths of the action/function pages. */
function operationCallers(drafts: readonly EndpointDraft[], endpoints: readonly Endpoint[], graph: TypeGraph): OperationCallers {
  const out: OperationCallers = new Map();
  drafts.forEach((d, i) => {
    if (d.kind !== "action" && d.kind !== "function" && d.kind !== "delta") return;
    for (const p of endpoints[i].paths) {
      const last = p.segments[p.segments.length - 1];
      const name =
        last?.kind === "literal" ? last.value : last?.kind === "call" ? last.name.slice(last.name.lastIndexOf(".") + 1) : undefined;
      if (!name) continue;
      const key = name.toLowerCase();
      const owner = p.segments.length > 1 ? graph.walk(p.segments, p.segments.length - 1) : undefined;
      const prev = out.get(key);
      if (!owner || prev === null) out.set(key, null);
      else out.set(key, [...(prev ?? []), owner.type]);
    }
  });
  return out;
}

/**
 * A segment named like an operation is that operation only where the operation is called: on the same type or a
 * related one (`POST /teams/{id}/schedule/share` does not make `GET /print/printers/{id}/share` a call). A name
 * some page calls on an owner the walk cannot follow, or that only the cues of its own page call, excludes it
 * everywhere.
 */
function calledOn(name: string, ownerType: string, callers: OperationCallers, graph: TypeGraph): boolean {
  const owners = callers.get(name.toLowerCase());
  if (owners === undefined || owners === null) return true;
  return owners.some((o) => graph.related(o, ownerType));
}

/** Names that some page calls as an action or function (by its own cues), lower-cased. */
export function calledOperationNames(drafts: readonly EndpointDraft[]): Set<string> {
  const out = new Set<string>();
  for (const d of drafts) {
    if (d.kind !== "action" && d.kind !== "function" && d.kind !== "delta") continue;
    if (d.operationSegment) out.add(d.operationSegment.name.toLowerCase());
    for (const l of d.lines) {
      const last = l.segments[l.segments.length - 1];
      if (last?.kind === "literal") out.add(last.value.toLowerCase());
      if (last?.kind === "call") out.add(last.name.slice(last.name.lastIndexOf(".") + 1).toLowerCase());
    }
  }
  return out;
}

function findInEndpoint(
  d: EndpointDraft,
  e: Endpoint,
  graph: TypeGraph,
  walk: Walk,
  named: EntityNamer,
  operationNames: ReadonlySet<string>,
  callers: OperationCallers,
): Found[] {
  const target = entityTarget(e, graph);
  const out: Found[] = [];
  // A segment that another path of this page reaches as a documented member is that member, reached here through
  // a base type (`/sites/{id}/items/{id}/versions` → baseItem; the listItem of `…/lists/{id}/items/{id}/versions`
  // declares it) or a miswritten path (`/groups/{id}/drive/{item-id}/versions` without `items`).
  const declared = new Set(
    e.paths.flatMap((p) => {
      const at = p.segments[p.segments.length - 1]?.kind === "param" ? p.segments.length - 2 : p.segments.length - 1;
      const seg = p.segments[at];
      const owner = at >= 1 && seg?.kind === "literal" ? graph.walk(p.segments, at) : undefined;
      return owner && !owner.collection && seg?.kind === "literal" && graph.member(owner.type, seg.value) ? [seg.value.toLowerCase()] : [];
    }),
  );
  for (const p of e.paths) {
    const segs = p.segments;
    const keyed = segs[segs.length - 1]?.kind === "param";
    const at = keyed ? segs.length - 2 : segs.length - 1;
    const seg = segs[at];
    if (at < 1 || seg?.kind !== "literal" || !/^[A-Za-z_]\w*$/.test(seg.value)) continue;
    if (keyed ? !BY_KEY.has(d.kind) : !READS_ONE.has(d.kind) && !READS_MANY.has(d.kind)) continue;
    const ownerType = newMemberOwner(segs, at, seg.value, walk, graph, operationNames, callers);
    if (!ownerType || declared.has(seg.value.toLowerCase())) continue;
    // A page that names no entity type (`DELETE …/journalLines/{id}`, "a **journalLines** object") is about the
    // documented entity type the segment names; a plural segment then also tells a collection (`GET /me/devices`).
    const about = target ?? named(seg.value);
    const collection = keyed || READS_MANY.has(d.kind) || (!target && singularName(seg.value) !== seg.value.toLowerCase());
    if (!about || !namesTarget(seg.value, about, collection)) continue;
    out.push({ owner: ownerType, name: seg.value, target: { type: about, collection }, ...sourceOf(d, p), guessed: !target });
  }
  for (const p of e.paths) out.push(...passThrough(d, p, graph, operationNames));
  for (const p of e.paths) out.push(...deltaSource(d, e, p, graph, walk, operationNames, callers));
  return out;
}

/**
 * `GET /me/planner/all/delta`: delta is a function bound to a collection of the entities it tracks, so the segment
 * it is called on, after an addressed single entity and not a member of its type, is a collection navigation
 * property to the type delta returns.
 */
function deltaSource(
  d: EndpointDraft,
  e: Endpoint,
  p: Endpoint["paths"][number],
  graph: TypeGraph,
  walk: Walk,
  operationNames: ReadonlySet<string>,
  callers: OperationCallers,
): Found[] {
  const segs = p.segments;
  const last = segs[segs.length - 1];
  const called = last?.kind === "literal" ? last.value : last?.kind === "call" ? last.name.slice(last.name.lastIndexOf(".") + 1) : "";
  if (!/^delta$/i.test(called) || segs.length < 3) return [];
  const at = segs.length - 2;
  const seg = segs[at];
  const returned = e.response.type;
  const target = returned?.collection ? graph.type(returned.type) : undefined;
  if (seg.kind !== "literal" || !/^[A-Za-z_]\w*$/.test(seg.value) || target?.kind !== "entity") return [];
  const ownerType = newMemberOwner(segs, at, seg.value, walk, graph, operationNames, callers);
  if (!ownerType) return [];
  return [
    { owner: ownerType, name: seg.value, target: { type: `${target.namespace}.${target.name}`, collection: true }, ...sourceOf(d, p) },
  ];
}

/**
 * The entity the path addresses (one, not a collection) before segment `at` when `name` may be a member it lacks:
 * no operation called on it by that name, and no member of that name yet.
 */
function newMemberOwner(
  segs: readonly EndpointSegment[],
  at: number,
  name: string,
  walk: Walk,
  graph: TypeGraph,
  operationNames: ReadonlySet<string>,
  callers: OperationCallers,
): StructuredType | undefined {
  const owner = walk(segs, at);
  if (!owner || owner.collection) return undefined;
  if (operationNames.has(name.toLowerCase()) && calledOn(name, owner.type, callers, graph)) return undefined;
  const ownerType = graph.type(owner.type);
  return ownerType?.kind === "entity" && !graph.member(owner.type, name) ? ownerType : undefined;
}

/** Where a finding on path `p` of the page points: its request line. */
function sourceOf(d: EndpointDraft, p: Endpoint["paths"][number]): Pick<Found, "file" | "line" | "column"> {
  const line = d.lines.find((l) => l.path === p.template) ?? d.lines[0];
  return { file: d.page.file, line: line.pos.line, column: line.pos.column };
}

/**
 * A segment the path walks through (`/me/authentication/phoneMethods/{id}`): after an addressed single entity, a
 * literal that is no member and no operation, followed by a literal that is a member of exactly one entity type the
 * segment reads as a name for (`authentication` → authentication, which has `phoneMethods`; `analytics` →
 * userAnalytics). It is a single-valued navigation property to that type, unless a member of the owner already
 * leads to that type (`/me/calendarGroup/calendars` beside `calendarGroups`); only the first such step of a path.
 */
function passThrough(d: EndpointDraft, p: Endpoint["paths"][number], graph: TypeGraph, operationNames: ReadonlySet<string>): Found[] {
  const segs = p.segments;
  for (let i = 1; i + 1 < segs.length; i++) {
    const seg = segs[i];
    const next = segs[i + 1];
    if (seg.kind !== "literal" || next.kind !== "literal" || !/^[A-Za-z_]\w*$/.test(seg.value)) continue;
    const owner = graph.walk(segs, i);
    if (!owner) return [];
    if (owner.collection || graph.member(owner.type, seg.value)) continue;
    if (operationNames.has(seg.value.toLowerCase()) || graph.operation(owner.type, seg.value)) return [];
    const ownerType = graph.type(owner.type);
    if (ownerType?.kind !== "entity") return [];
    const names = targetNamer(seg.value, false);
    const nextName = lowerOf(next.value);
    let targets = [...graph.types.values()].filter(
      (t) => t.kind === "entity" && graph.ownMember(t, nextName) !== undefined && names(t.name),
    );
    // `teamwork` names both userTeamwork and team (which has installedApps too): a name that holds the whole
    // segment is the closer reading.
    if (targets.length > 1) targets = targets.filter((t) => t.name.toLowerCase().includes(seg.value.toLowerCase()));
    // None has it (the table of the one named exactly like the segment is incomplete): that one, unless a page
    // types the member otherwise.
    const exact = targets.length === 0;
    if (exact) targets = [...graph.types.values()].filter((t) => t.kind === "entity" && t.name.toLowerCase() === seg.value.toLowerCase());
    const madeName = targets.length === 0 ? undocumentedContainer(seg.value, next.value, ownerType, graph, operationNames) : undefined;
    if (madeName) {
      const made = `${ownerType.namespace}.${madeName}`;
      return [{ owner: ownerType, name: seg.value, target: { type: made, collection: false }, ...sourceOf(d, p), made: true }];
    }
    if (targets.length !== 1) return [];
    const target = `${targets[0].namespace}.${targets[0].name}`;
    // A member of the owner already leads to that type (`calendarGroups`): the segment is a slip of its name.
    if (
      graph
        .ancestors(owner.type)
        .some((a) => graph.type(a)?.navigationProperties.some((n) => n.type.type.toLowerCase() === target.toLowerCase()))
    )
      return [];
    return [{ owner: ownerType, name: seg.value, target: { type: target, collection: false }, ...sourceOf(d, p), guessed: exact }];
  }
  return [];
}

/**
 * A walked-through segment that no type is named like (`/me/authentication/methods`,
 * `/servicePrincipals/{id}/synchronization/jobs`) is a single-valued navigation property to a type the docs leave
 * unsaid, made here and named after it (as operations.ts does for untyped singletons): when the segment is a
 * singular noun, the next segment is no operation and no member of the owner (`/privilegedAccess/azureResources/
 * resources` writes a key in place), no member of the owner is named like it (`calendarGroup` beside
 * `calendarGroups` is a slip) and no type derived from the owner has it.
 */
function undocumentedContainer(
  segment: string,
  next: string,
  owner: StructuredType,
  graph: TypeGraph,
  operationNames: ReadonlySet<string>,
): string | undefined {
  const lower = segment.toLowerCase();
  const ownerName = keyOf(owner.namespace, owner.name);
  if (singularName(segment) !== lower || !/^[A-Za-z_]\w*$/.test(next) || operationNames.has(next.toLowerCase())) return undefined;
  if (graph.member(ownerName, next)) return undefined;
  // A member of a type derived from the owner, reached without a cast (`…/deviceConfigurations/{id}/identityCertificate`).
  if (graph.descendants(ownerName).some((t) => graph.ownMember(t, lower))) return undefined;
  const slip = graph.ancestors(ownerName).some((a) => {
    const t = graph.type(a);
    return [...(t?.navigationProperties ?? []), ...(t?.properties ?? [])].some((m) => singularName(m.name) === lower);
  });
  if (slip) return undefined;
  return [...graph.types.values()].some((t) => t.name.toLowerCase() === lower) ? undefined : segment;
}

/**
 * The segment reads as a member name for that target: it contains the target's name or is contained in it
 * (`presence`, `settings` → userSettings, `dailyPrintUsageByPrinter` → printUsageByPrinter), or, for a collection,
 * it is a plural noun or a relation ending in "Of" (`joinedTeams`, `transitiveMemberOf`). Verbs and adjectives that
 * pages call without operation cues (`sendMail`, `archive`, `follow`, `recent`, `sharedWithMe`) are none of these.
 */
function namesTarget(segment: string, target: string, collection: boolean): boolean {
  return targetNamer(segment, collection)(target);
}

/** namesTarget for one segment and many targets: what depends on the segment alone is worked out once. */
function targetNamer(segment: string, collection: boolean): (target: string) => boolean {
  // `getRelyingPartyDetailedSummary`, `listX`: a verb prefix names a function, whatever the page's cues.
  if (/^(?:get|list|create|add|remove|set|update|delete)[A-Z]/.test(segment)) return () => false;
  const s = segment.toLowerCase();
  // Plurals inside the name (`dailyPrintUsageSummariesByUser` → printUsageSummaryByUser): word by word, singular.
  const one = singularWords(segment);
  const anyCollection = collection && (/[a-z]s$/.test(segment) || /[a-z]Of$/.test(segment));
  return (target) => {
    const t = lowerOf(target.slice(target.lastIndexOf(".") + 1));
    return s.includes(t) || t.includes(s) || one.includes(t) || t.includes(one) || anyCollection;
  };
}

/** `dailyPrintUsageSummariesByUser` → `dailyprintusagesummarybyuser`: each camelCase word in the singular. */
function singularWords(name: string): string {
  return name
    .split(/(?=[A-Z])/)
    .map(singularName)
    .join("");
}

/** A walk over a path prefix: the type it addresses, or undefined. */
type Walk = (segments: readonly EndpointSegment[], length: number) => TypeRef | undefined;

/**
 * The graph's walk for finding members, with two changes:
 * - a placeholder right after a single entity (`/roleManagement/{rbacApplication}/roleDefinitions/{id}`) stands for
 *   a segment the path leaves out, so what follows is no member of that entity: the walk stops there;
 * - where the walk cannot follow, it resumes at a segment `xs/{key}` that names exactly one documented entity type
 *   x (`/identityGovernance/entitlementManagement/accessPackageCatalogs/{catalogId}/…`, no page documents
 *   entitlementManagement): the path addresses one x there, whatever led to it. A placeholder that names what it
 *   keys must name x (`/users/me/todo/lists/{todoTaskListId}` keys no SharePoint list).
 */
function resumingWalk(graph: TypeGraph, named: EntityNamer): Walk {
  return (segs, length) => {
    const first = segs[0];
    let cur: TypeRef | undefined = first?.kind === "literal" ? graph.roots.get(lowerOf(first.value)) : undefined;
    for (let i = cur ? 1 : 0; i < length; i++) {
      const s = segs[i];
      if (cur) {
        cur = s.kind === "param" && !cur.collection ? undefined : graph.step(cur, s);
        if (cur) continue;
      }
      const key = segs[i + 1];
      if (s.kind !== "literal" || key?.kind !== "param" || i + 1 >= length) continue;
      const x = named(s.value);
      if (x && keyNames(key, x)) {
        cur = { type: x, collection: false };
        i++;
      }
    }
    return cur;
  };
}

/**
 * Whether a placeholder can key type `qualified`: `{id}` names nothing, `{catalogId}` or `{class-id}` must name the
 * end of the type's name (accessPackageCatalog, educationClass); `{id | userPrincipalName}`: any alternative.
 */
function keyNames(key: Extract<EndpointSegment, { kind: "param" }>, qualified: string): boolean {
  const typeName = qualified.slice(qualified.lastIndexOf(".") + 1).toLowerCase();
  return key.written.split("|").some((alt) => {
    const word = alt
      .trim()
      .replace(/[-_]?id$/i, "")
      .replace(/[^A-Za-z0-9]/g, "")
      .toLowerCase();
    return word === "" || typeName.endsWith(word);
  });
}

/** The qualified name of the one documented entity type a segment names, as written or in the singular. */
type EntityNamer = (segment: string) => string | undefined;

/** An EntityNamer over `types` (`journalLines` → journalLines, `accessPackageCatalogs` → accessPackageCatalog). */
function entityNamer(types: ReadonlyMap<string, StructuredType>): EntityNamer {
  const byName = new Map<string, string[]>();
  for (const t of types.values()) {
    if (t.kind !== "entity") continue;
    const k = t.name.toLowerCase();
    byName.set(k, [...(byName.get(k) ?? []), `${t.namespace}.${t.name}`]);
  }
  return (segment) => {
    const found = byName.get(segment.toLowerCase()) ?? byName.get(singularName(segment));
    return found?.length === 1 ? found[0] : undefined;
  };
}

/** `accessPackageCatalogs` → `accesspackagecatalog`: the last word in the singular, lower-cased. */
function singularName(segment: string): string {
  return segment
    .toLowerCase()
    .replace(/ies$/, "y")
    .replace(/([^s])s$/, "$1");
}

/** Inner capitals: of two spellings of one segment, the camelCase one is the docs' convention (`secureScores`). */
function capitals(name: string): number {
  return (name.match(/[A-Z]/g) ?? []).length;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
