import type { Command } from "commander";
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
  ).action(async (o: CommonOptions & ReportingOptions & CacheFlags) => {
    const model = await loadModelFrom(o);
    process.stdout.write(JSON.stringify(model, null, 2) + "\n");
    setExit(reportDiagnostics(model.diagnostics, o.verbose, o).failed ? EXIT_PROBLEMS : EXIT_OK);
  });
}
