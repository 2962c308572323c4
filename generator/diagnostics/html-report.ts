/**
 * The HTML reporter: one self-contained static page (no server, no CDN, no external file) for the people who write
 * the docs. Findings grouped by page and by rule, coverage per area, and `check` / `diff` drift when given; each
 * entry links to `page.md:line`; filters by rule, severity and area (a few lines of inline script that only hide
 * and show entries and recount); readable on a phone (one column, no fixed widths).
 *
 * Every text that comes from the pages (messages quote doc text; paths, names) is untrusted: it is HTML-escaped
 * where it is written, and the script reads only `data-*` attributes and writes only numbers and `hidden`.
 * Pure: it returns text, the CLI decides where it goes.
 */
import type { Diagnostic, Severity } from "./diagnostic.js";

export interface HtmlCoverageRow {
  area: string;
  pages: number;
  stated: number;
  assumed: number;
  /** Per fact kind (`nullable`, `base`, …). */
  byFact: Record<string, { stated: number; assumed: number }>;
}

export interface HtmlCoverageFact {
  name: string;
  fact: string;
  value: string;
  by: string;
  file: string;
  line: number;
  area: string;
}

export interface HtmlCoverage {
  totals: { stated: number; assumed: number };
  areas: HtmlCoverageRow[];
  /** Assumed facts (where a statement is missing), shown per page. */
  assumed: HtmlCoverageFact[];
}

export interface HtmlDriftEntry {
  kind: string;
  name: string;
  message: string;
  file?: string;
  line?: number;
}

export interface HtmlReportInput {
  /** `docs2ts validate`, `docs2ts coverage`, … */
  title: string;
  diagnostics: readonly Diagnostic[];
  /** Page file → area (front matter `ms.prod`); pages not listed are in `(none)`. */
  areas?: ReadonlyMap<string, string>;
  coverage?: HtmlCoverage;
  /** `check` / `diff` drift entries. */
  drift?: { title: string; entries: readonly HtmlDriftEntry[] };
  /** The link for a page file (default: the path as given), `#L<line>` is appended. */
  href?: (file: string) => string;
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const NO_AREA = "(none)";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function formatHtml(input: HtmlReportInput): string {
  const area = (file: string): string => input.areas?.get(file) ?? NO_AREA;
  const href = (file: string, line: number): string => `${input.href ? input.href(file) : encodeURI(file.replace(/\\/g, "/"))}#L${line}`;
  const link = (file: string, line: number): string =>
    `<a class="loc" href="${escapeHtml(href(file, line))}">${escapeHtml(`${file}:${line}`)}</a>`;
  const ds = input.diagnostics;
  const rules = [...new Set(ds.map((d) => d.code))].sort();
  const allAreas = [
    ...new Set([
      ...ds.map((d) => area(d.location.file)),
      ...(input.coverage?.areas.map((a) => a.area) ?? []),
      ...(input.drift?.entries.map((e) => (e.file ? area(e.file) : NO_AREA)) ?? []),
    ]),
  ].sort();
  const entry = (d: Diagnostic): string =>
    `<li class="f" data-rule="${escapeHtml(d.code)}" data-severity="${d.severity}" data-area="${escapeHtml(area(d.location.file))}">` +
    `<span class="sev ${d.severity}">${d.severity}</span> <code>${escapeHtml(d.code)}</code> ${link(d.location.file, d.location.line)}` +
    `<div class="msg">${escapeHtml(d.message)}</div>${d.hint ? `<div class="hint">${escapeHtml(d.hint)}</div>` : ""}</li>`;
  const group = (key: string, items: Diagnostic[], label: string): string =>
    `<details class="g" data-group="${escapeHtml(key)}"><summary>${label} <span class="n">${items.length}</span></summary><ul>${items.map(entry).join("")}</ul></details>`;
  const byPage = groupBy(ds, (d) => d.location.file);
  const byRule = groupBy(ds, (d) => d.code);
  const counts = (sev?: Severity): number => ds.filter((d) => sev === undefined || d.severity === sev).length;

  const parts: string[] = [];
  parts.push(`<header><h1>${escapeHtml(input.title)}</h1>`);
  parts.push(
    `<p class="counts">Findings shown: <b id="count-total">${counts()}</b> of ${counts()} — ` +
      SEVERITIES.map((s) => `<span class="sev ${s}">${s}</span> <b id="count-${s}">${counts(s)}</b>`).join(" ") +
      `</p>`,
  );
  parts.push(`<form id="filters" class="filters">`);
  parts.push(select("rule", "Rule", rules));
  parts.push(select("severity", "Severity", SEVERITIES));
  parts.push(select("area", "Area", allAreas));
  parts.push(`</form></header><main>`);
  if (input.coverage) parts.push(coverageSection(input.coverage, link));
  if (input.drift) parts.push(driftSection(input.drift, area, link));
  parts.push(`<section id="by-page"><h2>Findings by page</h2>`);
  parts.push(
    ds.length === 0 ? `<p>No findings.</p>` : [...byPage].map(([f, items]) => group(f, items, `<code>${escapeHtml(f)}</code>`)).join(""),
  );
  parts.push(`</section><section id="by-rule"><h2>Findings by rule</h2>`);
  parts.push(
    ds.length === 0 ? `<p>No findings.</p>` : [...byRule].map(([r, items]) => group(r, items, `<code>${escapeHtml(r)}</code>`)).join(""),
  );
  parts.push(`</section></main>`);
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">` +
    `<title>${escapeHtml(input.title)}</title><style>${STYLE}</style></head><body>\n` +
    parts.join("\n") +
    `\n<script>${SCRIPT}</script></body></html>\n`
  );
}

function select(name: string, label: string, values: readonly string[]): string {
  const options = values.map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`).join("");
  return `<label>${label} <select name="${name}" id="filter-${name}"><option value="">all</option>${options}</select></label>`;
}

function coverageSection(c: HtmlCoverage, link: (file: string, line: number) => string): string {
  const facts = [...new Set(c.areas.flatMap((a) => Object.keys(a.byFact)))];
  const pct = (s: number, a: number): string => (s + a === 0 ? "–" : `${Math.round((100 * s) / (s + a))}%`);
  const head = `<tr><th>area</th><th>pages</th><th>stated</th><th>assumed</th>${facts.map((f) => `<th>${escapeHtml(f)}</th>`).join("")}</tr>`;
  const rows = c.areas
    .map(
      (a) =>
        `<tr class="cov" data-area="${escapeHtml(a.area)}"><td>${escapeHtml(a.area)}</td><td>${a.pages}</td><td>${a.stated}</td><td>${a.assumed}</td>` +
        facts.map((f) => `<td>${pct(a.byFact[f]?.stated ?? 0, a.byFact[f]?.assumed ?? 0)}</td>`).join("") +
        `</tr>`,
    )
    .join("");
  const byPage = groupBy(c.assumed, (f) => f.file);
  const pages = [...byPage]
    .map(
      ([file, list]) =>
        `<details class="cg" data-area="${escapeHtml(list[0].area)}"><summary><code>${escapeHtml(file)}</code> <span class="n">${list.length}</span> assumed</summary><ul>` +
        list
          .map(
            (f) =>
              `<li>${link(f.file, f.line)} <b>${escapeHtml(f.fact)}</b> of <code>${escapeHtml(f.name)}</code>: ${escapeHtml(f.value)} <span class="by">(${escapeHtml(f.by)})</span></li>`,
          )
          .join("") +
        `</ul></details>`,
    )
    .join("");
  return (
    `<section id="coverage"><h2>Coverage</h2><p>Facts stated by the docs: <b id="coverage-stated">${c.totals.stated}</b>, ` +
    `assumed by the model: <b id="coverage-assumed">${c.totals.assumed}</b> (${pct(c.totals.stated, c.totals.assumed)} stated).</p>` +
    `<div class="scroll"><table>${head}${rows}</table></div><h3>Where a statement is missing</h3>${pages}</section>`
  );
}

function driftSection(
  d: NonNullable<HtmlReportInput["drift"]>,
  area: (file: string) => string,
  link: (file: string, line: number) => string,
): string {
  const items = d.entries
    .map(
      (e) =>
        `<li class="d" data-area="${escapeHtml(e.file ? area(e.file) : NO_AREA)}"><code>${escapeHtml(e.kind)}</code> <b>${escapeHtml(e.name)}</b> ` +
        `${e.file ? link(e.file, e.line ?? 1) : ""}<div class="msg">${escapeHtml(e.message)}</div></li>`,
    )
    .join("");
  return `<section id="drift"><h2>${escapeHtml(d.title)} <span class="n" id="drift-count">${d.entries.length}</span></h2>${d.entries.length ? `<ul>${items}</ul>` : "<p>No drift.</p>"}</section>`;
}

function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    const l = out.get(k);
    if (l) l.push(t);
    else out.set(k, [t]);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff}
header{position:sticky;top:0;background:#f6f8fa;border-bottom:1px solid #d0d7de;padding:.5rem 1rem;z-index:1}
h1{font-size:1.2rem;margin:.2rem 0}main{padding:0 1rem 2rem;max-width:70rem}
.filters{display:flex;flex-wrap:wrap;gap:.5rem}.filters label{display:flex;gap:.3rem;align-items:center}
select{max-width:14rem;font-size:1rem}details{border-bottom:1px solid #eaeef2;padding:.25rem 0}
summary{cursor:pointer;overflow-wrap:anywhere}ul{padding-left:1rem;margin:.3rem 0}li{margin:.35rem 0;overflow-wrap:anywhere}
.n{background:#eaeef2;border-radius:1rem;padding:0 .5rem;font-size:.85em}
.sev{border-radius:.25rem;padding:0 .3rem;font-size:.8em;color:#fff}.error{background:#cf222e}.warning{background:#9a6700}.info{background:#0969da}
.msg{margin-left:.2rem}.hint{color:#57606a;font-size:.9em}.by{color:#57606a}.loc{font-family:ui-monospace,monospace;font-size:.9em}
.scroll{overflow-x:auto}table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.2rem .4rem;text-align:right}td:first-child,th:first-child{text-align:left}
[hidden]{display:none!important}
@media (max-width:600px){body{font-size:14px}main{padding:0 .5rem 2rem}header{position:static}}
`;

/** Hides what the filters exclude and recounts; reads only data-* attributes, writes only numbers and `hidden`. */
const SCRIPT = `
(function(){
var form=document.getElementById("filters");
function apply(){
  var rule=form.rule.value,sev=form.severity.value,area=form.area.value;
  var seen={total:0,error:0,warning:0,info:0};
  document.querySelectorAll("#by-page li.f").forEach(function(li){
    var ok=(!rule||li.dataset.rule===rule)&&(!sev||li.dataset.severity===sev)&&(!area||li.dataset.area===area);
    li.hidden=!ok;if(ok){seen.total++;seen[li.dataset.severity]++;}
  });
  document.querySelectorAll("#by-rule li.f").forEach(function(li){
    li.hidden=!((!rule||li.dataset.rule===rule)&&(!sev||li.dataset.severity===sev)&&(!area||li.dataset.area===area));
  });
  document.querySelectorAll("details.g").forEach(function(g){
    var n=g.querySelectorAll("li.f:not([hidden])").length;g.hidden=n===0;g.querySelector(".n").textContent=String(n);
  });
  document.querySelectorAll("tr.cov,details.cg,li.d").forEach(function(e){e.hidden=!!area&&e.dataset.area!==area;});
  Object.keys(seen).forEach(function(k){document.getElementById("count-"+k).textContent=String(seen[k]);});
}
form.addEventListener("change",apply);
})();
`;
