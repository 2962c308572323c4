import type { Command } from "commander";
import { DEFAULT_INPUT, loadModel } from "../../index.js";
import {
  type CacheFlags,
  cacheOptionsFrom,
  type CommonOptions,
  EXIT_OK,
  EXIT_PROBLEMS,
  inputOption,
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
    const model = await loadModel({
      input: o.input ?? DEFAULT_INPUT,
      ...cacheOptionsFrom(o),
    });
    process.stdout.write(JSON.stringify(model, null, 2) + "\n");
    setExit(reportDiagnostics(model.diagnostics, o.verbose, o).failed ? EXIT_PROBLEMS : EXIT_OK);
  });
}
