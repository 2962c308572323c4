import { writeFile } from "node:fs/promises";
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
  ).action(async (o: CommonOptions & ReportingOptions & CacheFlags & { format: "csdl-xml" | "csdl-json"; out?: string }) => {
    const model = await loadModelFrom(o);
    const text = metadata(model, o.format);
    if (o.out) await writeFile(o.out, text);
    else process.stdout.write(text);
    setExit(reportDiagnostics(model.diagnostics, o.verbose, o).failed ? EXIT_PROBLEMS : EXIT_OK);
  });
}
