/**
 * A thread that loads ts-morph and prettier while this one reads the cache and builds the model, then prints the
 * few statements an edit changed (statement-printer.ts), names the runtime's exports, splits the files emit does not
 * print into statements and formats the new statements (format-cache.ts). Loading ts-morph takes ~0.4 s and prettier
 * ~0.1 s: most of a one-page emit and format when done in this thread.
 * Started only by runs that are likely to reuse almost everything (incremental-render.ts); when no worker can run
 * (the TypeScript sources without a loader for workers), there is none and emit works in this thread as before.
 */
import type * as prettier from "prettier";
import { siblingWorker, startWorker } from "../../platform/worker-threads.js";
import type { Chunk } from "./format.js";
import type { Statement } from "./statement-printer.js";
import type { PrintRequest } from "./statement-print-worker.js";

/** Work that needs ts-morph, done on the thread. Calls are answered in order. */
export interface PrintThread {
  print(statements: Statement[]): Promise<string[]>;
  runtimeExports(source: string): Promise<string[]>;
  split(text: string): Promise<Chunk[]>;
  format(texts: string[], options: prettier.Options): Promise<string[]>;
  close(): Promise<void>;
}

type Request = PrintRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

/**
 * Starts the thread on the compiled worker next to this module; undefined when there is none (the sources under a
 * TypeScript runner: the caller then works in its own thread). `fromSource` runs the TS worker through tsx instead
 * (tests of the sources).
 */
export function startPrintThread(options: { fromSource?: boolean } = {}): PrintThread | undefined {
  const entry = siblingWorker(import.meta.url, "statement-print-worker", options.fromSource ? "source" : "compiled");
  if (!entry) return undefined;
  const worker = startWorker(entry);
  // The thread never keeps the process alive; close() ends it.
  worker.unref();
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  let failed: Error | undefined;
  const failAll = (e: Error): void => {
    failed = e;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  worker.on("message", (m: { id: number; result?: unknown; error?: string }) => {
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (m.error !== undefined) p?.reject(new Error(`statement print thread: ${m.error}`));
    else p?.resolve(m.result);
  });
  worker.on("error", (e) => failAll(e));
  worker.on("exit", (code) => failAll(new Error(`the statement print thread stopped (exit code ${code})`)));
  const ask = <T>(request: Request): Promise<T> => {
    if (failed) return Promise.reject(failed);
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ ...request, id });
    });
  };
  return {
    print: (statements) => ask<string[]>({ op: "print", statements }),
    runtimeExports: (source) => ask<string[]>({ op: "runtime-exports", source }),
    split: (text) => ask<Chunk[]>({ op: "split", text }),
    format: (texts, options) => ask<string[]>({ op: "format", texts, options }),
    async close() {
      await worker.terminate();
    },
  };
}
