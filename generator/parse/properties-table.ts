/**
 * Rows of a Properties / Relationships / Request body / parameters table → member facts.
 * Columns are found by header alias; the Type cell goes to the type-cell grammar, the Description cell to the
 * prose reader. Rows whose name cell is not a name (a description line that GFM split into a row of its own)
 * are reported and skipped.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { diagnostic } from "../diagnostics/diagnostic.js";
import { toString } from "mdast-util-to-string";
import { cellText } from "./cell-text.js";
import { readDescription } from "./description-prose.js";
import type { MemberFacts } from "./facts.js";
import { column, DESCRIPTION_ALIASES, NAME_ALIASES, type ReadTable, rowShapeFindings, TYPE_ALIASES } from "./table.js";
import { readTypeCell } from "./type-cell.js";

export interface MembersResult {
  members: MemberFacts[];
  diagnostics: Diagnostic[];
}

/** Is this table a name/type/description table at all? */
export function isMembersTable(t: ReadTable): boolean {
  return column(t.header, NAME_ALIASES) >= 0 && column(t.header, TYPE_ALIASES) >= 0;
}

const NAME = /^@?[A-Za-z_][\w.@-]*$/;

export function readMembersTable(t: ReadTable, file: string, definitions: ReadonlyMap<string, string>): MembersResult {
  const nameCol = column(t.header, NAME_ALIASES);
  const typeCol = column(t.header, TYPE_ALIASES);
  const descCol = column(t.header, DESCRIPTION_ALIASES);
  const members: MemberFacts[] = [];
  const diagnostics: Diagnostic[] = rowShapeFindings(t, file, nameCol, "member");
  for (const row of t.rows) {
    const loc = { file, line: row.pos.line, column: row.pos.column };
    const rawName = toString({ type: "paragraph", children: row.cells[nameCol] ?? [] }).trim();
    const name = cleanName(rawName);
    if (!name || !NAME.test(name)) {
      if (rawName) {
        diagnostics.push(
          diagnostic(
            "table-row-not-a-member",
            loc,
            `Row "${clip(rawName)}" is not a property row: its name cell is not a name.`,
            "A description broken over lines becomes a new table row; keep each row on one line (use <br> for breaks).",
          ),
        );
      }
      continue;
    }
    const typeCells = row.cells[typeCol] ?? [];
    const type = readTypeCell(typeCells, definitions);
    const typeText = cellText(typeCells);
    const descriptionText = descCol >= 0 ? cellText(row.cells[descCol] ?? []) : "";
    const prose = readDescription(descriptionText);
    if (prose.placeholder || /\bTODO\b/.test(descriptionText)) {
      const descPos = row.cellPos[descCol] ?? row.pos;
      diagnostics.push(
        diagnostic(
          "todo-placeholder",
          { file, line: descPos.line, column: descPos.column },
          `The description of "${name}" is a placeholder, not documentation.`,
          "Replace the placeholder with a real description.",
        ),
      );
    }
    if (type.kind === "unknown") {
      const typePos = row.cellPos[typeCol] ?? row.pos;
      diagnostics.push(
        diagnostic(
          "unknown-type-notation",
          { file, line: typePos.line, column: typePos.column },
          `The type of "${name}" ("${clip(typeText)}") is not a type docs2ts can read; it is typed as untyped JSON.`,
          "Write a primitive (String, Int32, …), a link to the type's page, or `x collection`.",
        ),
      );
    }
    const member: MemberFacts = {
      name,
      pos: row.pos,
      type,
      typeText,
      description: prose.description,
      modifiers: prose.modifiers,
    };
    if (prose.inheritedFrom) member.inheritedFrom = prose.inheritedFrom;
    if (prose.possibleValues?.length) member.possibleValues = prose.possibleValues;
    if (prose.listedValues) member.listedValues = prose.listedValues;
    members.push(member);
  }
  return { members, diagnostics };
}

/** `**name**`, `` `name` ``, `name (deprecated)`, `[name](../api/x.md)`, `file/localizations` → the JSON name. */
function cleanName(raw: string): string {
  let s = raw.replace(/\s*\((deprecated|preview)\)\s*$/i, "").trim();
  s = s.replace(/^[*`_]+|[*`_]+$/g, "").trim();
  return s;
}

function clip(s: string): string {
  return s.length > 80 ? s.slice(0, 77) + "…" : s;
}
