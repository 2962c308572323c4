import type { Command } from "commander";
import { DEFAULT_INPUT, DEFAULT_OUT, generate } from "../../index.js";
import { type CommonOptions, EXIT_OK, EXIT_PROBLEMS, inputOption, type ReportingOptions, reportDiagnostics, type SetExit, withReportingOptions } from "../shared-options.js";

export function registerGenerate(program: Command, setExit: SetExit): void {
  withReportingOptions(
    program
      .command("generate")
      .description("read the pages and write TypeScript into the output folder")
      .addOption(inputOption())
      .option("--out <dir>", "output folder", DEFAULT_OUT)
      .option("--verbose", "also print info diagnostics"),
  )
    .action(async (o: CommonOptions & ReportingOptions & { out: string }) => {
      const r = await generate({ input: o.input ?? DEFAULT_INPUT, out: o.out });
      setExit(reportDiagnostics(r.model.diagnostics, o.verbose, o).failed ? EXIT_PROBLEMS : EXIT_OK);
    });
}
