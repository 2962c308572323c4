/**
 * SARIF 2.1.0 (OASIS), the format code-scanning services read. One run; the driver's rules are the whole registry
 * (so a viewer can show every rule's help), followed by any id a result uses that the registry lacks, so that each
 * result's `ruleIndex` is valid.
 */
import type { Diagnostic, Severity } from "./diagnostic.js";
import { RULES, type RuleInfo } from "./rules.js";

const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  help?: { text: string };
  defaultConfiguration?: { level: "error" | "warning" | "note" };
}

function sarifRule(r: RuleInfo): SarifRule {
  return {
    id: r.id,
    shortDescription: { text: r.summary },
    fullDescription: { text: r.trigger },
    help: { text: r.fix },
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
  };
}

/**
 * The page path as a URI reference: relative paths stay relative (resolved against the checkout by the consumer)
 * with each segment percent-encoded; absolute paths become `file:` URIs. Backslashes are separators.
 */
export function artifactUri(path: string): string {
  const slashed = path.replace(/\\/g, "/");
  const drive = /^([A-Za-z]):\//.exec(slashed);
  const encode = (p: string): string => p.split("/").map(encodeURIComponent).join("/");
  if (drive) return `file:///${drive[1]}:/${encode(slashed.slice(3))}`;
  if (slashed.startsWith("/")) return `file://${encode(slashed)}`;
  return encode(slashed);
}

export function formatSarif(diagnostics: readonly Diagnostic[]): string {
  const rules = RULES.map(sarifRule);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  for (const d of diagnostics) {
    if (!index.has(d.code)) {
      index.set(d.code, rules.length);
      rules.push({ id: d.code, shortDescription: { text: d.code } });
    }
  }
  const results = diagnostics.map((d) => ({
    ruleId: d.code,
    ruleIndex: index.get(d.code),
    level: LEVEL[d.severity],
    message: { text: d.message },
    // An empty path names no artifact; SARIF then wants no location rather than an empty URI.
    ...(d.location.file
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: artifactUri(d.location.file) },
                // SARIF lines and columns are 1-based and must be ≥ 1.
                region: { startLine: Math.max(1, d.location.line), startColumn: Math.max(1, d.location.column) },
              },
            },
          ],
        }
      : {}),
    ...(d.hint !== undefined ? { properties: { hint: d.hint } } : {}),
  }));
  const log = {
    $schema: SCHEMA,
    version: "2.1.0",
    // remark counts columns in JS string indices, i.e. UTF-16 code units.
    runs: [{ tool: { driver: { name: "docs2ts", rules } }, columnKind: "utf16CodeUnits", results }],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
