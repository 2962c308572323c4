/**
 * Pairs code declarations with model types by name: case-insensitive, namespace prefixes ignored (the code's
 * `CallRecords.Session` is the docs' `microsoft.graph.callRecords.session`), and a rename map for types the code
 * calls differently. When two model types share a name across namespaces, the code namespace decides.
 */
import type { EnumType, Model, StructuredType } from "../../model/types.js";
import type { Declaration, DeclaredEnum, DeclaredStructure } from "./typescript-declarations.js";

/** Code name (lower case) → docs name (lower case, namespace dropped). */
export type RenameMap = ReadonlyMap<string, string>;

export type ModelItem = { kind: "structure"; type: StructuredType } | { kind: "enum"; type: EnumType };

export interface TypePair {
  model: ModelItem;
  decl: Declaration;
}

export interface TypeMatch {
  pairs: TypePair[];
  /** Model types no declaration stands for. */
  missing: ModelItem[];
  /** Declarations no model type stands for. */
  extra: Declaration[];
}

export class RenameError extends Error {}

/**
 * `old=new` pairs (`--map`) and a JSON object file's content: the code's (old) name → the docs' (new) name.
 * A qualified docs name is accepted; only its last segment counts, like every other match.
 */
export function parseRenames(pairs: readonly string[], json?: unknown): RenameMap {
  const out = new Map<string, string>();
  const add = (from: string, to: string, what: string): void => {
    const f = from.trim();
    const t = to.trim();
    if (!f || !t) throw new RenameError(`rename ${what}: both names are needed (old=new)`);
    out.set(f.toLowerCase(), lastSegment(t).toLowerCase());
  };
  if (json !== undefined) {
    if (typeof json !== "object" || json === null || Array.isArray(json))
      throw new RenameError('rename map file: expected a JSON object {"CodeName": "docsName"}');
    for (const [k, v] of Object.entries(json)) {
      if (typeof v !== "string") throw new RenameError(`rename map file: the value of "${k}" is not a string`);
      add(k, v, `"${k}"`);
    }
  }
  for (const p of pairs) {
    const i = p.indexOf("=");
    if (i < 0) throw new RenameError(`rename "${p}": expected old=new`);
    add(p.slice(0, i), p.slice(i + 1), `"${p}"`);
  }
  return out;
}

/** The docs name a code name stands for (lower case). */
export function docsNameOf(codeName: string, renames: RenameMap): string {
  const lower = codeName.toLowerCase();
  return renames.get(lower) ?? lower;
}

export function matchDeclarations(model: Model, declarations: readonly Declaration[], renames: RenameMap): TypeMatch {
  const byName = new Map<string, ModelItem[]>();
  const add = (item: ModelItem): void => {
    const k = item.type.name.toLowerCase();
    byName.set(k, [...(byName.get(k) ?? []), item]);
  };
  for (const t of model.types) add({ kind: "structure", type: t });
  for (const e of model.enums) add({ kind: "enum", type: e });

  // One-to-one, best pairs first: `Identity` and `ExternalConnectors.Identity` must not both take
  // microsoft.graph.identity when the docs define only that one.
  const options: { decl: Declaration; item: ModelItem; score: number }[] = [];
  const merged = mergeDeclarations(declarations);
  merged.forEach((decl) => {
    for (const item of byName.get(docsNameOf(decl.name, renames)) ?? []) options.push({ decl, item, score: matchScore(item, decl) });
  });
  options.sort((a, b) => b.score - a.score);
  const pairs: TypePair[] = [];
  const usedDecl = new Set<Declaration>();
  const usedItem = new Set<ModelItem>();
  for (const o of options) {
    if (usedDecl.has(o.decl) || usedItem.has(o.item)) continue;
    usedDecl.add(o.decl);
    usedItem.add(o.item);
    pairs.push({ model: o.item, decl: o.decl });
  }
  const extra = merged.filter((d) => !usedDecl.has(d));
  const missing = [...byName.values()].flat().filter((m) => !usedItem.has(m));
  return { pairs, missing, extra };
}

/**
 * Same kind first; then the namespace: the code's innermost namespace names the docs namespace's last segment
 * (`CallRecords` ↔ `microsoft.graph.callRecords`), and code outside namespaces stands for the root namespace.
 */
function matchScore(m: ModelItem, decl: Declaration): number {
  const ns = m.type.namespace.toLowerCase();
  const codeNs = decl.namespaces.length ? decl.namespaces[decl.namespaces.length - 1].toLowerCase() : undefined;
  let s = m.kind === decl.kind ? 4 : 0;
  if (codeNs !== undefined ? lastSegment(ns) === codeNs : ns === "microsoft.graph") s += 2;
  return s;
}

/** Interface merging: the same name in the same namespace declared twice is one type. */
export function mergeDeclarations(declarations: readonly Declaration[]): Declaration[] {
  const out = new Map<string, Declaration>();
  for (const d of declarations) {
    const key = `${d.kind}:${[...d.namespaces, d.name].join(".")}`;
    const prev = out.get(key);
    if (!prev) out.set(key, d.kind === "structure" ? { ...d, properties: [...d.properties] } : { ...d, members: [...d.members] });
    else if (prev.kind === "structure" && d.kind === "structure") {
      (prev as DeclaredStructure).properties.push(...d.properties);
      if (prev.bases.length === 0) prev.bases = d.bases;
    } else if (prev.kind === "enum" && d.kind === "enum") (prev as DeclaredEnum).members.push(...d.members);
  }
  return [...out.values()];
}

export function lastSegment(name: string): string {
  const parts = name.split(".");
  return parts[parts.length - 1];
}
