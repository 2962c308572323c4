/**
 * Resource facts (one type may be spread over several pages) → structured types. This module only orders the
 * decisions; each is stated in the header of its own module (listed in the README under "How pages are read"):
 * drafts.ts (identity and merging), example-keys.ts, inherited-rows.ts, undocumented-bases.ts, linked-pages.ts,
 * bases.ts, kinds.ts, implicit-root.ts, members.ts (with json-spelling.ts, member-conflicts.ts, string-enums.ts,
 * nullability.ts), keys.ts and containment.ts (applied by build.ts once the entity sets are known).
 */
import type { Diagnostic, SourceLocation } from "../../diagnostics/diagnostic.js";
import type { PageFacts } from "../../parse/facts.js";
import { keyOf, type TypeIndex } from "../type-index.js";
import type { Provenance, StructuredType } from "../types.js";
import { decideBases } from "./bases.js";
import { byName, draftsFromPages, loc, type TypeDraft } from "./drafts.js";
import { collectExampleKeys, type ExampleContext, typesByMemberName } from "./example-keys.js";
import { applyImplicitRoot } from "./implicit-root.js";
import { decideKinds } from "./kinds.js";
import { typeOfLinkedPage, typesByPage, retypeByLinkedPage } from "./linked-pages.js";
import { addMembers, inheritedNames } from "./members.js";
import { assignKeys } from "./keys.js";
import { enumsByMemberSet } from "./string-enums.js";

/** One draft per type, with the keys its example responses show. */
export function collectTypeDrafts(pages: readonly PageFacts[]): Map<string, TypeDraft> {
  const drafts = draftsFromPages(pages);
  for (const p of pages) collectExampleKeys(p, drafts);
  return drafts;
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

function dedupeLocations(list: SourceLocation[]): SourceLocation[] {
  const seen = new Set<string>();
  return list.filter((l) => {
    const k = `${l.file}:${l.line}:${l.column}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
