/**
 * Drafts: everything the pages say about one structured type, gathered before any decision is made.
 *
 * Rule: a type is keyed by (namespace, name), case-insensitively; every page that defines it contributes a part
 * (Intune splits `deviceManagement` over 16 pages). Parts keep page order (pages sorted by path), so that "the
 * first definition of a member wins" downstream. A weak draft is one no resource page defines (made from request
 * bodies, "Inherited from" rows or stated bases).
 */
import type { SourceLocation } from "../../diagnostics/diagnostic.js";
import type { MemberFacts, PageFacts, Pos, ResourceFacts, TypeExpr } from "../../parse/facts.js";
import { keyOf } from "../type-index.js";

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

/** One draft per type the resource pages of `pages` define (without example keys: see example-keys.ts). */
export function draftsFromPages(pages: readonly PageFacts[]): Map<string, TypeDraft> {
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
  return drafts;
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
export function splitName(text: string): { name: string; namespace?: string } {
  const t = text.replace(/^#/, "").trim();
  const dot = t.lastIndexOf(".");
  return dot > 0 && /^microsoft\./i.test(t) ? { namespace: t.slice(0, dot), name: t.slice(dot + 1) } : { name: t };
}

/** The type the JSON representation shows for `name` on one of the type's pages. */
export function jsonTypeOf(d: TypeDraft, name: string): TypeExpr | undefined {
  for (const p of d.parts) {
    const k = p.facts.jsonKeys.find((j) => j.name === name && j.type);
    if (k?.type) return k.type;
  }
  return undefined;
}

export function byName(a: { namespace: string; name: string }, b: { namespace: string; name: string }): number {
  const x = `${a.namespace}.${a.name}`;
  const y = `${b.namespace}.${b.name}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function loc(file: string, pos: Pos): SourceLocation {
  return { file, line: pos.line, column: pos.column };
}
