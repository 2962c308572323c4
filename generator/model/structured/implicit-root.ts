/**
 * The implicit root.
 *
 * Rule: the docs describe one abstract type whose only member is the key it declares (`entity`: abstract,
 * `keyProperty: id`, one `id` row) and, following OData practice, rarely say that other entity types derive from
 * it. Every other entity type that has no base and has that key property (or declares no key of its own) derives
 * from it. When no such type or more than one exists, nothing is implied.
 */
import { keyOf } from "../type-index.js";
import { allMembers, type TypeDraft } from "./drafts.js";
import type { Kind } from "./kinds.js";
import { statesNoBase } from "./stated-no-base.js";

/** The abstract type whose only member is the key it declares; undefined unless exactly one. */
export function implicitRoot(
  list: readonly TypeDraft[],
  bases: ReadonlyMap<string, string>,
): { key: string; property: string } | undefined {
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

export function applyImplicitRoot(list: readonly TypeDraft[], bases: Map<string, string>, kinds: Map<string, Kind>): void {
  const root = implicitRoot(list, bases);
  if (!root) return;
  for (const d of list) {
    const key = keyOf(d.namespace, d.name);
    if (key === root.key || bases.has(key) || kinds.get(key) !== "entity" || statesNoBase(d)) continue;
    // A type keyed by something else (`keyProperty: "name"`) is a root of its own.
    const declared = d.parts.find((p) => p.facts.keyProperty)?.facts.keyProperty;
    const members = [...allMembers(d)].map((m) => m.member);
    const proseKey = members.find((m) => m.modifiers.key === true)?.name;
    const ownKey = (declared && members.some((m) => m.name === declared) ? declared : undefined) ?? proseKey;
    if (ownKey !== undefined && ownKey !== root.property) continue;
    bases.set(key, root.key);
  }
}
