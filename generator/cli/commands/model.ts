import type { Command } from "commander";
import { DEFAULT_INPUT, hasErrors, loadModel } from "../../index.js";
import { type CommonOptions, EXIT_OK, EXIT_PROBLEMS, inputOption, reportDiagnostics, type SetExit } from "../shared-options.js";

export function registerModel(program: Command, setExit: SetExit): void {
  program
    .command("model")
    .description("print the OData model read from the pages as JSON")
    .addOption(inputOption())
    .option("--verbose", "also print info diagnostics")
    .action(async (o: CommonOptions) => {
      const model = await loadModel({ input: o.input ?? DEFAULT_INPUT });
      process.stdout.write(JSON.stringify(model, null, 2) + "\n");
      reportDiagnostics(model.diagnostics, o.verbose);
      setExit(hasErrors(model.diagnostics) ? EXIT_PROBLEMS : EXIT_OK);
    });
}
