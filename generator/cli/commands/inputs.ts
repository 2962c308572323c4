import { type Command, Option } from "commander";
import { buildInputs } from "../../tools/inputs.js";
import { pathFrom } from "../flags.js";
import { runCommand } from "../run.js";
import { EXIT_OK, inputOption, type SetExit } from "../shared-options.js";
import type { CliFlags } from "../config-file.js";

/** One file per line (stdout), or `--reporter json`: { pages, config, prettier, generator, files }. */
export function registerInputs(program: Command, setExit: SetExit): void {
  program
    .command("inputs")
    .description("list the files generate's output depends on (pages, config, prettier config, docs2ts' package.json) for build caches")
    .addOption(inputOption())
    .option("--config <file>", "config file (default: ./docs2ts.config.json when present)")
    .option("--out <dir>", "output folder (its prettier config files are inputs)")
    .addOption(new Option("--reporter <name>", "lines (default) or json").choices(["lines", "json"]))
    .action((o: Omit<CliFlags, "cache"> & { config?: string; reporter?: "lines" | "json" }) =>
      runCommand(
        { input: o.input, out: o.out, config: o.config },
        async (run) => {
          const folder = process.cwd();
          const found = await buildInputs(run.options, (p) => pathFrom(folder, p), run.configFile);
          process.stdout.write(o.reporter === "json" ? JSON.stringify(found, null, 2) + "\n" : found.files.map((f) => f + "\n").join(""));
          setExit(EXIT_OK);
        },
        false,
      ),
    );
}
