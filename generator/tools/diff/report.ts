/**
 * Drift entries → what a person (text) or a tool (JSON) reads. Text: counts first, then one section per kind,
 * entries sorted by type and member, each with `page.md:LINE` and `file.ts:LINE`; the counts again at the end.
 */
import type { SourceLocation } from "../../diagnostics/diagnostic.js";
import { DRIFT_KINDS, type DriftEntry, type DriftKind } from "./drift.js";
import type { CodeLocation } from "./typescript-declarations.js";

export interface DriftRunInfo {
  /** Structured types + enums in the docs model. */
  docsTypes: number;
  /** Declarations read from the code (after merging). */
  codeDeclarations: number;
  /** Pairs that matched by name. */
  matched: number;
  against: string;
}

const TITLES: Record<DriftKind, string> = {
  "missing-type": "documented types the code does not declare",
  "extra-type": "code declarations the docs do not document",
  "kind-mismatch": "enum in one, structured type in the other",
  "base-type-mismatch": "different base type",
  "missing-property": "documented properties the code lacks",
  "extra-property": "code properties the docs do not list",
  "case-mismatch": "same name up to letter case",
  "type-mismatch": "different property type",
  "nullability-mismatch": "the docs state nullability; the code says the opposite",
  "missing-enum-member": "documented enum members the code lacks",
  "extra-enum-member": "code enum members the docs do not list",
};

export function countByKind(entries: readonly DriftEntry[]): Map<DriftKind, number> {
  const out = new Map<DriftKind, number>();
  for (const e of entries) out.set(e.kind, (out.get(e.kind) ?? 0) + 1);
  return out;
}

export function formatDriftText(entries: readonly DriftEntry[], info: DriftRunInfo): string {
  const counts = countByKind(entries);
  const lines: string[] = [];
  lines.push(`docs2ts diff against ${info.against}: ${entries.length} drift entries`);
  lines.push(`  docs: ${info.docsTypes} types and enums; code: ${info.codeDeclarations} declarations; matched by name: ${info.matched}`);
  for (const k of DRIFT_KINDS) if (counts.get(k)) lines.push(`  ${k.padEnd(22)} ${String(counts.get(k)).padStart(6)}`);
  for (const k of DRIFT_KINDS) {
    const group = entries.filter((e) => e.kind === k);
    if (group.length === 0) continue;
    lines.push("", `== ${k} (${group.length}): ${TITLES[k]} ==`);
    for (const e of group) {
      lines.push(`  ${e.member ? `${e.typeName}.${e.member}` : e.typeName}: ${e.message}`);
      const where = [e.docs ? `docs ${docsLocation(e.docs)}` : undefined, e.code ? `code ${codeLocation(e.code)}` : undefined].filter(
        Boolean,
      );
      if (where.length) lines.push(`      ${where.join("  ")}`);
    }
  }
  lines.push("", summaryLine(entries));
  return lines.join("\n") + "\n";
}

/** One line: total and counts by kind, most frequent first. */
export function summaryLine(entries: readonly DriftEntry[]): string {
  const byKind = [...countByKind(entries)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return `docs2ts diff: ${entries.length} drift entries${byKind.length ? ` (${byKind.map(([k, n]) => `${k}=${n}`).join(" ")})` : ""}`;
}

export function formatDriftJson(entries: readonly DriftEntry[], info: DriftRunInfo): string {
  return (
    JSON.stringify(
      {
        against: info.against,
        summary: {
          total: entries.length,
          byKind: Object.fromEntries([...countByKind(entries)]),
          docsTypes: info.docsTypes,
          codeDeclarations: info.codeDeclarations,
          matched: info.matched,
        },
        entries: entries.map((e) => ({
          ...e,
          ...(e.docs ? { docsAt: docsLocation(e.docs) } : {}),
          ...(e.code ? { codeAt: codeLocation(e.code) } : {}),
        })),
      },
      null,
      2,
    ) + "\n"
  );
}

export function docsLocation(l: SourceLocation): string {
  return `${l.file}:${l.line}`;
}

export function codeLocation(l: CodeLocation): string {
  return `${l.file}:${l.line}`;
}
