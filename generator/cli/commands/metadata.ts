import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { findingCounts, runCommand } from "../run.js";
import { type Command, Option } from "commander";
import { metadata } from "../../index.js";
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

export function registerMetadata(program: Command, setExit: SetExit): void {
  withReportingOptions(
    withCacheOptions(
      program
        .command("metadata")
        .description("write the model as OData CSDL (XML 4.0 or JSON 4.01)")
        .addOption(inputOption())
        .addOption(new Option("--format <format>", "csdl-xml or csdl-json").choices(["csdl-xml", "csdl-json"]).default("csdl-xml"))
        .option("--out <file>", "output file (default: stdout)")
        .option("--verbose", "also print info diagnostics"),
    ),
  ).action((o: CommonOptions & ReportingOptions & CacheFlags & { format: "csdl-xml" | "csdl-json"; out?: string }) => {
    // --out is this command's file (not the config's output folder), relative to where the command was typed.
    const outFile = o.out === undefined ? undefined : resolve(o.out);
    return runCommand({ ...o, out: undefined }, async (run) => {
      const model = await loadModelFrom(run.options);
      run.progress.stop();
      const text = metadata(model, o.format);
      if (outFile) await writeFile(outFile, text);
      else process.stdout.write(text);
      const outcome = reportDiagnostics(model.diagnostics, o.verbose, o);
      run.summary({
        files: outFile ? 1 : 0,
        types: model.types.length,
        endpoints: model.endpoints.length,
        ...findingCounts(outcome.diagnostics),
      });
      setExit(outcome.failed ? EXIT_PROBLEMS : EXIT_OK);
    });
  });
}
