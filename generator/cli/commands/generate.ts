import type { Command } from "commander";
import { DEFAULT_INPUT, DEFAULT_OUT, generate, hasErrors } from "../../index.js";
import { type CommonOptions, EXIT_OK, EXIT_PROBLEMS, inputOption, reportDiagnostics, type SetExit } from "../shared-options.js";

export function registerGenerate(program: Command, setExit: SetExit): void {
  program
    .command("generate")
    .description("read the pages and write TypeScript into the output folder")
    .addOption(inputOption())
    .option("--out <dir>", "output folder", DEFAULT_OUT)
    .option("--verbose", "also print info diagnostics")
    .action(async (o: CommonOptions & { out: string }) => {
      const r = await generate({ input: o.input ?? DEFAULT_INPUT, out: o.out });
      reportDiagnostics(r.model.diagnostics, o.verbose);
      setExit(hasErrors(r.model.diagnostics) ? EXIT_PROBLEMS : EXIT_OK);
    });
}
