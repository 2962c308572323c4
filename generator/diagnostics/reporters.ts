/** Diagnostic output formats. `pretty` follows tsc: `PATH:LINE:COL - severity rule-id: message`. */
import type { Diagnostic } from "./diagnostic.js";

export function formatPretty(d: Diagnostic): string {
  const { file, line, column } = d.location;
  const hint = d.hint ? `\n    hint: ${d.hint}` : "";
  return `${file}:${line}:${column} - ${d.severity} ${d.code}: ${d.message}${hint}`;
}

/** One summary line: counts by severity and by rule id, most frequent first. */
export function summaryLine(diagnostics: readonly Diagnostic[]): string {
  const bySeverity = { error: 0, warning: 0, info: 0 };
  const byCode = new Map<string, number>();
  for (const d of diagnostics) {
    bySeverity[d.severity]++;
    byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1);
  }
  const codes = [...byCode].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c, n]) => `${c}=${n}`);
  return `docs2ts: ${bySeverity.error} errors, ${bySeverity.warning} warnings, ${bySeverity.info} infos${codes.length ? ` (${codes.join(" ")})` : ""}`;
}
