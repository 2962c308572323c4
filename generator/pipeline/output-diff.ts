/**
 * Compares freshly generated files with an output folder without writing anything: which generated files are
 * new, which the folder has but would be removed (listed in its manifest), which differ, and what changed in the
 * model (from the model summary written by the last generate).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { readManifest } from "../platform/output-writer.js";
import { diffModels, type ModelChange } from "../model/diff.js";
import { MODEL_SUMMARY_FILE, readModelSummary, type ModelSummary } from "../model/summary.js";

export interface CheckReport {
  added: string[];
  removed: string[];
  changed: string[];
  /** undefined when the folder has no (readable) model summary to compare with. */
  model?: ModelChange[];
  equal: boolean;
}

export async function compareWithOutput(outDir: string, files: ReadonlyMap<string, string>, summary: ModelSummary): Promise<CheckReport> {
  const previous = new Set(await readManifest(outDir));
  const report: CheckReport = { added: [], removed: [], changed: [], equal: true };
  for (const [rel, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (rel === MODEL_SUMMARY_FILE) continue;
    const old = await readFile(join(outDir, rel), "utf8").catch(() => undefined);
    if (old === undefined) report.added.push(rel);
    else if (old !== text) report.changed.push(rel);
  }
  for (const rel of [...previous].sort()) if (!files.has(rel)) report.removed.push(rel);
  const before = readModelSummary(await readFile(join(outDir, MODEL_SUMMARY_FILE), "utf8").catch(() => undefined));
  if (before) report.model = diffModels(before, summary);
  report.equal = report.added.length + report.removed.length + report.changed.length === 0 && (report.model?.length ?? 0) === 0;
  return report;
}

export function formatReport(outDir: string, r: CheckReport): string {
  if (r.equal) return `docs2ts check: ${outDir} is up to date.\n`;
  const lines = [`docs2ts check: ${outDir} is out of date with the pages (nothing was written).`];
  lines.push(`Files: ${r.changed.length} changed, ${r.added.length} added, ${r.removed.length} removed`);
  for (const f of r.changed) lines.push(`  ~ ${f}`);
  for (const f of r.added) lines.push(`  + ${f}`);
  for (const f of r.removed) lines.push(`  - ${f}`);
  if (r.model === undefined) lines.push(`Model: no ${MODEL_SUMMARY_FILE} in ${outDir} to compare with (run generate once).`);
  else {
    const breaking = r.model.filter((c) => c.breaking).length;
    lines.push(`Model: ${r.model.length} change${r.model.length === 1 ? "" : "s"} (${breaking} breaking)`);
    const sign = { added: "+", removed: "-", changed: "~" } as const;
    for (const c of r.model) {
      const detail =
        c.kind === "changed"
          ? `: ${c.before} → ${c.after}`
          : c.kind === "added" && c.after
            ? `: ${c.after}`
            : c.before
              ? `: ${c.before}`
              : "";
      lines.push(`  ${sign[c.kind]} ${c.what} ${c.name}${detail}${c.breaking ? "  [breaking]" : ""}`);
    }
  }
  return lines.join("\n") + "\n";
}
