/**
 * The Node API: `import { loadModel, generate } from "docs2ts"`. Side effects (reading pages, writing files) happen
 * here and in io/; parse, model and emit are pure.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Diagnostic } from "./diagnostics/diagnostic.js";
import { writeCsdlJson } from "./emit/csdl-json.js";
import { writeCsdlXml } from "./emit/csdl-xml.js";
import { suppressPageFindings } from "./diagnostics/suppressions.js";
import { findPages, type PageText, readPages } from "./io/input-files.js";
import { writeOutput, type WriteResult } from "./io/output-writer.js";
import { loadModelIncremental, renderIncremental, type ModelLoadOptions, type RenderOptions, type RenderStats } from "./io/incremental-render.js";
import { userPrettierConfig } from "./io/prettier-config.js";
import { DEFAULT_CACHE_DIR } from "./cache/store.js";
import { compareWithOutput, formatReport, type CheckReport } from "./check/output-diff.js";
import type { EnumStyle } from "./emit/enums.js";
import type { Model } from "./model/types.js";
import type { PageFacts } from "./parse/facts.js";
import { parsePage } from "./parse/page.js";

export type { Model } from "./model/types.js";
export type { Diagnostic, SourceLocation, Severity } from "./diagnostics/diagnostic.js";
export type { PageFacts } from "./parse/facts.js";
export type { RenderStats } from "./io/incremental-render.js";
export type { CheckReport } from "./check/output-diff.js";
export type { ModelChange } from "./check/model-diff.js";
export type { WriteResult } from "./io/output-writer.js";

export interface LoadOptions {
  /** Files or folders of Markdown pages. Default: `["input-docs"]`. */
  input?: readonly string[];
  /** Cache folder (default `node_modules/.cache/docs2ts`); false turns the cache off. */
  cacheDir?: string | false;
  /** Parse worker threads; 0 parses in the calling thread. Default: automatic. */
  workers?: number;
}

export interface GenerateOptions extends LoadOptions {
  /** Output folder. Default: `generated`. */
  out?: string;
  /** Name globs of the types to generate (with every type they reference); default: all. */
  include?: readonly string[];
  /** Name globs of types to leave out (types a kept type needs stay). */
  exclude?: readonly string[];
  /** How enums are declared: string union (default), const object + union, or TS enum. */
  enumStyle?: EnumStyle;
}

export interface GenerateResult {
  model: Model;
  files: Map<string, string>;
  write: WriteResult;
  stats: RenderStats;
}

export interface CheckResult {
  /** True when the output folder holds exactly what generate would write. */
  equal: boolean;
  report: CheckReport;
  /** The report as text for people. */
  text: string;
  model: Model;
  stats: RenderStats;
}

export const DEFAULT_INPUT = ["input-docs"];
export const DEFAULT_OUT = "generated";

export async function parsePages(input: readonly string[] = DEFAULT_INPUT): Promise<PageFacts[]> {
  return (await readAndParsePages(input)).facts;
}

/** The page texts and their facts, with the pages' `docs2ts-ignore` comments applied to the parse findings. */
async function readAndParsePages(input: readonly string[]): Promise<{ pages: PageText[]; facts: PageFacts[] }> {
  const files = await findPages(input);
  const pages = await readPages(files);
  const facts = pages.map((p) => {
    const f = parsePage(p.file, p.text);
    return { ...f, diagnostics: suppressPageFindings(p, f.diagnostics) };
  });
  return { pages, facts };
}

/**
 * Pages → model, through the same cache and parse workers as generate (a `model` or `metadata` run after generate
 * parses nothing). The pages' `docs2ts-ignore` comments apply to the parse and model findings.
 */
export async function loadModel(options: LoadOptions = {}): Promise<Model> {
  const o: ModelLoadOptions = { input: options.input ?? DEFAULT_INPUT, cacheDir: options.cacheDir ?? DEFAULT_CACHE_DIR };
  if (options.workers !== undefined) o.workers = options.workers;
  return (await loadModelIncremental(o)).model;
}

/** Model → every output file (relative path → text), in memory. */
export async function renderFiles(model: Model): Promise<Map<string, string>> {
  // Loaded on demand: ts-morph and prettier take longer to load than `model` and `metadata` take to run.
  const { emitTypeScript } = await import("./emit/project.js");
  return emitTypeScript(model, { runtimeSource: await runtimeSource() });
}

export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const out = options.out ?? DEFAULT_OUT;
  const r = await renderIncremental(await renderOptions(options, out, false));
  const write = await writeOutput(out, r.files);
  return { model: r.model, files: r.files, write, stats: r.stats };
}

/** Regenerates in memory and compares with the output folder; never writes it (nor the cache). */
export async function check(options: GenerateOptions = {}): Promise<CheckResult> {
  const out = options.out ?? DEFAULT_OUT;
  const r = await renderIncremental(await renderOptions(options, out, true));
  const report = await compareWithOutput(out, r.files, r.summary);
  return { equal: report.equal, report, text: formatReport(out, report), model: r.model, stats: r.stats };
}

async function renderOptions(options: GenerateOptions, out: string, readOnly: boolean): Promise<RenderOptions> {
  const r: RenderOptions = {
    input: options.input ?? DEFAULT_INPUT,
    cacheDir: options.cacheDir ?? DEFAULT_CACHE_DIR,
    cacheReadOnly: readOnly,
    prettierConfig: await userPrettierConfig(out),
  };
  if (options.workers !== undefined) r.workers = options.workers;
  if (options.include) r.include = options.include;
  if (options.exclude) r.exclude = options.exclude;
  if (options.enumStyle) r.enumStyle = options.enumStyle;
  return r;
}

export function metadata(model: Model, format: "csdl-xml" | "csdl-json"): string {
  return format === "csdl-json" ? writeCsdlJson(model) : writeCsdlXml(model);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

let runtimeText: string | undefined;

/** templates/runtime.ts, found relative to this module (works from the source tree and from dist/). */
export async function runtimeSource(): Promise<string> {
  if (runtimeText !== undefined) return runtimeText;
  for (const rel of ["../templates/runtime.ts", "../../templates/runtime.ts"]) {
    try {
      runtimeText = await readFile(fileURLToPath(new URL(rel, import.meta.url)), "utf8");
      return runtimeText;
    } catch {
      // try the next layout
    }
  }
  throw new Error("docs2ts: templates/runtime.ts not found next to the package");
}
