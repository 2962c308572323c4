import type { Command } from "commander";
import { DEFAULT_INPUT, generate, type GenerateResult } from "../../index.js";
import { addConfigFlags } from "../flags.js";
import type { CliFlags } from "../config-file.js";
import { findingCounts, type RunContext, runCommand } from "../run.js";
import {
  type CommonOptions,
  EXIT_OK,
  EXIT_PROBLEMS,
  inputOption,
  type ReportingOptions,
  reportDiagnostics,
  type SetExit,
  withReportingOptions,
} from "../shared-options.js";

type Flags = CommonOptions & ReportingOptions & CliFlags & { config?: string; watch?: boolean; stats?: boolean; allowAnyOut?: boolean };

export function registerGenerate(program: Command, setExit: SetExit): void {
  withReportingOptions(
    addConfigFlags(
      program
        .command("generate")
        .description("read the pages and write TypeScript into the output folder (only files that changed are written)")
        .addOption(inputOption()),
    )
      .option("--watch", "keep running and regenerate when pages change")
      .option("--stats", "print what was reused and each stage's time")
      .option("--verbose", "also print info diagnostics, and a no-op rerun's warnings")
      .option("--allow-any-out", "allow --out at a filesystem root, a project's root or an input folder"),
  ).action((o: Flags) =>
    runCommand(
      o,
      async (run) => {
        const options = run.options;
        options.input ??= DEFAULT_INPUT;
        if (o.allowAnyOut) options.allowAnyOut = true;
        if (!o.watch) {
          setExit(report(await generate(options), o, run, false) ? EXIT_PROBLEMS : EXIT_OK);
          return;
        }
        const { onProgress: _, ...watchOptions } = options;
        const input = options.input;
        const { watchPages } = await import("../../tools/watch.js"); // chokidar, only for --watch
        const watcher = watchPages({
          ...watchOptions,
          onRun: (r, changed) => {
            if (changed.length > 0 && o.quiet !== true)
              process.stderr.write(
                `docs2ts: ${changed.length} page(s) changed; ${r.write.written.length} file(s) written, ${r.write.removed.length} removed\n`,
              );
            report(r, o, run, true);
          },
          onError: (e) => process.stderr.write(`docs2ts: this run failed, still watching: ${e instanceof Error ? e.message : String(e)}\n`),
        });
        await watcher.ready;
        process.stderr.write(`docs2ts: watching ${input.join(", ")} (Ctrl-C stops)\n`);
        await new Promise<void>((resolve) => process.once("SIGINT", () => resolve()));
        await watcher.close();
        setExit(EXIT_OK);
      },
      // Watch mode writes a line per run; a progress line in between would only flicker.
      o.watch !== true,
    ),
  );
}

/** Diagnostics (on a no-op rerun only the errors, unless --verbose), then the summary line; true when the run failed. */
function report(r: GenerateResult, o: Flags, run: RunContext, watching: boolean): boolean {
  run.progress.stop();
  if (o.stats) process.stderr.write(statsLine(r) + "\n");
  const noOp = r.stats.upToDate === true;
  const outcome = reportDiagnostics(r.diagnostics, o.verbose, o, noOp && o.verbose !== true, { title: "docs2ts generate" });
  run.summary({
    pages: r.stats.pages,
    files: r.write.written.length + r.write.unchanged.length,
    types: r.counts.types,
    ...(r.counts.endpoints === undefined ? {} : { endpoints: r.counts.endpoints }),
    written: r.write.written.length,
    ...findingCounts(outcome.diagnostics),
    warningsUnchanged: noOp && o.verbose !== true && o.quiet !== true,
    upToDate: noOp,
    // In watch mode each run's own time, not the time since watching began.
    ...(watching ? { seconds: Object.values(r.stats.stages).reduce((a, b) => a + b, 0) / 1000 } : {}),
  });
  return outcome.failed;
}

export function statsLine(r: GenerateResult): string {
  const s = r.stats;
  const stages = Object.entries(s.stages)
    .map(([k, v]) => `${k} ${Math.round(v)} ms`)
    .join(", ");
  if (s.upToDate) return `docs2ts: ${s.pages} pages and ${r.files.size} output files up to date (sizes and mtimes as last run); ${stages}`;
  return `docs2ts: ${s.pages} pages (${s.parsed} parsed, ${s.factsReused} from cache${s.modelReused ? ", model from cache" : ""}), emit ${s.emitSkipped ? "skipped" : `${s.format.formatted} statements formatted, ${s.format.reused} reused`}; ${r.write.written.length} written, ${r.write.unchanged.length} unchanged, ${r.write.removed.length} removed; ${stages}`;
}
