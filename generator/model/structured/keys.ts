/**
 * Keys.
 *
 * Rule: the key sits on the root of each entity chain: its `keyProperty` when it names one of its rows, else the
 * row whose prose calls it the key ("Key of the entity."), else `id`. The key property is never nullable.
 */
import { keyOf } from "../type-index.js";
import type { StructuredType } from "../types.js";
import { allMembers, loc, type TypeDraft } from "./drafts.js";

/** The key sits on the root of each entity chain: its `keyProperty`, else `id`. */
export function assignKeys(types: StructuredType[], drafts: ReadonlyMap<string, TypeDraft>, bases: ReadonlyMap<string, string>): void {
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
      // Provenance for docs2ts coverage: an annotation's keyProperty or "Key" prose states it; an `id` row does not.
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
