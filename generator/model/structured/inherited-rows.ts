/**
 * "Inherited from [x]" rows belong to x.
 *
 * Rule: a row whose description says "Inherited from [x]" moves to x's draft (x is created, weak, when no page
 * defines it), and x becomes a base candidate of the row's type: the nearest such type is the base when no page
 * states one (see bases.ts). A row that names its own type stays.
 */
import type { MemberFacts } from "../../parse/facts.js";
import { keyOf, type TypeIndex } from "../type-index.js";
import { byName, splitName, type TypeDraft, weakDraft } from "./drafts.js";

/** Rows saying "Inherited from [x]" move to x (created when missing); x becomes a base candidate. */
export function moveInheritedRows(drafts: Map<string, TypeDraft>, index: TypeIndex): void {
  for (const d of [...drafts.values()].sort(byName)) {
    for (const part of d.parts) {
      const keep = (rows: MemberFacts[], relationship: boolean): MemberFacts[] =>
        rows.filter((m) => {
          if (!m.inheritedFrom) return true;
          const target = splitName(m.inheritedFrom);
          if (!/^[A-Za-z_]\w*$/.test(target.name)) return true;
          if (
            target.name.toLowerCase() === d.name.toLowerCase() &&
            (target.namespace ?? d.namespace).toLowerCase() === d.namespace.toLowerCase()
          )
            return true;
          let def = index.resolve(target.name, target.namespace, part.pageNamespace);
          if (!def) {
            const wd = weakDraft(target.namespace ?? part.pageNamespace, target.name);
            drafts.set(keyOf(wd.namespace, wd.name), wd);
            index.add({ kind: "type", namespace: wd.namespace, name: wd.name });
            def = { kind: "type", namespace: wd.namespace, name: wd.name };
          }
          if (def.kind !== "type") return true;
          const owner = drafts.get(keyOf(def.namespace, def.name));
          if (!owner || owner === d) return true;
          owner.inheritedRows.push({
            file: part.file,
            pageNamespace: part.pageNamespace,
            member: m,
            relationship,
            intune: part.facts.intune === true,
          });
          if (!d.inheritedFrom.some((c) => c.name.toLowerCase() === def.name.toLowerCase())) {
            d.inheritedFrom.push({ name: `${def.namespace}.${def.name}`, file: part.file, pageNamespace: part.pageNamespace });
          }
          return false;
        });
      part.facts = { ...part.facts, properties: keep(part.facts.properties, false), relationships: keep(part.facts.relationships, true) };
    }
  }
}
