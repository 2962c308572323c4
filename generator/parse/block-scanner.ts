/**
 * Cuts a page down to the blocks the readers look at before remark sees it. remark spends most of its time on prose,
 * tab content, snippet includes and tables of sections nothing reads; a line scanner that blanks those lines makes
 * the parse several times cheaper while it stays the same remark pipeline.
 *
 * Positions stay exact: a dropped line becomes an empty line (same line count) and a kept line is byte-identical,
 * so every mdast position is still the position in the file. Blocks are kept or dropped whole (a block is a run of
 * lines between blank lines, with its indented continuations, or a whole fenced code block / HTML block 1-5), so a
 * kept block parses exactly as it did in the full page. parseReduced then leaves out what remark only copies
 * (code and comment bodies, runs of blank lines) and maps positions back; see there.
 *
 * What is always kept: headings, fenced and indented code, HTML (annotation comments), link reference definitions
 * (references anywhere on the page resolve against them), thematic breaks, and everything between an annotation
 * comment and the code block it annotates (the readers count the blocks in between). Per section (by heading
 * text, the same regexes the readers use, a little wider): the H1 section and preamble keep everything; sections
 * whose tables are read keep their tables; sections whose prose is read keep everything. Anything else is dropped.
 *
 * This must track what generator/parse reads: test/parse/block-scanner.corpus.test.ts checks that the page facts of
 * parseReduced deep-equal those of remark + the whole of remark-gfm on the full text on every corpus page, and
 * test/parse/block-scanner.test.ts that parseReduced gives the tree of `parse(reduceForParse(body))`. When a reader starts reading something
 * new, widen the policy here (or that test fails).
 */

import type { Code, Html, Root, RootContent } from "mdast";
import { lineStarts, mapPositions, selectLines } from "./line-selection.js";

type Policy = "all" | "tables" | "structure";

/** Sections whose prose and lists are read (including their subsections): keep every block. */
const READ_ALL_WITH_SUBSECTIONS = [/^derived types$/i, /^request body$/i, /query parameters$/i];
/** Sections whose tables are read, including their subsections' tables. */
const READ_TABLES_WITH_SUBSECTIONS = [/^(permissions|prerequisites)\b/i, /^function parameters$/i, /^path parameters$/i];
/** Prose the inheritance readers look for in any section ("properties are inherited from [x]"). */
const READ_ANYWHERE = /inherit|deriv|subclass|\bbase (?:type|class|resource|entity)|types include/i;
/**
 * Response sections: the API reader reads the prose of an H1/H2 one, or (pages that write every section as H3) of
 * the first one before any example heading. The Response sections of the examples are only read for their code
 * blocks and annotation windows, which are kept anyway.
 */
const READ_ALL_SHALLOW = [/^responses?$/i];
/** The API reader's example headings (api-page.ts EXAMPLE_HEADING): Response sections after one are examples. */
const EXAMPLE_HEADING = /^(?:examples?\b|request$)/i;
/** Sections whose tables are read. */
const READ_TABLES = [
  // `## operationError Properties` too: the resource reader takes it when the word is the page's type name.
  /^(\S+ )?(properties|instance attributes)$/i,
  /^relationships$/i,
  /^methods$/i,
  /^members$/i,
  /values?$/i,
  // Value tables under their own headings (value-tables.ts): `## Type options`, `## State Enumeration`.
  /\b(?:options|enumeration)$/i,
  /^(optional )?request headers?$/i,
];

interface Heading {
  depth: number;
  title: string;
}

interface Block {
  start: number;
  /** Exclusive. */
  end: number;
  kind: "heading" | "code" | "html" | "annotation" | "definition" | "break" | "table" | "text";
  /**
   * A run with a fence or HTML line inside (a list item's code, say) whose end the scanner does not follow: such a
   * construct may go on past blank lines (an unclosed fence, a fence less indented than the item), so the blank
   * lines after the block are not cut.
   */
  mayContinue?: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const DEFINITION = /^ {0,3}\[[^\]]+\]:/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
/** CommonMark HTML blocks 1-5: start line → the line that ends them. They hold blank lines and interrupt a paragraph. */
const HTML_TO_END_MARKER: readonly (readonly [RegExp, RegExp])[] = [
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<(?:pre|script|style|textarea)(?:[ \t>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
const BLANK = /^[ \t]*$/;
const NESTED_FENCE_OR_HTML = /^[ \t>]*(?:`{3,}|~{3,}|<)/;
const LIST_OR_QUOTE = /^ {0,3}([-*+]|\d{1,9}[.)])([ \t]|$)|^ {0,3}>/;

export function reduceForParse(body: string): string {
  const lines = body.split("\n");
  const blocks = scanBlocks(lines);
  const keep = new Uint8Array(lines.length);
  const stack: { depth: number; policy: Policy; inherits: boolean }[] = [];
  let policy: Policy = "all";
  let inAnnotationWindow = false;
  let afterExample = false;
  for (const b of blocks) {
    let kept: boolean;
    if (b.kind === "heading") {
      const h = headingOf(lines, b);
      if (h !== undefined) {
        while (stack.length > 0 && stack[stack.length - 1].depth >= h.depth) stack.pop();
        const inherited = stack.find((s) => s.inherits && s.policy === "all") ?? stack.find((s) => s.inherits);
        const own = policyOf(h, afterExample);
        if (EXAMPLE_HEADING.test(h.title)) afterExample = true;
        const p: Policy = h.depth === 1 ? "all" : widest(own.policy, inherited?.policy ?? "structure");
        stack.push({ depth: h.depth, policy: p, inherits: own.inherits || inherited !== undefined });
        policy = p;
      }
      kept = true;
    } else if (b.kind === "annotation") {
      inAnnotationWindow = true;
      kept = true;
    } else if (b.kind === "code") {
      inAnnotationWindow = false;
      kept = true;
    } else if (b.kind === "html" || b.kind === "definition" || b.kind === "break") {
      kept = true;
    } else {
      kept =
        inAnnotationWindow ||
        policy === "all" ||
        (policy === "tables" && b.kind === "table") ||
        READ_ANYWHERE.test(lines.slice(b.start, b.end).join("\n"));
    }
    if (kept) keep.fill(1, b.start, b.end);
  }
  let out = "";
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) out += "\n";
    if (keep[i] === 1) out += lines[i];
  }
  return out;
}

/**
 * reduceForParse, and then only the lines remark needs. Example request/response bodies are the largest blocks of
 * a page and remark only copies them into `code.value`; annotation comments are the next largest and remark only
 * copies them into `html.value`; a dropped block leaves a run of blank lines that remark still steps through. So
 * remark sees the reduced page with fenced code blocks reduced to their fence lines, comments to `<!---->`, and
 * each run of blank lines between blocks cut to one; positions are mapped back to the page afterwards
 * (line-selection.ts) and the values put back. Only unindented, closed fences and comments are cut (their value is
 * their lines verbatim); if any of them does not come back as a top-level node of its kind on its line, the page is
 * parsed again without the cuts, so the result is always the one of `parse(reduceForParse(body))`, with offsets
 * into `body`.
 */
export function parseReduced(body: string, parse: (text: string) => Root): Root {
  const lines = reduceForParse(body).split("\n");
  // Offsets into the page, not into the reduced text (a dropped line is empty there).
  const starts = lineStarts(body);
  const whole = (): Root => parseLines(lines, lines, new Uint8Array(lines.length).fill(TAKE), starts, parse);
  // CR line endings: BLANK and the fence patterns do not see "\r" lines as blank or closed; parse everything.
  if (body.includes("\r")) return whole();
  const take = new Uint8Array(lines.length);
  const sent = lines.slice();
  const cuts: Cut[] = [];
  for (const b of scanBlocks(lines)) {
    take.fill(TAKE, b.start, b.end);
    if (b.mayContinue) for (let k = b.end, until = continuesUntil(lines, b); k <= until; k++) if (BLANK.test(lines[k])) take[k] = TAKE;
    const cut = b.kind === "code" ? cutFence(lines, b) : b.kind === "html" || b.kind === "annotation" ? cutComment(lines, b) : undefined;
    if (!cut) continue;
    cuts.push(cut);
    if (cut.kind === "code") {
      take.fill(CUT, b.start + 1, cut.close);
    } else {
      sent[b.start] = COMMENT_PLACEHOLDER;
      take.fill(CUT, b.start + 1, cut.close + 1);
    }
  }
  // Between blocks every line is blank (scanBlocks); one blank line separates two blocks as well as many do.
  for (let i = 0; i < lines.length; i++)
    if (take[i] === SKIP && (i === 0 || take[i - 1] !== TAKE || !BLANK.test(lines[i - 1]))) take[i] = TAKE;
  const root = parseLines(lines, sent, take, starts, parse);
  if (cuts.length === 0) return root;
  const byLine = new Map<number, RootContent>();
  for (const n of root.children) if ((n.type === "code" || n.type === "html") && n.position) byLine.set(n.position.start.line, n);
  for (const c of cuts) {
    const n = byLine.get(c.open + 1);
    const back =
      c.kind === "code"
        ? n?.type === "code" && n.position?.end.line === c.close + 1
        : n?.type === "html" && n.value === COMMENT_PLACEHOLDER;
    if (!back) return whole();
  }
  for (const c of cuts) {
    const n = byLine.get(c.open + 1) as Code | Html;
    n.value = c.value;
    if (c.kind === "html")
      n.position!.end = { line: c.close + 1, column: lines[c.close].length + 1, offset: starts[c.close] + lines[c.close].length };
  }
  return root;
}

/**
 * The last line a fence or HTML block inside `b` may reach (b.mayContinue): its closing line wherever that is (a
 * fence less indented than its list item is a top-level fence running past the item), or the end of the page.
 */
function continuesUntil(lines: readonly string[], b: Block): number {
  let until = b.end - 1;
  for (let f = b.start; f < b.end; f++) {
    const line = lines[f].replace(/^[ \t>]*/, "");
    const fence = /^(`{3,}|~{3,})/.exec(line)?.[1];
    const end = fence
      ? new RegExp(`^[ \\t>]*\\${fence[0]}{${fence.length},}[ \\t]*$`)
      : HTML_TO_END_MARKER.find(([start]) => start.test(line))?.[1];
    if (!end) continue;
    let k = f + 1;
    if (!fence && end.test(line)) continue; // Closed on its own line.
    while (k < lines.length && !end.test(lines[k])) k++;
    until = Math.max(until, Math.min(k, lines.length - 1));
  }
  return until;
}

/** Line flags of parseReduced: left out (a blank line between blocks), sent to remark, or a cut line. */
const SKIP = 0;
const TAKE = 1;
const CUT = 2;

/** What remark sees of a cut comment: the shortest complete HTML comment (CommonMark HTML block 2, like the original). */
const COMMENT_PLACEHOLDER = "<!---->";

/** A block remark sees cut down (its first line or its fence lines only); `value` is the node's value to put back. */
interface Cut {
  kind: "code" | "html";
  open: number;
  /** The block's last line. */
  close: number;
  value: string;
}

/** Parses the `take` lines of `sent` (the page's `lines` with cut blocks' first lines replaced), positions into the page. */
function parseLines(
  lines: readonly string[],
  sent: readonly string[],
  take: Uint8Array,
  starts: readonly number[],
  parse: (text: string) => Root,
): Root {
  const sel = selectLines(sent, take);
  const root = parse(sel.text);
  mapPositions(root, sel, starts);
  // The root spans the whole page, left-out lines at its end included (a dropped line is empty in `lines`).
  const last = lines.length - 1;
  if (root.position) root.position.end = { line: last + 1, column: lines[last].length + 1, offset: starts[last] + lines[last].length };
  return root;
}

/** A top-level fenced code block whose body can be cut: unindented, closed, its value its lines verbatim. */
function cutFence(lines: readonly string[], b: Block): Cut | undefined {
  if (b.end - b.start < 3) return undefined;
  const marker = /^(`{3,}|~{3,})/.exec(lines[b.start])?.[1];
  if (!marker) return undefined;
  const close = b.end - 1;
  if (!new RegExp(`^ {0,3}\\${marker[0]}{${marker.length},}[ \\t]*$`).test(lines[close])) return undefined;
  return { kind: "code", open: b.start, close, value: lines.slice(b.start + 1, close).join("\n") };
}

/** A top-level HTML comment that can be cut: unindented, closed; its value is its lines verbatim. */
function cutComment(lines: readonly string[], b: Block): Cut | undefined {
  const close = b.end - 1;
  if (!lines[b.start].startsWith("<!--") || !lines[close].includes("-->")) return undefined;
  return { kind: "html", open: b.start, close, value: lines.slice(b.start, b.end).join("\n") };
}

function widest(a: Policy, b: Policy): Policy {
  return a === "all" || b === "all" ? "all" : a === "tables" || b === "tables" ? "tables" : "structure";
}

function policyOf(h: Heading, afterExample: boolean): { policy: Policy; inherits: boolean } {
  if (READ_ALL_WITH_SUBSECTIONS.some((r) => r.test(h.title))) return { policy: "all", inherits: true };
  if (READ_ALL_SHALLOW.some((r) => r.test(h.title)) && (h.depth <= 2 || !afterExample)) return { policy: "all", inherits: false };
  if (READ_TABLES_WITH_SUBSECTIONS.some((r) => r.test(h.title))) return { policy: "tables", inherits: true };
  if (READ_TABLES.some((r) => r.test(h.title))) return { policy: "tables", inherits: false };
  return { policy: "structure", inherits: false };
}

/**
 * A heading block's depth and plain title, or undefined for a docfx tab marker (`# [HTTP](#tab/http)`), which the
 * section reader skips (so it must not open a section here either).
 */
function headingOf(lines: readonly string[], b: Block): Heading | undefined {
  const first = lines[b.start];
  const atx = ATX.exec(first);
  let depth: number;
  let raw: string;
  if (atx) {
    depth = atx[1].length;
    raw = atx[2] ?? "";
  } else {
    // Setext: the text lines, then the underline.
    const under = lines[b.end - 1];
    depth = under.trim().startsWith("=") ? 1 : 2;
    raw = lines.slice(b.start, b.end - 1).join(" ");
  }
  if (/^\s*\[[^\]]*\]\(#tab\/[^)]*\)\s*$/.test(raw)) return undefined;
  return { depth, title: plainText(raw) };
}

/** Roughly mdast-util-to-string of inline Markdown: links keep their text, emphasis and code marks go. */
function plainText(raw: string): string {
  return raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/[`*_]/g, "")
    .replace(/\\(.)/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** Splits the page into blocks (see the module comment). Lines outside every block are blank. */
function scanBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  const n = lines.length;
  while (i < n) {
    const line = lines[i];
    if (BLANK.test(line)) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence && !(fence[1][0] === "`" && fence[2].includes("`"))) {
      const close = new RegExp(`^ {0,3}${fence[1][0] === "`" ? "`" : "~"}{${fence[1].length},}[ \\t]*$`);
      let j = i + 1;
      while (j < n && !close.test(lines[j])) j++;
      const end = Math.min(j + 1, n);
      blocks.push({ start: i, end, kind: "code" });
      i = end;
      continue;
    }
    if (ATX.test(line)) {
      blocks.push({ start: i, end: i + 1, kind: "heading" });
      i++;
      continue;
    }
    const htmlEnd = HTML_TO_END_MARKER.find(([start]) => start.test(line))?.[1];
    if (htmlEnd) {
      // An HTML block that runs to its end marker, blank lines included (CommonMark HTML blocks 1-5).
      let j = i;
      while (j < n && !htmlEnd.test(lines[j])) j++;
      const end = Math.min(j + 1, n);
      const comment = /^ {0,3}<!--/.test(line);
      blocks.push({ start: i, end, kind: comment && /<!--\s*\{/.test(lines.slice(i, end).join("\n")) ? "annotation" : "html" });
      i = end;
      continue;
    }
    if (/^ {4,}\S|^\t/.test(line) && !continuesContainer(blocks, lines, i)) {
      // Indented code (not a list item's continuation): a code node the readers may see.
      let j = i + 1;
      while (j < n && (BLANK.test(lines[j]) || /^ {4,}|^\t/.test(lines[j]))) j++;
      while (j > i + 1 && BLANK.test(lines[j - 1])) j--;
      blocks.push({ start: i, end: j, kind: "code" });
      i = j;
      continue;
    }
    if (THEMATIC.test(line)) {
      blocks.push({ start: i, end: i + 1, kind: "break" });
      i++;
      continue;
    }
    // A run of non-blank lines, up to the next blank line or a line that interrupts it (fence, heading, comment).
    const container = LIST_OR_QUOTE.test(line);
    let j = i + 1;
    while (j < n && !BLANK.test(lines[j]) && !interrupts(lines[j], container)) j++;
    const run = { start: i, end: j };
    // Indented continuation runs (list items' further paragraphs and code) belong to this block.
    let k = j;
    while (k < n) {
      let m = k;
      while (m < n && BLANK.test(lines[m])) m++;
      if (m === k || m >= n || !/^[ \t]+\S/.test(lines[m])) break;
      let e = m + 1;
      while (e < n && !BLANK.test(lines[e])) e++;
      // A fenced block inside the continuation may hold blank lines: take it whole.
      for (let f = m; f < e; f++) {
        const inner = /^[ \t]+(`{3,}|~{3,})/.exec(lines[f]);
        if (!inner) continue;
        let c = f + 1;
        while (c < n && !new RegExp(`^[ \\t]*${inner[1][0] === "`" ? "`" : "~"}{${inner[1].length},}[ \\t]*$`).test(lines[c])) c++;
        e = Math.max(e, Math.min(c + 1, n));
        while (e < n && !BLANK.test(lines[e])) e++;
        break;
      }
      run.end = e;
      k = e;
    }
    const block: Block = { start: run.start, end: run.end, kind: runKind(lines, run.start, run.end) };
    for (let f = run.start; f < run.end && !block.mayContinue; f++) if (NESTED_FENCE_OR_HTML.test(lines[f])) block.mayContinue = true;
    blocks.push(block);
    i = run.end;
  }
  return blocks;
}

/** In a list item or block quote, indented lines belong to the item: only an unindented line can end it. */
function interrupts(line: string, container: boolean): boolean {
  if (container && /^[ \t]/.test(line)) return false;
  return FENCE.test(line) || ATX.test(line) || HTML_TO_END_MARKER.some(([start]) => start.test(line));
}

function continuesContainer(blocks: readonly Block[], lines: readonly string[], i: number): boolean {
  const prev = blocks[blocks.length - 1];
  if (!prev || prev.kind === "heading" || prev.kind === "code" || prev.kind === "html" || prev.kind === "annotation") return false;
  // Only a list (or a block quote) takes indented lines after a blank line; a paragraph does not.
  return LIST_OR_QUOTE.test(lines[prev.start]) && i > 0;
}

function runKind(lines: readonly string[], start: number, end: number): Block["kind"] {
  if (DEFINITION.test(lines[start])) return "definition";
  for (let i = start + 1; i < end; i++) {
    if (SETEXT.test(lines[i]) && i === end - 1 && !/^ {0,3}([-*+]|\d{1,9}[.)])[ \t]|^ {0,3}>|\|/.test(lines[start])) return "heading";
    if (TABLE_DELIMITER.test(lines[i]) && lines[i].includes("-") && (lines[i].includes("|") || lines[i - 1].includes("|"))) return "table";
  }
  return "text";
}
