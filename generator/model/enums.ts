/**
 * Enums from every source, merged per (namespace, name). Precedence when definitions conflict: an enum page's
 * Members table, then `x values` tables, then "Possible values are" prose; among equals the members are united in
 * first-seen order (pages sorted by path), and a warning names both places.
 */
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { EnumFacts, PageFacts } from "../parse/facts.js";
import type { EnumType } from "./types.js";
import { keyOf } from "./type-index.js";

interface Candidate {
  facts: EnumFacts;
  file: string;
  rank: number;
}

const RANK: Record<EnumFacts["source"] | "possible-values", number> = {
  "members-page": 0,
  "values-table": 1,
  "possible-values": 2,
};

export function collectEnumFacts(pages: readonly PageFacts[]): Map<string, Candidate[]> {
  const byKey = new Map<string, Candidate[]>();
  for (const p of pages) {
    for (const e of p.enums) {
      const key = keyOf(e.namespace, e.name);
      const list = byKey.get(key) ?? [];
      list.push({ facts: e, file: p.file, rank: RANK[e.source] });
      byKey.set(key, list);
    }
  }
  return byKey;
}

export function mergeEnum(candidates: readonly Candidate[], diagnostics: Diagnostic[]): EnumType {
  const sorted = [...candidates].sort((a, b) => a.rank - b.rank || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.facts.pos.line - b.facts.pos.line));
  const best = sorted.filter((c) => c.rank === sorted[0].rank);
  const first = best[0];
  const members: EnumType["members"] = [];
  const seen = new Set<string>();
  for (const c of best) {
    for (const m of c.facts.members) {
      if (seen.has(m.name)) continue;
      seen.add(m.name);
      members.push({ name: m.name, value: m.value ?? members.length, ...(m.description ? { description: m.description } : {}) });
    }
  }
  for (const c of sorted.slice(1)) {
    const a = first.facts.members.map((m) => m.name).join(",");
    const b = c.facts.members.map((m) => m.name).join(",");
    if (a !== b && c.rank === first.rank) {
      diagnostics.push(
        diagnostic(
          "enum-conflict",
          "warning",
          { file: c.file, line: c.facts.pos.line, column: c.facts.pos.column },
          `Enum "${first.facts.name}" is also defined at ${first.file}:${first.facts.pos.line} with other members; docs2ts uses the union.`,
          "Keep one definition of each enum, or make them agree.",
        ),
      );
    }
  }
  fixValues(members);
  const e: EnumType = {
    namespace: first.facts.namespace,
    name: first.facts.name,
    isFlags: best.some((c) => c.facts.isFlags === true),
    members,
    source: { file: first.file, line: first.facts.pos.line, column: first.facts.pos.column },
  };
  if (first.facts.description) e.description = first.facts.description;
  return e;
}

/** Members without a documented value take their position; duplicate values keep the first and renumber later ones. */
function fixValues(members: EnumType["members"]): void {
  const used = new Set<number>();
  let next = 0;
  for (const m of members) {
    if (used.has(m.value)) {
      while (used.has(next)) next++;
      m.value = next;
    }
    used.add(m.value);
  }
}

/** An enum made from a "Possible values are" list, for a named type that no page defines. */
export function enumFromPossibleValues(namespace: string, name: string, values: readonly string[], file: string, line: number, column: number): EnumType {
  return {
    namespace,
    name,
    isFlags: false,
    members: values.map((v, i) => ({ name: v, value: i })),
    source: { file, line, column },
  };
}
