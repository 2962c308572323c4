/** Type expressions from a page → model type references, through the type index. */
import type { TypeExpr } from "../parse/facts.js";
import type { TypeRef } from "./types.js";
import type { TypeIndex } from "./type-index.js";

export const UNTYPED = "Edm.Untyped";

export type Resolution = { ref: TypeRef; resolved: true } | { ref: TypeRef; resolved: false; name: string };

export function resolveTypeExpr(t: TypeExpr, index: TypeIndex, pageNamespace: string): Resolution {
  if (t.kind === "primitive") return { ref: { type: t.name, collection: t.collection }, resolved: true };
  if (t.kind === "unknown") return { ref: { type: UNTYPED, collection: t.collection }, resolved: true };
  const def = index.resolve(t.name, t.namespace, pageNamespace);
  if (def) return { ref: { type: `${def.namespace}.${def.name}`, collection: t.collection }, resolved: true };
  return { ref: { type: UNTYPED, collection: t.collection }, resolved: false, name: t.namespace ? `${t.namespace}.${t.name}` : t.name };
}

export function isPrimitive(type: string): boolean {
  return type.startsWith("Edm.");
}

/**
 * `Json` and `Object` are read as untyped JSON, but a page may document a type of that very name (`json.md`
 * defines `microsoft.graph.Json`): then the written word means the documented type, in Properties rows and in
 * parameter tables alike (v1.0: 7 workbook action parameters, param types .940 → .958).
 */
export function documentedTypeForUntyped(t: TypeExpr, typeText: string, index: TypeIndex, pageNamespace: string): TypeRef | undefined {
  if (t.kind !== "primitive" || t.name !== UNTYPED) return undefined;
  const word = typeText
    .replace(/\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])?/g, "$1")
    .replace(/^collection\s*\((.*)\)$/i, "$1")
    .replace(/\s+collection$/i, "")
    .replace(/^edm\./i, "")
    .trim();
  if (!/^[A-Za-z_]\w*$/.test(word)) return undefined;
  const def = index.resolve(word, undefined, pageNamespace);
  return def?.kind === "type" ? { type: `${def.namespace}.${def.name}`, collection: t.collection } : undefined;
}

/** The written type as one word (compared case-insensitively), collection marked; "" when unreadable. */
export function typeWords(t: TypeExpr): string {
  if (t.kind === "unknown") return "";
  const name = t.kind === "named" && t.namespace ? `${t.namespace}.${t.name}` : t.name;
  return t.collection ? `Collection(${name})` : name;
}
