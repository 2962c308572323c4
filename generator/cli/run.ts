/**
 * One command run: the options from flags and config file (flags.ts), run in the config file's folder, with a
 * progress line on a terminal and the summary line at the end (terminal.ts).
 */
import { resolve } from "node:path";
import type { GenerateOptions } from "../index.js";
import type { CliFlags } from "./config-file.js";
import { inFolder, resolveRun } from "./flags.js";
import type { ReportingOptions } from "./shared-options.js";
import { liveProgressWanted, ProgressLine, type RunCounts, summaryLine } from "./terminal.js";

export interface RunContext {
  /** Flags over config file, paths relative to the run's folder (the working directory while the task runs). */
  options: GenerateOptions;
  progress: ProgressLine;
  /** The config file read (absolute), if any. */
  configFile?: string;
  /** Pages found by the run (told by the API's progress), 0 until then. */
  pages(): number;
  /** Writes the summary line on stderr, unless a machine-readable report goes there. */
  summary(counts: Omit<RunCounts, "seconds" | "pages"> & { pages?: number; seconds?: number }): void;
}

type RunFlags = CliFlags & { config?: string } & Pick<ReportingOptions, "reportFile" | "reporter" | "quiet">;

export async function runCommand<T>(flags: RunFlags, task: (run: RunContext) => Promise<T>, animate = true): Promise<T> {
  const resolved = resolveRun(flags);
  // --report-file is a flag: relative to where the command was typed, not to the config file.
  if (flags.reportFile !== undefined) flags.reportFile = resolve(flags.reportFile);
  const progress = new ProgressLine(animate && flags.quiet !== true && liveProgressWanted());
  let pages = 0;
  const options: GenerateOptions = {
    ...resolved.options,
    onProgress: (stage, done, total) => {
      if (stage === "reading pages" && total !== undefined) pages = total;
      progress.listener(stage, done, total);
    },
  };
  const machineOnStderr = flags.reportFile === undefined && (flags.reporter === "json" || flags.reporter === "sarif");
  const context: RunContext = {
    options,
    ...(resolved.configFile === undefined ? {} : { configFile: resolved.configFile }),
    progress,
    pages: () => pages,
    summary(counts) {
      progress.stop();
      if (!machineOnStderr) process.stderr.write(summaryLine({ pages, seconds: progress.elapsed(), ...counts }) + "\n");
    },
  };
  try {
    return await inFolder(resolved.folder, () => task(context));
  } finally {
    progress.stop();
  }
}

/** Errors and warnings among the diagnostics as reported (after --rule-severity). */
export function findingCounts(diagnostics: readonly { severity: string }[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === "error") errors++;
    else if (d.severity === "warning") warnings++;
  }
  return { errors, warnings };
}
