/**
 * docs2ts command line. Exit codes: 0 ok, 1 problems found in the docs (errors, drift, failed examples),
 * 2 usage or internal failure. Diagnostics go to stderr as `PATH:LINE:COL - severity rule: message`.
 */
import { writeFile } from "node:fs/promises";
import { Command, CommanderError, Option } from "commander";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { formatPretty, summaryLine } from "../diagnostics/reporters.js";
import { DEFAULT_INPUT, DEFAULT_OUT, generate, hasErrors, loadModel, metadata } from "../index.js";
import { InputError } from "../io/input-files.js";

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

interface CommonOptions {
  input?: string[];
  verbose?: boolean;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function inputOption(): Option {
  return new Option("--input <path>", "page file or folder (repeatable)").argParser(collect);
}

function report(diagnostics: readonly Diagnostic[], verbose: boolean | undefined): void {
  const shown = diagnostics.filter((d) => verbose || d.severity !== "info");
  for (const d of shown) process.stderr.write(formatPretty(d) + "\n");
  if (shown.length > 0) process.stderr.write(summaryLine(diagnostics) + "\n");
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command("docs2ts")
    .description("Markdown REST reference pages (Microsoft Graph dialect) → OData model, TypeScript types and a typed client")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command("generate")
    .description("read the pages and write TypeScript into the output folder")
    .addOption(inputOption())
    .option("--out <dir>", "output folder", DEFAULT_OUT)
    .option("--verbose", "also print info diagnostics")
    .action(async (o: CommonOptions & { out: string }) => {
      const r = await generate({ input: o.input ?? DEFAULT_INPUT, out: o.out });
      report(r.model.diagnostics, o.verbose);
      setExit(hasErrors(r.model.diagnostics) ? EXIT_PROBLEMS : EXIT_OK);
    });

  program
    .command("model")
    .description("print the OData model read from the pages as JSON")
    .addOption(inputOption())
    .option("--verbose", "also print info diagnostics")
    .action(async (o: CommonOptions) => {
      const model = await loadModel({ input: o.input ?? DEFAULT_INPUT });
      process.stdout.write(JSON.stringify(model, null, 2) + "\n");
      report(model.diagnostics, o.verbose);
      setExit(hasErrors(model.diagnostics) ? EXIT_PROBLEMS : EXIT_OK);
    });

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
      report(model.diagnostics, o.verbose);
      setExit(hasErrors(model.diagnostics) ? EXIT_PROBLEMS : EXIT_OK);
    });

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
    if (e instanceof InputError) {
      process.stderr.write(`docs2ts: ${e.message}\n`);
      return EXIT_USAGE;
    }
    process.stderr.write(`docs2ts: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT_USAGE;
  }
}
