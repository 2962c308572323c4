/**
 * GFM tables read by header name, not by position (the official column aliases of the docs team's
 * table-header-config, matched case-insensitively).
 *
 * Rows are also checked for their shape here, because every table reader shares the two ways a row loses text
 * without GFM saying so: cells past the header's last column (an unescaped `|`, which GFM treats as a cell
 * separator even inside backticks; the rendered page drops those cells) and a row whose name cell is empty.
 */
import type { PhrasingContent, Table, TableCell, TableRow as MdastRow } from "mdast";
import { toString } from "mdast-util-to-string";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Pos } from "./facts.js";
import { posOf } from "./sections.js";

export interface TableRow {
  cells: PhrasingContent[][];
  pos: Pos;
  /** Column positions, for diagnostics on a given cell. */
  cellPos: Pos[];
  /**
   * Cells past the header's last column: where the first of them starts (the `|` that opens it) and their text.
   * `joined`: they were put back into the last cell (a Description column), separated by `|` as written.
   */
  overflow?: { pos: Pos; text: string; joined: boolean };
}

export interface ReadTable {
  header: string[];
  rows: TableRow[];
  pos: Pos;
}

export function readTable(table: Table): ReadTable {
  const [head, ...body] = table.children;
  const header = (head?.children ?? []).map((c) => toString(c).replace(/\s+/g, " ").trim());
  // A trailing Description column takes the overflow back: the extra cells are almost always the rest of a
  // description cut at an unescaped `|` (`(*.mobileconfig | *.xml)`), so joining them restores the written text.
  const joinInto = header.length > 0 && column(header.slice(-1), DESCRIPTION_ALIASES) === 0 ? header.length - 1 : -1;
  return { header, pos: posOf(table), rows: body.map((r) => readRow(r, header.length, joinInto)) };
}

function readRow(r: MdastRow, width: number, joinInto: number): TableRow {
  const cells = r.children.map((c) => c.children);
  const cellPos = r.children.map((c) => posOf(c));
  const row: TableRow = { cells, pos: posOf(r), cellPos };
  const extra = width > 0 ? r.children.slice(width) : [];
  const text = extra.map((c) => toString(c).trim()).join(" | ");
  // Empty trailing cells (`|a|b|c||`) lose nothing.
  if (extra.length === 0 || text.replace(/[|\s]/g, "") === "") return row;
  const joined = joinInto >= 0;
  if (joined) {
    // An empty Description cell followed by the text (`|String||The type …|`) takes the text without a leading `|`.
    const parts = r.children.slice(joinInto).filter((c, i) => i > 0 || c.children.length > 0);
    cells[joinInto] = parts.flatMap((c, i) => (i === 0 ? c.children : [separator(parts[i - 1], c), ...c.children]));
    cells.length = width;
    cellPos.length = width;
  }
  row.overflow = { pos: posOf(extra[0]), text, joined };
  return row;
}

/**
 * The `|` between two cells as written, with the spaces around it: GFM trims cell content, so the spaces come from
 * the positions (the cell node starts at its opening pipe).
 */
function separator(before: TableCell, cell: TableCell): PhrasingContent {
  const pipe = cell.position?.start;
  const end = before.children.at(-1)?.position?.end;
  const start = cell.children[0]?.position?.start;
  const gap = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && b > a ? b - a : 0);
  const left = end?.line === pipe?.line ? gap(end?.offset, pipe?.offset) : 0;
  const right = start?.line === pipe?.line ? gap((pipe?.offset ?? 0) + 1, start?.offset) : 0;
  return { type: "text", value: " ".repeat(left) + "|" + " ".repeat(right) };
}

/**
 * Findings about the shape of the rows a reader takes from `t`: cells past the header, and rows whose name cell
 * (column `nameCol`) is empty while others are not (the reader skips them). `noun` names a row in messages
 * ("property", "enum member").
 */
export function rowShapeFindings(t: ReadTable, file: string, nameCol: number, noun: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const row of t.rows) {
    const name = nameCol >= 0 ? toString({ type: "paragraph", children: row.cells[nameCol] ?? [] }).trim() : "";
    const label = name ? `Row "${clip(name)}"` : "This row";
    if (row.overflow) {
      const o = row.overflow;
      const what = o.joined
        ? `docs2ts reads them as part of the ${t.header[t.header.length - 1]} cell, but the published page drops them`
        : "GFM drops them, and so does docs2ts";
      out.push(
        diagnostic(
          "table-row-extra-cells",
          { file, line: o.pos.line, column: o.pos.column },
          `${label} has more cells than the table has columns (${t.header.length}); the cells from here on ("${clip(o.text)}") are past the last column: ${what}.`,
          "If the `|` here is part of the text, escape it as `\\|` (also inside backticks); otherwise add the missing column to the header or remove the extra cells.",
        ),
      );
    }
    if (nameCol >= 0 && !name) {
      const rest = row.cells
        .map((c, i) => (i === nameCol ? "" : toString({ type: "paragraph", children: c }).trim()))
        .filter((s) => s !== "");
      if (rest.length === 0) continue; // A blank row carries nothing to lose.
      const headerName = t.header[nameCol] || "name";
      out.push(
        diagnostic(
          "table-row-not-a-member",
          { file, line: row.pos.line, column: row.pos.column },
          `This row has an empty ${headerName} cell, so it is not read as a ${noun} ("${clip(rest.join(" | "))}" is lost).`,
          `Write the ${noun} name in the ${headerName} cell; if the row continues the row above, put both on one source line (use <br> for a line break).`,
        ),
      );
    }
  }
  return out;
}

function clip(s: string): string {
  return s.length > 60 ? s.slice(0, 57) + "…" : s;
}

export const NAME_ALIASES = [
  "parameter name",
  "parameter",
  "property name",
  "property",
  "name",
  "relationship name",
  "relationship",
  "header",
  "header name",
  "query parameter",
  "member",
];
export const TYPE_ALIASES = ["type", "value type", "return type"];
export const DESCRIPTION_ALIASES = ["description", "descriptions"];

/** Index of the first header cell matching one of the aliases (case-insensitive, exact text), or -1. */
export function column(header: readonly string[], aliases: readonly string[]): number {
  const lower = header.map((h) => h.toLowerCase());
  for (const a of aliases) {
    const i = lower.indexOf(a);
    if (i >= 0) return i;
  }
  return -1;
}
