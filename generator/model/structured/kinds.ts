/**
 * Entity or complex: the docs never say it, so it is decided from what the pages show.
 *
 * Rule: the target of a Relationships row, or of any row whose description calls it a navigation property
 * ("Navigation property.", "Containment entity."), is an entity (unless more Properties rows than Relationships
 * rows name it: a complex type misfiled under Relationships); a type used as the type of a Properties row is
 * complex unless it has relationships and shows a key (a key row, an `id` row) or a stated base (a complex type may
 * hold navigation properties: userFlowApiConnectorConfiguration), or declares its key and an endpoint reads,
 * creates, updates or deletes it (only entities are addressable); any other type is an entity when it shows a key
 * row, relationships, methods, or an endpoint that reads, creates, updates or deletes it. A type deriving from an
 * entity is one; the bases of a type with strong evidence (relationship target, relationships, key row) are too.
 */
import { keyOf, type TypeIndex } from "../type-index.js";
import { allMembers, type TypeDraft } from "./drafts.js";

export type Kind = "entity" | "complex";

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
export function decideKinds(
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
      const counts = relationship || member.modifiers.navigation === true ? relationshipRows : propertyRows;
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
