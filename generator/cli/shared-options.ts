/** Options and output helpers every command shares. */
import { Option } from "commander";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { formatPretty, summaryLine } from "../diagnostics/reporters.js";

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** Commands report their exit code through this instead of calling process.exit (tests run the CLI in-process). */
export type SetExit = (code: number) => void;

export interface CommonOptions {
  input?: string[];
  verbose?: boolean;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function inputOption(): Option {
  return new Option("--input <path>", "page file or folder (repeatable; default input-docs)").argParser(collect);
}

export function reportDiagnostics(diagnostics: readonly Diagnostic[], verbose: boolean | undefined): void {
  const shown = diagnostics.filter((d) => verbose || d.severity !== "info");
  for (const d of shown) process.stderr.write(formatPretty(d) + "\n");
  if (shown.length > 0) process.stderr.write(summaryLine(diagnostics) + "\n");
}
