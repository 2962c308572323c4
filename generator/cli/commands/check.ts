import type { Command } from "commander";
import { check, DEFAULT_INPUT } from "../../index.js";
import { addConfigFlags, resolveOptions } from "../flags.js";
import type { CliFlags } from "../config-file.js";
import { type CommonOptions, EXIT_OK, EXIT_PROBLEMS, inputOption, type SetExit } from "../shared-options.js";

export function registerCheck(program: Command, setExit: SetExit): void {
  addConfigFlags(
    program
      .command("check")
      .description("regenerate in memory and compare with the output folder: exit 1 and report when they differ; writes nothing")
      .addOption(inputOption()),
  ).action(async (o: CommonOptions & CliFlags & { config?: string }) => {
    const options = resolveOptions(o);
    options.input ??= DEFAULT_INPUT;
    const r = await check(options);
    (r.equal ? process.stdout : process.stderr).write(r.text);
    setExit(r.equal ? EXIT_OK : EXIT_PROBLEMS);
  });
}
