/**
 * Base types, from every statement the docs make.
 *
 * Rule: the statements are the resource annotation's `baseType`, intro prose ("Inherits from [x]", "A subclass of
 * [x]", "derived from [x]"), and the base's own page listing its derived types ("## Derived types", "the derived
 * types are [a], [b]", …; a link whose text is prose resolves through the page it links to). When they name
 * different types on one chain (the annotation says `entity`, the prose `directoryObject`, which derives from
 * entity) the most derived one is the direct base; when they contradict each other the annotation wins and a
 * `base-type-conflict` warning is given. Without any statement, the nearest "Inherited from" type is the base. A
 * chain that comes back to its start loses its base (`inheritance-cycle`).
 */
import { diagnostic, type Diagnostic, type SourceLocation } from "../../diagnostics/diagnostic.js";
import type { Pos, ResourceFacts } from "../../parse/facts.js";
import { keyOf, type TypeIndex } from "../type-index.js";
import type { Provenance } from "../types.js";
import { loc, splitName, type TypeDraft } from "./drafts.js";
import { implicitRoot } from "./implicit-root.js";
import { typeOfLinkedPage, typesByPage } from "./linked-pages.js";

type BaseStatement = { name: string; namespace?: string; pos: Pos };

/** The bases a page states for its type, kept apart for the model to reconcile: its annotation's and its prose's. */
export function statedBases(facts: ResourceFacts): { annotation?: BaseStatement; prose?: BaseStatement } {
  const bt = facts.baseType;
  const prose = facts.proseBaseType ?? (bt?.from === "prose" ? bt : undefined);
  return { ...(bt?.from === "annotation" ? { annotation: bt } : {}), ...(prose ? { prose } : {}) };
}

interface StatedBase {
  base: string;
  from: "annotation" | "prose" | "derived-list";
  location: SourceLocation;
}

/** Base type per type key (a key of `drafts`), from every statement the pages make; see the header comment. */
export function decideBases(
  list: readonly TypeDraft[],
  drafts: Map<string, TypeDraft>,
  index: TypeIndex,
  diagnostics: Diagnostic[],
  /** Filled with how each base was decided: the statement chosen (page and line), or what assumed it. */
  provenance: Map<string, Provenance> = new Map(),
): Map<string, string> {
  const resolveType = (name: string, namespace: string | undefined, pageNamespace: string): string | undefined => {
    const def = index.resolve(name, namespace, pageNamespace);
    return def?.kind === "type" && drafts.has(keyOf(def.namespace, def.name)) ? keyOf(def.namespace, def.name) : undefined;
  };
  const pages = typesByPage(list);
  const stated = new Map<string, StatedBase[]>();
  const state = (key: string, s: StatedBase): void => {
    if (s.base === key) return;
    const l = stated.get(key) ?? [];
    if (!l.some((x) => x.base === s.base && x.from === s.from)) l.push(s);
    stated.set(key, l);
  };
  const undefinedBase = (d: TypeDraft, name: string, location: SourceLocation): void => {
    diagnostics.push(
      diagnostic(
        "undefined-base-type",
        location,
        `Base type "${name}" of "${d.name}" is not defined on any page.`,
        "Link the base type's resource page, or fix its name.",
      ),
    );
  };
  for (const d of list) {
    const key = keyOf(d.namespace, d.name);
    for (const p of d.parts) {
      const { annotation: bt, prose } = statedBases(p.facts);
      if (bt) {
        const b = resolveType(bt.name, bt.namespace, p.pageNamespace);
        if (b) state(key, { base: b, from: "annotation", location: loc(p.file, bt.pos) });
        else undefinedBase(d, bt.name, loc(p.file, bt.pos));
      }
      if (prose) {
        const href = p.facts.proseBaseType?.href;
        const b = (prose.name ? resolveType(prose.name, prose.namespace, p.pageNamespace) : undefined) ?? typeOfLinkedPage(href, pages);
        if (b) state(key, { base: b, from: "prose", location: loc(p.file, prose.pos) });
        else undefinedBase(d, prose.name || href || "", loc(p.file, prose.pos));
      }
      for (const child of p.facts.derivedTypes ?? []) {
        const c =
          (child.name ? resolveType(child.name, child.namespace, p.pageNamespace) : undefined) ?? typeOfLinkedPage(child.href, pages);
        if (c) state(c, { base: key, from: "derived-list", location: loc(p.file, child.pos) });
      }
    }
  }
  const order = { annotation: 0, prose: 1, "derived-list": 2 } as const;
  const primary = new Map<string, string>();
  for (const [key, l] of stated) {
    l.sort((a, b) => order[a.from] - order[b.from]);
    primary.set(key, l[0].base);
  }
  // The implicit root (see the header comment) is an ancestor of every entity chain the pages leave open.
  const root = implicitRoot(list, primary);
  const ancestors = (key: string, bases: ReadonlyMap<string, string>): string[] => {
    const out: string[] = [];
    for (let cur = bases.get(key); cur && !out.includes(cur) && cur !== key; cur = bases.get(cur)) out.push(cur);
    if (root && key !== root.key && !out.includes(root.key)) out.push(root.key);
    return out;
  };
  const bases = new Map(primary);
  for (const [key, l] of stated) {
    const candidates = [...new Set(l.map((s) => s.base))];
    if (candidates.length < 2) continue;
    const deepest = candidates.find((c) => candidates.every((o) => o === c || ancestors(c, primary).includes(o)));
    if (deepest) {
      bases.set(key, deepest);
      continue;
    }
    const d = drafts.get(key)!;
    const [a, b] = [l[0], l.find((s) => s.base !== l[0].base)!];
    diagnostics.push(
      diagnostic(
        "base-type-conflict",
        b.location,
        `"${d.name}" is said to derive from "${drafts.get(b.base)!.name}" here (${b.from}) but from "${drafts.get(a.base)!.name}" at ${a.location.file}:${a.location.line} (${a.from}); docs2ts uses "${drafts.get(a.base)!.name}".`,
        "Make the baseType annotation, the Inherits-from sentence and the base's list of derived types agree.",
      ),
    );
  }
  // No statement at all: the nearest "Inherited from" type (the candidate no other candidate derives from).
  for (const d of list) {
    const key = keyOf(d.namespace, d.name);
    if (bases.has(key) || d.parts.some((p) => p.facts.baseType === null) || d.inheritedFrom.length === 0) continue;
    const candidates = d.inheritedFrom
      .map((c) => {
        const n = splitName(c.name);
        return resolveType(n.name, n.namespace, c.pageNamespace);
      })
      .filter((c): c is string => c !== undefined && c !== key);
    const direct = candidates.find((c) => !candidates.some((o) => o !== c && ancestors(o, bases).includes(c)));
    if (direct) bases.set(key, direct);
  }
  breakCycles(list, bases, diagnostics);
  for (const [key, base] of bases) {
    const s = stated.get(key)?.find((x) => x.base === base);
    provenance.set(key, s ? { stated: true, at: s.location, by: s.from } : { stated: false, by: "inherited-row" });
  }
  return bases;
}

export function breakCycles(list: readonly TypeDraft[], bases: Map<string, string>, diagnostics: Diagnostic[]): void {
  for (const d of list) {
    const key = keyOf(d.namespace, d.name);
    const seen = new Set([key]);
    for (let cur = bases.get(key); cur; cur = bases.get(cur)) {
      if (seen.has(cur)) {
        const p = d.parts[0];
        diagnostics.push(
          diagnostic(
            "inheritance-cycle",
            loc(p?.file ?? "", p?.facts.pos ?? { line: 1, column: 1 }),
            `"${d.name}" inherits from itself through its base types; its base type is dropped.`,
            "Fix the baseType / Inherits from statements.",
          ),
        );
        bases.delete(key);
        break;
      }
      seen.add(cur);
    }
  }
}
