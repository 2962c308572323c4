import type { Command } from "commander";
import type { PairOutcome } from "../../tools/examples/replay.js";
import { findingCounts, runCommand } from "../run.js";
import {
  type CacheFlags,
  type CommonOptions,
  EXIT_OK,
  EXIT_PROBLEMS,
  inputOption,
  loadModelFrom,
  type SetExit,
  withCacheOptions,
} from "../shared-options.js";

/**
 * Prints one line per failed pair (`page.md:LINE:COL - function: difference; …`), with --verbose one per skipped
 * pair too, then the skips per reason, then exactly `N passed, M failed, K skipped` as the last line (stdout).
 */
export function registerExamples(program: Command, setExit: SetExit): void {
  withCacheOptions(
    program
      .command("examples")
      .description("replay every request/response example pair through the generated client against a local server")
      .addOption(inputOption())
      .option("--verbose", "also print one line per skipped pair"),
  ).action((o: CommonOptions & CacheFlags) =>
    runCommand(o, async (run) => {
      // Loaded on demand: replay needs ts-morph, which every other command would otherwise pay for at start-up.
      const { replayExamples, skipSummary, summaryLine } = await import("../../tools/examples/replay.js");
      const model = await loadModelFrom(run.options);
      run.progress.listener("replaying examples");
      const report = await replayExamples(model);
      run.progress.stop();
      const lines: string[] = [];
      for (const outcome of report.outcomes) {
        if (outcome.result === "failed") lines.push(outcomeLine(outcome, outcome.details.join("; ")));
        if (outcome.result === "skipped" && o.verbose === true) {
          lines.push(
            outcomeLine(
              outcome,
              `skipped (${outcome.category} error: ${outcome.reason})${outcome.details.length > 0 ? `: ${outcome.details.join("; ")}` : ""}`,
            ),
          );
        }
      }
      const skips = skipSummary(report);
      if (skips.length > 0) {
        lines.push("skipped pairs by reason:");
        for (const s of skips)
          lines.push(
            `  ${String(s.count).padStart(5)}  ${s.category === "documentation" ? "documentation error" : "generator limitation"}: ${s.reason}`,
          );
      }
      lines.push(summaryLine(report));
      process.stdout.write(`${lines.join("\n")}\n`);
      run.summary({ files: 0, types: model.types.length, endpoints: model.endpoints.length, ...findingCounts(model.diagnostics) });
      setExit(report.failed > 0 ? EXIT_PROBLEMS : EXIT_OK);
    }),
  );
}

function outcomeLine(o: PairOutcome, message: string): string {
  return `${o.location.file}:${o.location.line}:${o.location.column} - ${o.functionName}: ${message}`;
}
