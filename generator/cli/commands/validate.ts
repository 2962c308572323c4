import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { findingCounts, runCommand } from "../run.js";
import { applySuppressions } from "../../diagnostics/suppressions.js";
import { validateExamples } from "../../tools/validate/json-examples.js";
import {
  type CacheFlags,
  type CommonOptions,
  EXIT_OK,
  EXIT_PROBLEMS,
  inputOption,
  loadModelFrom,
  type ReportingOptions,
  reportDiagnostics,
  type SetExit,
  withCacheOptions,
  withReportingOptions,
} from "../shared-options.js";

export function registerValidate(program: Command, setExit: SetExit): void {
  withReportingOptions(
    withCacheOptions(
      program
        .command("validate")
        .description("check every JSON example request and response body against the types the pages define")
        .addOption(inputOption())
        .option("--verbose", "also print info findings (truncated examples)"),
    ),
  ).action((o: CommonOptions & ReportingOptions & CacheFlags) =>
    runCommand(o, async (run) => {
      const model = await loadModelFrom(run.options);
      run.progress.stop();
      const files = new Set(model.endpoints.flatMap((e) => e.examples.flatMap((x) => [x.request?.source.file, x.response?.source.file])));
      const pageTexts = new Map<string, string>();
      await Promise.all(
        [...files].filter((f): f is string => f !== undefined).map(async (f) => pageTexts.set(f, await readFile(f, "utf8"))),
      );
      const pageLines = new Map([...pageTexts].map(([f, text]) => [f, text.split(/\r?\n/)]));
      const found = validateExamples(model, (f) => pageLines.get(f));
      // A page's `<!-- docs2ts-ignore example-… -->` comments apply to these findings as to every other stage's.
      const diagnostics = applySuppressions(
        found.diagnostics,
        [...pageTexts].map(([file, text]) => ({ file, text })),
      );
      const stats = found.stats;
      const outcome = reportDiagnostics(diagnostics, o.verbose, o, false, { title: "docs2ts validate" });
      if ((o.reporter ?? "pretty") === "pretty" && o.quiet !== true) {
        // The by-rule summary line comes from the reporter; this says how much was looked at, so "0 findings" means something.
        process.stderr.write(
          `docs2ts validate: ${stats.bodies} example bodies, ${stats.checked} checked against the model, ${stats.unchecked} with no type to check against; ${diagnostics.length} findings\n`,
        );
      }
      run.summary({ files: 0, types: model.types.length, endpoints: model.endpoints.length, ...findingCounts(outcome.diagnostics) });
      setExit(outcome.failed ? EXIT_PROBLEMS : EXIT_OK);
    }),
  );
}
