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
