/**
 * GFM tables read by header name, not by position (the official column aliases of the docs team's
 * table-header-config, matched case-insensitively).
 */
import type { PhrasingContent, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Pos } from "./facts.js";
import { posOf } from "./sections.js";

export interface TableRow {
  cells: PhrasingContent[][];
  pos: Pos;
  /** Column positions, for diagnostics on a given cell. */
  cellPos: Pos[];
}

export interface ReadTable {
  header: string[];
  rows: TableRow[];
  pos: Pos;
}

export function readTable(table: Table): ReadTable {
  const [head, ...body] = table.children;
  const header = (head?.children ?? []).map((c) => toString(c).replace(/\s+/g, " ").trim());
  return {
    header,
    pos: posOf(table),
    rows: body.map((r) => ({
      cells: r.children.map((c) => c.children),
      pos: posOf(r),
      cellPos: r.children.map((c) => posOf(c)),
    })),
  };
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
