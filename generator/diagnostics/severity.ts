/** How much a finding matters: errors fail a run (exit 1), warnings and infos do not. */
export type Severity = "error" | "warning" | "info";
