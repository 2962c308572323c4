/**
 * Containment: the tables never say it, the URLs do.
 *
 * Rule: a navigation property is contained (`ContainsTarget`) when its target type is reachable only through its
 * parent: no documented entity set (a collection at the root of a request path) holds that type, one of its bases
 * or one of its derived types. `user.events` is contained (events are addressed only as `/users/{id}/events`);
 * `group.members` is not (`/directoryObjects` holds them).
 */
import { keyOf } from "../type-index.js";
import type { StructuredType } from "../types.js";

/** Sets `containsTarget` on navigation properties whose target no entity set holds. */
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
