/** Coverage → what a person (text) or a tool (JSON) reads, and what the html page shows. */
import type { HtmlCoverage } from "../../diagnostics/html-report.js";
import { type CoverageReport, FACT_KINDS, type Tally } from "./facts.js";

function pct(t: Tally): string {
  const n = t.stated + t.assumed;
  return n === 0 ? "–" : `${((100 * t.stated) / n).toFixed(1)}%`;
}

/** Totals, one line per fact kind, one per area; with `list`, every assumed fact as `page.md:LINE - …`. */
export function formatCoverageText(r: CoverageReport, list: boolean): string {
  const lines: string[] = [];
  const t = r.totals;
  lines.push(
    `docs2ts coverage: ${t.stated + t.assumed} facts, ${t.stated} stated by the docs (${pct(t)}), ${t.assumed} assumed by the model`,
  );
  for (const k of FACT_KINDS) {
    const f = t.byFact[k];
    if (f.stated + f.assumed > 0)
      lines.push(`  ${k.padEnd(19)} stated ${String(f.stated).padStart(6)}  assumed ${String(f.assumed).padStart(6)}  ${pct(f)}`);
  }
  lines.push(`by area (front matter ms.prod):`);
  const width = Math.max(4, ...r.areas.map((a) => a.area.length));
  for (const a of r.areas)
    lines.push(
      `  ${a.area.padEnd(width)} ${String(a.pages).padStart(5)} pages  stated ${String(a.stated).padStart(6)}  assumed ${String(a.assumed).padStart(6)}  ${pct(a)}`,
    );
  if (list) {
    lines.push(`assumed facts (where a statement is missing):`);
    for (const f of r.facts) if (!f.stated) lines.push(`${f.file}:${f.line} - assumed ${f.fact} of ${f.name}: ${f.value} (${f.by})`);
  } else lines.push(`(--verbose lists every assumed fact with the page and line where its statement belongs; --reporter json gives all)`);
  return lines.join("\n") + "\n";
}

export function formatCoverageJson(r: CoverageReport): string {
  return JSON.stringify(r, null, 2) + "\n";
}

export function htmlCoverage(r: CoverageReport): HtmlCoverage {
  return {
    totals: { stated: r.totals.stated, assumed: r.totals.assumed },
    areas: r.areas,
    assumed: r.facts.filter((f) => !f.stated),
  };
}
