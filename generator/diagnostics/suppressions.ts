/**
 * Inline suppression: `<!-- docs2ts-ignore rule-a, rule-b -->` in a page drops the findings of those rules on the
 * next block: the lines from the comment's end through the next non-blank line and every line after it up to the
 * next blank line. A block that opens a code fence runs to the closing fence (code blocks hold blank lines), then
 * on to the next blank line. Comments inside code fences are text, not suppressions.
 * Pure: a post-pass over diagnostics given the page texts, so it works for findings from every stage.
 */
import { compareDiagnostics, diagnostic, type Diagnostic } from "./diagnostic.js";
import { isKnownRule } from "./rules.js";

export interface Suppression {
  /** The ids as written (known or not). */
  rules: readonly string[];
  /** Where the comment starts (1-based). */
  line: number;
  column: number;
  /** The suppressed lines, inclusive (1-based). */
  fromLine: number;
  toLine: number;
}

export interface PageSource {
  file: string;
  text: string;
}

const COMMENT = /<!--\s*docs2ts-ignore(?![\w-])([\s\S]*?)-->/g;
const LINE_BREAK = /\r\n|\r|\n/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

function isBlank(line: string): boolean {
  return /^[ \t]*$/.test(line);
}

/** Index i is true when line i+1 is inside a fenced code block (fence lines included). */
function fencedLines(lines: readonly string[]): boolean[] {
  const out = new Array<boolean>(lines.length).fill(false);
  let open: string | undefined;
  lines.forEach((l, i) => {
    const m = FENCE.exec(l);
    if (open === undefined) {
      if (m) {
        open = m[1];
        out[i] = true;
      }
      return;
    }
    out[i] = true;
    // A closing fence is the same character, at least as long, with nothing but spaces after it.
    if (m && m[1][0] === open[0] && m[1].length >= open.length && isBlank(l.slice(l.indexOf(m[1]) + m[1].length))) open = undefined;
  });
  return out;
}

/** 1-based line and column of each offset, for offsets given in increasing order. */
function lineStarts(text: string): number[] {
  const starts = [0];
  const re = /\r\n|\r|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

function position(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

/** The last line (1-based) of the block that starts at or after `line`, whose first part may be `rest`. */
function blockEnd(lines: readonly string[], fenced: readonly boolean[], endLine: number, rest: string): number {
  let i = endLine - 1; // 0-based index of the comment's last line
  if (isBlank(rest)) {
    i++;
    while (i < lines.length && isBlank(lines[i])) i++;
    if (i >= lines.length) return endLine;
  }
  // Walk to the line before the next blank line; blank lines inside a code fence do not end the block.
  while (i + 1 < lines.length && (!isBlank(lines[i + 1]) || fenced[i + 1])) i++;
  return i + 1;
}

export function readSuppressions(text: string): Suppression[] {
  if (!text.includes("docs2ts-ignore")) return [];
  const lines = text.split(LINE_BREAK);
  const fenced = fencedLines(lines);
  const starts = lineStarts(text);
  const out: Suppression[] = [];
  for (const m of text.matchAll(COMMENT)) {
    const start = position(starts, m.index);
    if (fenced[start.line - 1]) continue;
    const end = position(starts, m.index + m[0].length);
    const rest = lines[end.line - 1].slice(end.column - 1);
    const rules = m[1].split(/[\s,]+/).filter((r) => r !== "");
    out.push({ rules, line: start.line, column: start.column, fromLine: end.line, toLine: blockEnd(lines, fenced, end.line, rest) });
  }
  return out;
}

/** Findings about the suppression comments themselves: no rule named, or an id that is not a docs2ts rule. */
export function suppressionFindings(file: string, text: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const s of readSuppressions(text)) {
    const location = { file, line: s.line, column: s.column };
    if (s.rules.length === 0) {
      out.push(
        diagnostic(
          "suppression-invalid",
          location,
          "This docs2ts-ignore comment names no rule; it suppresses nothing.",
          "Write `<!-- docs2ts-ignore rule-id -->`; the ids are listed in docs/diagnostics.md.",
        ),
      );
    }
    for (const r of s.rules) {
      if (isKnownRule(r)) continue;
      out.push(
        diagnostic(
          "suppression-invalid",
          location,
          `"${r}" is not a docs2ts rule id; nothing is suppressed for it.`,
          "Check the spelling against docs/diagnostics.md.",
        ),
      );
    }
  }
  return out;
}

/** The diagnostics minus those a suppression comment in their own page covers. Order is kept. */
export function applySuppressions(diagnostics: readonly Diagnostic[], pages: readonly PageSource[]): Diagnostic[] {
  const byFile = new Map<string, Suppression[]>();
  for (const p of pages) {
    const s = readSuppressions(p.text);
    if (s.length > 0) byFile.set(p.file, s);
  }
  if (byFile.size === 0) return [...diagnostics];
  return diagnostics.filter((d) => {
    const s = byFile.get(d.location.file);
    const line = d.location.line;
    return !s?.some((x) => x.fromLine <= line && line <= x.toLine && x.rules.includes(d.code));
  });
}

/** One page's findings after its own suppression comments, plus the findings about those comments; sorted. */
export function suppressPageFindings(page: PageSource, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const findings = suppressionFindings(page.file, page.text);
  return applySuppressions([...diagnostics, ...findings], [page]).sort(compareDiagnostics);
}
