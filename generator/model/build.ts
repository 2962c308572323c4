/**
 * Page facts of every page → one OData model. Pages are processed in path order so that the result never depends
 * on the order files were found in.
 */
import { compareDiagnostics, dedupeDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { MemberFacts, PageFacts, Pos, ResourceFacts } from "../parse/facts.js";
import { endpointDrafts, type EndpointDraft } from "./endpoints/drafts.js";
import { addProseMembers, collectEnumFacts, enumFromPossibleValues, mergeEnum } from "./structured/enums.js";
import { addNavigationAndDerive } from "./endpoints/settle.js";
import { applyContainment } from "./structured/containment.js";
import { allMembers, byName, type TypeDraft, weakDraft } from "./structured/drafts.js";
import { moveInheritedRows } from "./structured/inherited-rows.js";
import { buildTypes, collectTypeDrafts } from "./structured/resource-types.js";
import { addUndocumentedBases } from "./structured/undocumented-bases.js";
import { reportNameClashes } from "./name-clashes.js";
import { callableEndpoints } from "./endpoints/callables.js";
import { keyOf, ROOT_NAMESPACE, TypeIndex } from "./type-index.js";
import type { EnumType, Model } from "./types.js";
import { MODEL_SCHEMA_VERSION } from "./types.js";

export function buildModel(inputPages: readonly PageFacts[]): Model {
  const pages = [...inputPages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const diagnostics: Diagnostic[] = pages.flatMap((p) => p.diagnostics);
  const index = new TypeIndex();

  // 1. Types defined by resource pages, enums by enum tables.
  const drafts = collectTypeDrafts(pages);
  for (const d of drafts.values()) index.add({ kind: "type", namespace: d.namespace, name: d.name });
  const enumFacts = collectEnumFacts(pages);
  reportNameClashes(drafts, enumFacts, diagnostics);
  const enums = new Map<string, EnumType>();
  for (const [key, candidates] of enumFacts) {
    if (drafts.has(key)) continue;
    const e = mergeEnum(candidates, diagnostics);
    enums.set(key, e);
    index.add({ kind: "enum", namespace: e.namespace, name: e.name });
  }

  // 2. Types no resource page defines: request-body tables of create/update pages, "Inherited from [x]" rows, and
  // bases that several pages name.
  addWeakTypesFromApiPages(pages, drafts, index);
  moveInheritedRows(drafts, index);
  addUndocumentedBases(drafts, index, diagnostics);

  // 3. Enums that exist only as "Possible values are" lists on a property typed by an undefined name; lists on
  // properties typed by a defined enum add the members its table leaves out.
  for (const d of [...drafts.values()].sort(byName)) {
    for (const { member, pageNamespace, file } of allMembers(d)) {
      if (member.type.kind !== "named" || !member.possibleValues?.length) continue;
      const def = index.resolveExpr(member.type, pageNamespace);
      if (def?.kind === "enum") {
        const e = enums.get(keyOf(def.namespace, def.name));
        if (e) addProseMembers(e, member.possibleValues, { file, line: member.pos.line, column: member.pos.column }, diagnostics);
        continue;
      }
      if (def) continue;
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
  const enumMembers = new Map([...enums.values()].map((e) => [`${e.namespace}.${e.name}`, e.members.map((m) => m.name)]));
  const types = buildTypes(drafts, index, addressed, diagnostics, enumMembers);
  const typeMap = new Map(types.map((t) => [keyOf(t.namespace, t.name), t]));

  // 6. Navigation properties that only the request paths document; before operations, so their walk sees them.
  // 7. Endpoints and the entity container over the completed types (the last trial derivation when it saw them).
  const { endpoints, operations, entitySets, singletons, rootTypes } = addNavigationAndDerive(endpointList, index, typeMap, diagnostics);
  types.push(...rootTypes); // singletons' types made from their child segments (endpoints/entity-container.ts)
  applyContainment(types, entitySets);

  return {
    schemaVersion: MODEL_SCHEMA_VERSION,
    types: types.sort(byName),
    enums: [...enums.values()].sort(byName),
    operations,
    endpoints: callableEndpoints(endpoints, diagnostics),
    entitySets,
    singletons,
    diagnostics: dedupeDiagnostics(diagnostics).sort(compareDiagnostics),
  };
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
      if (existing?.weak)
        existing.parts.push({
          file: p.file,
          pageNamespace: pageNs,
          facts: syntheticFacts(existing.namespace, existing.name, body.parameters, body.pos),
        });
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
