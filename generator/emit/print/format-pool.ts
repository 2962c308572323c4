/**
 * Prettier on several cores, when asked for (FormatPoolOptions.workers): a cold run formats thousands of
 * statements, CPU-bound (in groups: formatStatementList), so they can be shared among worker threads (each loads
 * prettier once, ~0.3 s). Few statements, one thread, or a worker module that cannot run here (the TS sources without a TS loader)
 * format in this thread. Results come back in input order and are the same bytes either way (prettier is
 * deterministic).
 */
import { availableParallelism } from "node:os";
import type * as prettier from "prettier";
import { BatchCursor, feedWorker, siblingWorker, startWorker, type WorkerEntry } from "../../platform/worker-threads.js";
import { formatStatementList, StatementFormatError } from "./format.js";

export { StatementFormatError };

/** Below this many statements the workers' start-up costs more than it saves. */
export const MIN_STATEMENTS_FOR_WORKERS = 400;
const BATCH = 50;

export interface FormatPoolOptions {
  /**
   * Threads that format, this one included (it formats too, so n threads start n - 1 workers, each holding its own
   * prettier: ~170 MB); 0 or 1 formats in this thread only. Default 1: on the shared 2-core machine, formatting the
   * v1.0 output took 13.1 s with a worker and 8.3 s without (prettier in a fresh worker runs cold, and the cores were
   * busy); worth measuring again on a quiet machine before making more threads the default.
   */
  workers?: number;
  /**
   * Formats elsewhere (statement-print-thread.ts, which has prettier loaded by then); whatever it fails on is
   * formatted here, so prettier's own errors still name their statement.
   */
  formatMany?: (texts: string[], options: prettier.Options) => Promise<string[]>;
}

export async function formatStatements(
  texts: readonly string[],
  options: prettier.Options,
  pool: FormatPoolOptions = {},
): Promise<string[]> {
  if (pool.formatMany && texts.length > 0 && cloneable(options)) {
    const done = await pool.formatMany([...texts], options).catch(() => undefined);
    if (done) return done;
  }
  const threads = Math.min(pool.workers ?? 1, availableParallelism(), 4);
  const entry =
    threads > 1 && texts.length >= MIN_STATEMENTS_FOR_WORKERS && cloneable(options)
      ? siblingWorker(import.meta.url, "format-worker")
      : undefined;
  if (!entry) return formatStatementList(texts, options);
  return formatOnWorkers(texts, options, Math.min(threads, Math.ceil(texts.length / BATCH)) - 1, entry);
}

/** Options reach the workers by structured clone: a config holding functions (a plugin object) stays here. */
function cloneable(options: prettier.Options): boolean {
  try {
    structuredClone(options);
    return true;
  } catch {
    return false;
  }
}

type Answer = { id: number; texts: string[] } | { id: number; failed: number; message: string };

async function formatOnWorkers(texts: readonly string[], options: prettier.Options, count: number, entry: WorkerEntry): Promise<string[]> {
  const out = new Array<string>(texts.length);
  const cursor = new BatchCursor(texts.length, BATCH);
  const workers = Array.from({ length: count }, () => startWorker(entry));
  // This thread takes batches too, between the workers' answers (it would otherwise only wait).
  const here = async (): Promise<void> => {
    for (let batch = cursor.take(); batch; batch = cursor.take()) {
      const [id, end] = batch;
      const done = await formatStatementList(texts.slice(id, end), options).catch((e: unknown) => {
        throw e instanceof StatementFormatError ? new StatementFormatError(id + e.index, e.message) : e;
      });
      done.forEach((t, i) => (out[id + i] = t));
      // prettier's promises settle as microtasks: without a turn of the event loop the workers' answers would wait
      // until this thread had formatted everything.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  const onAnswer = (m: Answer): void => {
    if ("failed" in m) throw new StatementFormatError(m.id + m.failed, m.message);
    m.texts.forEach((t, i) => (out[m.id + i] = t));
  };
  try {
    await Promise.all([
      here(),
      ...workers.map((w) => feedWorker(w, cursor, (id, end) => ({ id, texts: texts.slice(id, end), options }), onAnswer, "format")),
    ]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
