/**
 * Starting docs2ts' worker threads and feeding them batches. The parse pool, the format pool and the statement
 * print thread all run a module that sits next to their own: compiled JS in dist/, or the TS source when a TS
 * loader (tsx) runs this thread — tsx's loader is registered per thread, so such a worker registers it first.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

export interface WorkerEntry {
  url: URL;
  /** The TS source: the worker registers tsx before importing it. */
  tsx?: boolean;
}

/**
 * The worker module `name` next to the module at `here` (its import.meta.url): `name.js`, or `name.ts` when this
 * thread runs under tsx; `compiled` accepts only the JS, `source` only the TS (run through tsx). Undefined when
 * none can run.
 */
export function siblingWorker(here: string, name: string, use: "auto" | "compiled" | "source" = "auto"): WorkerEntry | undefined {
  const js = new URL(`./${name}.js`, here);
  if (use !== "source" && existsSync(fileURLToPath(js))) return { url: js };
  if (use === "compiled") return undefined;
  const ts = new URL(`./${name}.ts`, here);
  const tsLoader = use === "source" || process.execArgv.some((a) => /tsx/.test(a));
  if (tsLoader && existsSync(fileURLToPath(ts))) return { url: ts, tsx: true };
  return undefined;
}

export function startWorker(entry: WorkerEntry): Worker {
  if (!entry.tsx) return new Worker(entry.url);
  const boot = `import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(entry.url.href)}); })`;
  return new Worker(boot, { eval: true });
}

/** Hands out consecutive [start, end) batches of `total` items; shared by every thread working on one job. */
export class BatchCursor {
  private next = 0;

  constructor(
    readonly total: number,
    readonly size: number,
  ) {}

  take(): [number, number] | undefined {
    if (this.next >= this.total) return undefined;
    const start = this.next;
    this.next = Math.min(start + this.size, this.total);
    return [start, this.next];
  }
}

/**
 * Sends `w` one batch at a time until the cursor is empty: `request` makes the message for a batch, `onAnswer`
 * takes the worker's answer (and may throw to fail the job). Rejects when the worker fails or stops mid-batch.
 */
export function feedWorker<A>(
  w: Worker,
  cursor: BatchCursor,
  request: (start: number, end: number) => unknown,
  onAnswer: (answer: A) => void,
  what: string,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let busy = false;
    const send = (): void => {
      busy = false;
      const batch = cursor.take();
      if (!batch) return resolve();
      busy = true;
      w.postMessage(request(...batch));
    };
    w.on("message", (m: A) => {
      try {
        onAnswer(m);
      } catch (e) {
        return reject(e);
      }
      send();
    });
    w.on("error", reject);
    w.on("exit", (code) => (busy ? reject(new Error(`a ${what} worker stopped (exit code ${code})`)) : undefined));
    send();
  });
}
