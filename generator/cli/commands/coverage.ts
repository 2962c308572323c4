import { writeFileSync } from "node:fs";
import { type Command, Option } from "commander";
import { readAreas } from "../../tools/coverage/areas.js";
import { computeCoverage } from "../../tools/coverage/facts.js";
import { formatCoverageJson, formatCoverageText, htmlCoverage } from "../../tools/coverage/report.js";
import { findingCounts, runCommand } from "../run.js";
import {
  type CacheFlags,
  type CommonOptions,
  EXIT_OK,
  inputOption,
  loadModelFrom,
  reportDiagnostics,
  type SetExit,
  withCacheOptions,
} from "../shared-options.js";

interface CoverageOptions extends CommonOptions, CacheFlags {
  reporter: "pretty" | "json" | "html";
  reportFile?: string;
}

export function registerCoverage(program: Command, setExit: SetExit): void {
  withCacheOptions(
    program
      .command("coverage")
      .description(
        "which facts the docs state and which the model assumed (nullability, key, base, entity or complex, enum members, return and parameter types), per page, per area and overall",
      )
      .addOption(inputOption())
      .addOption(new Option("--reporter <name>", "report format").choices(["pretty", "json", "html"]).default("pretty"))
      .option("--report-file <path>", "write the report to this file instead of stdout")
      .option("--verbose", "list every assumed fact (pretty)"),
  ).action((o: CoverageOptions) =>
    runCommand(o, async (run) => {
      const model = await loadModelFrom(run.options);
      run.progress.stop();
      const files = [
        ...model.types.flatMap((t) => [t.source, ...t.properties.map((p) => p.source), ...t.navigationProperties.map((p) => p.source)]),
        ...model.enums.map((e) => e.source),
        ...model.operations.map((x) => x.source),
      ];
      const areas = await readAreas(files.map((l) => l.file));
      const report = computeCoverage(model, areas);
      if (o.reporter === "html") {
        // The page shows the model's findings beside the coverage; coverage itself never fails a run.
        reportDiagnostics(model.diagnostics, true, { reporter: "html", reportFile: o.reportFile }, false, {
          title: "docs2ts coverage",
          coverage: htmlCoverage(report),
        });
      } else {
        const text = o.reporter === "json" ? formatCoverageJson(report) : formatCoverageText(report, o.verbose === true);
        if (o.reportFile !== undefined) writeFileSync(o.reportFile, text);
        else process.stdout.write(text);
      }
      run.summary({ files: 0, types: model.types.length, endpoints: model.endpoints.length, ...findingCounts(model.diagnostics) });
      setExit(EXIT_OK);
    }),
  );
}
