/**
 * Undocumented bases.
 *
 * Rule: a base that the pages of two or more types name ("Derived from [x]", annotation `baseType`) but no page
 * defines is a type of its own, declared without members (`base-type-without-page` warning); one page naming an
 * undefined base may be a slip of that page, and stays an `undefined-base-type`.
 */
import { diagnostic, type Diagnostic, type SourceLocation } from "../../diagnostics/diagnostic.js";
import { keyOf, type TypeIndex } from "../type-index.js";
import { statedBases } from "./bases.js";
import { byName, loc, type TypeDraft, weakDraft } from "./drafts.js";

/**
 * A base that the pages of two or more types name ("Derived from [x]", annotation `baseType`) but no page defines
 * (beta's educationSynchronizationDataProvider, named by three data providers) is a type of its own, declared
 * without members: the derived types keep the base their pages state, and rows typed by it are typed. One page
 * naming an undefined base may be a slip of that page; it stays an `undefined-base-type`.
 */
export function addUndocumentedBases(drafts: Map<string, TypeDraft>, index: TypeIndex, diagnostics: Diagnostic[]): void {
  const named = new Map<string, { namespace: string; name: string; by: { d: TypeDraft; at: SourceLocation }[] }>();
  for (const d of [...drafts.values()].sort(byName)) {
    for (const p of d.parts) {
      const stated = statedBases(p.facts);
      for (const b of [stated.annotation, stated.prose]) {
        if (!b?.name || !/^[A-Za-z_]\w*$/.test(b.name) || index.resolve(b.name, b.namespace, p.pageNamespace)) continue;
        const namespace = b.namespace ?? p.pageNamespace;
        const key = keyOf(namespace, b.name);
        const entry = named.get(key) ?? { namespace, name: b.name, by: [] };
        if (!entry.by.some((x) => x.d === d)) entry.by.push({ d, at: loc(p.file, b.pos) });
        named.set(key, entry);
      }
    }
  }
  for (const [key, { namespace, name, by }] of named) {
    if (by.length < 2) continue;
    const derived = by.map((x) => x.d.name).join(", ");
    const wd = {
      ...weakDraft(namespace, name),
      namedAt: by[0].at,
      note: `No page documents this type: docs2ts declared it because ${derived} derive from it.`,
    };
    drafts.set(key, wd);
    index.add({ kind: "type", namespace, name });
    for (const { d, at } of by) {
      diagnostics.push(
        diagnostic(
          "base-type-without-page",
          at,
          `Base type "${name}" of "${d.name}" is not defined on any page; ${by.length} types derive from it, so it is declared without members.`,
          "Add the base type's resource page to the input.",
        ),
      );
    }
  }
}
