/**
 * Parses a selection of a page's lines as if it were the page: remark sees only the selected lines (joined), and
 * every position in the tree is mapped back to the page's line, column and offset afterwards. The caller decides
 * which lines can be left out without changing the parse (runs of blank lines between blocks, the bodies of fenced
 * code blocks whose value it restores itself); this module only does the bookkeeping.
 */
import type { Nodes, Root } from "mdast";
import type { Point, Position } from "unist";

export interface LineSelection {
  /** The text remark sees: the selected lines joined by "\n". */
  text: string;
  /** For each line of `text` (0-based), its 0-based line in the page. */
  pageLine: Int32Array;
}

/** The lines of `lines` whose flag in `take` is 1 (other values: left out), with the line map. */
export function selectLines(lines: readonly string[], take: Uint8Array): LineSelection {
  let count = 0;
  for (let i = 0; i < lines.length; i++) if (take[i] === 1) count++;
  const pageLine = new Int32Array(count);
  const parts = new Array<string>(count);
  let j = 0;
  for (let i = 0; i < lines.length; i++) {
    if (take[i] !== 1) continue;
    pageLine[j] = i;
    parts[j++] = lines[i];
  }
  return { text: parts.join("\n"), pageLine };
}

/**
 * Rewrites, in place, every position in `root` (parsed from `sel.text`) to the page whose lines start at
 * `pageLineStart` (0-based offsets). Columns are unchanged: a selected line is the page's line byte for byte.
 */
export function mapPositions(root: Root, sel: LineSelection, pageLineStart: readonly number[]): void {
  const point = (p: Point): void => {
    const line = sel.pageLine[p.line - 1];
    if (line === undefined) return; // A point past the last selected line (end of an empty text): left as is.
    p.line = line + 1;
    p.offset = pageLineStart[line] + p.column - 1;
  };
  const position = (pos: Position | undefined): void => {
    if (!pos) return;
    point(pos.start);
    // Start and end may be one object only if a plugin shares them; mdast-util-from-markdown copies each point.
    if (pos.end !== pos.start) point(pos.end);
  };
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    position(n.position);
    if ("children" in n) for (const c of n.children) stack.push(c);
  }
}

/** 0-based offset of the start of each line of `text` (lines end at "\n"). */
export function lineStarts(text: string): number[] {
  const out = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) out.push(at + 1);
  return out;
}
