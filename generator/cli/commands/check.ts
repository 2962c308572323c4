import { type Command, Option } from "commander";
import { check, DEFAULT_INPUT } from "../../index.js";
import { addConfigFlags, resolveOptions } from "../flags.js";
import type { CliFlags } from "../config-file.js";
import { type CommonOptions, EXIT_OK, EXIT_PROBLEMS, inputOption, reportDiagnostics, type SetExit } from "../shared-options.js";
import { checkDrift } from "../../tools/report/drift-entries.js";

export function registerCheck(program: Command, setExit: SetExit): void {
  addConfigFlags(
    program
      .command("check")
      .description("regenerate in memory and compare with the output folder: exit 1 and report when they differ; writes nothing")
      .addOption(inputOption())
      .addOption(
        new Option("--reporter <name>", "pretty: the drift as text; html: a page with the drift and the findings")
          .choices(["pretty", "html"])
          .default("pretty"),
      )
      .option("--report-file <path>", "write the html report to this file"),
  ).action(async (o: CommonOptions & CliFlags & { config?: string; reporter?: "pretty" | "html"; reportFile?: string }) => {
    const options = resolveOptions(o);
    options.input ??= DEFAULT_INPUT;
    const r = await check(options);
    (r.equal ? process.stdout : process.stderr).write(r.text);
    if (o.reporter === "html")
      reportDiagnostics(
        r.model.diagnostics,
        true,
        { reporter: "html", reportFile: o.reportFile },
        { title: "docs2ts check", drift: checkDrift(r.report) },
      );
    setExit(r.equal ? EXIT_OK : EXIT_PROBLEMS);
  });
}
