/**
 * Parses pages on worker threads (both cores of a small machine), or in this thread when there are few pages, when
 * threads are turned off, or when the worker module cannot run here (the TypeScript sources under a runner that
 * does not register a loader for workers). Results come back in input order, so the output does not depend on
 * scheduling.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { diagnostic } from "../diagnostics/diagnostic.js";
import type { PageFacts } from "../parse/facts.js";
import { parsePage } from "../parse/page.js";
import type { PageText } from "./input-files.js";

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
      diagnostics: [diagnostic("parse-failed", "error", { file, line: 1, column: 1 }, `docs2ts could not read this page: ${message}`)],
    };
  }
}

export interface ParseOptions {
  /** Worker threads to use; 0 parses in this thread. Default: the available cores, at most 4. */
  workers?: number;
}

export async function parsePages(pages: readonly PageText[], options: ParseOptions = {}): Promise<PageFacts[]> {
  const wanted = options.workers ?? Math.min(availableParallelism(), 4);
  const entry = wanted > 0 && pages.length >= MIN_PAGES_FOR_WORKERS ? workerEntry() : undefined;
  if (!entry) return pages.map((p) => parsePageSafely(p.file, p.text));
  return parseOnWorkers(pages, Math.min(wanted, Math.ceil(pages.length / BATCH)), entry);
}

/** The worker module next to this one: compiled JS, or the TS source when a TS loader (tsx) is active. */
export interface WorkerEntry {
  url: URL;
  /** The TS source: tsx's loader is registered in this thread only, so the worker registers it first. */
  tsx?: boolean;
}

export function workerEntry(): WorkerEntry | undefined {
  const js = new URL("./page-parse-worker.js", import.meta.url);
  if (existsSync(fileURLToPath(js))) return { url: js };
  const ts = new URL("./page-parse-worker.ts", import.meta.url);
  const tsLoader = process.execArgv.some((a) => /tsx/.test(a));
  if (existsSync(fileURLToPath(ts)) && tsLoader) return { url: ts, tsx: true };
  return undefined;
}

function startWorker(entry: WorkerEntry): Worker {
  if (!entry.tsx) return new Worker(entry.url);
  const boot = `import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(entry.url.href)}); })`;
  return new Worker(boot, { eval: true });
}

async function parseOnWorkers(pages: readonly PageText[], count: number, entry: WorkerEntry): Promise<PageFacts[]> {
  const out = new Array<PageFacts>(pages.length);
  let next = 0;
  const workers = Array.from({ length: count }, () => startWorker(entry));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            let busy = false;
            const send = (): void => {
              busy = false;
              if (next >= pages.length) return resolve();
              busy = true;
              const current = next;
              next = Math.min(next + BATCH, pages.length);
              w.postMessage({ id: current, pages: pages.slice(current, next) });
            };
            w.on("message", (m: { id: number; facts: PageFacts[] }) => {
              m.facts.forEach((f, i) => (out[m.id + i] = f));
              send();
            });
            w.on("error", reject);
            w.on("exit", (code) => (busy ? reject(new Error(`a parse worker stopped (exit code ${code})`)) : undefined));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
