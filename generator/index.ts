/**
 * The Node API: `import { loadModel, generate } from "docs2ts"`. Side effects (reading pages, writing files) happen
 * here and in io/; parse, model and emit are pure.
 */
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import type { Diagnostic } from "./diagnostics/diagnostic.js";
import { runtimeSource } from "./template.js";

import { writeCsdlJson } from "./emit/csdl/json.js";
import { writeCsdlXml } from "./emit/csdl/xml.js";
import { suppressPageFindings } from "./diagnostics/suppressions.js";
import { findPages, type PageText, readPages } from "./platform/input-files.js";
import { recoverOutput, writeOutput, type WriteResult } from "./platform/output-writer.js";
import { validateOutDir } from "./platform/output-target.js";
import {
  cachedModel,
  emitChoices,
  hasCachedModel,
  loadModelIncremental,
  renderIncremental,
  type ModelLoadOptions,
  type RenderOptions,
  type ProgressListener,
  type RenderStats,
} from "./pipeline/incremental-render.js";
import { checkUpToDate, loadRunRecord, readOutputs, saveRunRecord, stampOutputs, type UpToDate } from "./pipeline/run-record.js";
import { sha256, stableJson } from "./cache/keys.js";
import { userPrettierConfig } from "./platform/prettier-config.js";
import { CacheStore, DEFAULT_CACHE_DIR } from "./cache/store.js";
import type { CheckReport } from "./pipeline/output-diff.js";
import type { EnumStyle } from "./emit/typescript/enums.js";
import type { FileLayout } from "./emit/typescript/file-layout.js";
import type { TypeNaming } from "./emit/typescript/symbols.js";
import type { Model } from "./model/types.js";
import type { PageFacts } from "./parse/facts.js";

export type { Model } from "./model/types.js";
export type { Diagnostic, SourceLocation, Severity } from "./diagnostics/diagnostic.js";
export type { PageFacts } from "./parse/facts.js";
export type { ProgressListener, RenderStats } from "./pipeline/incremental-render.js";
export type { CheckReport } from "./pipeline/output-diff.js";
export type { ModelChange } from "./model/diff.js";
export type { WriteResult } from "./platform/output-writer.js";
export type { EnumStyle } from "./emit/typescript/enums.js";
export type { FileLayout } from "./emit/typescript/file-layout.js";
export type { TypeNaming } from "./emit/typescript/symbols.js";

export interface LoadOptions {
  /** Files or folders of Markdown pages. Default: `["input-docs"]`. */
  input?: readonly string[];
  /** Cache folder (default `node_modules/.cache/docs2ts`); false turns the cache off. */
  cacheDir?: string | false;
  /** Parse worker threads; 0 parses in the calling thread. Default: automatic. */
  workers?: number;
  /** Told when a stage starts and as pages are parsed (a progress line); never needed for the result. */
  onProgress?: ProgressListener;
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
  /** One models file per namespace (default: `models/microsoft.graph.ts`) or per type (`models/microsoft.graph.user.ts`). */
  fileLayout?: FileLayout;
  /** Prefix and suffix of every model type's TypeScript name (`{ typeSuffix: "Model" }` → `UserModel`). */
  naming?: TypeNaming;
  /** Write into any folder, even a filesystem root, a project's root or an input folder (refused by default). */
  allowAnyOut?: boolean;
}

export interface GenerateResult {
  /** On a run that found nothing to do (stats.upToDate), read from the cache when first used (see diagnostics). */
  model: Model;
  /** The model's diagnostics; unlike `model`, always at hand. */
  diagnostics: Diagnostic[];
  /** Every output file; on a run that found nothing to do, read from the output folder when first used. */
  files: Map<string, string>;
  write: WriteResult;
  stats: RenderStats;
  /** Structured types and endpoints (client functions) of the model, at hand without loading it. */
  counts: { types: number; endpoints?: number };
}

export interface CheckResult {
  /** True when the output folder holds exactly what generate would write. */
  equal: boolean;
  report: CheckReport;
  /** The report as text for people. */
  text: string;
  model: Model;
  stats: RenderStats;
  /** How many files generate would write. */
  files: number;
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
  // Loaded on demand: remark and its plugins are most of docs2ts' start-up, and a generate with nothing to do
  // never parses.
  const { parsePage } = await import("./parse/page.js");
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
  if (options.onProgress) o.onProgress = options.onProgress;
  return (await loadModelIncremental(o)).model;
}

/** Model → every output file (relative path → text), in memory. */
export async function renderFiles(model: Model): Promise<Map<string, string>> {
  // Loaded on demand: ts-morph and prettier take longer to load than `model` and `metadata` take to run.
  const { emitTypeScript } = await import("./emit/typescript/project.js");
  return emitTypeScript(model, { runtimeSource: await runtimeSource() });
}

/**
 * What repeated generate calls in one process share (watch mode, a dev server): the pages parsed by the last run stay
 * in memory, so after an edit only the edited pages are read from the cache or parsed.
 */
export interface GenerateSession {
  /** Page facts of the last run, by page key (path and content hash). */
  readonly pages: Map<string, PageFacts>;
}

export function createSession(): GenerateSession {
  return { pages: new Map() };
}

export async function generate(options: GenerateOptions = {}, session?: GenerateSession): Promise<GenerateResult> {
  const started = performance.now();
  const out = options.out ?? DEFAULT_OUT;
  validateOutDir(out, options.input ?? DEFAULT_INPUT, options.allowAnyOut);
  // A run killed while committing left a journal: finished or undone before anything looks at the output.
  await recoverOutput(out);
  const ro: RenderOptions = { ...(await renderOptions(options, out, false)), ...(session ? { memory: session.pages } : {}) };
  const store = ro.cacheDir === false || ro.cacheDir === undefined ? undefined : new CacheStore(ro.cacheDir);
  if (!store) {
    const r = await renderIncremental(ro);
    return {
      model: r.model,
      files: r.files,
      write: await writeOutput(out, r.files),
      stats: r.stats,
      diagnostics: r.model.diagnostics,
      counts: modelCounts(r.model),
    };
  }
  const pageFiles = await findPages(ro.input);
  const recordKey = runRecordKey(ro, out, await runtimeSource());
  const record = loadRunRecord(store, recordKey);
  const up =
    record && hasCachedModel(store, ro, record.runKey) ? await checkUpToDate(record, pageFiles, out, (f, t) => sha256(f, t)) : undefined;
  if (up) {
    if (up.refreshed) saveRunRecord(store, recordKey, { ...up.record, stamps: up.stamps, outputs: up.outputs });
    return upToDateResult(up, ro, ro.cacheDir as string, out, performance.now() - started);
  }
  const known = record?.ignores ? { stamps: record.stamps, pageKeys: record.pageKeys, ignores: record.ignores } : undefined;
  const r = await renderIncremental({ ...ro, pageFiles, stampPages: true, ...(known ? { knownPages: known } : {}) });
  options.onProgress?.("writing files");
  const write = await writeOutput(out, r.files);
  if (r.inputs) {
    const { stamps, pageKeys, runKey, ignores } = r.inputs;
    const d = r.model.diagnostics;
    saveRunRecord(store, recordKey, {
      stamps,
      pageKeys,
      runKey,
      ignores,
      ...stampOutputs(out, r.files),
      diagnostics: d,
      types: r.model.types.length,
      pages: r.stats.pages,
      endpoints: r.model.endpoints.length,
    });
  }
  return { model: r.model, files: r.files, write, stats: r.stats, diagnostics: r.model.diagnostics, counts: modelCounts(r.model) };
}

function modelCounts(model: Model): GenerateResult["counts"] {
  return { types: model.types.length, endpoints: model.endpoints.length };
}

/** Everything that decides the output besides the pages: a run record is only valid for the same key. */
function runRecordKey(o: RenderOptions, out: string, runtime: string): string {
  const options = { input: [...o.input], out: resolve(out), include: o.include ?? [], exclude: o.exclude ?? [], ...emitChoices(o) };
  return sha256(stableJson(options), stableJson(o.prettierConfig ?? {}), runtime);
}

/** The result of a run that found nothing to do: the model is read from the cache only if the caller asks for it. */
function upToDateResult(up: UpToDate, o: RenderOptions, cacheDir: string, out: string, ms: number): GenerateResult {
  const { record } = up;
  const stats: RenderStats = {
    pages: record.pages,
    parsed: 0,
    factsReused: record.pages,
    modelReused: true,
    emitSkipped: true,
    format: { formatted: 0, reused: 0 },
    stages: { "up-to-date check": ms },
    upToDate: true,
  };
  let model: Model | undefined;
  let files: Map<string, string> | undefined;
  return {
    get files(): Map<string, string> {
      return (files ??= readOutputs(out, record.outputs.files));
    },
    write: { written: [], unchanged: [...record.outputs.files], removed: [] },
    stats,
    diagnostics: record.diagnostics,
    counts: record.endpoints === undefined ? { types: record.types } : { types: record.types, endpoints: record.endpoints },
    get model(): Model {
      model ??= cachedModel(cacheDir, o, record.runKey);
      if (!model) throw new Error(`docs2ts: the cached model of the last run is gone; run generate again (output ${out} is up to date)`);
      return model;
    },
  };
}

/** Regenerates in memory and compares with the output folder; never writes it (nor the cache). */
export async function check(options: GenerateOptions = {}): Promise<CheckResult> {
  const out = options.out ?? DEFAULT_OUT;
  await recoverOutput(out);
  const r = await renderIncremental(await renderOptions(options, out, true));
  const { compareWithOutput, formatReport } = await import("./pipeline/output-diff.js");
  const report = await compareWithOutput(out, r.files, r.summary);
  return { equal: report.equal, report, text: formatReport(out, report), model: r.model, stats: r.stats, files: r.files.size };
}

async function renderOptions(options: GenerateOptions, out: string, readOnly: boolean): Promise<RenderOptions> {
  const r: RenderOptions = {
    input: options.input ?? DEFAULT_INPUT,
    cacheDir: options.cacheDir ?? DEFAULT_CACHE_DIR,
    cacheReadOnly: readOnly,
    prettierConfig: await userPrettierConfig(out),
  };
  if (options.workers !== undefined) r.workers = options.workers;
  if (options.onProgress) r.onProgress = options.onProgress;
  if (options.include) r.include = options.include;
  if (options.exclude) r.exclude = options.exclude;
  if (options.enumStyle) r.enumStyle = options.enumStyle;
  if (options.fileLayout) r.fileLayout = options.fileLayout;
  if (options.naming) r.naming = options.naming;
  return r;
}

export function metadata(model: Model, format: "csdl-xml" | "csdl-json"): string {
  return format === "csdl-json" ? writeCsdlJson(model) : writeCsdlXml(model);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

export { runtimeSource } from "./template.js";
