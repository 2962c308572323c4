import { readFile } from "node:fs/promises";
import { type Command, InvalidArgumentError, Option } from "commander";
import { findDrift } from "../../tools/diff/drift.js";
import { mergeDeclarations, parseRenames, RenameError } from "../../tools/diff/match.js";
import { formatDriftJson, formatDriftText } from "../../tools/diff/report.js";
import { statedNullability } from "../../tools/diff/stated-nullability.js";
import { readDeclarations } from "../../tools/diff/typescript-declarations.js";
import { DEFAULT_INPUT, parsePages } from "../../index.js";
import { InputError } from "../../platform/input-files.js";
import { buildModel } from "../../model/build.js";
import { type CommonOptions, EXIT_OK, EXIT_PROBLEMS, inputOption, reportDiagnostics, type SetExit } from "../shared-options.js";
import { diffDrift } from "../../tools/report/drift-entries.js";

interface DiffOptions extends CommonOptions {
  against: string;
  map?: string[];
  mapFile?: string;
  maxDrift: number;
  format: "text" | "json";
  reporter?: "html";
  reportFile?: string;
}

export function registerDiff(program: Command, setExit: SetExit): void {
  program
    .command("diff")
    .description("compare the docs model with existing TypeScript declarations (a .ts/.d.ts file or a folder) and report drift")
    .requiredOption("--against <path>", "TypeScript file or folder to compare with")
    .addOption(inputOption())
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
    .addOption(new Option("--format <format>", "report format").choices(["text", "json"]).default("text"))
    .addOption(new Option("--reporter <name>", "also write an html page with the drift and the docs' findings").choices(["html"]))
    .option("--report-file <path>", "where the html page goes (default stdout)")
    .action(async (o: DiffOptions) => {
      let renames;
      try {
        const json: unknown = o.mapFile === undefined ? undefined : JSON.parse(await readFile(o.mapFile, "utf8"));
        renames = parseRenames(o.map ?? [], json);
      } catch (e) {
        if (e instanceof RenameError || e instanceof SyntaxError) throw new InputError(e.message);
        throw e;
      }
      const declarations = await readDeclarations(o.against).catch((e: unknown) => {
        throw new InputError(`cannot read --against ${o.against}: ${e instanceof Error ? e.message : String(e)}`);
      });
      const pages = await parsePages(o.input ?? DEFAULT_INPUT);
      const model = buildModel(pages);
      const entries = findDrift(model, declarations, { renames, explicitNullability: statedNullability(pages) });
      const merged = mergeDeclarations(declarations);
      const docsTypes = model.types.length + model.enums.length;
      const unmatchedDocs = entries.filter((e) => e.kind === "missing-type").length;
      const info = { against: o.against, docsTypes, codeDeclarations: merged.length, matched: docsTypes - unmatchedDocs };
      if (o.reporter === "html")
        reportDiagnostics(
          model.diagnostics,
          true,
          { reporter: "html", reportFile: o.reportFile },
          { title: "docs2ts diff", drift: diffDrift(entries, o.against) },
        );
      else process.stdout.write(o.format === "json" ? formatDriftJson(entries, info) : formatDriftText(entries, info));
      if (entries.length > o.maxDrift && o.format === "text" && o.maxDrift > 0) {
        process.stderr.write(`docs2ts diff: ${entries.length} drift entries exceed --max-drift ${o.maxDrift}\n`);
      }
      setExit(entries.length > o.maxDrift ? EXIT_PROBLEMS : EXIT_OK);
    });
}
