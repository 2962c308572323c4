/**
 * Pages → model → formatted files, doing only the work whose inputs changed (the cache is keyed by docs2ts'
 * version and code, the options, and content hashes):
 *   1. read every page and hash it;
 *   2. the whole input unchanged → the model of the last run, no parse at all;
 *   3. otherwise parse only the pages whose hash is new (on worker threads), take the others' facts from the cache,
 *      build the model;
 *   4. the model (and emit options) unchanged → the files of the last run, no emit;
 *   5. otherwise emit without formatting and format only the statements not formatted before (format-cache.ts).
 * Every stage's wall time is reported, so `npm run bench` can say where the time goes.
 */
import { performance } from "node:perf_hooks";
import type * as prettier from "prettier";
import type { EnumStyle } from "../emit/enums.js";
import type { Model } from "../model/types.js";
import type { PageFacts } from "../parse/facts.js";
import type { FormatStats } from "../cache/format-cache.js";
import { sha256, stableJson } from "../cache/keys.js";
import { CacheStore } from "../cache/store.js";
import { MODEL_SUMMARY_FILE, summarizeModel, type ModelSummary } from "../check/model-summary.js";
import { selectSubset } from "../config/subset-closure.js";
import { applySuppressions, suppressPageFindings } from "../diagnostics/suppressions.js";
import { findPages, readPages } from "./input-files.js";

export interface RenderOptions {
  input: readonly string[];
  /** Cache folder, or false for none. */
  cacheDir?: string | false;
  /** A read-only cache (check): entries are used but never written. */
  cacheReadOnly?: boolean;
  /** Parse worker threads (0: this thread). Default: automatic. */
  workers?: number;
  include?: readonly string[];
  exclude?: readonly string[];
  enumStyle?: EnumStyle;
  prettierConfig?: prettier.Options;
  /** Pages already parsed elsewhere (watch mode keeps them in memory), by page key. */
  memory?: Map<string, PageFacts>;
}

export interface RenderStats {
  pages: number;
  parsed: number;
  factsReused: number;
  modelReused: boolean;
  emitSkipped: boolean;
  format: FormatStats;
  /** Wall milliseconds per stage, in order. */
  stages: Record<string, number>;
}

export interface RenderResult {
  model: Model;
  summary: ModelSummary;
  /** Every output file, the model summary included. */
  files: Map<string, string>;
  stats: RenderStats;
}

export async function renderIncremental(options: RenderOptions): Promise<RenderResult> {
  const stats: RenderStats = { pages: 0, parsed: 0, factsReused: 0, modelReused: false, emitSkipped: false, format: { formatted: 0, reused: 0 }, stages: {} };
  let t = performance.now();
  const lap = (stage: string): void => {
    const now = performance.now();
    stats.stages[stage] = (stats.stages[stage] ?? 0) + (now - t);
    t = now;
  };
  const store = options.cacheDir === false || options.cacheDir === undefined ? undefined : new CacheStore(options.cacheDir, undefined, options.cacheReadOnly);
  const pages = await readPages(await findPages(options.input));
  stats.pages = pages.length;
  const pageKeys = pages.map((p) => sha256(p.file, p.text));
  const modelOptions = { include: options.include ?? [], exclude: options.exclude ?? [] };
  const inputsKey = sha256(stableJson({ input: [...options.input] }));
  const runKey = sha256(...pageKeys, stableJson(modelOptions));
  lap("read");

  let model: Model | undefined;
  const cachedModel = store?.get<{ runKey: string; model: Model }>("model", inputsKey);
  if (cachedModel?.runKey === runKey) {
    model = cachedModel.model;
    stats.modelReused = true;
    lap("model (cached)");
  } else {
    const pack = store?.get<Record<string, PageFacts>>("facts", inputsKey) ?? {};
    const facts: (PageFacts | undefined)[] = pageKeys.map((k) => options.memory?.get(k) ?? pack[k]);
    const missing = pages.filter((_, i) => facts[i] === undefined);
    stats.factsReused = pages.length - missing.length;
    lap("facts (cache)");
    if (missing.length > 0) {
      const { parsePages } = await import("./page-parse-pool.js");
      const parsed = await parsePages(missing, options.workers === undefined ? {} : { workers: options.workers });
      // The page's own `docs2ts-ignore` comments apply to its findings (they depend on the page alone, so the
      // cached facts are the suppressed ones).
      parsed.forEach((f, j) => (parsed[j] = { ...f, diagnostics: suppressPageFindings(missing[j], f.diagnostics) }));
      let j = 0;
      for (let i = 0; i < facts.length; i++) if (facts[i] === undefined) facts[i] = parsed[j++];
      stats.parsed = missing.length;
    }
    lap("parse");
    const all = facts as PageFacts[];
    if (options.memory) for (const [i, k] of pageKeys.entries()) options.memory.set(k, all[i]);
    if (store && missing.length > 0) store.set("facts", inputsKey, Object.fromEntries(pageKeys.map((k, i) => [k, all[i]])));
    const { buildModel } = await import("../model/build.js");
    const built = buildModel(all);
    // Model-stage findings are located in pages too, so the pages' comments apply to them.
    model = selectSubset({ ...built, diagnostics: applySuppressions(built.diagnostics, pages) }, modelOptions);
    store?.set("model", inputsKey, { runKey, model });
    lap("model");
  }

  const summary = summarizeModel(model);
  const emitOptions = { enumStyle: options.enumStyle ?? "union", prettier: options.prettierConfig ?? {} };
  const modelHash = sha256(JSON.stringify(model), stableJson(emitOptions));
  const cachedFiles = store?.get<{ modelHash: string; files: [string, string][] }>("emit", inputsKey);
  let files: Map<string, string>;
  if (cachedFiles?.modelHash === modelHash) {
    files = new Map(cachedFiles.files);
    stats.emitSkipped = true;
    lap("emit (cached)");
  } else {
    const { emitTypeScript } = await import("../emit/project.js");
    const { runtimeSource } = await import("../index.js");
    const runtime = await runtimeSource();
    const raw = await emitTypeScript(model, { runtimeSource: runtime, enumStyle: emitOptions.enumStyle, skipFormat: true });
    lap("emit");
    // runtime.ts is copied verbatim (emit does not format it either).
    const toFormat = new Map([...raw].filter(([k]) => k !== "runtime.ts"));
    // Loaded here: it brings ts-morph, which a run that reuses its files never needs.
    const { formatFilesCached } = await import("../cache/format-cache.js");
    const formatted = await formatFilesCached(toFormat, emitOptions.prettier, store, stats.format);
    files = new Map([...raw.keys()].map((k) => [k, formatted.get(k) ?? raw.get(k)!]));
    store?.set("emit", inputsKey, { modelHash, files: [...files] });
    lap("format");
  }
  files.set(MODEL_SUMMARY_FILE, JSON.stringify(summary, null, 1) + "\n");
  return { model, summary, files, stats };
}
