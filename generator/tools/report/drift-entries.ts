/** `check` and `diff` results → the drift entries the html page lists (each with its page and line when it has one). */
import type { HtmlDriftEntry, HtmlReportInput } from "../../diagnostics/html-report.js";
import type { CheckReport } from "../../pipeline/output-diff.js";
import type { DriftEntry } from "../diff/drift.js";

type Drift = NonNullable<HtmlReportInput["drift"]>;

export function checkDrift(r: CheckReport): Drift {
  const entries: HtmlDriftEntry[] = [
    ...r.changed.map((f) => ({ kind: "changed-file", name: f, message: "would be rewritten" })),
    ...r.added.map((f) => ({ kind: "added-file", name: f, message: "would be written" })),
    ...r.removed.map((f) => ({ kind: "removed-file", name: f, message: "would be removed" })),
    ...(r.model ?? []).map((c) => ({
      kind: `${c.kind} ${c.what}`,
      name: c.name,
      message: [c.before, c.after].filter((x) => x !== undefined).join(" → ") + (c.breaking ? " [breaking]" : ""),
    })),
  ];
  return { title: "Drift against the output folder (check)", entries };
}

export function diffDrift(entries: readonly DriftEntry[], against: string): Drift {
  return {
    title: `Drift against ${against} (diff)`,
    entries: entries.map((e) => {
      const out: HtmlDriftEntry = {
        kind: e.kind,
        name: e.member ? `${e.typeName}.${e.member}` : e.typeName,
        message: e.message + (e.code ? ` (code ${e.code.file}:${e.code.line})` : ""),
      };
      if (e.docs) {
        out.file = e.docs.file;
        out.line = e.docs.line;
      }
      return out;
    }),
  };
}
