/**
 * docs2ts command line. Exit codes: 0 ok, 1 problems found in the docs (errors, drift, failed examples),
 * 2 usage or internal failure. Diagnostics go to stderr as `PATH:LINE:COL - severity rule: message`.
 * Each command lives in commands/<name>.ts and registers itself here.
 */
import { Command, CommanderError } from "commander";
import { generatorVersion } from "../cache/keys.js";
import { InputError } from "../platform/input-files.js";
import { describeIoError } from "../platform/io-errors.js";
import { GlobError } from "../model/name-glob.js";
import { registerCheck } from "./commands/check.js";
import { registerCoverage } from "./commands/coverage.js";
import { registerDiff } from "./commands/diff.js";
import { registerExamples } from "./commands/examples.js";
import { registerGenerate } from "./commands/generate.js";
import { registerInputs } from "./commands/inputs.js";
import { registerMetadata } from "./commands/metadata.js";
import { registerModel } from "./commands/model.js";
import { registerValidate } from "./commands/validate.js";
import { EXIT_OK, EXIT_USAGE, type SetExit } from "./shared-options.js";

export { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from "./shared-options.js";

export function buildProgram(setExit: SetExit): Command {
  const program = new Command("docs2ts")
    .description("Markdown REST reference pages (Microsoft Graph dialect) → OData model, TypeScript types and a typed client")
    .version(generatorVersion(), "-V, --version", "print the docs2ts version")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerGenerate(program, setExit);
  registerCheck(program, setExit);
  registerModel(program, setExit);
  registerMetadata(program, setExit);
  registerDiff(program, setExit);
  registerValidate(program, setExit);
  registerExamples(program, setExit);
  registerInputs(program, setExit);
  registerCoverage(program, setExit);
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  let code = EXIT_OK;
  const program = buildProgram((c) => (code = c));
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return EXIT_USAGE;
    }
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    // A user's mistake or a full disk is one line saying what to do; the stack only with DOCS2TS_DEBUG=1.
    const debug = process.env.DOCS2TS_DEBUG === "1" && e instanceof Error && e.stack ? `\n${e.stack}` : "";
    const told = e instanceof InputError || e instanceof GlobError ? e.message : describeIoError(e);
    if (told !== undefined) {
      process.stderr.write(`docs2ts: ${told}${debug}\n`);
      return EXIT_USAGE;
    }
    process.stderr.write(`docs2ts: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT_USAGE;
  }
}
