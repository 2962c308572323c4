/**
 * Parses pages on worker threads (both cores of a small machine), or in this thread when there are few pages, when
 * threads are turned off, or when the worker module cannot run here (the TypeScript sources under a runner that
 * does not register a loader for workers). Results come back in input order, so the output does not depend on
 * scheduling.
 */
import { availableParallelism } from "node:os";
import { diagnostic } from "../diagnostics/diagnostic.js";
import type { PageFacts } from "../parse/facts.js";
import { parsePage } from "../parse/page.js";
import type { PageText } from "../platform/input-files.js";
import { parseOnWorkers, workerEntry } from "./page-parse-workers.js";

export { workerEntry, type WorkerEntry } from "./page-parse-workers.js";

/** Below this many pages a worker's start-up (loading remark: ~0.3 s) costs more than it saves. */
export const MIN_PAGES_FOR_WORKERS = 150;
const BATCH = 16;

/** A page whose parse throws still gives facts: an error diagnostic at its first line, so the run goes on. */
export function parsePageSafely(file: string, text: string): PageFacts {
  try {
    return parsePage(file, text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      file,
      kind: "conceptual",
      title: "",
      resources: [],
      enums: [],
      diagnostics: [diagnostic("parse-failed", { file, line: 1, column: 1 }, `docs2ts could not read this page: ${message}`)],
    };
  }
}

export interface ParseOptions {
  /** Worker threads to use; 0 parses in this thread. Default: the available cores, at most 4. */
  workers?: number;
  /** Told how many pages are parsed so far, after each batch a worker returns. */
  onParsed?: (done: number) => void;
}

export async function parsePages(pages: readonly PageText[], options: ParseOptions = {}): Promise<PageFacts[]> {
  const wanted = options.workers ?? Math.min(availableParallelism(), 4);
  const entry = wanted > 0 && pages.length >= MIN_PAGES_FOR_WORKERS ? workerEntry() : undefined;
  if (!entry) return pages.map((p) => parsePageSafely(p.file, p.text));
  return parseOnWorkers(pages, Math.min(wanted, Math.ceil(pages.length / BATCH)), entry, options.onParsed);
}
