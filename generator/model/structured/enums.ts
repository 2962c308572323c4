/**
 * Enums from every source, merged per (namespace, name):
 * 1. an enum page (`# x enum type` + `## Members`);
 * 2. `### x values` tables (enums*.md pages, or inside resource and API pages);
 * 3. "Possible values are: `a`, `b`" lists in the description of a property typed by the enum;
 * 4. the same lists on a property typed by a name no page defines (the enum exists only there).
 * Precedence when definitions conflict: the best-ranked source (1 before 2) gives the members; definitions of the
 * same rank are united in first-seen order (pages sorted by path, then line) with an `enum-conflict` warning.
 * Prose lists (3) only add the members the tables leave out (typically `unknownFutureValue`), after them, with an
 * `enum-conflict` warning at the property's row. A backticked `null` in such a list ("Possible values are: `null`,
 * `requireNumberMatching`") is the JSON literal (the property may be null), never a member, in lists (3) and (4). Values: the documented integer when given, else the position;
 * a duplicate value is renumbered. Flags: any definition that says so.
 */
import { diagnostic, type Diagnostic } from "../../diagnostics/diagnostic.js";
import type { EnumFacts, PageFacts } from "../../parse/facts.js";
import type { EnumType } from "../types.js";
import { keyOf } from "../type-index.js";

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
  const sorted = [...candidates].sort(
    (a, b) => a.rank - b.rank || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.facts.pos.line - b.facts.pos.line),
  );
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
export function enumFromPossibleValues(
  namespace: string,
  name: string,
  values: readonly string[],
  file: string,
  line: number,
  column: number,
): EnumType {
  return {
    namespace,
    name,
    isFlags: false,
    members: values.filter((v) => !isNullLiteral(v)).map((v, i) => ({ name: v, value: i })),
    source: { file, line, column },
  };
}

/** Members a property's "Possible values are" list names that the enum's tables leave out are appended. */
export function addProseMembers(
  e: EnumType,
  values: readonly string[],
  where: { file: string; line: number; column: number },
  diagnostics: Diagnostic[],
): void {
  const known = new Set(e.members.map((m) => m.name.toLowerCase()));
  const added = values.filter((v) => /^[A-Za-z_][\w]*$/.test(v) && !isNullLiteral(v) && !known.has(v.toLowerCase()));
  if (added.length === 0) return;
  for (const name of [...new Set(added)]) {
    e.members.push({ name, value: nextValue(e.members) });
    known.add(name.toLowerCase());
  }
  diagnostics.push(
    diagnostic(
      "enum-conflict",
      where,
      `The possible values listed here include ${added.map((a) => `"${a}"`).join(", ")}, which the definition of enum "${e.name}" at ${e.source.file}:${e.source.line} does not list; docs2ts adds them.`,
      "List every member in the enum's values table.",
    ),
  );
}

/** `null` names no member: it says the property may be null (see the module comment). */
function isNullLiteral(value: string): boolean {
  return value === "null";
}

function nextValue(members: readonly { value: number }[]): number {
  return members.reduce((max, m) => Math.max(max, m.value), -1) + 1;
}
