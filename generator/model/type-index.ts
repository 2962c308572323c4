/**
 * Name resolution across pages. Types and enums are keyed by (namespace, name), compared case-insensitively
 * (149 references in v1.0 differ from the definition only by case). An unqualified name is looked up in the
 * referring page's namespace first, then in microsoft.graph, then as a bare name that is unique across namespaces.
 */
import type { TypeExpr } from "../parse/facts.js";

export const ROOT_NAMESPACE = "microsoft.graph";

export type DefinitionKind = "type" | "enum";

export interface Definition {
  kind: DefinitionKind;
  namespace: string;
  name: string;
}

export class TypeIndex {
  private readonly byKey = new Map<string, Definition>();
  private readonly byBare = new Map<string, Definition[]>();

  add(def: Definition): void {
    const key = keyOf(def.namespace, def.name);
    if (this.byKey.has(key)) return;
    this.byKey.set(key, def);
    const bare = def.name.toLowerCase();
    const list = this.byBare.get(bare) ?? [];
    list.push(def);
    this.byBare.set(bare, list);
  }

  get(namespace: string, name: string): Definition | undefined {
    return this.byKey.get(keyOf(namespace, name));
  }

  /** Resolve a name as written on a page in `pageNamespace`. */
  resolve(name: string, namespace: string | undefined, pageNamespace: string): Definition | undefined {
    if (namespace) {
      const exact = this.get(namespace, name);
      if (exact) return exact;
    }
    const own = this.get(pageNamespace, name) ?? this.get(ROOT_NAMESPACE, name);
    if (own) return own;
    const bare = this.byBare.get(name.toLowerCase());
    return bare && bare.length === 1 ? bare[0] : undefined;
  }

  resolveExpr(t: TypeExpr, pageNamespace: string): Definition | undefined {
    return t.kind === "named" ? this.resolve(t.name, t.namespace, pageNamespace) : undefined;
  }

  all(): Definition[] {
    return [...this.byKey.values()];
  }
}

/**
 * Keys already made, by namespace then name: the model build asks for the same few thousand keys millions of times
 * (the path walks), and lower-casing a fresh string each time was a sixth of the build. Bounded by the names the
 * pages use.
 */
const MAX_REMEMBERED = 200_000;
const keys = new Map<string, Map<string, string>>();

export function keyOf(namespace: string, name: string): string {
  let byName = keys.get(namespace);
  if (!byName) keys.set(namespace, (byName = new Map()));
  let key = byName.get(name);
  if (key === undefined) {
    if (byName.size > MAX_REMEMBERED) byName.clear();
    byName.set(name, (key = `${namespace}.${name}`.toLowerCase()));
  }
  return key;
}

/** `s.toLowerCase()`, remembered: the walks lower-case the same qualified names and segments over and over. */
const lowered = new Map<string, string>();

export function lowerOf(s: string): string {
  let l = lowered.get(s);
  if (l === undefined) {
    // A long-lived process (watch mode) sees new names with every edit: start over rather than grow without end.
    if (lowered.size > MAX_REMEMBERED) lowered.clear();
    lowered.set(s, (l = s.toLowerCase()));
  }
  return l;
}
