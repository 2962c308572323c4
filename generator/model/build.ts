/**
 * Page facts of every page → one OData model. Pages are processed in path order so that the result never depends
 * on the order files were found in.
 */
import { compareDiagnostics, diagnostic, type Diagnostic, type SourceLocation } from "../diagnostics/diagnostic.js";
import type { MemberFacts, PageFacts, Pos, ResourceFacts } from "../parse/facts.js";
import { endpointDrafts, type EndpointDraft } from "./endpoints.js";
import { collectEnumFacts, enumFromPossibleValues, mergeEnum } from "./enums.js";
import { buildEndpoints } from "./endpoint-model.js";
import { deriveOperations } from "./operations.js";
import { collectTypeDrafts, type TypeDraft, weakDraft } from "./resource-types.js";
import { keyOf, ROOT_NAMESPACE, TypeIndex } from "./type-index.js";
import { isPrimitive, resolveTypeExpr } from "./type-refs.js";
import type { EnumType, Model, NavigationProperty, Property, StructuredType } from "./types.js";
import { MODEL_SCHEMA_VERSION } from "./types.js";

export function buildModel(inputPages: readonly PageFacts[]): Model {
  const pages = [...inputPages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const diagnostics: Diagnostic[] = pages.flatMap((p) => p.diagnostics);
  const index = new TypeIndex();

  // 1. Types defined by resource pages, enums by enum tables.
  const drafts = collectTypeDrafts(pages);
  for (const d of drafts.values()) index.add({ kind: "type", namespace: d.namespace, name: d.name });
  const enumFacts = collectEnumFacts(pages);
  const enums = new Map<string, EnumType>();
  for (const [key, candidates] of enumFacts) {
    if (drafts.has(key)) continue;
    const e = mergeEnum(candidates, diagnostics);
    enums.set(key, e);
    index.add({ kind: "enum", namespace: e.namespace, name: e.name });
  }

  // 2. Types no resource page defines: request-body tables of create/update pages, and "Inherited from [x]" rows.
  addWeakTypesFromApiPages(pages, drafts, index);
  moveInheritedRows(drafts, index);

  // 3. Enums that exist only as "Possible values are" lists on a property typed by an undefined name.
  for (const d of [...drafts.values()].sort(byName)) {
    for (const { member, pageNamespace, file } of allMembers(d)) {
      if (member.type.kind !== "named" || !member.possibleValues?.length) continue;
      if (index.resolveExpr(member.type, pageNamespace)) continue;
      const ns = member.type.namespace ?? pageNamespace;
      const e = enumFromPossibleValues(ns, member.type.name, member.possibleValues, file, member.pos.line, member.pos.column);
      enums.set(keyOf(ns, e.name), e);
      index.add({ kind: "enum", namespace: ns, name: e.name });
    }
  }

  // 4. Endpoints (they decide which types are addressable, hence entities).
  const endpointList = pages.flatMap((p) => endpointDrafts(p));
  const addressed = addressedTypes(endpointList, index);

  // 5. Structured types.
  const types = buildTypes(drafts, index, addressed, diagnostics);
  const typeMap = new Map(types.map((t) => [keyOf(t.namespace, t.name), t]));

  const endpoints = buildEndpoints(endpointList, index, diagnostics);
  const { operations, entitySets, singletons } = deriveOperations(endpointList, endpoints, index, typeMap);

  return {
    schemaVersion: MODEL_SCHEMA_VERSION,
    types: types.sort(byName),
    enums: [...enums.values()].sort(byName),
    operations,
    endpoints,
    entitySets,
    singletons,
    diagnostics: dedupeDiagnostics(diagnostics).sort(compareDiagnostics),
  };
}

function byName(a: { namespace: string; name: string }, b: { namespace: string; name: string }): number {
  const x = `${a.namespace}.${a.name}`;
  const y = `${b.namespace}.${b.name}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

function* allMembers(d: TypeDraft): Generator<{ member: MemberFacts; pageNamespace: string; file: string; relationship: boolean }> {
  for (const part of d.parts) {
    for (const member of part.facts.properties) yield { member, pageNamespace: part.pageNamespace, file: part.file, relationship: false };
    for (const member of part.facts.relationships) yield { member, pageNamespace: part.pageNamespace, file: part.file, relationship: true };
  }
  for (const r of d.inheritedRows) yield { member: r.member, pageNamespace: r.pageNamespace, file: r.file, relationship: r.relationship };
}

/**
 * Create and update pages whose body is "a JSON representation of the [x] object" followed by a property table
 * describe x when no resource page does (the seed page is such a draft).
 */
function addWeakTypesFromApiPages(pages: readonly PageFacts[], drafts: Map<string, TypeDraft>, index: TypeIndex): void {
  for (const p of pages) {
    const body = p.api?.requestBody;
    if (!body || body.kind !== "table" || body.resource?.kind !== "named") continue;
    const pageNs = p.namespace ?? ROOT_NAMESPACE;
    if (index.resolveExpr(body.resource, pageNs)) {
      const def = index.resolveExpr(body.resource, pageNs);
      const existing = def && drafts.get(keyOf(def.namespace, def.name));
      // A weak type made by an earlier page gets this page's rows too.
      if (existing?.weak) existing.parts.push({ file: p.file, pageNamespace: pageNs, facts: syntheticFacts(existing.namespace, existing.name, body.parameters, body.pos) });
      continue;
    }
    const ns = body.resource.namespace ?? pageNs;
    const d = weakDraft(ns, body.resource.name);
    d.parts.push({ file: p.file, pageNamespace: pageNs, facts: syntheticFacts(ns, body.resource.name, body.parameters, body.pos) });
    drafts.set(keyOf(ns, d.name), d);
    index.add({ kind: "type", namespace: ns, name: d.name });
  }
}

function syntheticFacts(namespace: string, name: string, rows: MemberFacts[], pos: Pos | undefined): ResourceFacts {
  return { name, namespace, pos: pos ?? { line: 1, column: 1 }, properties: rows, relationships: [], jsonKeys: [], methods: [] };
}

/** Rows saying "Inherited from [x]" move to x (created when missing); x becomes a base candidate. */
function moveInheritedRows(drafts: Map<string, TypeDraft>, index: TypeIndex): void {
  for (const d of [...drafts.values()].sort(byName)) {
    for (const part of d.parts) {
      const keep = (rows: MemberFacts[], relationship: boolean): MemberFacts[] =>
        rows.filter((m) => {
          if (!m.inheritedFrom) return true;
          const target = m.inheritedFrom;
          if (target.toLowerCase() === d.name.toLowerCase()) return true;
          let def = index.resolve(target, undefined, part.pageNamespace);
          if (!def) {
            const wd = weakDraft(part.pageNamespace, target);
            drafts.set(keyOf(wd.namespace, wd.name), wd);
            index.add({ kind: "type", namespace: wd.namespace, name: wd.name });
            def = { kind: "type", namespace: wd.namespace, name: wd.name };
          }
          if (def.kind !== "type") return true;
          const owner = drafts.get(keyOf(def.namespace, def.name));
          if (!owner) return true;
          owner.inheritedRows.push({ file: part.file, pageNamespace: part.pageNamespace, member: m, relationship });
          if (!d.inheritedFrom.some((c) => c.name.toLowerCase() === target.toLowerCase())) {
            d.inheritedFrom.push({ name: target, file: part.file, pageNamespace: part.pageNamespace });
          }
          return false;
        });
      part.facts = { ...part.facts, properties: keep(part.facts.properties, false), relationships: keep(part.facts.relationships, true) };
    }
  }
}

/** Types that an endpoint reads, creates, updates or deletes: only entities are addressable. */
function addressedTypes(drafts: readonly EndpointDraft[], index: TypeIndex): Set<string> {
  const out = new Set<string>();
  for (const e of drafts) {
    if (!["get", "list", "create", "update", "upsert", "delete"].includes(e.kind)) continue;
    const ns = e.page.namespace ?? ROOT_NAMESPACE;
    for (const t of [e.api.response.type, e.api.requestBody.resource]) {
      if (!t) continue;
      const def = index.resolveExpr(t, ns);
      if (def?.kind === "type") out.add(keyOf(def.namespace, def.name));
    }
  }
  return out;
}

function loc(file: string, pos: Pos): SourceLocation {
  return { file, line: pos.line, column: pos.column };
}

function buildTypes(drafts: Map<string, TypeDraft>, index: TypeIndex, addressed: Set<string>, diagnostics: Diagnostic[]): StructuredType[] {
  const list = [...drafts.values()].sort(byName);
  const bases = new Map<string, string | undefined>();
  // Base types first: kinds depend on the chain.
  for (const d of list) bases.set(keyOf(d.namespace, d.name), baseOf(d, index, diagnostics));
  resolveInheritedBases(list, bases, index);
  breakCycles(list, bases, diagnostics);

  const kinds = decideKinds(list, bases, addressed);
  const types: StructuredType[] = [];
  for (const d of list) {
    const key = keyOf(d.namespace, d.name);
    const first = d.parts[0];
    const sourceFile = first?.file ?? d.inheritedRows[0]?.file ?? "";
    const sourcePos = first?.facts.pos ?? d.inheritedRows[0]?.member.pos ?? { line: 1, column: 1 };
    const t: StructuredType = {
      kind: kinds.get(key) ?? "complex",
      namespace: d.namespace,
      name: d.name,
      properties: [],
      navigationProperties: [],
      source: loc(sourceFile, sourcePos),
      sources: dedupeLocations([...d.parts.map((p) => loc(p.file, p.facts.pos)), ...d.inheritedRows.map((r) => loc(r.file, r.member.pos))]),
    };
    const description = d.parts.find((p) => p.facts.description)?.facts.description;
    if (description) t.description = description;
    const base = bases.get(key);
    if (base) t.baseType = base;
    for (const p of d.parts) {
      if (p.facts.abstract) t.abstract = true;
      if (p.facts.openType) t.openType = true;
      if (p.facts.hasStream) t.hasStream = true;
    }
    const keyProperty = d.parts.find((p) => p.facts.keyProperty)?.facts.keyProperty;
    addMembers(t, d, index, kinds, diagnostics, keyProperty);
    types.push(t);
  }
  assignKeys(types, drafts, bases);
  return types;
}

function baseOf(d: TypeDraft, index: TypeIndex, diagnostics: Diagnostic[]): string | undefined {
  const declared = d.parts.map((p) => ({ p, b: p.facts.baseType })).filter((x) => x.b !== undefined);
  const pick = declared.find((x) => x.b?.from === "annotation") ?? declared.find((x) => x.b === null) ?? declared[0];
  if (!pick || !pick.b) return undefined;
  const def = index.resolve(pick.b.name, pick.b.namespace, pick.p.pageNamespace);
  if (!def || def.kind !== "type") {
    diagnostics.push(
      diagnostic("undefined-base-type", "warning", loc(pick.p.file, pick.b.pos), `Base type "${pick.b.name}" of "${d.name}" is not defined on any page.`, "Link the base type's resource page, or fix its name."),
    );
    return undefined;
  }
  if (def.namespace === d.namespace && def.name.toLowerCase() === d.name.toLowerCase()) return undefined;
  return `${def.namespace}.${def.name}`;
}

/** When no page names a base, the nearest "Inherited from" type is it: the candidate that no other candidate derives from. */
function resolveInheritedBases(list: readonly TypeDraft[], bases: Map<string, string | undefined>, index: TypeIndex): void {
  for (const d of list) {
    const key = keyOf(d.namespace, d.name);
    if (bases.get(key) || d.parts.some((p) => p.facts.baseType === null) || d.inheritedFrom.length === 0) continue;
    const candidates = d.inheritedFrom
      .map((c) => index.resolve(c.name, undefined, c.pageNamespace))
      .filter((c): c is NonNullable<typeof c> => c?.kind === "type")
      .map((c) => `${c.namespace}.${c.name}`);
    const ancestorsOf = (q: string): Set<string> => {
      const seen = new Set<string>();
      let cur = bases.get(q.toLowerCase());
      while (cur && !seen.has(cur.toLowerCase())) {
        seen.add(cur.toLowerCase());
        cur = bases.get(cur.toLowerCase());
      }
      return seen;
    };
    const direct = candidates.find((c) => !candidates.some((o) => o !== c && ancestorsOf(o).has(c.toLowerCase())));
    if (direct && direct.toLowerCase() !== key) bases.set(key, direct);
  }
}

function breakCycles(list: readonly TypeDraft[], bases: Map<string, string | undefined>, diagnostics: Diagnostic[]): void {
  for (const d of list) {
    const key = keyOf(d.namespace, d.name);
    const seen = new Set([key]);
    let cur = bases.get(key)?.toLowerCase();
    while (cur) {
      if (seen.has(cur)) {
        const p = d.parts[0];
        diagnostics.push(
          diagnostic("inheritance-cycle", "error", loc(p?.file ?? "", p?.facts.pos ?? { line: 1, column: 1 }), `"${d.name}" inherits from itself through its base types; its base type is dropped.`, "Fix the baseType / Inherits from statements."),
        );
        bases.set(key, undefined);
        break;
      }
      seen.add(cur);
      cur = bases.get(cur)?.toLowerCase();
    }
  }
}

function decideKinds(list: readonly TypeDraft[], bases: Map<string, string | undefined>, addressed: Set<string>): Map<string, "entity" | "complex"> {
  const kinds = new Map<string, "entity" | "complex">();
  for (const d of list) {
    const key = keyOf(d.namespace, d.name);
    const facts = d.parts.map((p) => p.facts);
    const hasId = facts.some((f) => f.properties.some((m) => m.name === "id")) || d.inheritedRows.some((r) => r.member.name === "id");
    const entity =
      facts.some((f) => f.keyProperty) ||
      addressed.has(key) ||
      (hasId && facts.some((f) => f.relationships.length > 0 || f.methods.length > 0));
    kinds.set(key, entity ? "entity" : "complex");
  }
  // Propagate: down the chain (a type deriving from an entity is one) and up (an entity's bases are entities).
  let changed = true;
  while (changed) {
    changed = false;
    for (const d of list) {
      const key = keyOf(d.namespace, d.name);
      const base = bases.get(key)?.toLowerCase();
      if (!base || !kinds.has(base)) continue;
      if (kinds.get(base) === "entity" && kinds.get(key) !== "entity") {
        kinds.set(key, "entity");
        changed = true;
      }
      if (kinds.get(key) === "entity" && kinds.get(base) !== "entity") {
        kinds.set(base, "entity");
        changed = true;
      }
    }
  }
  return kinds;
}

function addMembers(
  t: StructuredType,
  d: TypeDraft,
  index: TypeIndex,
  kinds: Map<string, "entity" | "complex">,
  diagnostics: Diagnostic[],
  keyProperty: string | undefined,
): void {
  const seen = new Set<string>();
  for (const { member, pageNamespace, file, relationship } of allMembers(d)) {
    if (seen.has(member.name)) continue;
    seen.add(member.name);
    const r = resolveTypeExpr(member.type, index, pageNamespace);
    if (!r.resolved) {
      diagnostics.push(
        diagnostic("undefined-type", "warning", loc(file, member.pos), `Type "${r.name}" of "${d.name}.${member.name}" is not defined on any page; it is typed as untyped JSON.`, "Link the type's resource page, or add the missing page."),
      );
    }
    const isNav = !isPrimitive(r.ref.type) && kinds.get(r.ref.type.toLowerCase()) === "entity" && (relationship || kinds.get(r.ref.type.toLowerCase()) === "entity");
    const source = loc(file, member.pos);
    if (isNav) {
      const n: NavigationProperty = {
        name: member.name,
        type: r.ref,
        nullable: member.modifiers.nullable ?? !r.ref.collection,
        containsTarget: false,
        source,
      };
      if (member.description) n.description = member.description;
      t.navigationProperties.push(n);
      continue;
    }
    const isKey = member.modifiers.key === true || member.name === keyProperty;
    const p: Property = {
      name: member.name,
      type: r.ref,
      nullable: member.modifiers.nullable ?? !(isKey || member.modifiers.required === true),
      source,
    };
    if (member.description) p.description = member.description;
    if (member.modifiers.readOnly) p.readOnly = true;
    if (member.modifiers.required) p.required = true;
    if (member.modifiers.selectOnly) p.selectOnly = true;
    if (member.modifiers.filterOperators) p.filterOperators = member.modifiers.filterOperators;
    if (member.possibleValues?.length && r.ref.type === "Edm.String") p.possibleValues = member.possibleValues;
    t.properties.push(p);
  }
}

/** The key sits on the root of each entity chain: its `keyProperty`, else `id`. */
function assignKeys(types: StructuredType[], drafts: Map<string, TypeDraft>, bases: Map<string, string | undefined>): void {
  const byKey = new Map(types.map((t) => [keyOf(t.namespace, t.name), t]));
  for (const t of types) {
    if (t.kind !== "entity") continue;
    const base = bases.get(keyOf(t.namespace, t.name));
    if (base && byKey.get(base.toLowerCase())?.kind === "entity") continue;
    const d = drafts.get(keyOf(t.namespace, t.name));
    const declared = d?.parts.find((p) => p.facts.keyProperty)?.facts.keyProperty;
    const key = declared && t.properties.some((p) => p.name === declared) ? declared : t.properties.some((p) => p.name === "id") ? "id" : undefined;
    if (key) {
      t.key = [key];
      const prop = t.properties.find((p) => p.name === key);
      if (prop) prop.nullable = false;
    }
  }
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

function dedupeDiagnostics(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const k = `${d.location.file}:${d.location.line}:${d.location.column}:${d.code}:${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
