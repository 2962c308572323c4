/** Options and output helpers every command shares. */
import { writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { type Command, InvalidArgumentError, Option } from "commander";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { DEFAULT_INPUT, loadModel, type LoadOptions, type Model } from "../index.js";
import { formatReport, REPORTERS, type ReporterName } from "../diagnostics/reporters.js";
import type { HtmlReportInput } from "../diagnostics/html-report.js";
import { readAreasSync } from "../tools/coverage/areas.js";
import { applySeverities, failsRun, parseRuleSeverity, SeverityConfigError, severityConfigFrom } from "../diagnostics/severity-config.js";

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** Commands report their exit code through this instead of calling process.exit (tests run the CLI in-process). */
export type SetExit = (code: number) => void;

export interface CommonOptions {
  input?: string[];
  verbose?: boolean;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function inputOption(): Option {
  return new Option("--input <path>", "page file or folder (repeatable; default input-docs)").argParser(collect);
}

/** What `withCacheOptions` adds (commander's `--no-cache` sets `cache` false). */
export interface CacheFlags {
  config?: string;
  cacheDir?: string;
  cache?: boolean;
  workers?: string;
}

/** --cache-dir, --no-cache and --workers for the commands that read the model (generate and check have them too). */
export function withCacheOptions(command: Command): Command {
  return command
    .option("--config <file>", "config file (default: ./docs2ts.config.json when present): its input, cacheDir and workers apply")
    .option("--cache-dir <dir>", "cache folder (default node_modules/.cache/docs2ts)")
    .option("--no-cache", "do not read or write the cache")
    .addOption(
      new Option("--workers <n>", "parse worker threads (0: none)").argParser((value: string) => {
        if (!/^\d+$/.test(value)) throw new InvalidArgumentError("a whole number ≥ 0");
        return value;
      }),
    );
}

/** The model the resolved options name (default: input-docs), read through their cache. */
export function loadModelFrom(options: LoadOptions): Promise<Model> {
  return loadModel({ ...options, input: options.input ?? DEFAULT_INPUT });
}

/** What `withReportingOptions` adds to a command's options. */
export interface ReportingOptions {
  reporter?: ReporterName;
  /** `RULE=LEVEL` values as given (validated when parsed). */
  ruleSeverity?: string[];
  strict?: boolean;
  /** Write the report here instead of stderr (for `--reporter sarif` uploads). */
  reportFile?: string;
  /** Only errors (and the run's summary line) on stderr. */
  quiet?: boolean;
}

/** What a command adds to the `html` page besides its findings (coverage, drift); title and areas are filled in. */
export type HtmlExtras = Partial<Omit<HtmlReportInput, "diagnostics">>;

export interface ReportOutcome {
  /** The diagnostics after `--rule-severity`. */
  diagnostics: Diagnostic[];
  /** Errors, or warnings under `--strict`: the command should exit with EXIT_PROBLEMS. */
  failed: boolean;
}

/** Adds --reporter, --rule-severity, --strict and --report-file; pass the parsed options on to reportDiagnostics. */
export function withReportingOptions(command: Command): Command {
  return command
    .addOption(new Option("--reporter <name>", "diagnostics format").choices(REPORTERS).default("pretty"))
    .addOption(
      new Option("--rule-severity <rule=level>", "set a rule's severity: error, warning, info or off (repeatable)").argParser(
        (value: string, previous: string[] | undefined) => {
          try {
            parseRuleSeverity(value);
          } catch (e) {
            if (e instanceof SeverityConfigError) throw new InvalidArgumentError(e.message);
            throw e;
          }
          return [...(previous ?? []), value];
        },
      ),
    )
    .option("--strict", "warnings fail the run (exit 1)")
    .option("--quiet", "print only errors and the summary line")
    .option("--report-file <path>", "write the diagnostics report to this file instead of stderr");
}

/** Colour only for a person watching: stderr is a terminal and NO_COLOR (https://no-color.org) is unset or empty. */
function stderrWantsColour(): boolean {
  return process.stderr.isTTY === true && !process.env.NO_COLOR;
}

/**
 * Applies `--rule-severity`, writes the report (stderr or --report-file) and says whether the run failed.
 * Commands without reporting options may call it with two arguments: pretty output, default severities.
 */
export function reportDiagnostics(
  diagnostics: readonly Diagnostic[],
  verbose: boolean | undefined,
  options: ReportingOptions = {},
  /** Show only the errors in a report for people (a no-op rerun: its warnings are the last run's). */
  errorsOnly = false,
  html: HtmlExtras = {},
): ReportOutcome {
  const effective = applySeverities(diagnostics, severityConfigFrom(options.ruleSeverity));
  const reporter = options.reporter ?? "pretty";
  // --quiet and errorsOnly trim what people read; json, sarif and html stay complete (tools and the page filter them).
  const forPeople = reporter === "pretty" || reporter === "github";
  const shown = forPeople && (options.quiet === true || errorsOnly) ? effective.filter((d) => d.severity === "error") : effective;
  const text = formatReport(reporter, shown, {
    verbose,
    color: options.reportFile === undefined && stderrWantsColour(),
    ...(reporter === "html" ? { html: htmlInput(effective, options.reportFile, html) } : {}),
  });
  if (options.reportFile !== undefined) writeFileSync(options.reportFile, text);
  // A page is no reading for a terminal: without --report-file it goes to stdout, where it can be redirected.
  else if (reporter === "html") process.stdout.write(text);
  else process.stderr.write(text);
  return { diagnostics: effective, failed: failsRun(effective, options.strict === true) };
}

/** The html page's title, each page's area (front matter `ms.prod`) and links relative to where the report is written. */
export function htmlInput(
  diagnostics: readonly Diagnostic[],
  reportFile: string | undefined,
  extras: HtmlExtras,
): Omit<HtmlReportInput, "diagnostics"> {
  const files = [
    ...diagnostics.map((d) => d.location.file),
    ...(extras.coverage?.areas.length ? extras.coverage.assumed.map((f) => f.file) : []),
    ...(extras.drift?.entries.flatMap((e) => (e.file ? [e.file] : [])) ?? []),
  ];
  const base = dirname(resolve(reportFile ?? "report.html"));
  return {
    title: "docs2ts report",
    areas: readAreasSync(files),
    href: (file) => encodeURI(relative(base, resolve(file)).split("\\").join("/")),
    ...extras,
  };
}
