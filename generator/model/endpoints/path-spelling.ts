/**
 * Member spelling from the request paths.
 *
 * Rule: a Relationships or Properties row spelled all in lower case (`openshifts`) while the request paths spell
 * the same segment in camelCase (`/teams/{id}/schedule/openShifts`) takes the paths' spelling: member names are
 * case-sensitive on the wire, and the paths are what clients send (`property-name-case` warning at the row).
 */
import { diagnostic, type Diagnostic } from "../../diagnostics/diagnostic.js";
import type { TypeGraph } from "./path-walk.js";
import type { Endpoint } from "../types.js";

export function respellLowercaseMembers(endpoints: readonly Endpoint[], graph: TypeGraph, diagnostics: Diagnostic[]): void {
  const done = new Set<object>();
  for (const e of endpoints) {
    for (const p of e.paths) {
      for (let i = 1; i < p.segments.length; i++) {
        const seg = p.segments[i];
        if (seg.kind !== "literal" || !/[A-Z]/.test(seg.value)) continue;
        const owner = graph.walk(p.segments, i);
        if (!owner || owner.collection) continue;
        for (const a of graph.ancestors(owner.type)) {
          const t = graph.type(a);
          const m = [...(t?.properties ?? []), ...(t?.navigationProperties ?? [])].find(
            (x) => x.name.toLowerCase() === seg.value.toLowerCase(),
          );
          if (!m) continue;
          if (m.name !== seg.value && m.name === m.name.toLowerCase() && !done.has(m)) {
            done.add(m);
            diagnostics.push(
              diagnostic(
                "property-name-case",
                m.source,
                `"${m.name}" of "${t?.name}" is spelled "${seg.value}" in the request paths (${p.template}); docs2ts uses "${seg.value}".`,
                "Spell the property the same way in the table and in the request paths (names are case-sensitive).",
              ),
            );
            m.name = seg.value;
          }
          break;
        }
      }
    }
  }
}
