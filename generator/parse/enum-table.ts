/**
 * Enum definitions: `# x enum type` pages with a `## Members` table, and `### x values` tables (in enums*.md pages
 * and inside resource/API pages). Headers seen: Member | Value | Description, Member | Int value | Description,
 * Member, Value | Description, Name | Value | Description.
 */
import { toString } from "mdast-util-to-string";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { cellText } from "./cell-text.js";
import type { EnumFacts, EnumMemberFacts, Pos } from "./facts.js";
import { column, rowShapeFindings, type ReadTable } from "./table.js";

const MEMBER_ALIASES = ["member", "members", "name", "member name", "value", "values"];
const VALUE_ALIASES = ["value", "int value", "integer value", "numeric value"];

export function isEnumTable(t: ReadTable): boolean {
  return column(t.header, MEMBER_ALIASES) >= 0;
}

export interface EnumTableResult {
  enum: EnumFacts;
  diagnostics: Diagnostic[];
}

export function readEnumTable(
  t: ReadTable,
  file: string,
  name: string,
  namespace: string,
  pos: Pos,
  source: EnumFacts["source"],
): EnumTableResult {
  const memberCol = column(t.header, MEMBER_ALIASES);
  let valueCol = column(t.header, VALUE_ALIASES);
  if (valueCol === memberCol) valueCol = -1;
  const descCol = column(t.header, ["description"]);
  const members: EnumMemberFacts[] = [];
  const diagnostics = rowShapeFindings(t, file, memberCol, "enum member");
  const seen = new Map<string, EnumMemberFacts>();
  for (const row of t.rows) {
    const memberName = toString({ type: "paragraph", children: row.cells[memberCol] ?? [] })
      .replace(/[`*]/g, "")
      .trim();
    if (!memberName) continue;
    const m: EnumMemberFacts = { name: memberName, pos: row.pos };
    if (valueCol >= 0) {
      const v = toString({ type: "paragraph", children: row.cells[valueCol] ?? [] }).trim();
      if (/^-?\d+$/.test(v)) m.value = Number(v);
      else if (/^0x[0-9a-f]+$/i.test(v)) m.value = parseInt(v, 16);
    }
    if (descCol >= 0) {
      const d = cellText(row.cells[descCol] ?? []);
      if (d) m.description = d;
    }
    const first = seen.get(memberName);
    if (first) {
      diagnostics.push(duplicateMember(file, name, m, first));
      continue;
    }
    seen.set(memberName, m);
    members.push(m);
  }
  return { enum: { name, namespace, pos, members, source }, diagnostics };
}

/** A member listed twice in one table: the enum can hold it once, and the first row is the one kept. */
function duplicateMember(file: string, enumName: string, again: EnumMemberFacts, first: EnumMemberFacts): Diagnostic {
  const value = (m: EnumMemberFacts) => (m.value === undefined ? "" : ` (value ${m.value})`);
  return diagnostic(
    "enum-member-duplicate",
    { file, line: again.pos.line, column: again.pos.column },
    `Member "${again.name}"${value(again)} of enum "${enumName}" is listed again; docs2ts keeps the first row${value(first)}, line ${first.pos.line}, and drops this one.`,
    "Remove the repeated row, or rename it if it is a different member (member names are case-sensitive).",
  );
}

/** `ageGroup values` / `ageGroup value` → `ageGroup`; undefined when the heading is not an enum heading. */
export function enumNameFromValuesHeading(title: string): string | undefined {
  const m = /^`?([A-Za-z_][\w.]*)`?\s+(?:enum\s+)?values?$/i.exec(title.trim());
  return m ? m[1] : undefined;
}

/** `mobileAppPublishingState enum type` → `mobileAppPublishingState`. */
export function enumNameFromTitle(title: string): string | undefined {
  const m = /^`?([A-Za-z_][\w.]*)`?\s+enum(?:\s+type)?\b/i.exec(title.trim());
  return m ? m[1] : undefined;
}
