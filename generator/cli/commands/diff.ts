import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { type Command, InvalidArgumentError, Option } from "commander";
import { DEFAULT_INPUT, parsePages } from "../../index.js";
import { InputError } from "../../platform/input-files.js";
import { pathFrom } from "../flags.js";
import { runCommand } from "../run.js";
import { type CommonOptions, EXIT_OK, EXIT_PROBLEMS, inputOption, reportDiagnostics, type SetExit } from "../shared-options.js";
import { diffDrift } from "../../tools/report/drift-entries.js";

const DIFF_REPORTERS = ["text", "json", "html"] as const;

interface DiffOptions extends CommonOptions {
  against: string;
  config?: string;
  map?: string[];
  mapFile?: string;
  maxDrift: number;
  reporter?: (typeof DIFF_REPORTERS)[number];
  format?: (typeof DIFF_REPORTERS)[number];
  reportFile?: string;
}

export function registerDiff(program: Command, setExit: SetExit): void {
  program
    .command("diff")
    .description("compare the docs model with existing TypeScript declarations (a .ts/.d.ts file or a folder) and report drift")
    .requiredOption("--against <path>", "TypeScript file or folder to compare with")
    .addOption(inputOption())
    .option("--config <file>", "config file (default: ./docs2ts.config.json when present): its input applies")
    .addOption(
      new Option("--map <old=new>", "the code's type <old> is the docs' type <new> (repeatable)").argParser(
        (v: string, prev: string[] | undefined) => [...(prev ?? []), v],
      ),
    )
    .option("--map-file <file>", 'JSON object of renamed types: {"CodeName": "docsName"}')
    .addOption(
      new Option("--max-drift <n>", "exit 1 only when there are more than n drift entries").default(0).argParser((v: string) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number ≥ 0");
        return n;
      }),
    )
    .addOption(
      new Option("--reporter <name>", "report format (default text); html: a page with the drift and the docs' findings").choices(
        DIFF_REPORTERS,
      ),
    )
    .option("--report-file <path>", "where the html page goes (default stdout)")
    .addOption(new Option("--format <format>", "the same as --reporter (older name)").choices(DIFF_REPORTERS).hideHelp())
    .action(async (o: DiffOptions) => {
      // Loaded here, not at start-up: reading declarations loads ts-morph, which every other command would pay for.
      const { findDrift } = await import("../../tools/diff/drift.js");
      const { mergeDeclarations, parseRenames, RenameError } = await import("../../tools/diff/match.js");
      const { withoutOwnOutput } = await import("../../tools/diff/own-output.js");
      const { formatDriftJson, formatDriftText } = await import("../../tools/diff/report.js");
      const { statedNullability } = await import("../../tools/diff/stated-nullability.js");
      const { readDeclarations } = await import("../../tools/diff/typescript-declarations.js");
      const { buildModel } = await import("../../model/build.js");
      const reporter = o.reporter ?? o.format ?? "text";
      // Flags name files relative to where the command was typed; the run itself happens in the config's folder.
      const against = resolve(o.against);
      const mapFile = o.mapFile === undefined ? undefined : resolve(o.mapFile);
      let renames;
      try {
        const json: unknown = mapFile === undefined ? undefined : JSON.parse(await readFile(mapFile, "utf8"));
        renames = parseRenames(o.map ?? [], json);
      } catch (e) {
        if (e instanceof RenameError || e instanceof SyntaxError) throw new InputError(e.message);
        throw e;
      }
      await runCommand({ input: o.input, config: o.config, reporter: reporter === "json" ? "json" : "pretty" }, async (run) => {
        const shown = pathFrom(process.cwd(), against);
        const declarations = await readDeclarations(shown)
          .then(withoutOwnOutput)
          .catch((e: unknown) => {
            throw new InputError(`cannot read --against ${o.against}: ${e instanceof Error ? e.message : String(e)}`);
          });
        const pages = await parsePages(run.options.input ?? DEFAULT_INPUT);
        const model = buildModel(pages);
        const entries = findDrift(model, declarations, { renames, explicitNullability: statedNullability(pages) });
        const merged = mergeDeclarations(declarations);
        const docsTypes = model.types.length + model.enums.length;
        const unmatchedDocs = entries.filter((e) => e.kind === "missing-type").length;
        const info = { against: shown, docsTypes, codeDeclarations: merged.length, matched: docsTypes - unmatchedDocs };
        run.progress.stop();
        if (reporter === "html")
          reportDiagnostics(model.diagnostics, true, { reporter: "html", reportFile: o.reportFile }, false, {
            title: "docs2ts diff",
            drift: diffDrift(entries, shown),
          });
        else process.stdout.write(reporter === "json" ? formatDriftJson(entries, info) : formatDriftText(entries, info));
        if (entries.length > o.maxDrift && reporter === "text" && o.maxDrift > 0) {
          process.stderr.write(`docs2ts diff: ${entries.length} drift entries exceed --max-drift ${o.maxDrift}\n`);
        }
        setExit(entries.length > o.maxDrift ? EXIT_PROBLEMS : EXIT_OK);
      });
    });
}
