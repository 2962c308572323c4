import type { Command } from "commander";
import { findingCounts, runCommand } from "../run.js";
import {
  type CacheFlags,
  type CommonOptions,
  EXIT_OK,
  EXIT_PROBLEMS,
  inputOption,
  loadModelFrom,
  type ReportingOptions,
  reportDiagnostics,
  type SetExit,
  withCacheOptions,
  withReportingOptions,
} from "../shared-options.js";

export function registerModel(program: Command, setExit: SetExit): void {
  withReportingOptions(
    withCacheOptions(
      program
        .command("model")
        .description("print the OData model read from the pages as JSON")
        .addOption(inputOption())
        .option("--verbose", "also print info diagnostics"),
    ),
  ).action((o: CommonOptions & ReportingOptions & CacheFlags) =>
    runCommand(o, async (run) => {
      const model = await loadModelFrom(run.options);
      run.progress.stop();
      process.stdout.write(JSON.stringify(model, null, 2) + "\n");
      const outcome = reportDiagnostics(model.diagnostics, o.verbose, o);
      run.summary({ files: 0, types: model.types.length, endpoints: model.endpoints.length, ...findingCounts(outcome.diagnostics) });
      setExit(outcome.failed ? EXIT_PROBLEMS : EXIT_OK);
    }),
  );
}
