import { type Command, Option } from "commander";
import { check, DEFAULT_INPUT } from "../../index.js";
import { addConfigFlags } from "../flags.js";
import type { CliFlags } from "../config-file.js";
import { findingCounts, runCommand } from "../run.js";
import { type CommonOptions, EXIT_OK, EXIT_PROBLEMS, inputOption, reportDiagnostics, type SetExit } from "../shared-options.js";
import { checkDrift } from "../../tools/report/drift-entries.js";

export function registerCheck(program: Command, setExit: SetExit): void {
  addConfigFlags(
    program
      .command("check")
      .description("regenerate in memory and compare with the output folder: exit 1 and report when they differ; writes nothing")
      .addOption(inputOption())
      .option("--quiet", "print only the drift and the summary line")
      .addOption(
        new Option("--reporter <name>", "pretty: the drift as text; html: a page with the drift and the findings")
          .choices(["pretty", "html"])
          .default("pretty"),
      )
      .option("--report-file <path>", "write the html report to this file"),
  ).action((o: CommonOptions & CliFlags & { config?: string; quiet?: boolean; reporter?: "pretty" | "html"; reportFile?: string }) =>
    runCommand(o, async (run) => {
      const options = run.options;
      options.input ??= DEFAULT_INPUT;
      const r = await check(options);
      run.progress.stop();
      if (!r.equal || o.quiet !== true) (r.equal ? process.stdout : process.stderr).write(r.text);
      if (o.reporter === "html")
        reportDiagnostics(r.model.diagnostics, true, { reporter: "html", reportFile: o.reportFile }, false, {
          title: "docs2ts check",
          drift: checkDrift(r.report),
        });
      run.summary({
        pages: r.stats.pages,
        files: r.files,
        types: r.model.types.length,
        endpoints: r.model.endpoints.length,
        ...findingCounts(r.model.diagnostics),
      });
      setExit(r.equal ? EXIT_OK : EXIT_PROBLEMS);
    }),
  );
}
