/**
 * Nullability of a structural property.
 *
 * Rule: the key is never nullable; what the description says ("Not nullable", "Nullable") wins; on Intune-family
 * pages value types and enums are not nullable unless the description documents a range of valid values; otherwise
 * nullable, the OData default. A complex type has no key: its annotation's `keyProperty` does not make a row
 * non-nullable; prose that calls the row the key ("Key of the entity.") does, unless it only repeats the row's name
 * (`key`: "Key.").
 */
import type { MemberFacts } from "../../parse/facts.js";
import type { TypeIndex } from "../type-index.js";
import type { TypeRef } from "../types.js";

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
export function nullability(member: MemberFacts, ref: TypeRef, isKey: boolean, intune: boolean, index: TypeIndex): boolean {
  if (isKey) return false;
  if (member.modifiers.nullable !== undefined) return member.modifiers.nullable;
  if (intune && (VALUE_TYPES.has(ref.type) || isEnum(ref.type, index)) && member.modifiers.validRange !== true) return false;
  return true;
}

function isEnum(qualified: string, index: TypeIndex): boolean {
  const dot = qualified.lastIndexOf(".");
  return dot > 0 && index.get(qualified.slice(0, dot), qualified.slice(dot + 1))?.kind === "enum";
}

/**
 * A complex type has no key: its annotation's `keyProperty` (a template field) says nothing about nullability;
 * prose that calls the row the key ("Key of the entity.") still does, unless the description only repeats the
 * row's name (`key` described as "Key.").
 */
export function isKeyRow(member: MemberFacts, kind: "entity" | "complex", keyProperty: string | undefined): boolean {
  const keyProse = member.modifiers.key === true && member.description.replace(/\W+/g, "").toLowerCase() !== member.name.toLowerCase();
  return keyProse || (kind === "entity" && member.name === keyProperty);
}
