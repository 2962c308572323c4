/**
 * Linked pages: a Type-cell link means the type its page defines.
 *
 * Rule: a link whose text names no documented type (`[HashesType](hashes.md)`) means the one type its linked page
 * defines; the text still wins when it names a type (names resolve first), unless the JSON representation's value
 * for the row also names the linked page's type (two statements against the text:
 * `[servicePrincipal](provisioningserviceprincipal.md)` beside `{"@odata.type": "…provisioningServicePrincipal"}`).
 */
import type { MemberFacts } from "../../parse/facts.js";
import { keyOf, type TypeIndex } from "../type-index.js";
import { jsonTypeOf, type TypeDraft } from "./drafts.js";

/** Page file name (lower-cased, no folder) → the one type read from it. */
export function typesByPage(list: readonly TypeDraft[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const d of list) {
    for (const p of d.parts) {
      const file = p.file.split(/[\\/]/).pop()!.toLowerCase();
      const key = keyOf(d.namespace, d.name);
      out.set(file, out.has(file) && out.get(file) !== key ? null : key);
    }
  }
  return out;
}

/**
 * A Type-cell link whose text names one documented type but whose page defines another, while the row's value in
 * the JSON representation names the page's type (`[servicePrincipal](provisioningserviceprincipal.md)` beside
 * `"servicePrincipal": {"@odata.type": "microsoft.graph.provisioningServicePrincipal"}`): two statements against
 * the link text, so the row's type is the page's type.
 */
export function retypeByLinkedPage(
  list: readonly TypeDraft[],
  drafts: ReadonlyMap<string, TypeDraft>,
  pages: ReadonlyMap<string, string | null>,
  index: TypeIndex,
): void {
  for (const d of list) {
    for (const part of d.parts) {
      const retype = (rows: MemberFacts[]): MemberFacts[] =>
        rows.map((m) => {
          if (m.type.kind !== "named" || !m.type.href) return m;
          const linked = typeOfLinkedPage(m.type.href, pages);
          const target = linked ? drafts.get(linked) : undefined;
          const written = index.resolveExpr(m.type, part.pageNamespace);
          if (!target || written?.kind !== "type" || keyOf(written.namespace, written.name) === linked) return m;
          const shown = jsonTypeOf(d, m.name);
          if (shown?.kind !== "named" || shown.name.toLowerCase() !== target.name.toLowerCase()) return m;
          return { ...m, type: { ...m.type, name: target.name, namespace: target.namespace } };
        });
      part.facts = { ...part.facts, properties: retype(part.facts.properties), relationships: retype(part.facts.relationships) };
    }
  }
}

/** A link such as `anonymousipriskevent.md` or `../resources/x.md#y` → the type its page defines (case-insensitive). */
export function typeOfLinkedPage(href: string | undefined, pages: ReadonlyMap<string, string | null>): string | undefined {
  if (!href || /^[a-z]+:/i.test(href)) return undefined;
  const file = href.replace(/#.*$/, "").split("/").pop()?.toLowerCase();
  return (file && pages.get(file)) ?? undefined;
}
