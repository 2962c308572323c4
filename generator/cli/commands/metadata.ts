import { writeFile } from "node:fs/promises";
import { type Command, Option } from "commander";
import { DEFAULT_INPUT, hasErrors, loadModel, metadata } from "../../index.js";
import { type CommonOptions, EXIT_OK, EXIT_PROBLEMS, inputOption, reportDiagnostics, type SetExit } from "../shared-options.js";

export function registerMetadata(program: Command, setExit: SetExit): void {
  program
    .command("metadata")
    .description("write the model as OData CSDL (XML 4.0 or JSON 4.01)")
    .addOption(inputOption())
    .addOption(new Option("--format <format>", "csdl-xml or csdl-json").choices(["csdl-xml", "csdl-json"]).default("csdl-xml"))
    .option("--out <file>", "output file (default: stdout)")
    .option("--verbose", "also print info diagnostics")
    .action(async (o: CommonOptions & { format: "csdl-xml" | "csdl-json"; out?: string }) => {
      const model = await loadModel({ input: o.input ?? DEFAULT_INPUT });
      const text = metadata(model, o.format);
      if (o.out) await writeFile(o.out, text);
      else process.stdout.write(text);
      reportDiagnostics(model.diagnostics, o.verbose);
      setExit(hasErrors(model.diagnostics) ? EXIT_PROBLEMS : EXIT_OK);
    });
}
