/** A located finding about the docs (or about docs2ts' reading of them). Plain data: it lives in the model. */
export type Severity = "error" | "warning" | "info";

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

export function diagnostic(
  code: string,
  severity: Severity,
  location: SourceLocation,
  message: string,
  hint?: string,
): Diagnostic {
  return hint === undefined ? { code, severity, message, location } : { code, severity, message, hint, location };
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
