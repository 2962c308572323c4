/**
 * Enum definitions: `# x enum type` pages with a `## Members` table, and `### x values` tables (in enums*.md pages
 * and inside resource/API pages). Headers seen: Member | Value | Description, Member | Int value | Description,
 * Member, Value | Description, Name | Value | Description.
 */
import { toString } from "mdast-util-to-string";
import { cellText } from "./cell-text.js";
import type { EnumFacts, EnumMemberFacts, Pos } from "./facts.js";
import { column, type ReadTable } from "./table.js";

const MEMBER_ALIASES = ["member", "members", "name", "member name", "value", "values"];
const VALUE_ALIASES = ["value", "int value", "integer value", "numeric value"];

export function isEnumTable(t: ReadTable): boolean {
  return column(t.header, MEMBER_ALIASES) >= 0;
}

export function readEnumTable(
  t: ReadTable,
  name: string,
  namespace: string,
  pos: Pos,
  source: EnumFacts["source"],
): EnumFacts {
  const memberCol = column(t.header, MEMBER_ALIASES);
  let valueCol = column(t.header, VALUE_ALIASES);
  if (valueCol === memberCol) valueCol = -1;
  const descCol = column(t.header, ["description"]);
  const members: EnumMemberFacts[] = [];
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
    members.push(m);
  }
  return { name, namespace, pos, members, source };
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
