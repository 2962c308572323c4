/**
 * The parse pool's threads (page-parse-pool.ts), apart from the parse itself: this module does not load remark, so
 * a run can start a worker parsing a page while this thread reads the cache (incremental-render.ts).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { PageFacts } from "../parse/facts.js";
import type { PageText } from "./input-files.js";

const BATCH = 16;

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

export async function parseOnWorkers(pages: readonly PageText[], count: number, entry: WorkerEntry): Promise<PageFacts[]> {
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
