/**
 * Diagnostic output formats. `pretty` follows tsc: `PATH:LINE:COL - severity rule-id: message`; `json` is one JSON
 * document; `github` prints workflow commands (annotations); `sarif` is SARIF 2.1.0 for code-scanning tools; `html`
 * is one self-contained page for the people who write the docs (html-report.ts).
 * All are pure: they return text, the CLI decides where it goes.
 */
import type { Diagnostic, Severity } from "./diagnostic.js";
import { formatGithub } from "./github-annotations.js";
import { formatHtml, type HtmlReportInput } from "./html-report.js";
import { formatSarif } from "./sarif.js";

export const REPORTERS = ["pretty", "json", "github", "sarif", "html"] as const;
export type ReporterName = (typeof REPORTERS)[number];

export interface PrettyOptions {
  /** ANSI colours (the CLI turns them on only for a TTY without NO_COLOR). Default: off. */
  color?: boolean;
}

export interface ReportOptions extends PrettyOptions {
  /** Show info diagnostics in the human formats (`pretty`, `github`); `json` and `sarif` always hold everything. */
  verbose?: boolean;
  /** What the `html` page shows besides the findings (title, areas, coverage, drift, links). */
  html?: Omit<HtmlReportInput, "diagnostics">;
}

// tsc's palette: path cyan, position yellow, error red, warning yellow, rule id grey.
const ANSI = { cyan: 36, yellow: 33, red: 31, blue: 34, grey: 90 } as const;
const SEVERITY_COLOUR: Record<Severity, keyof typeof ANSI> = { error: "red", warning: "yellow", info: "blue" };

function paint(on: boolean | undefined, colour: keyof typeof ANSI, text: string): string {
  return on ? `\u001b[${ANSI[colour]}m${text}\u001b[39m` : text;
}

export function formatPretty(d: Diagnostic, options: PrettyOptions = {}): string {
  const { file, line, column } = d.location;
  const c = options.color;
  const hint = d.hint ? `\n    ${paint(c, "grey", "hint:")} ${d.hint}` : "";
  const where = `${paint(c, "cyan", file)}:${paint(c, "yellow", String(line))}:${paint(c, "yellow", String(column))}`;
  return `${where} - ${paint(c, SEVERITY_COLOUR[d.severity], d.severity)} ${paint(c, "grey", d.code)}: ${d.message}${hint}`;
}

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countSeverities(diagnostics: readonly Diagnostic[]): SeverityCounts {
  const n = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === "error") n.errors++;
    else if (d.severity === "warning") n.warnings++;
    else n.infos++;
  }
  return n;
}

/** One summary line: counts by severity and by rule id, most frequent first. */
export function summaryLine(diagnostics: readonly Diagnostic[]): string {
  const n = countSeverities(diagnostics);
  const byCode = new Map<string, number>();
  for (const d of diagnostics) byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1);
  const codes = [...byCode].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c, k]) => `${c}=${k}`);
  return `docs2ts: ${n.errors} errors, ${n.warnings} warnings, ${n.infos} infos${codes.length ? ` (${codes.join(" ")})` : ""}`;
}

/** The JSON reporter's document. `version` changes only when a field changes meaning. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const doc = {
    version: 1,
    summary: countSeverities(diagnostics),
    diagnostics: diagnostics.map((d) => ({
      file: d.location.file,
      line: d.location.line,
      column: d.location.column,
      severity: d.severity,
      code: d.code,
      message: d.message,
      ...(d.hint !== undefined ? { hint: d.hint } : {}),
    })),
  };
  return JSON.stringify(doc, null, 2) + "\n";
}

/**
 * The whole report in one format, "" when a human format has nothing to show. The summary line counts every
 * diagnostic given, including infos that are not shown.
 */
export function formatReport(reporter: ReporterName, diagnostics: readonly Diagnostic[], options: ReportOptions = {}): string {
  const shown = options.verbose ? diagnostics : diagnostics.filter((d) => d.severity !== "info");
  switch (reporter) {
    case "json":
      return formatJson(diagnostics);
    case "sarif":
      return formatSarif(diagnostics);
    case "html":
      return formatHtml({ title: "docs2ts", ...options.html, diagnostics });
    case "github":
      return shown.length === 0 ? "" : shown.map((d) => formatGithub(d) + "\n").join("") + summaryLine(diagnostics) + "\n";
    case "pretty":
      return shown.length === 0 ? "" : shown.map((d) => formatPretty(d, options) + "\n").join("") + summaryLine(diagnostics) + "\n";
  }
}
