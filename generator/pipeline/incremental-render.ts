/**
 * Pages → model → formatted files, doing only the work whose inputs changed (each cache entry is keyed by the code
 * that produces it, the options, and content hashes: page facts by the parse code only, printed statements by
 * ts-morph and the printer, formatted statements by prettier and the formatter, the model and files by the whole
 * generator; see cache/store.ts). generate checks first whether anything changed at all (run-record.ts).
 *   1. read and hash the pages (with the last run's record: only those it cannot vouch for);
 *   2. the whole input unchanged → the model of the last run, no parse at all;
 *   3. otherwise parse only the pages whose hash is new (on worker threads), take the others' facts from the cache,
 *      build the model;
 *   4. the model (and emit options) unchanged → the files of the last run, no emit;
 *   5. otherwise emit, printing only the statements whose structure is new (statement-printer.ts), and format only
 *      the statements not formatted before (format-cache.ts).
 * Every stage's wall time is reported, so `npm run bench` can say where the time goes.
 */
import { performance } from "node:perf_hooks";
import type * as prettier from "prettier";
import type { EnumStyle } from "../emit/typescript/enums.js";
import type { FileLayout } from "../emit/typescript/file-layout.js";
import type { TypeNaming } from "../emit/typescript/symbols.js";
import type { Model } from "../model/types.js";
import type { PageFacts } from "../parse/facts.js";
import type { FormatStats } from "../emit/print/format-cache.js";
import { installedVersion, moduleClosureHash, sha256, stableJson } from "../cache/keys.js";
import type { PrintMemory } from "../emit/print/statement-printer.js";
import { startPrintThread, type PrintThread } from "../emit/print/statement-print-thread.js";
import { collectGarbage } from "../emit/print/heap-relief.js";
import type { Chunk } from "../emit/print/format.js";
import { CacheStore, pageFactsGeneration } from "../cache/store.js";
import { MODEL_SUMMARY_FILE, summarizeModel, type ModelSummary } from "../model/summary.js";
import { applySuppressions, suppressPageFindings } from "../diagnostics/suppressions.js";
import { findPages, readPages, type PageText } from "../platform/input-files.js";
import { parseOnWorkers, workerEntry } from "./page-parse-workers.js";
import { stampFiles, unchangedPageKeys, type KnownPages, type FileStamps } from "./run-record.js";

export interface ModelLoadOptions {
  input: readonly string[];
  /** Cache folder, or false for none. */
  cacheDir?: string | false;
  /** A read-only cache (check): entries are used but never written. */
  cacheReadOnly?: boolean;
  /** Parse worker threads (0: this thread). Default: automatic. */
  workers?: number;
  include?: readonly string[];
  exclude?: readonly string[];
  /**
   * Page facts by page key, kept by a caller that runs again in the same process (watch mode, GenerateSession): read
   * before the cache, and left holding exactly this run's pages.
   */
  memory?: Map<string, PageFacts>;
  /** The page files when the caller has found them already (findPages). */
  pageFiles?: readonly string[];
  /** Stamp the pages (size, mtime) before reading them, for the up-to-date check of the next run (run-record.ts). */
  stampPages?: boolean;
  /** The last run's record of the pages (with stampPages): pages it proves unchanged are not read. */
  knownPages?: KnownPages;
  /** Told when a stage starts, and as pages are parsed (done of total), for a progress line (cli/terminal.ts). */
  onProgress?: ProgressListener;
}

/** A stage of the run has started, or `done` of its `total` items are done. */
export type ProgressListener = (stage: string, done?: number, total?: number) => void;

/** What the run read, for its run record: the stamps taken before reading, each page's key, the model's runKey. */
export interface RenderInputs {
  stamps: FileStamps;
  pageKeys: string[];
  runKey: string;
  ignores: boolean[];
}

export interface RenderOptions extends ModelLoadOptions {
  enumStyle?: EnumStyle;
  fileLayout?: FileLayout;
  naming?: TypeNaming;
  prettierConfig?: prettier.Options;
}

export interface RenderStats {
  pages: number;
  parsed: number;
  factsReused: number;
  modelReused: boolean;
  emitSkipped: boolean;
  format: FormatStats;
  /** Statements printed by ts-morph and reused from earlier runs (emit/statement-printer.ts). */
  print?: { printed: number; reused: number };
  /** Wall milliseconds per stage, in order. */
  stages: Record<string, number>;
  /** Pages read (the others were proven unchanged by the last run's record); undefined when all were read. */
  read?: number;
  /** Pages whose facts came from the parse started before the cache was read (set when it was used). */
  parsedAhead?: number;
  /** Nothing changed since the last run: the output folder was checked and nothing else was done (run-record.ts). */
  upToDate?: boolean;
}

export interface RenderResult {
  model: Model;
  summary: ModelSummary;
  /** Every output file, the model summary included. */
  files: Map<string, string>;
  stats: RenderStats;
  /** Set when the options asked for stamps. */
  inputs?: RenderInputs;
}

export interface ModelLoadResult {
  model: Model;
  stats: RenderStats;
  inputs?: RenderInputs;
}

/** Wall time per stage: `lap(name)` charges the time since the previous lap to `name`. */
function stageClock(stats: RenderStats): (stage: string) => void {
  let t = performance.now();
  return (stage) => {
    const now = performance.now();
    stats.stages[stage] = (stats.stages[stage] ?? 0) + (now - t);
    t = now;
  };
}

function emptyStats(): RenderStats {
  return { pages: 0, parsed: 0, factsReused: 0, modelReused: false, emitSkipped: false, format: { formatted: 0, reused: 0 }, stages: {} };
}

/** The caches a run uses, or none; opened once per run. */
interface Stores {
  /** Model and files: keyed by the whole generator. */
  main?: CacheStore;
  /** Page facts: keyed by the parse code only, so model and emit changes keep them. */
  facts?: CacheStore;
}

function openStores(options: ModelLoadOptions): Stores {
  const root = cacheRoot(options);
  if (root === undefined) return {};
  const ro = options.cacheReadOnly === true;
  return { main: new CacheStore(root, undefined, ro), facts: new CacheStore(root, pageFactsGeneration(), ro, "p") };
}

/** Pages → model through the caches (the `model`, `metadata`, `validate` commands and generate share it). */
export async function loadModelIncremental(options: ModelLoadOptions): Promise<ModelLoadResult> {
  const stats = emptyStats();
  const { model, inputs } = await modelStage(options, openStores(options), stats, stageClock(stats));
  return inputs ? { model, stats, inputs } : { model, stats };
}

/** The key of the entries that hold one input set's page facts and output files: the input paths. */
function inputsEntryKey(options: ModelLoadOptions): string {
  return sha256(stableJson({ input: [...options.input] }));
}

/** The key of the model cache entry: the inputs and the subset options (a subset is a different model). */
export function modelEntryKey(options: ModelLoadOptions): string {
  return sha256(stableJson({ input: [...options.input], include: options.include ?? [], exclude: options.exclude ?? [] }));
}

/** The cached model of a run record (run-record.ts), read only when asked for; undefined when it is not there. */
export function cachedModel(cacheDir: string, options: ModelLoadOptions, runKey: string): Model | undefined {
  const entry = new CacheStore(cacheDir, undefined, true).get<{ runKey: string; model: Model }>("model", modelEntryKey(options));
  return entry?.runKey === runKey ? entry.model : undefined;
}

/** Whether the model cache entry holds the model of `runKey`, without reading the (large) model. */
export function hasCachedModel(store: CacheStore, options: ModelLoadOptions, runKey: string): boolean {
  return store.get<string>("model-run-key", modelEntryKey(options)) === runKey;
}

async function modelStage(
  options: ModelLoadOptions,
  stores: Stores,
  stats: RenderStats,
  lap: (stage: string) => void,
  /** Called when the model is about to be built (not when the cached one is used). */
  beforeModel?: () => void,
): Promise<{ model: Model; modelJson?: string; inputs?: RenderInputs }> {
  const files = options.pageFiles ?? (await findPages(options.input));
  options.onProgress?.("reading pages", 0, files.length);
  const stamps = options.stampPages ? stampFiles(files) : undefined;
  // Pages the last run's record proves unchanged keep their key and are not read (run-record.ts).
  const unchanged = stamps ? unchangedPageKeys(options.knownPages, stamps) : files.map(() => undefined);
  const texts = new Map((await readPages(files.filter((_, i) => unchanged[i] === undefined))).map((p) => [p.file, p.text]));
  stats.pages = files.length;
  const pageKeys = files.map((f, i) => unchanged[i] ?? sha256(f, texts.get(f)!));
  const modelOptions = { include: options.include ?? [], exclude: options.exclude ?? [] };
  const inputsKey = inputsEntryKey(options);
  const modelKey = modelEntryKey(options);
  const runKey = sha256(...pageKeys, stableJson(modelOptions));
  const ignores = files.map((f) => texts.get(f)?.includes("docs2ts-ignore") ?? false);
  const inputs = stamps ? { stamps, pageKeys, runKey, ignores } : undefined;
  lap("read");

  // The small key entry first: a stale model (the usual case after an edit) is not worth reading.
  const cached =
    stores.main && hasCachedModel(stores.main, options, runKey)
      ? stores.main.get<{ runKey: string; model: Model }>("model", modelKey)
      : undefined;
  if (cached?.runKey === runKey) {
    stats.modelReused = true;
    lap("model (cached)");
    return { model: cached.model, inputs };
  }
  // Pages the record could not vouch for are most likely edited, so their facts are likely not cached: a worker
  // starts parsing them now (loading remark there, ~0.3 s) while this thread reads the facts pack. Not in a session
  // (watch mode): there is no pack to read, and this thread keeps remark loaded from one run to the next.
  const early =
    options.knownPages && !options.memory && options.workers !== 0 && texts.size > 0 && texts.size <= MAX_EARLY_PAGES
      ? earlyParse([...texts].map(([file, text]) => ({ file, text })))
      : undefined;
  // With the facts of all but a few pages in memory (a watch run after an edit), the 15 MB pack is not worth reading
  // for those few: they are looked up in the small delta and parsed when not there.
  const inMemory = options.memory ? pageKeys.filter((k) => options.memory!.has(k)).length : 0;
  const skipPack = options.memory !== undefined && pageKeys.length - inMemory <= MAX_EARLY_PAGES && inMemory > 0;
  const pack = skipPack ? undefined : (stores.facts?.get<Record<string, PageFacts>>("facts", inputsKey) ?? {});
  const delta = stores.facts?.get<Record<string, PageFacts>>("facts-delta", inputsKey) ?? {};
  const known = (k: string): PageFacts | undefined =>
    Object.hasOwn(delta, k) ? delta[k] : pack && Object.hasOwn(pack, k) ? pack[k] : undefined;
  const facts: (PageFacts | undefined)[] = pageKeys.map((k) => options.memory?.get(k) ?? known(k));
  // A page whose facts are gone (new parse code) is read now if it was skipped.
  const missingFiles = files.filter((_, i) => facts[i] === undefined);
  for (const p of await readPages(missingFiles.filter((f) => !texts.has(f)))) texts.set(p.file, p.text);
  const missing = missingFiles.map((file) => ({ file, text: texts.get(file)! }));
  if (stamps) stats.read = texts.size;
  stats.factsReused = files.length - missing.length;
  lap("facts (cache)");
  const parsedAt: number[] = [];
  if (missing.length > 0) {
    const ahead = await early?.covering(missing);
    if (ahead) stats.parsedAhead = ahead.length;
    options.onProgress?.("parsing pages", 0, missing.length);
    const parsed = ahead ?? (await parseHere(missing, options));
    // The page's own `docs2ts-ignore` comments apply to its findings (they depend on the page alone, so the
    // cached facts are the suppressed ones).
    parsed.forEach((f, j) => (parsed[j] = { ...f, diagnostics: suppressPageFindings(missing[j], f.diagnostics) }));
    let j = 0;
    for (let i = 0; i < facts.length; i++) {
      if (facts[i] !== undefined) continue;
      facts[i] = parsed[j++];
      parsedAt.push(i);
    }
    stats.parsed = missing.length;
  }
  lap("parse");
  const all = facts as PageFacts[];
  if (options.memory) {
    // Only this run's pages stay: the memory does not grow with every edit.
    options.memory.clear();
    for (const [i, k] of pageKeys.entries()) options.memory.set(k, all[i]);
  }
  if (stores.facts && missing.length > 0) saveFacts(stores.facts, inputsKey, pageKeys, all, pack, delta, parsedAt);
  // A large parse leaves its garbage (the facts pack's JSON, the workers' answers) behind: collected before the model
  // adds its own, so the heap does not grow past what the run holds (heap-relief.ts). Not after an edit.
  const large = missing.length >= LARGE_RUN_PAGES;
  if (large) collectGarbage();
  beforeModel?.();
  options.onProgress?.("building the model");
  const { buildModel } = await import("../model/build.js");
  const { selectSubset } = await import("../model/subset.js");
  const built = buildModel(all);
  // Model-stage findings are located in pages too, so the pages' comments apply to them.
  // Every page with a docs2ts-ignore comment was read (unchangedPageKeys never skips one).
  const pages = [...texts].map(([file, text]) => ({ file, text }));
  const model = selectSubset({ ...built, diagnostics: applySuppressions(built.diagnostics, pages) }, modelOptions);
  // The model's JSON is made once: the cache entry (the bytes JSON.stringify({ runKey, model }) gives) and the emit
  // key (renderIncremental) both need it, and it is ~11 MB for the v1.0 reference.
  const modelJson = JSON.stringify(model);
  stores.main?.setText("model", modelKey, `{"runKey":${JSON.stringify(runKey)},"model":${modelJson}}`);
  // Written after the model: a run record trusts the model entry only when this small entry names its run.
  stores.main?.set("model-run-key", modelKey, runKey);
  if (large) collectGarbage();
  lap("model");
  return { model, modelJson, inputs };
}

/** From this many pages parsed, or statements printed, a run is large enough to collect its garbage between stages. */
const LARGE_RUN_PAGES = 500;
const LARGE_RUN_STATEMENTS = 1000;

async function parseHere(pages: readonly PageText[], options: ModelLoadOptions): Promise<PageFacts[]> {
  const { parsePages } = await import("./page-parse-pool.js");
  const progress = options.onProgress;
  return parsePages(pages, {
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    ...(progress ? { onParsed: (done: number) => progress("parsing pages", done, pages.length) } : {}),
  });
}

/** At most this many pages are parsed ahead (more is not a one-page edit; the pool then decides). */
const MAX_EARLY_PAGES = 16;

/**
 * A parse started before it is known to be needed, on one worker thread; `covering` gives the facts of `pages`
 * in their order when they were all parsed ahead, else undefined. Off when no worker can run (then the parse
 * runs in this thread as before); the worker's facts are the pool's (the same parsePageSafely).
 */
function earlyParse(ahead: readonly PageText[]): { covering(pages: readonly PageText[]): Promise<PageFacts[] | undefined> } | undefined {
  const entry = workerEntry();
  if (!entry) return undefined;
  const result = parseOnWorkers(ahead, 1, entry);
  // Unneeded results are dropped; a failure then is no failure of the run.
  result.catch(() => undefined);
  return {
    async covering(pages) {
      const at = new Map(ahead.map((p, i) => [p.file, i]));
      if (!pages.every((p) => at.get(p.file) !== undefined && ahead[at.get(p.file)!].text === p.text)) return undefined;
      const facts = await result;
      return pages.map((p) => facts[at.get(p.file)!]);
    },
  };
}

/** Above this many pages parsed since the pack was written, the pack is written again (and the delta emptied). */
const MAX_DELTA_PAGES = 200;

/**
 * Page facts are kept as a pack of every page plus a delta of the pages parsed since: after an edit only the delta
 * (a few pages) is written instead of the 15 MB pack; the pack is rewritten, with only the current pages, when the
 * delta grows large or the pages no longer match it. Without the pack at hand (`undefined`: not read), the delta is
 * the old one plus the pages this run parsed (`parsed`: their indexes).
 */
function saveFacts(
  store: CacheStore,
  key: string,
  pageKeys: readonly string[],
  all: readonly PageFacts[],
  pack: Record<string, PageFacts> | undefined,
  delta: Record<string, PageFacts>,
  parsed: readonly number[],
): void {
  const next: Record<string, PageFacts> = {};
  if (pack) {
    pageKeys.forEach((k, i) => {
      if (!Object.hasOwn(pack, k)) next[k] = all[i];
    });
  } else {
    Object.assign(next, delta);
    for (const i of parsed) next[pageKeys[i]] = all[i];
  }
  if (Object.keys(next).length <= MAX_DELTA_PAGES && (pack === undefined || Object.keys(pack).length > 0)) {
    store.set("facts-delta", key, next);
    return;
  }
  store.set("facts", key, Object.fromEntries(pageKeys.map((k, i) => [k, all[i]])));
  if (Object.keys(delta).length > 0) store.set("facts-delta", key, {});
}

/**
 * The choices that shape the emitted files besides prettier's, defaults filled in: part of the emit cache key here and
 * of generate's run-record key (index.ts), so an option added here invalidates both.
 */
export function emitChoices(o: RenderOptions): { enumStyle: EnumStyle; fileLayout: FileLayout; naming: TypeNaming } {
  return { enumStyle: o.enumStyle ?? "union", fileLayout: o.fileLayout ?? "namespace", naming: o.naming ?? {} };
}

/** The cache folder of a run, or undefined when it runs without a cache. */
function cacheRoot(options: ModelLoadOptions): string | undefined {
  return options.cacheDir === false ? undefined : options.cacheDir;
}

export async function renderIncremental(options: RenderOptions): Promise<RenderResult> {
  // A run with a record of the last one usually changes a few statements: ts-morph and prettier, needed for those,
  // load on another thread while this one builds the model (statement-print-thread.ts). Not before: on two cores
  // the parse worker of the edited pages has the other core while the facts are read.
  const thread: { started?: PrintThread } = {};
  const incremental = options.knownPages !== undefined && cacheRoot(options) !== undefined;
  try {
    return await render(options, thread, incremental ? () => (thread.started = startPrintThread()) : undefined);
  } finally {
    await thread.started?.close();
  }
}

async function render(
  options: RenderOptions,
  started: { started?: PrintThread },
  beforeModel: (() => void) | undefined,
): Promise<RenderResult> {
  const stats = emptyStats();
  const lap = stageClock(stats);
  const stores = openStores(options);
  const { model, modelJson, inputs } = await modelStage(options, stores, stats, lap, beforeModel);
  const thread = started.started;
  const inputsKey = inputsEntryKey(options);

  const summary = summarizeModel(model);
  const { runtimeSource } = await import("../template.js");
  const runtime = await runtimeSource();
  const emitOptions = { ...emitChoices(options), prettier: options.prettierConfig ?? {} };
  // The runtime template is copied into the output, so an edited template is a different output too.
  const modelHash = sha256(modelJson ?? JSON.stringify(model), stableJson(emitOptions), runtime);
  const cachedFiles =
    stores.main?.get<string>("emit-key", inputsKey) === modelHash
      ? stores.main?.get<{ modelHash: string; files: [string, string][] }>("emit", inputsKey)
      : undefined;
  let files: Map<string, string>;
  if (cachedFiles?.modelHash === modelHash) {
    files = new Map(cachedFiles.files);
    stats.emitSkipped = true;
    lap("emit (cached)");
  } else {
    options.onProgress?.("emitting TypeScript");
    const { emitTypeScript } = await import("../emit/typescript/project.js");
    const print = openPrintMemory(options, inputsKey);
    const printStats = { printed: 0, reused: 0 };
    const chunks = new Map<string, Chunk[]>();
    // The thread is an optimisation: whatever it fails to do is done here (emit prints what prefetch did not).
    const exportsOnThread = await thread?.runtimeExports(runtime).catch(() => undefined);
    const onThread = { ...(thread ? { printMany: thread.print } : {}), ...(exportsOnThread ? { runtimeExports: exportsOnThread } : {}) };
    const raw = await emitTypeScript(model, {
      runtimeSource: runtime,
      ...emitChoices(options),
      skipFormat: true,
      printMemory: print.memory,
      printStats,
      chunks,
      ...onThread,
    });
    print.save(printStats.printed > 0);
    stats.print = printStats;
    if (printStats.printed >= LARGE_RUN_STATEMENTS) collectGarbage();
    lap("emit");
    // runtime.ts is copied verbatim (emit does not format it either).
    const toFormat = new Map([...raw].filter(([k]) => k !== "runtime.ts"));
    // The files emit did not print statement by statement (odata.ts, index.ts) are split on the thread too.
    if (thread)
      for (const [path, text] of toFormat)
        if (!chunks.has(path)) {
          const split = await thread.split(text).catch(() => undefined);
          if (split) chunks.set(path, split);
        }
    options.onProgress?.("formatting");
    // Loaded here: a run that reuses its files never needs it.
    const { formatFilesCached, openFormatStore } = await import("../emit/print/format-cache.js");
    const root = cacheRoot(options);
    const formatStore = root === undefined ? undefined : openFormatStore(root, options.cacheReadOnly === true);
    const formatted = await formatFilesCached(
      toFormat,
      emitOptions.prettier,
      formatStore,
      stats.format,
      chunks,
      thread ? { formatMany: thread.format } : {},
    );
    files = new Map([...raw.keys()].map((k) => [k, formatted.get(k) ?? raw.get(k)!]));
    stores.main?.set("emit", inputsKey, { modelHash, files: [...files] });
    stores.main?.set("emit-key", inputsKey, modelHash);
    lap("format");
  }
  files.set(MODEL_SUMMARY_FILE, JSON.stringify(summary, null, 1) + "\n");
  return inputs ? { model, summary, files, stats, inputs } : { model, summary, files, stats };
}

/**
 * The printed statements of the last run (cache family "s", keyed by ts-morph and the printer's code), and a save
 * that keeps only the statements this run used, so the entry does not grow with every edit.
 */
function openPrintMemory(options: RenderOptions, inputsKey: string): { memory: PrintMemory; save: (printed: boolean) => void } {
  const root = cacheRoot(options);
  const store =
    root === undefined
      ? undefined
      : new CacheStore(
          root,
          `ts-morph@${installedVersion("ts-morph")}#${moduleClosureHash(["emit/print/statement-printer"])}`,
          options.cacheReadOnly,
          "s",
        );
  const known = store?.get<Record<string, string>>("statements", inputsKey) ?? {};
  const used = new Map<string, string>();
  const memory: PrintMemory = {
    get(key) {
      const text = Object.hasOwn(known, key) ? known[key] : undefined;
      if (text !== undefined) used.set(key, text);
      return text;
    },
    set: (key, text) => void used.set(key, text),
  };
  return {
    memory,
    save(printed) {
      if (store && (printed || used.size !== Object.keys(known).length)) store.set("statements", inputsKey, Object.fromEntries(used));
    },
  };
}
