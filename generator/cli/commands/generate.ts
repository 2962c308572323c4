import type { Command } from "commander";
import { DEFAULT_INPUT, generate, type GenerateResult } from "../../index.js";
import { addConfigFlags, resolveOptions } from "../flags.js";
import type { CliFlags } from "../config-file.js";
import { watchPages } from "../../tools/watch.js";
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

type Flags = CommonOptions & ReportingOptions & CliFlags & { config?: string; watch?: boolean; stats?: boolean };

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
      .option("--verbose", "also print info diagnostics"),
  ).action(async (o: Flags) => {
    const options = resolveOptions(o);
    options.input ??= DEFAULT_INPUT;
    const report = (r: GenerateResult): boolean => {
      if (o.stats) process.stderr.write(statsLine(r) + "\n");
      return reportDiagnostics(r.diagnostics, o.verbose, o, { title: "docs2ts generate" }).failed;
    };
    if (!o.watch) {
      setExit(report(await generate(options)) ? EXIT_PROBLEMS : EXIT_OK);
      return;
    }
    const watcher = watchPages({
      ...options,
      onRun: (r, changed) => {
        if (changed.length > 0)
          process.stderr.write(
            `docs2ts: ${changed.length} page(s) changed; ${r.write.written.length} file(s) written, ${r.write.removed.length} removed\n`,
          );
        report(r);
      },
      onError: (e) => process.stderr.write(`docs2ts: this run failed, still watching: ${e instanceof Error ? e.message : String(e)}\n`),
    });
    await watcher.ready;
    process.stderr.write(`docs2ts: watching ${options.input.join(", ")} (Ctrl-C stops)\n`);
    await new Promise<void>((resolve) => process.once("SIGINT", () => resolve()));
    await watcher.close();
    setExit(EXIT_OK);
  });
}

export function statsLine(r: GenerateResult): string {
  const s = r.stats;
  const stages = Object.entries(s.stages)
    .map(([k, v]) => `${k} ${Math.round(v)} ms`)
    .join(", ");
  if (s.upToDate) return `docs2ts: ${s.pages} pages and ${r.files.size} output files up to date (sizes and mtimes as last run); ${stages}`;
  return `docs2ts: ${s.pages} pages (${s.parsed} parsed, ${s.factsReused} from cache${s.modelReused ? ", model from cache" : ""}), emit ${s.emitSkipped ? "skipped" : `${s.format.formatted} statements formatted, ${s.format.reused} reused`}; ${r.write.written.length} written, ${r.write.unchanged.length} unchanged, ${r.write.removed.length} removed; ${stages}`;
}
