/** A located finding about the docs (or about docs2ts' reading of them). Plain data: it lives in the model. */
import { ruleInfo, type RuleId } from "./rules.js";
import type { Severity } from "./severity.js";

export type { Severity } from "./severity.js";
export type { RuleId } from "./rules.js";

export interface SourceLocation {
  /** The page path as it was given on the command line (or as found under a given folder). */
  file: string;
  /** 1-based line in the page file itself (front matter included). */
  line: number;
  /** 1-based column. */
  column: number;
}

export interface Diagnostic {
  /** Stable rule id, e.g. `todo-placeholder`. See docs/diagnostics.md. */
  code: string;
  severity: Severity;
  message: string;
  hint?: string;
  location: SourceLocation;
}

/**
 * A finding of rule `code`, with the severity the registry gives it. `severity` is only for the one other severity
 * a rule's registry entry names (`alsoReportedAs`); anything else is a programming error.
 */
export function diagnostic(code: RuleId, location: SourceLocation, message: string, hint?: string, severity?: Severity): Diagnostic {
  const rule = ruleInfo(code)!;
  if (severity !== undefined && severity !== rule.defaultSeverity && severity !== rule.alsoReportedAs) {
    throw new Error(`docs2ts: rule ${code} is not registered as ${severity}`);
  }
  const s = severity ?? rule.defaultSeverity;
  return hint === undefined ? { code, severity: s, message, location } : { code, severity: s, message, hint, location };
}

/** Deterministic order: file, line, column, code, message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    cmp(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    cmp(a.code, b.code) ||
    cmp(a.message, b.message)
  );
}

/** Drops repeated findings (same place, rule and message): two readers may report the same fault. Keeps order. */
export function dedupeDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const k = `${d.location.file}:${d.location.line}:${d.location.column}:${d.code}:${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
