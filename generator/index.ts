/**
 * The Node API: `import { loadModel, generate } from "docs2ts"`. Side effects (reading pages, writing files) happen
 * here and in io/; parse, model and emit are pure.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Diagnostic } from "./diagnostics/diagnostic.js";
import { writeCsdlJson } from "./emit/csdl-json.js";
import { writeCsdlXml } from "./emit/csdl-xml.js";
import { findPages, readPages } from "./io/input-files.js";
import { writeOutput, type WriteResult } from "./io/output-writer.js";
import { buildModel } from "./model/build.js";
import type { Model } from "./model/types.js";
import type { PageFacts } from "./parse/facts.js";
import { parsePage } from "./parse/page.js";

export type { Model } from "./model/types.js";
export type { Diagnostic, SourceLocation, Severity } from "./diagnostics/diagnostic.js";
export type { PageFacts } from "./parse/facts.js";

export interface LoadOptions {
  /** Files or folders of Markdown pages. Default: `["input-docs"]`. */
  input?: readonly string[];
}

export interface GenerateOptions extends LoadOptions {
  /** Output folder. Default: `generated`. */
  out?: string;
}

export interface GenerateResult {
  model: Model;
  files: Map<string, string>;
  write: WriteResult;
}

export const DEFAULT_INPUT = ["input-docs"];
export const DEFAULT_OUT = "generated";

export async function parsePages(input: readonly string[] = DEFAULT_INPUT): Promise<PageFacts[]> {
  const files = await findPages(input);
  const pages = await readPages(files);
  return pages.map((p) => parsePage(p.file, p.text));
}

export async function loadModel(options: LoadOptions = {}): Promise<Model> {
  return buildModel(await parsePages(options.input ?? DEFAULT_INPUT));
}

/** Model → every output file (relative path → text), in memory. */
export async function renderFiles(model: Model): Promise<Map<string, string>> {
  // Loaded on demand: ts-morph and prettier take longer to load than `model` and `metadata` take to run.
  const { emitTypeScript } = await import("./emit/project.js");
  return emitTypeScript(model, { runtimeSource: await runtimeSource() });
}

export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const model = await loadModel(options);
  const files = await renderFiles(model);
  const write = await writeOutput(options.out ?? DEFAULT_OUT, files);
  return { model, files, write };
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
