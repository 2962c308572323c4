/**
 * One fuzz case through the pipeline generate runs (parse → suppressions → model → emit → write), in process and
 * without the cache, so hundreds of cases fit in a CI minute: unedited pages reuse their facts, and only "deep" cases
 * pay for prettier and `tsc --strict`. Every other case gets the cheap checks: emit succeeds, every file parses as
 * TypeScript, and no page text became code.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve, sep } from "node:path";
import ts from "typescript";
import { MODEL_SUMMARY_FILE, summarizeModel } from "../../generator/model/summary.js";
import { applySuppressions, suppressPageFindings } from "../../generator/diagnostics/suppressions.js";
import { emitTypeScript } from "../../generator/emit/typescript/project.js";
import { runtimeSource } from "../../generator/index.js";
import { MANIFEST, writeOutput } from "../../generator/platform/output-writer.js";
import { buildModel } from "../../generator/model/build.js";
import type { Model } from "../../generator/model/types.js";
import type { PageFacts } from "../../generator/parse/facts.js";
import { parsePage } from "../../generator/parse/page.js";
import { typeCheck } from "../emit/typecheck.js";
import { applyEdits, type Page, type PageEdit } from "./fuzz-mutations.js";
import { filesUnder, injectedIdentifiers, lineTable, locationProblems, pathProblems } from "./invariants.js";

export interface PageSet {
  name: string;
  pages: Page[];
  /** Facts of the unedited pages (suppressions applied), by file: only edited pages are parsed again. */
  facts: Map<string, PageFacts>;
}

export interface FuzzCase {
  set: number;
  edits: PageEdit[];
  /** Format with prettier and type-check under `tsc --strict` (the expensive checks). */
  deep: boolean;
}

export interface FuzzOutcome {
  problems: string[];
  model?: Model;
  files?: Map<string, string>;
}

function readPagesUnder(dir: string, keep: (name: string) => boolean): Page[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".md") && keep(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((file) => ({ file, text: readFileSync(file, "utf8") }));
}

function pageSet(name: string, pages: Page[]): PageSet {
  const facts = new Map(pages.map((p) => [p.file, parseWithSuppressions(p)]));
  return { name, pages, facts };
}

function parseWithSuppressions(p: Page): PageFacts {
  const f = parsePage(p.file, p.text);
  return { ...f, diagnostics: suppressPageFindings(p, f.diagnostics) };
}

/** `count` pages spread evenly over a sorted list: a fixed sample that does not depend on a random seed. */
function spread<T>(list: readonly T[], count: number): T[] {
  if (list.length <= count) return [...list];
  return Array.from({ length: count }, (_, i) => list[Math.floor((i * list.length) / count)]);
}

/**
 * The corpus sample of one docs version: a family of pages that reference each other (so types resolve, enums and
 * navigation exist, API pages find their resources) plus a few pages spread over the whole folder for variety.
 * Read from the corpus at test time; nothing of it is stored in the repository.
 */
function corpusSample(root: string, family: RegExp): Page[] {
  const resources = readPagesUnder(join(root, "resources"), () => true);
  const api = readPagesUnder(join(root, "api"), () => true);
  const inFamily = (p: Page) => family.test(basename(p.file));
  const picked = [...resources.filter(inFamily), ...api.filter(inFamily), ...spread(resources, 6), ...spread(api, 6)];
  return [...new Map(picked.map((p) => [p.file, p])).values()];
}

export const CORPUS = process.env.DOCS2TS_CORPUS ?? "../shared/corpus";

/** The project's own input-docs, and the corpus samples when the corpus is there. */
export function loadPageSets(): PageSet[] {
  const sets = [
    pageSet(
      "input-docs",
      readPagesUnder("input-docs", () => true),
    ),
  ];
  const v1 = join(CORPUS, "graph-docs-2021-07", "v1.0");
  if (existsSync(v1)) {
    sets.push(
      pageSet(
        "graph-docs-2021-07 sample",
        corpusSample(v1, /^(todo|linkedresource|itembody|datetimetimezone|patternedrecurrence|recurrence)/),
      ),
    );
  }
  const beta = join(CORPUS, "graph-docs-2020-05", "beta");
  if (existsSync(beta)) {
    sets.push(
      pageSet(
        "graph-docs-2020-05 sample",
        corpusSample(beta, /^(outlooktask|itembody|datetimetimezone|patternedrecurrence|recurrence|outlookitem)/),
      ),
    );
  }
  return sets.filter((s) => s.pages.length > 0);
}

/** Syntax errors of generated TypeScript files (no type information: cheap enough for every case). */
export function syntaxErrors(files: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [path, text] of files) {
    if (!path.endsWith(".ts")) continue;
    const sf = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
    // `parseDiagnostics` is what `program.getSyntacticDiagnostics` returns for the file, without building a program.
    const diags = (sf as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
    for (const d of diags.slice(0, 5)) {
      out.push(
        `${path}:${sf.getLineAndCharacterOfPosition(d.start ?? 0).line + 1} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
      );
    }
  }
  return out;
}

function crash(stage: string, e: unknown): string {
  return `crash in ${stage}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
}

let runtime: string | undefined;

/**
 * Console output that is known and reported to the stage that owns it; it is not counted as a problem so the fuzz
 * test keeps finding new ones. Each entry has an `it.fails` in stray-output.test.ts.
 */
/** Console output a stage is known to print (none now: the JSON5 U+2028 warning is gone). */
export const KNOWN_STRAY_OUTPUT: readonly RegExp[] = [];

const CONSOLE_METHODS = ["log", "info", "warn", "error", "debug"] as const;

/**
 * Runs `body` with console output captured: docs2ts speaks through diagnostics and reporters only, and a stray
 * console line would land in the middle of a `--reporter json` or `sarif` report on stderr.
 */
export async function capturingConsole<T>(body: () => Promise<T>): Promise<{ value: T; output: string[] }> {
  const output: string[] = [];
  const saved = CONSOLE_METHODS.map((m) => console[m]);
  for (const m of CONSOLE_METHODS) console[m] = (...args: unknown[]) => void output.push(args.map(String).join(" "));
  try {
    return { value: await body(), output };
  } finally {
    CONSOLE_METHODS.forEach((m, i) => (console[m] = saved[i]));
  }
}

/** Runs one case and returns every broken invariant ([] when the case is fine). */
export async function runFuzzCase(sets: readonly PageSet[], c: FuzzCase): Promise<FuzzOutcome> {
  const { value, output } = await capturingConsole(() => runPipeline(sets, c));
  const stray = output.filter((line) => !KNOWN_STRAY_OUTPUT.some((re) => re.test(line)));
  for (const line of stray.slice(0, 5))
    value.problems.push(`console output outside the diagnostics: ${JSON.stringify(line.slice(0, 200))}`);
  return value;
}

async function runPipeline(sets: readonly PageSet[], c: FuzzCase): Promise<FuzzOutcome> {
  const set = sets[c.set % sets.length];
  const pages = applyEdits(set.pages, c.edits);
  const original = new Map(set.pages.map((p) => [p.file, p.text]));
  const problems: string[] = [];
  let facts: PageFacts[];
  try {
    facts = pages.map((p) => (original.get(p.file) === p.text ? set.facts.get(p.file)! : parseWithSuppressions(p)));
  } catch (e) {
    return { problems: [crash("parse", e)] };
  }
  let model: Model;
  try {
    const built = buildModel(facts);
    model = { ...built, diagnostics: applySuppressions(built.diagnostics, pages) };
  } catch (e) {
    return { problems: [crash("model", e)] };
  }
  const lines = new Map(pages.map((p) => [p.file, lineTable(p.text)]));
  for (const d of model.diagnostics) problems.push(...locationProblems(d, lines));

  let files: Map<string, string>;
  try {
    runtime ??= await runtimeSource();
    files = await emitTypeScript(model, { runtimeSource: runtime, skipFormat: !c.deep });
    files.set(MODEL_SUMMARY_FILE, JSON.stringify(summarizeModel(model), null, 1) + "\n");
  } catch (e) {
    return { problems: [...problems, crash("emit", e)], model };
  }
  // runtime.ts is copied verbatim from templates/: the checks are about what pages can influence.
  const generated = new Map([...files].filter(([k]) => k !== "runtime.ts"));
  for (const e of syntaxErrors(generated)) problems.push(`syntax error: ${e}`);
  for (const hit of injectedIdentifiers(generated)) problems.push(`page text became code: ${hit}`);
  problems.push(...(await writeProblems(files)));
  if (c.deep && !problems.some((p) => p.startsWith("syntax error"))) {
    for (const e of typeCheck(files).slice(0, 10)) problems.push(`tsc --strict: ${e}`);
  }
  return { problems, model, files };
}

/** Writes the files into a fresh output folder next to a sentinel, and checks that only the output folder changed. */
async function writeProblems(files: ReadonlyMap<string, string>): Promise<string[]> {
  const problems: string[] = [];
  const root = mkdtempSync(join(tmpdir(), "docs2ts-fuzz-"));
  const out = join(root, "out");
  try {
    mkdirSync(join(root, "pages"));
    writeFileSync(join(root, "pages", "sentinel.md"), "untouched");
    const outRoot = resolve(out) + sep;
    for (const rel of files.keys()) {
      if (!resolve(out, rel).startsWith(outRoot)) problems.push(`output path escapes the output folder: ${JSON.stringify(rel)}`);
      problems.push(...pathProblems(rel));
    }
    try {
      await writeOutput(out, files);
    } catch (e) {
      return [...problems, crash("write", e)];
    }
    const outside = filesUnder(root).filter((f) => !f.startsWith("out/"));
    if (outside.join() !== "pages/sentinel.md" || readFileSync(join(root, "pages", "sentinel.md"), "utf8") !== "untouched") {
      problems.push(`wrote outside the output folder: ${JSON.stringify(outside)}`);
    }
    const expected = [...files.keys(), MANIFEST].sort();
    const onDisk = filesUnder(out);
    if (onDisk.join("\n") !== expected.join("\n"))
      problems.push(`output folder holds ${JSON.stringify(onDisk)}, expected ${JSON.stringify(expected)}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return problems;
}
