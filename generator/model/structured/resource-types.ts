/**
 * Resource facts (one type may be spread over several pages) → structured types.
 *
 * Rules (input-format.md §2.6, §2.9, §2.10; listed in the README under "How pages are read"):
 * - Identity and merging: a type is keyed by (namespace, name), case-insensitively; every page that defines it
 *   contributes (Intune splits `deviceManagement` over 16 pages). Members are united in page order (pages sorted by
 *   path); the first definition of a member wins.
 * - "Inherited from [x]" rows belong to x: they move there (x is created when no page defines it), and x is a base
 *   candidate when nothing else names the base.
 * - Base type, from every statement the docs make: the resource annotation's `baseType`, intro prose ("Inherits
 *   from [x]", "A subclass of [x]", "derived from [x]"), and the base's own page listing its derived types
 *   ("## Derived types", "the derived types are [a], [b]", "a base type for …, for example [a]", "… types
 *   include:" + list; a link whose text is prose resolves through the page it links to). When they name different types on one chain (the
 *   annotation says `entity`, the prose `directoryObject`, which derives from entity) the most derived one is the
 *   direct base; when they contradict each other the annotation wins and a `base-type-conflict` warning is given.
 *   Without any statement, the nearest "Inherited from" type is the base.
 * - Implicit root: the docs describe one abstract type whose only member is the key it declares (`entity`:
 *   abstract, `keyProperty: id`, one `id` row) and, following OData practice, rarely say that other entity types
 *   derive from it. Every other entity type that has no base and has that key property derives from it.
 * - Entity or complex (the docs never say it; see decideKinds): the target of a Relationships row, or of any row
 *   whose description calls it a navigation property ("Navigation property.", "Containment entity."), is an entity
 *   (unless more Properties rows than Relationships rows name it: a complex type misfiled under Relationships); a
 *   type used as the type of a Properties row is complex unless it has relationships and shows a key (a key row,
 *   an `id` row) or a stated base (a complex type may hold navigation properties: userFlowApiConnectorConfiguration), or declares its key
 *   (`keyProperty` naming one of its rows) and an endpoint reads, creates, updates or deletes it (only entities are
 *   addressable; the row is a navigation property written in the wrong table); any other type is an entity
 *   when it shows a key row (`keyProperty` naming one of its rows, "Key of the entity", an `id` row),
 *   relationships, methods, or an endpoint that reads, creates, updates or deletes it. A type deriving from an
 *   entity is one; the bases of a type with strong evidence (relationship target, relationships, key row) are too.
 * - Members: table rows first (Properties, then Relationships, page by page); then JSON-representation keys that
 *   no row names, typed by their placeholder value (`property-not-in-table` info). A Type cell that does not read as
 *   a type falls back on the JSON value's type. `Json`/`Object` mean a documented type of that name when a page
 *   defines one; so does a row read as untyped JSON whose JSON value names that type (`{"@odata.type": "…Json"}`). A String whose listed values ("Possible values are: …", or a backticked list after a colon) are the
 *   members of one enum named like the property (when no enum matches exactly, one of four or more values may
 *   misspell the member left over by one letter: `occurence`), or a subset of at least two members of the one enum named after the
 *   property (same name, containing or ending a name of two words; closest name wins), has that enum type; not when the description makes the value a string of its own ("comma-separated list", "string
 *   values"), nor with an enum that a resource page documents only in an in-page values table (that page kept String
 *   in its Type column). A row whose type is an entity is a navigation property, any other a structural property.
 *   Then keys that the example responses of two or more API pages show for the type itself (annotation
 *   `@odata.type`; the example shows at least half of its Properties rows) and nothing else names: members the
 *   tables leave out (`openShift.createdDateTime`), typed as the same-named rows elsewhere or by their values; not
 *   for base or open types (`property-from-example` info; see exampleOnlyMembers).
 * - A row name that differs from a JSON key only in case takes the JSON spelling (`property-name-case` warning).
 * - A Type-cell link whose text names no documented type (`[HashesType](hashes.md)`) means the one type its linked
 *   page defines; the text still wins when it names a type (input-format.md §2.3: resolve by name first), unless the
 *   JSON representation's value for the row also names the linked page's type (two statements against the text:
 *   `[servicePrincipal](provisioningserviceprincipal.md)`, `{"@odata.type": "…provisioningServicePrincipal"}`).
 * - Nullability: see `nullability` below (key never; prose markers; Intune-family value types; else nullable). A
 *   complex type has no key: its annotation's `keyProperty` does not make a row non-nullable, prose that calls the
 *   row the key ("Key of the entity.") does, unless it only repeats the row's name (`key`: "Key.").
 * - A member that a base type already declares is not declared again on the derived type (CSDL forbids it;
 *   Intune-style pages repeat them).
 * - Key: on the root of each entity chain: its `keyProperty`, else `id`. The key property is never nullable.
 * - Containment: the tables never say it, the URLs do. A navigation property is contained (`ContainsTarget`) when
 *   its target type is reachable only through its parent: no documented entity set (a collection at the root of a
 *   request path) holds that type, one of its bases or one of its derived types. `user.events` is contained (events
 *   are addressed only as `/users/{id}/events`); `group.members` is not (`/directoryObjects` holds them).
 */
import { diagnostic, type Diagnostic, type SourceLocation } from "../../diagnostics/diagnostic.js";
import type { EdmPrimitive, MemberFacts, PageFacts, Pos, ResourceFacts, TypeExpr } from "../../parse/facts.js";
import { listedValues } from "../../parse/description-prose.js";
import { isPlainObject } from "../../parse/plain-object.js";
import { keyOf, type TypeIndex } from "../type-index.js";
import { documentedTypeForUntyped, isPrimitive, resolveTypeExpr } from "../type-resolution.js";
import type { NavigationProperty, Property, Provenance, StructuredType, TypeRef } from "../types.js";

export interface TypeDraft {
  namespace: string;
  name: string;
  parts: { file: string; pageNamespace: string; facts: ResourceFacts }[];
  /** Rows moved here from pages that say "Inherited from [this]". */
  inheritedRows: { file: string; pageNamespace: string; member: MemberFacts; relationship: boolean; intune: boolean }[];
  /** Candidates named by "Inherited from" rows of this type's own pages. */
  inheritedFrom: { name: string; file: string; pageNamespace: string }[];
  /** Made only from API pages or inherited rows (no resource page). */
  weak: boolean;
  /** Where a type that no page defines is named, for its source, and what to say of it (see addUndocumentedBases). */
  namedAt?: SourceLocation;
  note?: string;
  /** Enums (keys) that this type's resource pages document in an in-page values table. */
  pageEnums?: string[];
  /** Keys of example response bodies whose annotation names this type: key → the pages and values showing it. */
  exampleKeys?: Map<string, { files: Set<string>; values: unknown[]; file: string; pos: Pos }>;
}

type Kind = "entity" | "complex";

export function collectTypeDrafts(pages: readonly PageFacts[]): Map<string, TypeDraft> {
  const drafts = new Map<string, TypeDraft>();
  for (const p of pages) {
    for (const r of p.resources) {
      const key = keyOf(r.namespace, r.name);
      let d = drafts.get(key);
      if (!d) {
        d = { namespace: r.namespace, name: r.name, parts: [], inheritedRows: [], inheritedFrom: [], weak: false };
        drafts.set(key, d);
      }
      d.parts.push({ file: p.file, pageNamespace: p.namespace ?? r.namespace, facts: r });
      const inPage = p.enums.map((e) => keyOf(e.namespace, e.name));
      if (inPage.length > 0) d.pageEnums = [...new Set([...(d.pageEnums ?? []), ...inPage])];
    }
  }
  for (const p of pages) collectExampleKeys(p, drafts);
  return drafts;
}

/** Keys of the example response bodies of an API page, by the type their annotation names (`"@odata.type"`). */
function collectExampleKeys(p: PageFacts, drafts: Map<string, TypeDraft>): void {
  for (const ex of p.api?.examples ?? []) {
    const r = ex.response;
    const named = r?.annotation?.["@odata.type"];
    if (!r || typeof named !== "string" || !isPlainObject(r.bodyJson)) continue;
    const { name, namespace } = splitName(named.replace(/^Collection\((.*)\)$/i, "$1"));
    const d = drafts.get(keyOf(namespace ?? p.namespace ?? "microsoft.graph", name));
    if (!d) continue;
    const body = r.bodyJson;
    const items = Array.isArray(body.value) ? body.value : [body];
    const documented = new Set(d.parts.flatMap((part) => part.facts.properties.map((m) => m.name.toLowerCase())));
    for (const item of items) {
      // The example shows the type as its page documents it: at least half of its Properties rows.
      const shown = isPlainObject(item) ? Object.keys(item).filter((k) => documented.has(k.toLowerCase())).length : 0;
      if (!isPlainObject(item) || shown * 2 < documented.size) continue;
      for (const [key, value] of Object.entries(item)) {
        if (!/^[A-Za-z_]\w*$/.test(key)) continue;
        d.exampleKeys ??= new Map();
        let e = d.exampleKeys.get(key);
        if (!e) d.exampleKeys.set(key, (e = { files: new Set(), values: [], file: p.file, pos: r.pos }));
        e.files.add(p.file);
        e.values.push(value);
      }
    }
  }
}

export function weakDraft(namespace: string, name: string): TypeDraft {
  return { namespace, name, parts: [], inheritedRows: [], inheritedFrom: [], weak: true };
}

export interface DraftMember {
  member: MemberFacts;
  pageNamespace: string;
  file: string;
  relationship: boolean;
  /** Read from an Intune-family page. */
  intune: boolean;
}

/**
 * Keys of the JSON representation that no table row names (not even in another case) become properties when
 * the value shows a type; the table is the primary source, so these come after its rows.
 */
function* jsonOnlyMembers(d: TypeDraft, declared: ReadonlySet<string>): Generator<DraftMember & { pos: Pos }> {
  const lower = new Set([...declared].map((n) => n.toLowerCase()));
  for (const part of d.parts) {
    for (const k of part.facts.jsonKeys) {
      if (!k.type || k.name.startsWith("@") || !/^[A-Za-z_]\w*$/.test(k.name) || lower.has(k.name.toLowerCase())) continue;
      lower.add(k.name.toLowerCase());
      const member: MemberFacts = { name: k.name, pos: k.pos, type: k.type, typeText: k.placeholder ?? "", description: "", modifiers: {} };
      yield {
        member,
        pageNamespace: part.pageNamespace,
        file: part.file,
        relationship: false,
        intune: part.facts.intune === true,
        pos: k.pos,
      };
    }
  }
}

/** What exampleOnlyMembers needs to know beyond the type's own draft. */
export interface ExampleContext {
  /** The type is a base of others or open: an example may show a derived type's or a dynamic member. */
  excluded: ReadonlySet<string>;
  /** The one type every table row of that name has, across all types. */
  typeOfName: ReadonlyMap<string, TypeExpr>;
}

/** How many API pages must show a key in their example responses before it counts as a member. */
const EXAMPLE_PAGES = 2;

/**
 * Keys that the example responses of at least two API pages show for this very type (the response annotation's
 * `@odata.type` names it) and that no table row or JSON-representation key names (`openShift.createdDateTime`,
 * shown by its get and list pages): members the tables leave out. Not for a type that others derive from or an
 * open type (the example may be a derived or dynamic member). Typed as every table row of that name is typed
 * elsewhere, else by the values (ISO date-time text, other text, true/false, whole or decimal numbers, arrays of
 * one of those); a key whose values show no type, or whose text values all read as member names (`pending`: an
 * undocumented enum's), is left out. `property-from-example` info.
 */
function* exampleOnlyMembers(
  d: TypeDraft,
  declared: ReadonlySet<string>,
  ctx: ExampleContext,
  diagnostics: Diagnostic[],
): Generator<DraftMember & { pos: Pos }> {
  if (!d.exampleKeys || ctx.excluded.has(keyOf(d.namespace, d.name))) return;
  const lower = new Set([...declared, ...d.parts.flatMap((p) => p.facts.jsonKeys.map((k) => k.name))].map((n) => n.toLowerCase()));
  for (const [name, shown] of d.exampleKeys) {
    if (shown.files.size < EXAMPLE_PAGES || lower.has(name.toLowerCase())) continue;
    const type = ctx.typeOfName.get(name) ?? typeOfValues(shown.values);
    if (!type) continue;
    lower.add(name.toLowerCase());
    diagnostics.push(
      diagnostic(
        "property-from-example",
        loc(shown.file, shown.pos),
        `"${name}" is in the example responses of ${shown.files.size} pages for "${d.name}" but in no Properties table or JSON representation; docs2ts adds it as a property.`,
        `Add a row for "${name}" to the Properties table of the ${d.name} resource page.`,
      ),
    );
    const member: MemberFacts = { name, pos: shown.pos, type, typeText: "", description: "", modifiers: {} };
    yield { member, pageNamespace: d.namespace, file: shown.file, relationship: false, intune: false, pos: shown.pos };
  }
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The one primitive type that every non-null example value shows; undefined when none or when they disagree. */
function typeOfValues(values: readonly unknown[]): TypeExpr | undefined {
  const types = new Set<string>();
  for (const v of values) {
    if (v === null) continue;
    const t = Array.isArray(v)
      ? v.length > 0 && v.every((x) => scalarType(x) === scalarType(v[0]))
        ? scalarType(v[0])
        : undefined
      : scalarType(v);
    if (!t) return undefined;
    types.add(`${t}${Array.isArray(v) ? "[]" : ""}`);
  }
  if (types.size !== 1) return undefined;
  // Text values that all read as member names (`pending`, `recipient`) are most likely an undocumented enum's: no
  // type can be told, so the key is left out rather than typed String.
  if (values.every((v) => v === null || (typeof v === "string" && /^[a-z][A-Za-z0-9]*$/.test(v)))) return undefined;
  const [t] = [...types];
  const collection = t.endsWith("[]");
  return { kind: "primitive", name: (collection ? t.slice(0, -2) : t) as EdmPrimitive, collection };
}

function scalarType(v: unknown): EdmPrimitive | undefined {
  if (typeof v === "boolean") return "Edm.Boolean";
  if (typeof v === "number") return Number.isInteger(v) ? "Edm.Int32" : "Edm.Double";
  if (typeof v === "string") return ISO_DATE_TIME.test(v) ? "Edm.DateTimeOffset" : "Edm.String";
  return undefined;
}

/** Member name → the one type all table rows of that name have (resolved), for typing example-only keys. */
export function typesByMemberName(list: readonly TypeDraft[], index: TypeIndex): Map<string, TypeExpr> {
  const seen = new Map<string, TypeExpr | null>();
  for (const d of list) {
    for (const { member, pageNamespace } of allMembers(d)) {
      const r = resolveTypeExpr(member.type, index, pageNamespace);
      if (!r.resolved || r.ref.type === "Edm.Untyped") continue;
      const dot = r.ref.type.lastIndexOf(".");
      const expr: TypeExpr = isPrimitive(r.ref.type)
        ? { kind: "primitive", name: r.ref.type as EdmPrimitive, collection: r.ref.collection }
        : { kind: "named", name: r.ref.type.slice(dot + 1), namespace: r.ref.type.slice(0, dot), collection: r.ref.collection };
      const prev = seen.get(member.name);
      if (prev === undefined) seen.set(member.name, expr);
      else if (prev !== null && typeWords(prev) !== typeWords(expr)) seen.set(member.name, null);
    }
  }
  return new Map([...seen].filter((e): e is [string, TypeExpr] => e[1] !== null));
}

export function* allMembers(d: TypeDraft): Generator<DraftMember> {
  for (const part of d.parts) {
    const intune = part.facts.intune === true;
    for (const member of part.facts.properties)
      yield { member, pageNamespace: part.pageNamespace, file: part.file, relationship: false, intune };
    for (const member of part.facts.relationships)
      yield { member, pageNamespace: part.pageNamespace, file: part.file, relationship: true, intune };
  }
  for (const r of d.inheritedRows)
    yield { member: r.member, pageNamespace: r.pageNamespace, file: r.file, relationship: r.relationship, intune: r.intune };
}

/** `microsoft.graph.entity` → namespace + name; a bare name has no namespace. */
function splitName(text: string): { name: string; namespace?: string } {
  const t = text.replace(/^#/, "").trim();
  const dot = t.lastIndexOf(".");
  return dot > 0 && /^microsoft\./i.test(t) ? { namespace: t.slice(0, dot), name: t.slice(dot + 1) } : { name: t };
}

/** Rows saying "Inherited from [x]" move to x (created when missing); x becomes a base candidate. */
export function moveInheritedRows(drafts: Map<string, TypeDraft>, index: TypeIndex): void {
  for (const d of [...drafts.values()].sort(byName)) {
    for (const part of d.parts) {
      const keep = (rows: MemberFacts[], relationship: boolean): MemberFacts[] =>
        rows.filter((m) => {
          if (!m.inheritedFrom) return true;
          const target = splitName(m.inheritedFrom);
          if (!/^[A-Za-z_]\w*$/.test(target.name)) return true;
          if (
            target.name.toLowerCase() === d.name.toLowerCase() &&
            (target.namespace ?? d.namespace).toLowerCase() === d.namespace.toLowerCase()
          )
            return true;
          let def = index.resolve(target.name, target.namespace, part.pageNamespace);
          if (!def) {
            const wd = weakDraft(target.namespace ?? part.pageNamespace, target.name);
            drafts.set(keyOf(wd.namespace, wd.name), wd);
            index.add({ kind: "type", namespace: wd.namespace, name: wd.name });
            def = { kind: "type", namespace: wd.namespace, name: wd.name };
          }
          if (def.kind !== "type") return true;
          const owner = drafts.get(keyOf(def.namespace, def.name));
          if (!owner || owner === d) return true;
          owner.inheritedRows.push({
            file: part.file,
            pageNamespace: part.pageNamespace,
            member: m,
            relationship,
            intune: part.facts.intune === true,
          });
          if (!d.inheritedFrom.some((c) => c.name.toLowerCase() === def.name.toLowerCase())) {
            d.inheritedFrom.push({ name: `${def.namespace}.${def.name}`, file: part.file, pageNamespace: part.pageNamespace });
          }
          return false;
        });
      part.facts = { ...part.facts, properties: keep(part.facts.properties, false), relationships: keep(part.facts.relationships, true) };
    }
  }
}

type BaseStatement = { name: string; namespace?: string; pos: Pos };

/** The bases a page states for its type, kept apart for the model to reconcile: its annotation's and its prose's. */
function statedBases(facts: ResourceFacts): { annotation?: BaseStatement; prose?: BaseStatement } {
  const bt = facts.baseType;
  const prose = facts.proseBaseType ?? (bt?.from === "prose" ? bt : undefined);
  return { ...(bt?.from === "annotation" ? { annotation: bt } : {}), ...(prose ? { prose } : {}) };
}

/**
 * A base that the pages of two or more types name ("Derived from [x]", annotation `baseType`) but no page defines
 * (beta's educationSynchronizationDataProvider, named by three data providers) is a type of its own, declared
 * without members: the derived types keep the base their pages state, and rows typed by it are typed. One page
 * naming an undefined base may be a slip of that page; it stays an `undefined-base-type`.
 */
export function addUndocumentedBases(drafts: Map<string, TypeDraft>, index: TypeIndex, diagnostics: Diagnostic[]): void {
  const named = new Map<string, { namespace: string; name: string; by: { d: TypeDraft; at: SourceLocation }[] }>();
  for (const d of [...drafts.values()].sort(byName)) {
    for (const p of d.parts) {
      const stated = statedBases(p.facts);
      for (const b of [stated.annotation, stated.prose]) {
        if (!b?.name || !/^[A-Za-z_]\w*$/.test(b.name) || index.resolve(b.name, b.namespace, p.pageNamespace)) continue;
        const namespace = b.namespace ?? p.pageNamespace;
        const key = keyOf(namespace, b.name);
        const entry = named.get(key) ?? { namespace, name: b.name, by: [] };
        if (!entry.by.some((x) => x.d === d)) entry.by.push({ d, at: loc(p.file, b.pos) });
        named.set(key, entry);
      }
    }
  }
  for (const [key, { namespace, name, by }] of named) {
    if (by.length < 2) continue;
    const derived = by.map((x) => x.d.name).join(", ");
    const wd = {
      ...weakDraft(namespace, name),
      namedAt: by[0].at,
      note: `No page documents this type: docs2ts declared it because ${derived} derive from it.`,
    };
    drafts.set(key, wd);
    index.add({ kind: "type", namespace, name });
    for (const { d, at } of by) {
      diagnostics.push(
        diagnostic(
          "base-type-without-page",
          at,
          `Base type "${name}" of "${d.name}" is not defined on any page; ${by.length} types derive from it, so it is declared without members.`,
          "Add the base type's resource page to the input.",
        ),
      );
    }
  }
}

/**
 * `enumMembers`: member names of every enum (qualified name, lower-cased → names), for "stringly typed" properties
 * whose possible values are exactly one enum's members.
 */
export function buildTypes(
  drafts: Map<string, TypeDraft>,
  index: TypeIndex,
  addressed: ReadonlySet<string>,
  diagnostics: Diagnostic[],
  enumMembers: ReadonlyMap<string, readonly string[]> = new Map(),
): StructuredType[] {
  // Values tables inside a resource page document the values of that page's String rows (the writer kept String in
  // the Type column: application.signInAudience, assignedPlan.capabilityStatus); only enums the docs declare
  // elsewhere (enums.md, enum pages) or name in a Type cell are candidates for a String row's listed values.
  const inPage = new Set([...drafts.values()].flatMap((d) => d.pageEnums ?? []));
  const enumsByMembers = enumsByMemberSet(new Map([...enumMembers].filter(([name]) => !inPage.has(name.toLowerCase()))));
  const list = [...drafts.values()].sort(byName);
  retypeByLinkedPage(list, drafts, typesByPage(list), index);
  const baseProvenance = new Map<string, Provenance>();
  const bases = decideBases(list, drafts, index, diagnostics, baseProvenance);
  const kinds = decideKinds(list, bases, addressed, index);
  const pages = typesByPage(list);
  const linkedPage = (href: string | undefined): string | undefined => {
    const key = typeOfLinkedPage(href, pages);
    const target = key ? drafts.get(key) : undefined;
    return target ? `${target.namespace}.${target.name}` : undefined;
  };
  applyImplicitRoot(list, bases, kinds);

  const examples: ExampleContext = {
    excluded: new Set([
      ...bases.values(),
      ...list.filter((d) => d.parts.some((p) => p.facts.openType)).map((d) => keyOf(d.namespace, d.name)),
    ]),
    typeOfName: typesByMemberName(list, index),
  };
  const types: StructuredType[] = [];
  for (const d of list) {
    const key = keyOf(d.namespace, d.name);
    const first = d.parts[0];
    const sourceFile = first?.file ?? d.inheritedRows[0]?.file ?? d.namedAt?.file ?? "";
    const sourcePos = first?.facts.pos ?? d.inheritedRows[0]?.member.pos ?? d.namedAt ?? { line: 1, column: 1 };
    const t: StructuredType = {
      kind: kinds.get(key) ?? "complex",
      namespace: d.namespace,
      name: d.name,
      properties: [],
      navigationProperties: [],
      source: loc(sourceFile, sourcePos),
      sources: dedupeLocations([...d.parts.map((p) => loc(p.file, p.facts.pos)), ...d.inheritedRows.map((r) => loc(r.file, r.member.pos))]),
    };
    const description = d.parts.find((p) => p.facts.description)?.facts.description ?? d.note;
    if (description) t.description = description;
    const base = bases.get(key);
    if (base) t.baseType = `${drafts.get(base)!.namespace}.${drafts.get(base)!.name}`;
    const noBase = d.parts.find((p) => p.facts.baseType === null);
    if (base) t.baseFrom = baseProvenance.get(key) ?? { stated: false, by: "implicit-root" };
    else if (noBase) t.baseFrom = { stated: true, at: loc(noBase.file, noBase.facts.pos), by: "annotation" };
    for (const p of d.parts) {
      if (p.facts.abstract) t.abstract = true;
      if (p.facts.openType) t.openType = true;
      if (p.facts.hasStream) t.hasStream = true;
    }
    addMembers(t, d, index, kinds, inheritedNames(key, bases, drafts), enumsByMembers, diagnostics, linkedPage, examples);
    types.push(t);
  }
  assignKeys(types, drafts, bases);
  return types;
}

interface StatedBase {
  base: string;
  from: "annotation" | "prose" | "derived-list";
  location: SourceLocation;
}

/** Base type per type key (a key of `drafts`), from every statement the pages make; see the module comment. */
function decideBases(
  list: readonly TypeDraft[],
  drafts: Map<string, TypeDraft>,
  index: TypeIndex,
  diagnostics: Diagnostic[],
  provenance: Map<string, Provenance>,
): Map<string, string> {
  const resolveType = (name: string, namespace: string | undefined, pageNamespace: string): string | undefined => {
    const def = index.resolve(name, namespace, pageNamespace);
    return def?.kind === "type" && drafts.has(keyOf(def.namespace, def.name)) ? keyOf(def.namespace, def.name) : undefined;
  };
  const pages = typesByPage(list);
  const stated = new Map<string, StatedBase[]>();
  const state = (key: string, s: StatedBase): void => {
    if (s.base === key) return;
    const l = stated.get(key) ?? [];
    if (!l.some((x) => x.base === s.base && x.from === s.from)) l.push(s);
    stated.set(key, l);
  };
  const undefinedBase = (d: TypeDraft, name: string, location: SourceLocation): void => {
    diagnostics.push(
      diagnostic(
        "undefined-base-type",
        location,
        `Base type "${name}" of "${d.name}" is not defined on any page.`,
        "Link the base type's resource page, or fix its name.",
      ),
    );
  };
  for (const d of list) {
    const key = keyOf(d.namespace, d.name);
    for (const p of d.parts) {
      const { annotation: bt, prose } = statedBases(p.facts);
      if (bt) {
        const b = resolveType(bt.name, bt.namespace, p.pageNamespace);
        if (b) state(key, { base: b, from: "annotation", location: loc(p.file, bt.pos) });
        else undefinedBase(d, bt.name, loc(p.file, bt.pos));
      }
      if (prose) {
        const href = p.facts.proseBaseType?.href;
        const b = (prose.name ? resolveType(prose.name, prose.namespace, p.pageNamespace) : undefined) ?? typeOfLinkedPage(href, pages);
        if (b) state(key, { base: b, from: "prose", location: loc(p.file, prose.pos) });
        else undefinedBase(d, prose.name || href || "", loc(p.file, prose.pos));
      }
      for (const child of p.facts.derivedTypes ?? []) {
        const c =
          (child.name ? resolveType(child.name, child.namespace, p.pageNamespace) : undefined) ?? typeOfLinkedPage(child.href, pages);
        if (c) state(c, { base: key, from: "derived-list", location: loc(p.file, child.pos) });
      }
    }
  }
  const order = { annotation: 0, prose: 1, "derived-list": 2 } as const;
  const primary = new Map<string, string>();
  for (const [key, l] of stated) {
    l.sort((a, b) => order[a.from] - order[b.from]);
    primary.set(key, l[0].base);
  }
  // The implicit root (see the module comment) is an ancestor of every entity chain the pages leave open.
  const root = implicitRoot(list, primary);
  const ancestors = (key: string, bases: ReadonlyMap<string, string>): string[] => {
    const out: string[] = [];
    for (let cur = bases.get(key); cur && !out.includes(cur) && cur !== key; cur = bases.get(cur)) out.push(cur);
    if (root && key !== root.key && !out.includes(root.key)) out.push(root.key);
    return out;
  };
  const bases = new Map(primary);
  for (const [key, l] of stated) {
    const candidates = [...new Set(l.map((s) => s.base))];
    if (candidates.length < 2) continue;
    const deepest = candidates.find((c) => candidates.every((o) => o === c || ancestors(c, primary).includes(o)));
    if (deepest) {
      bases.set(key, deepest);
      continue;
    }
    const d = drafts.get(key)!;
    const [a, b] = [l[0], l.find((s) => s.base !== l[0].base)!];
    diagnostics.push(
      diagnostic(
        "base-type-conflict",
        b.location,
        `"${d.name}" is said to derive from "${drafts.get(b.base)!.name}" here (${b.from}) but from "${drafts.get(a.base)!.name}" at ${a.location.file}:${a.location.line} (${a.from}); docs2ts uses "${drafts.get(a.base)!.name}".`,
        "Make the baseType annotation, the Inherits-from sentence and the base's list of derived types agree.",
      ),
    );
  }
  // No statement at all: the nearest "Inherited from" type (the candidate no other candidate derives from).
  for (const d of list) {
    const key = keyOf(d.namespace, d.name);
    if (bases.has(key) || d.parts.some((p) => p.facts.baseType === null) || d.inheritedFrom.length === 0) continue;
    const candidates = d.inheritedFrom
      .map((c) => {
        const n = splitName(c.name);
        return resolveType(n.name, n.namespace, c.pageNamespace);
      })
      .filter((c): c is string => c !== undefined && c !== key);
    const direct = candidates.find((c) => !candidates.some((o) => o !== c && ancestors(o, bases).includes(c)));
    if (direct) bases.set(key, direct);
  }
  breakCycles(list, bases, diagnostics);
  for (const [key, base] of bases) {
    const s = stated.get(key)?.find((x) => x.base === base);
    provenance.set(key, s ? { stated: true, at: s.location, by: s.from } : { stated: false, by: "inherited-row" });
  }
  return bases;
}

/** Page file name (lower-cased, no folder) → the one type read from it. */
function typesByPage(list: readonly TypeDraft[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const d of list) {
    for (const p of d.parts) {
      const file = p.file.split(/[\\/]/).pop()!.toLowerCase();
      const key = keyOf(d.namespace, d.name);
      out.set(file, out.has(file) && out.get(file) !== key ? null : key);
    }
  }
  return out;
}

/**
 * A Type-cell link whose text names one documented type but whose page defines another, while the row's value in
 * the JSON representation names the page's type (`[servicePrincipal](provisioningserviceprincipal.md)` beside
 * `"servicePrincipal": {"@odata.type": "microsoft.graph.provisioningServicePrincipal"}`): two statements against
 * the link text, so the row's type is the page's type.
 */
function retypeByLinkedPage(
  list: readonly TypeDraft[],
  drafts: ReadonlyMap<string, TypeDraft>,
  pages: ReadonlyMap<string, string | null>,
  index: TypeIndex,
): void {
  for (const d of list) {
    for (const part of d.parts) {
      const retype = (rows: MemberFacts[]): MemberFacts[] =>
        rows.map((m) => {
          if (m.type.kind !== "named" || !m.type.href) return m;
          const linked = typeOfLinkedPage(m.type.href, pages);
          const target = linked ? drafts.get(linked) : undefined;
          const written = index.resolveExpr(m.type, part.pageNamespace);
          if (!target || written?.kind !== "type" || keyOf(written.namespace, written.name) === linked) return m;
          const shown = jsonTypeOf(d, m.name);
          if (shown?.kind !== "named" || shown.name.toLowerCase() !== target.name.toLowerCase()) return m;
          return { ...m, type: { ...m.type, name: target.name, namespace: target.namespace } };
        });
      part.facts = { ...part.facts, properties: retype(part.facts.properties), relationships: retype(part.facts.relationships) };
    }
  }
}

/** A link such as `anonymousipriskevent.md` or `../resources/x.md#y` → the type its page defines (case-insensitive). */
function typeOfLinkedPage(href: string | undefined, pages: ReadonlyMap<string, string | null>): string | undefined {
  if (!href || /^[a-z]+:/i.test(href)) return undefined;
  const file = href.replace(/#.*$/, "").split("/").pop()?.toLowerCase();
  return (file && pages.get(file)) ?? undefined;
}

function breakCycles(list: readonly TypeDraft[], bases: Map<string, string>, diagnostics: Diagnostic[]): void {
  for (const d of list) {
    const key = keyOf(d.namespace, d.name);
    const seen = new Set([key]);
    for (let cur = bases.get(key); cur; cur = bases.get(cur)) {
      if (seen.has(cur)) {
        const p = d.parts[0];
        diagnostics.push(
          diagnostic(
            "inheritance-cycle",
            loc(p?.file ?? "", p?.facts.pos ?? { line: 1, column: 1 }),
            `"${d.name}" inherits from itself through its base types; its base type is dropped.`,
            "Fix the baseType / Inherits from statements.",
          ),
        );
        bases.delete(key);
        break;
      }
      seen.add(cur);
    }
  }
}

/**
 * Entity or complex, per type, from what the pages show (measured on v1.0: each signal below agrees with the
 * official split on at least 5 of 6 types):
 * - the target of a Relationships row is an entity (navigation properties point at entities);
 * - a type used as the type of a Properties row is complex, unless it has relationships of its own;
 * - otherwise an entity when it shows a key (`keyProperty` naming one of its rows, or an `id` row), relationships,
 *   methods, or an endpoint that reads, creates, updates or deletes it.
 * Then along inheritance: a type deriving from an entity is an entity; the bases of a type with strong evidence (a
 * relationship target, relationships, a declared key row) are entities too.
 */
function decideKinds(
  list: readonly TypeDraft[],
  bases: ReadonlyMap<string, string>,
  addressed: ReadonlySet<string>,
  index: TypeIndex,
): Map<string, Kind> {
  // How many rows name each type from a Relationships table and from a Properties table. A complex type that one
  // page lists under Relationships (printJob.createdBy: userIdentity) stays complex when more Properties rows use it;
  // a tie (the same row in both tables, approval.stages) keeps the Relationships reading.
  const relationshipRows = new Map<string, number>();
  const propertyRows = new Map<string, number>();
  for (const d of list) {
    for (const { member, pageNamespace, relationship } of allMembers(d)) {
      const def = index.resolveExpr(member.type, pageNamespace);
      if (def?.kind !== "type") continue;
      const target = keyOf(def.namespace, def.name);
      if (target === keyOf(d.namespace, d.name)) continue;
      const counts = relationship || NAVIGATION_CUE.test(member.description) ? relationshipRows : propertyRows;
      counts.set(target, (counts.get(target) ?? 0) + 1);
    }
  }
  const relationshipTargets = new Set([...relationshipRows].filter(([k, n]) => n >= (propertyRows.get(k) ?? 0)).map(([k]) => k));
  const propertyTargets = new Set([...propertyRows].filter(([k]) => !relationshipTargets.has(k)).map(([k]) => k));
  const kinds = new Map<string, Kind>();
  const strong = new Set<string>();
  for (const d of list) {
    const key = keyOf(d.namespace, d.name);
    const facts = d.parts.map((p) => p.facts);
    const members = [...allMembers(d)].map((m) => m.member);
    const names = new Set(members.map((m) => m.name));
    const keyRow =
      facts.some((f) => f.keyProperty !== undefined && names.has(f.keyProperty)) || members.some((m) => m.modifiers.key === true);
    const hasRelationships = facts.some((f) => f.relationships.length > 0) || d.inheritedRows.some((r) => r.relationship);
    const hasMethods = facts.some((f) => f.methods.length > 0);
    let entity: boolean;
    if (relationshipTargets.has(key)) entity = true;
    // A value type may hold navigation properties (userFlowApiConnectorConfiguration): relationships make a
    // property's type an entity only when it also shows a key (a key row, an `id` row) or a stated base.
    else if (propertyTargets.has(key))
      entity = (hasRelationships && (keyRow || names.has("id") || bases.has(key))) || (keyRow && addressed.has(key));
    else entity = keyRow || names.has("id") || hasRelationships || hasMethods || addressed.has(key);
    kinds.set(key, entity ? "entity" : "complex");
    if (relationshipTargets.has(key) || hasRelationships || keyRow) strong.add(key);
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const d of list) {
      const key = keyOf(d.namespace, d.name);
      const base = bases.get(key);
      if (!base || !kinds.has(base)) continue;
      if (kinds.get(base) === "entity" && kinds.get(key) !== "entity") {
        kinds.set(key, "entity");
        changed = true;
      }
      if (kinds.get(key) === "entity" && strong.has(key) && kinds.get(base) !== "entity") {
        kinds.set(base, "entity");
        strong.add(base);
        changed = true;
      }
    }
  }
  return kinds;
}

/**
 * A row that calls itself a navigation property ("Navigation property.", "A navigation property.", "Containment
 * entity.") names an entity, whichever table it sits in (appScope: a Properties row of unifiedRoleAssignment).
 */
const NAVIGATION_CUE = /(?:^|[.!]\s+)(?:an?\s+)?(?:navigation property|containment entity)\b/i;

/** The abstract type whose only member is the key it declares (see the module comment); undefined unless exactly one. */
function implicitRoot(list: readonly TypeDraft[], bases: ReadonlyMap<string, string>): { key: string; property: string } | undefined {
  const roots = list.filter((d) => {
    if (bases.has(keyOf(d.namespace, d.name))) return false;
    const keyProperty = d.parts.find((p) => p.facts.keyProperty)?.facts.keyProperty;
    if (!keyProperty || !d.parts.some((p) => p.facts.abstract)) return false;
    const names = new Set(d.parts.flatMap((p) => [...p.facts.properties, ...p.facts.relationships].map((m) => m.name)));
    return names.size === 1 && names.has(keyProperty);
  });
  if (roots.length !== 1) return undefined;
  const r = roots[0];
  return { key: keyOf(r.namespace, r.name), property: r.parts.find((p) => p.facts.keyProperty)!.facts.keyProperty! };
}

function applyImplicitRoot(list: readonly TypeDraft[], bases: Map<string, string>, kinds: Map<string, Kind>): void {
  const root = implicitRoot(list, bases);
  if (!root) return;
  for (const d of list) {
    const key = keyOf(d.namespace, d.name);
    if (key === root.key || bases.has(key) || kinds.get(key) !== "entity") continue;
    // A type keyed by something else (`keyProperty: "name"`) is a root of its own.
    const declared = d.parts.find((p) => p.facts.keyProperty)?.facts.keyProperty;
    const members = [...allMembers(d)].map((m) => m.member);
    const proseKey = members.find((m) => m.modifiers.key === true)?.name;
    const ownKey = (declared && members.some((m) => m.name === declared) ? declared : undefined) ?? proseKey;
    if (ownKey !== undefined && ownKey !== root.property) continue;
    bases.set(key, root.key);
  }
}

/** Sets `containsTarget` on navigation properties whose target no entity set holds (see the module comment). */
export function applyContainment(types: readonly StructuredType[], entitySets: readonly { entityType: string }[]): void {
  const byKey = new Map(types.map((t) => [keyOf(t.namespace, t.name), t]));
  const chain = (key: string): string[] => {
    const out: string[] = [];
    for (
      let t = byKey.get(key);
      t && !out.includes(keyOf(t.namespace, t.name));
      t = t.baseType ? byKey.get(t.baseType.toLowerCase()) : undefined
    ) {
      out.push(keyOf(t.namespace, t.name));
    }
    return out;
  };
  // A type is held by a set when the set's type is the type itself, one of its bases or one of its derived types.
  const held = new Set<string>();
  for (const s of entitySets) for (const k of chain(s.entityType.toLowerCase())) held.add(k);
  for (const t of types) {
    const key = keyOf(t.namespace, t.name);
    if (chain(key).some((k) => entitySets.some((s) => s.entityType.toLowerCase() === k))) held.add(key);
  }
  for (const t of types) {
    for (const n of t.navigationProperties) n.containsTarget = !held.has(n.type.type.toLowerCase());
  }
}

/**
 * A row that names a member again (on the same page or another page of the type) with another type is dropped;
 * the first definition is kept, and the later row is reported so the writer can reconcile them.
 */
function reportTypeConflict(
  d: TypeDraft,
  member: MemberFacts,
  file: string,
  first: { type: string; file: string; pos: Pos } | undefined,
  diagnostics: Diagnostic[],
): void {
  const type = typeWords(member.type);
  if (!first || !type || !first.type || type.toLowerCase() === first.type.toLowerCase()) return;
  diagnostics.push(
    diagnostic(
      "property-type-conflict",
      loc(file, member.pos),
      `"${d.name}.${member.name}" is listed again with type ${type}; docs2ts keeps the first definition (${first.type}, ${first.file}:${first.pos.line}).`,
      "List each property once per type, with the same type on every page that describes the type.",
    ),
  );
}

/** The written type as one word (compared case-insensitively), collection marked; "" when unreadable. */
function typeWords(t: TypeExpr): string {
  if (t.kind === "unknown") return "";
  const name = t.kind === "named" && t.namespace ? `${t.namespace}.${t.name}` : t.name;
  return t.collection ? `Collection(${name})` : name;
}

/** Lower-cased member sets (without `unknownFutureValue`, the evolvable-enum sentinel) per qualified enum name. */
function enumsByMemberSet(enumMembers: ReadonlyMap<string, readonly string[]>): Map<string, ReadonlySet<string>> {
  return new Map([...enumMembers].map(([name, members]) => [name, valueSet(members)]));
}

function valueSet(values: readonly string[]): Set<string> {
  return new Set(values.map((v) => v.toLowerCase()).filter((v) => v !== "unknownfuturevalue"));
}

/**
 * "Stringly typed" properties: the Type column says String but the description lists the values; the property has
 * the enum type that is named like the property and whose members are exactly those values, or, failing a unique
 * exact match, the one such enum whose members include all of at least two listed values (a description often
 * lists only the values a client sees: `low`, `medium`, `high` of riskLevel's `low`…`hidden`, `none`). Values
 * compare case-insensitively (`Low`, `Normal`, `High` are the importance enum's `low`, `normal`, `high`).
 */
function enumForValues(
  property: string,
  values: readonly string[] | undefined,
  enumsByMembers: ReadonlyMap<string, ReadonlySet<string>>,
): string | undefined {
  if (!values?.length) return undefined;
  const listed = valueSet(values);
  if (listed.size === 0) return undefined;
  const named = [...enumsByMembers].filter(([e, members]) => members.size > 0 && sharesWord(property, e.slice(e.lastIndexOf(".") + 1)));
  const strict = named.filter(([, members]) => members.size === listed.size && [...listed].every((v) => members.has(v)));
  const exact =
    strict.length > 0 ? strict : named.filter(([, members]) => members.size === listed.size && sameUpToOneMisspelling(listed, members));
  if (exact.length === 1) return exact[0][0];
  if (exact.length > 1 || listed.size < 2) return undefined;
  const including = named.filter(
    ([e, members]) => namedAfter(property, e.slice(e.lastIndexOf(".") + 1)) && [...listed].every((v) => members.has(v)),
  );
  // `riskLevel` values fit riskLevel and deviceThreatProtectionLevel; the enum sharing more of the name wins.
  const shared = including.map(([e]) => ({ e, n: sharedWords(property, e.slice(e.lastIndexOf(".") + 1)) }));
  const best = Math.max(0, ...shared.map((x) => x.n));
  const top = shared.filter((x) => x.n === best);
  return top.length === 1 ? top[0].e : undefined;
}

/**
 * Every listed value is a member, except at most one that is a misspelling of the one member left over (one letter
 * added, dropped or changed: `occurence` for `occurrence`), when at least three values match exactly.
 */
function sameUpToOneMisspelling(listed: ReadonlySet<string>, members: ReadonlySet<string>): boolean {
  const missing = [...listed].filter((v) => !members.has(v));
  if (missing.length !== 1 || listed.size - 1 < 3) return false;
  const left = [...members].filter((m) => !listed.has(m));
  return left.length === 1 && oneEditApart(missing[0], left[0]);
}

/** One insertion, deletion or substitution turns a into b. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/**
 * The description says the value is a string of its own: "Multiple values can be combined using a comma-separated
 * list" (subscription.changeType), "one of the following valid string values" (application.groupMembershipClaims).
 * Such a property stays String even when an enum has its listed values.
 */
const STRING_VALUED = /\bmultiple values can be combined\b|\bcomma[- ]separated list\b|\bstring values?\b/i;

/**
 * The enum must also be named like the property (`status` ↔ `operationStatus`, `importance` ↔
 * `chatMessageImportance`): `low, medium, high` are the members of many unrelated enums.
 */
/**
 * For a partial list the enum must be named after the property, not just share a word: its name is the property's
 * (`riskLevel`, `importance`), contains a property name of two words or more (`supportedEntities` →
 * workforceIntegrationSupportedEntities), or ends it (`markImportance` → importance, `signInRiskLevels` →
 * riskLevel). A one-word `state` or `status` would otherwise take any *State enum whose members include the list.
 */
function namedAfter(property: string, enumName: string): boolean {
  const p = property.toLowerCase().replace(/s$/, "");
  const e = enumName.toLowerCase().replace(/s$/, "");
  if (p === e) return true;
  const words = property.split(/(?<=[a-z0-9])(?=[A-Z])/).length;
  return words >= 2 && (e.includes(p) || p.endsWith(e));
}

function sharesWord(a: string, b: string): boolean {
  return sharedWords(a, b) > 0;
}

function sharedWords(a: string, b: string): number {
  const wb = wordsOf(b);
  let n = 0;
  for (const w of wordsOf(a)) if (wb.has(w)) n++;
  return n;
}

/**
 * The lower-cased words of 3+ letters of a name, remembered: every string property is compared with every enum's
 * name, and splitting the same few thousand names again each time was a tenth of the model build.
 */
const words = new Map<string, ReadonlySet<string>>();

function wordsOf(s: string): ReadonlySet<string> {
  let w = words.get(s);
  if (!w) {
    // A long-lived process (watch mode) sees new names with every edit: start over rather than grow without end.
    if (words.size > 100_000) words.clear();
    w = new Set(
      s
        .split(/(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+/)
        .map((x) => x.toLowerCase())
        .filter((x) => x.length >= 3),
    );
    words.set(s, w);
  }
  return w;
}

/**
 * A row name that differs from a JSON-representation key only in case (`printerID` / `printerId`) takes the JSON
 * spelling: the JSON shows the payload as sent, and property names are case-sensitive on the wire.
 */
function withJsonSpelling(d: TypeDraft, member: MemberFacts, file: string, diagnostics: Diagnostic[]): MemberFacts {
  for (const p of d.parts) {
    const k = p.facts.jsonKeys.find((j) => j.name !== member.name && j.name.toLowerCase() === member.name.toLowerCase());
    if (!k || p.facts.jsonKeys.some((j) => j.name === member.name)) continue;
    diagnostics.push(
      diagnostic(
        "property-name-case",
        loc(file, member.pos),
        `"${member.name}" of "${d.name}" is spelled "${k.name}" in the JSON representation; docs2ts uses "${k.name}".`,
        "Spell the property the same way in the table and in the JSON representation (names are case-sensitive).",
      ),
    );
    return { ...member, name: k.name };
  }
  return member;
}

/** The type the JSON representation shows for `name` on one of the type's pages. */
/**
 * A row read as untyped JSON ("Untyped JSON object") whose JSON representation value names a documented type
 * (`"contentInfo": { "@odata.type": "microsoft.graph.Json" }`) has that type: the value is the more specific statement.
 */
function namedByJsonValue(d: TypeDraft, member: MemberFacts, index: TypeIndex, pageNamespace: string): TypeRef | undefined {
  if (member.type.kind !== "primitive" || member.type.name !== "Edm.Untyped") return undefined;
  const shown = jsonTypeOf(d, member.name);
  if (shown?.kind !== "named") return undefined;
  const def = index.resolveExpr(shown, pageNamespace);
  return def?.kind === "type" ? { type: `${def.namespace}.${def.name}`, collection: member.type.collection } : undefined;
}

function jsonTypeOf(d: TypeDraft, name: string): TypeExpr | undefined {
  for (const p of d.parts) {
    const k = p.facts.jsonKeys.find((j) => j.name === name && j.type);
    if (k?.type) return k.type;
  }
  return undefined;
}

/** Member names the base chain of `key` declares. */
function inheritedNames(key: string, bases: ReadonlyMap<string, string>, drafts: ReadonlyMap<string, TypeDraft>): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>([key]);
  for (let cur = bases.get(key); cur && !seen.has(cur); cur = bases.get(cur)) {
    seen.add(cur);
    const d = drafts.get(cur);
    if (d) for (const m of allMembers(d)) out.add(m.member.name);
  }
  return out;
}

function addMembers(
  t: StructuredType,
  d: TypeDraft,
  index: TypeIndex,
  kinds: ReadonlyMap<string, Kind>,
  inherited: ReadonlySet<string>,
  enumsByMembers: ReadonlyMap<string, ReadonlySet<string>>,
  diagnostics: Diagnostic[],
  linkedPage: (href: string | undefined) => string | undefined = () => undefined,
  examples?: ExampleContext,
): void {
  const seen = new Set<string>(inherited);
  const keyProperty = d.parts.find((p) => p.facts.keyProperty)?.facts.keyProperty;
  const rows = [...allMembers(d)];
  const fromTables = new Set([...inherited, ...rows.map((r) => r.member.name)]);
  const fromJson = [...jsonOnlyMembers(d, fromTables)];
  const fromExamples = examples ? [...exampleOnlyMembers(d, fromTables, examples, diagnostics)] : [];
  for (const j of fromJson) {
    diagnostics.push(
      diagnostic(
        "property-not-in-table",
        loc(j.file, j.pos),
        `"${j.member.name}" is in the JSON representation of "${d.name}" but in no Properties or Relationships table; docs2ts reads its type from the JSON value.`,
        "Add a row for it to the Properties table, or remove it from the JSON representation.",
      ),
    );
  }
  const firstRow = new Map<string, { type: string; file: string; pos: Pos }>();
  for (const { member: written, pageNamespace, file, intune } of [...rows, ...fromJson, ...fromExamples]) {
    const member = withJsonSpelling(d, written, file, diagnostics);
    if (seen.has(member.name)) {
      reportTypeConflict(d, member, file, firstRow.get(member.name), diagnostics);
      continue;
    }
    seen.add(member.name);
    if (rows.some((r) => r.member === written)) firstRow.set(member.name, { type: typeWords(member.type), file, pos: member.pos });
    // A Type cell that does not read as a type ("Moment in time when … DateTimeOffset") falls back on the type the
    // JSON representation's value shows for the same key.
    const fromJson = member.type.kind === "unknown" ? jsonTypeOf(d, member.name) : undefined;
    let r = resolveTypeExpr(fromJson ?? member.type, index, pageNamespace);
    // A link whose text names no type (`[HashesType](hashes.md)`) means the type its page defines.
    const linked = !r.resolved && member.type.kind === "named" ? linkedPage(member.type.href) : undefined;
    if (linked) r = { ref: { type: linked, collection: r.ref.collection }, resolved: true };
    const documented =
      documentedTypeForUntyped(member.type, member.typeText, index, pageNamespace) ?? namedByJsonValue(d, member, index, pageNamespace);
    if (documented) r.ref = documented;
    // The values first: most descriptions list none, and the STRING_VALUED test was a visible part of the build.
    const values = r.ref.type === "Edm.String" ? (member.possibleValues ?? listedValues(member.description)) : undefined;
    const stringly =
      values?.length && !STRING_VALUED.test(member.description) ? enumForValues(member.name, values, enumsByMembers) : undefined;
    if (stringly) r.ref = { type: stringly, collection: r.ref.collection };
    if (!r.resolved) {
      diagnostics.push(
        diagnostic(
          "undefined-type",
          loc(file, member.pos),
          `Type "${r.name}" of "${d.name}.${member.name}" is not defined on any page; it is typed as untyped JSON.`,
          "Link the type's resource page, or add the missing page.",
        ),
      );
    }
    const targetKind = isPrimitive(r.ref.type) ? undefined : kinds.get(r.ref.type.toLowerCase());
    const source = loc(file, member.pos);
    if (targetKind === "entity") {
      const n: NavigationProperty = {
        name: member.name,
        type: r.ref,
        nullable: member.modifiers.nullable ?? !r.ref.collection,
        nullableFrom: member.modifiers.nullable !== undefined ? "stated" : "default",
        containsTarget: false,
        source,
      };
      if (member.description) n.description = member.description;
      t.navigationProperties.push(n);
      continue;
    }
    // A complex type has no key: its annotation's `keyProperty` (a template field) says nothing about nullability;
    // prose that calls the row the key ("Key of the entity.") still does, unless the description only repeats the
    // row's name (`key` described as "Key.").
    const keyProse = member.modifiers.key === true && member.description.replace(/\W+/g, "").toLowerCase() !== member.name.toLowerCase();
    const isKey = keyProse || (t.kind === "entity" && member.name === keyProperty);
    const p: Property = {
      name: member.name,
      type: r.ref,
      nullable: nullability(member, r.ref, isKey, intune, index),
      source,
    };
    p.nullableFrom = isKey ? "key" : member.modifiers.nullable !== undefined ? "stated" : p.nullable ? "default" : "convention";
    if (member.description) p.description = member.description;
    if (member.modifiers.readOnly) p.readOnly = true;
    if (member.modifiers.required) p.required = true;
    if (member.modifiers.selectOnly) p.selectOnly = true;
    if (member.modifiers.filterOperators) p.filterOperators = member.modifiers.filterOperators;
    if (member.possibleValues?.length && r.ref.type === "Edm.String") p.possibleValues = member.possibleValues;
    t.properties.push(p);
  }
}

/** Types that Intune's service model declares as value types: non-nullable there unless marked optional. */
const VALUE_TYPES = new Set([
  "Edm.Boolean",
  "Edm.Byte",
  "Edm.SByte",
  "Edm.Int16",
  "Edm.Int32",
  "Edm.Int64",
  "Edm.Single",
  "Edm.Double",
  "Edm.Decimal",
  "Edm.DateTimeOffset",
  "Edm.Date",
  "Edm.TimeOfDay",
  "Edm.Duration",
  "Edm.Guid",
]);

/** "Valid values 4 to 16", "with valid range from 2 to 30 days": a setting with a documented range, which may be left unset. */
const VALID_RANGE = /\bvalid (?:values|range)(?: are| is)?(?: from| between)? -?\d+ ?(?:to|through|-|and) ?-?\d+/i;

/**
 * Nullability of a structural property (measured against the official metadata of the same dates):
 * - the key property is never nullable;
 * - what the description says ("Not nullable", "non-nullable", "Nullable") wins;
 * - on Intune-family pages, value types (Boolean, numbers, date/time, Duration, Guid) and enums, single or
 *   collection, are not nullable (that service model's value types), unless the description documents a range of
 *   valid values ("Valid values 4 to 16"), which marks an optional setting;
 * - otherwise nullable, the OData default. "Required" is not read as "not nullable": it is about what a create
 *   request must send, and the official metadata marks most required properties nullable.
 */
function nullability(member: MemberFacts, ref: TypeRef, isKey: boolean, intune: boolean, index: TypeIndex): boolean {
  if (isKey) return false;
  if (member.modifiers.nullable !== undefined) return member.modifiers.nullable;
  if (intune && (VALUE_TYPES.has(ref.type) || isEnum(ref.type, index)) && !VALID_RANGE.test(member.description)) return false;
  return true;
}

function isEnum(qualified: string, index: TypeIndex): boolean {
  const dot = qualified.lastIndexOf(".");
  return dot > 0 && index.get(qualified.slice(0, dot), qualified.slice(dot + 1))?.kind === "enum";
}

/** The key sits on the root of each entity chain: its `keyProperty`, else `id`. */
function assignKeys(types: StructuredType[], drafts: ReadonlyMap<string, TypeDraft>, bases: ReadonlyMap<string, string>): void {
  const byKey = new Map(types.map((t) => [keyOf(t.namespace, t.name), t]));
  for (const t of types) {
    if (t.kind !== "entity") continue;
    const base = bases.get(keyOf(t.namespace, t.name));
    if (base && byKey.get(base)?.kind === "entity") continue;
    const d = drafts.get(keyOf(t.namespace, t.name));
    const declared = d?.parts.find((p) => p.facts.keyProperty)?.facts.keyProperty;
    const prose = t.properties.find(
      (p) => d && [...allMembers(d)].some((m) => m.member.name === p.name && m.member.modifiers.key === true),
    )?.name;
    const key =
      declared && t.properties.some((p) => p.name === declared)
        ? declared
        : (prose ?? (t.properties.some((p) => p.name === "id") ? "id" : undefined));
    if (key) {
      t.key = [key];
      const prop = t.properties.find((p) => p.name === key);
      if (prop) {
        prop.nullable = false;
        prop.nullableFrom = "key";
      }
      const declaredIn = d?.parts.find((p) => p.facts.keyProperty === key);
      t.keyFrom =
        declaredIn && key === declared
          ? { stated: true, at: loc(declaredIn.file, declaredIn.facts.pos), by: "annotation" }
          : key === prose && prop
            ? { stated: true, at: prop.source, by: "key-prose" }
            : { stated: false, by: "id-row" };
    }
  }
}

export function byName(a: { namespace: string; name: string }, b: { namespace: string; name: string }): number {
  const x = `${a.namespace}.${a.name}`;
  const y = `${b.namespace}.${b.name}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

function loc(file: string, pos: Pos): SourceLocation {
  return { file, line: pos.line, column: pos.column };
}

function dedupeLocations(list: SourceLocation[]): SourceLocation[] {
  const seen = new Set<string>();
  return list.filter((l) => {
    const k = `${l.file}:${l.line}:${l.column}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
