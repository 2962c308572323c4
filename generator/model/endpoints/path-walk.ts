/**
 * The type graph seen from URL paths: which type a path prefix addresses, walked from its root entity set or
 * singleton through navigation/structural properties, key segments, type casts and bound functions. Operations use
 * it to tell a navigation (`/me/events`) from an action or function (`/me/sendMail`) and to find binding types.
 */
import type { TypeExpr } from "../../parse/facts.js";
import { keyOf, lowerOf, type TypeIndex } from "../type-index.js";
import { resolveTypeExpr } from "../type-resolution.js";
import type { Endpoint, EndpointSegment, Operation, StructuredType, TypeRef } from "../types.js";

/** A bound operation seen so far, by lower-cased name: what it is bound to and what it returns. */
export interface KnownOperation {
  binding: string;
  returns: TypeRef;
}

interface MemberIndex {
  navs: readonly unknown[];
  props: readonly unknown[];
  navCount: number;
  propCount: number;
  byName: Map<string, { type: TypeRef }>;
}

export class TypeGraph {
  /** Root name (lower-cased) → the type it addresses (collection for entity sets). */
  readonly roots = new Map<string, TypeRef>();
  readonly operations = new Map<string, KnownOperation[]>();
  /** How many times `operation` was asked: a caller can tell whether a result depended on the known operations. */
  operationLookups = 0;

  /** The types as the graph was given them: types added to the map later (operations.ts) are not in `lookups`. */
  private readonly given: readonly StructuredType[];

  constructor(readonly types: ReadonlyMap<string, StructuredType>) {
    this.given = [...types.values()];
  }

  /**
   * Derived types by base and types by page, made on first use from the types the graph was given (a model build
   * makes six graphs and most never ask): the types in key order, so both are deterministic.
   */
  private get lookups(): { derived: Map<string, StructuredType[]>; byPage: Map<string, Set<string>> } {
    if (this.made) return this.made;
    const derived = new Map<string, StructuredType[]>();
    const byPage = new Map<string, Set<string>>();
    const ordered = this.given.map((t): [string, StructuredType] => [keyOf(t.namespace, t.name), t]).sort((a, b) => cmp(a[0], b[0]));
    for (const [, t] of ordered) {
      for (const s of [t.source, ...t.sources]) {
        const file = pageFileName(s.file);
        if (!file) continue;
        const set = byPage.get(file) ?? new Set<string>();
        set.add(`${t.namespace}.${t.name}`);
        byPage.set(file, set);
      }
      if (!t.baseType) continue;
      const list = derived.get(t.baseType.toLowerCase()) ?? [];
      list.push(t);
      derived.set(t.baseType.toLowerCase(), list);
    }
    return (this.made = { derived, byPage });
  }

  private made?: { derived: Map<string, StructuredType[]>; byPage: Map<string, Set<string>> };

  /** The one type read from the page with this file name (`range.md` → workbookRange), if exactly one was. */
  typeOfPage(file: string): string | undefined {
    const set = this.lookups.byPage.get(file.toLowerCase());
    return set && set.size === 1 ? [...set][0] : undefined;
  }

  type(qualified: string): StructuredType | undefined {
    return this.types.get(lowerOf(qualified));
  }

  /**
   * Qualified names from `qualified` up to its root base, self first. Remembered while the set of types stays the
   * same size (operations.ts adds the types it makes for singletons; base types never change during a walk): the
   * walks ask for the same chains hundreds of thousands of times. Callers must not change the array.
   */
  ancestors(qualified: string): readonly string[] {
    if (this.ancestorsFor !== this.types.size) {
      this.ancestorCache.clear();
      this.ancestorsFor = this.types.size;
    }
    const lower = lowerOf(qualified);
    const cached = this.ancestorCache.get(lower);
    if (cached) return cached;
    const out: string[] = [];
    let t = this.type(qualified);
    while (t && !out.includes(keyOf(t.namespace, t.name))) {
      out.push(keyOf(t.namespace, t.name));
      t = t.baseType ? this.type(t.baseType) : undefined;
    }
    this.ancestorCache.set(lower, out);
    return out;
  }

  private readonly ancestorCache = new Map<string, string[]>();

  /** The types of `ancestors` for a type of this graph, self first (remembered like them). */
  ancestorTypes(t: StructuredType): readonly StructuredType[] {
    const cached = this.ancestorTypeCache.get(t);
    if (cached && cached.size === this.types.size) return cached.list;
    const list: StructuredType[] = [];
    for (const a of this.ancestors(keyOf(t.namespace, t.name))) {
      const x = this.type(a);
      if (x) list.push(x);
    }
    this.ancestorTypeCache.set(t, { size: this.types.size, list });
    return list;
  }

  private readonly ancestorTypeCache = new WeakMap<StructuredType, { size: number; list: StructuredType[] }>();
  private ancestorsFor = -1;

  /**
   * The own member (navigation property first, then property) of `t` named `lower` (lower-cased). The names are
   * indexed once per type and re-indexed when a member list changes length or is replaced (members are added
   * between walks; a respelling keeps the lower-cased name).
   */
  ownMember(t: StructuredType, lower: string): { type: TypeRef } | undefined {
    let e = this.memberIndex.get(t);
    if (
      !e ||
      e.navs !== t.navigationProperties ||
      e.props !== t.properties ||
      e.navCount !== t.navigationProperties.length ||
      e.propCount !== t.properties.length
    ) {
      const byName = new Map<string, { type: TypeRef }>();
      for (const p of t.navigationProperties) if (!byName.has(lowerOf(p.name))) byName.set(lowerOf(p.name), p);
      for (const p of t.properties) if (!byName.has(lowerOf(p.name))) byName.set(lowerOf(p.name), p);
      e = {
        navs: t.navigationProperties,
        props: t.properties,
        navCount: t.navigationProperties.length,
        propCount: t.properties.length,
        byName,
      };
      this.memberIndex.set(t, e);
    }
    return e.byName.get(lower);
  }

  private readonly memberIndex = new WeakMap<StructuredType, MemberIndex>();

  /**
   * Every type deriving from `qualified`, directly or not (breadth first, deterministic). Remembered: the derived
   * lists are fixed when the graph is made, and every member lookup that misses asks again. Callers must not change
   * the array.
   */
  descendants(qualified: string): readonly StructuredType[] {
    const lower = lowerOf(qualified);
    let out = this.descendantCache.get(lower);
    if (!out) this.descendantCache.set(lower, (out = this.findDescendants(lower)));
    return out;
  }

  private readonly descendantCache = new Map<string, StructuredType[]>();

  private findDescendants(qualified: string): StructuredType[] {
    const out: StructuredType[] = [];
    const queue = [qualified.toLowerCase()];
    const seen = new Set(queue);
    while (queue.length) {
      for (const d of this.lookups.derived.get(queue.shift() ?? "") ?? []) {
        const k = keyOf(d.namespace, d.name);
        if (seen.has(k)) continue;
        seen.add(k);
        out.push(d);
        queue.push(k);
      }
    }
    return out;
  }

  /** a is b or one of b's base types. */
  isAncestorOrSelf(a: string, b: string): boolean {
    return this.ancestors(b).includes(a.toLowerCase());
  }

  related(a: string, b: string): boolean {
    return this.isAncestorOrSelf(a, b) || this.isAncestorOrSelf(b, a);
  }

  /** The most derived type every one of `list` is or derives from. */
  commonAncestor(list: readonly string[]): string | undefined {
    if (list.length === 0) return undefined;
    const [first, ...rest] = list;
    const candidate = this.ancestors(first).find((a) => rest.every((o) => this.isAncestorOrSelf(a, o)));
    const t = candidate ? this.type(candidate) : undefined;
    return t ? `${t.namespace}.${t.name}` : undefined;
  }

  /**
   * The type of member `name` of `typeName` (own or inherited). Pages often address a member of a derived type
   * through the base type's collection without a cast; when exactly one target type is reachable that way, use it.
   */
  member(typeName: string, name: string): TypeRef | undefined {
    const lower = lowerOf(name);
    for (const a of this.ancestors(typeName)) {
      const t = this.type(a);
      const found = t && this.ownMember(t, lower)?.type;
      if (found) return found;
    }
    const fromDerived = new Map<string, TypeRef>();
    for (const d of this.descendants(typeName)) {
      const found = this.ownMember(d, lower)?.type;
      if (found) fromDerived.set(`${found.type}|${found.collection}`.toLowerCase(), found);
    }
    return fromDerived.size === 1 ? [...fromDerived.values()][0] : undefined;
  }

  /** The bound operations the walk may step through: those with a binding and a return type, by lower-cased name. */
  setOperations(operations: Iterable<Operation>): void {
    this.operations.clear();
    for (const o of operations) {
      if (!o.bindingType || !o.returnType) continue;
      const list = this.operations.get(o.name.toLowerCase()) ?? [];
      list.push({ binding: o.bindingType.type, returns: o.returnType });
      this.operations.set(o.name.toLowerCase(), list);
    }
  }

  /** A known bound operation `name` callable on `typeName` (bound to it or to one of its bases). */
  operation(typeName: string, name: string): KnownOperation | undefined {
    this.operationLookups++;
    const list = this.operations.get(lowerOf(name));
    if (!list) return undefined;
    const ancestors = this.ancestors(typeName);
    return list.find((o) => ancestors.includes(lowerOf(o.binding)));
  }

  /** The type a path addresses, or undefined when a step cannot be followed. */
  walk(segments: readonly EndpointSegment[], length = segments.length): TypeRef | undefined {
    const first = segments[0];
    if (length < 1 || first?.kind !== "literal") return undefined;
    let cur = this.roots.get(lowerOf(first.value));
    for (let i = 1; i < length; i++) {
      if (!cur) return undefined;
      cur = this.step(cur, segments[i]);
    }
    return cur;
  }

  step(cur: TypeRef, s: EndpointSegment): TypeRef | undefined {
    switch (s.kind) {
      case "param":
        return { ...cur, collection: false };
      case "colon": {
        // `root:/{item-path}:` addresses one item below the `root` member; `items/{id}:/path:` the same.
        const base = this.member(cur.type, s.name) ?? cur;
        return { ...base, collection: false };
      }
      case "cast": {
        const t = this.type(s.type.replace(/^#/, ""));
        return t ? { type: `${t.namespace}.${t.name}`, collection: cur.collection } : undefined;
      }
      case "literal":
      case "call": {
        const name = s.kind === "literal" ? s.value : s.name;
        const bare = name.slice(name.lastIndexOf(".") + 1);
        if (s.kind === "literal" && !cur.collection) {
          const m = this.member(cur.type, bare);
          if (m) return m;
        }
        return this.operation(cur.type, bare)?.returns;
      }
      case "dollar":
        return undefined;
    }
  }
}

/**
 * A named type that does not resolve by name (`[Range](range.md)`, `[tabs](teamstab.md)`) is the type the linked
 * page defines, when exactly one type was read from a page of that file name.
 */
export function resolveLinked(t: TypeExpr, index: TypeIndex, graph: TypeGraph, ns: string): TypeRef {
  const r = resolveTypeExpr(t, index, ns);
  if (r.resolved || t.kind !== "named" || !t.href) return r.ref;
  const file = t.href.split(/[?#]/)[0].split(/[\\/]/).pop()?.toLowerCase();
  if (!file) return r.ref;
  const owner = graph.typeOfPage(file);
  return owner ? { type: owner, collection: t.collection } : r.ref;
}

/** `api/User.md` → `user.md`, remembered: each of a build's type graphs asks for every type's pages. */
const fileNames = new Map<string, string>();

function pageFileName(path: string): string {
  let name = fileNames.get(path);
  if (name === undefined) {
    // A long-lived process (watch mode) may see many paths: start over rather than grow without end.
    if (fileNames.size > 100_000) fileNames.clear();
    fileNames.set(path, (name = path.split(/[\\/]/).pop()?.toLowerCase() ?? ""));
  }
  return name;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The entity type the endpoint returns or accepts, qualified as the model spells it. */
export function entityTarget(e: Endpoint, graph: TypeGraph): string | undefined {
  const t = e.response.type ?? (e.body?.kind === "type" ? e.body.type : undefined);
  const def = t ? graph.type(t.type) : undefined;
  return def?.kind === "entity" ? `${def.namespace}.${def.name}` : undefined;
}
