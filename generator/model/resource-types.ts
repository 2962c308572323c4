/**
 * Resource facts (one type may be spread over several pages) → structured types.
 *
 * Rules (documented in README "How pages are read"):
 * - A type is keyed by (namespace, name); every page that defines it contributes; properties are united in page
 *   order (pages sorted by path), the first definition of a property wins.
 * - A row "Inherited from [x]" belongs to x: it is moved there (x is created when no page defines it), and x is a
 *   base-type candidate when the page names no base.
 * - Base type: the resource annotation's `baseType` (null = none) wins over "Inherits from" prose, which wins over
 *   inherited rows.
 * - Entity or complex: entity when a key is declared (`keyProperty`), the base chain reaches an entity, the type has
 *   an `id` row and relationships or methods, or an endpoint addresses it (only entities are addressable in OData);
 *   otherwise complex. A type whose descendants are entities is an entity too.
 * - Key: on the root of an entity chain, `keyProperty` or `id`.
 */
import type { MemberFacts, PageFacts, ResourceFacts } from "../parse/facts.js";

export interface TypeDraft {
  namespace: string;
  name: string;
  parts: { file: string; pageNamespace: string; facts: ResourceFacts }[];
  /** Rows moved here from pages that say "Inherited from [this]". */
  inheritedRows: { file: string; pageNamespace: string; member: MemberFacts; relationship: boolean }[];
  /** Candidates named by "Inherited from" rows of this type's own pages. */
  inheritedFrom: { name: string; file: string; pageNamespace: string }[];
  /** Made only from API pages or inherited rows (no resource page). */
  weak: boolean;
}

export function collectTypeDrafts(pages: readonly PageFacts[]): Map<string, TypeDraft> {
  const drafts = new Map<string, TypeDraft>();
  for (const p of pages) {
    for (const r of p.resources) {
      const key = `${r.namespace}.${r.name}`.toLowerCase();
      let d = drafts.get(key);
      if (!d) {
        d = { namespace: r.namespace, name: r.name, parts: [], inheritedRows: [], inheritedFrom: [], weak: false };
        drafts.set(key, d);
      }
      d.parts.push({ file: p.file, pageNamespace: p.namespace ?? r.namespace, facts: r });
    }
  }
  return drafts;
}

export function weakDraft(namespace: string, name: string): TypeDraft {
  return { namespace, name, parts: [], inheritedRows: [], inheritedFrom: [], weak: true };
}
