/**
 * The parse pool's threads (page-parse-pool.ts), apart from the parse itself: this module does not load remark, so
 * a run can start a worker parsing a page while this thread reads the cache (incremental-render.ts).
 */
import type { PageFacts } from "../parse/facts.js";
import type { PageText } from "../platform/input-files.js";
import { BatchCursor, feedWorker, siblingWorker, startWorker, type WorkerEntry } from "../platform/worker-threads.js";

export type { WorkerEntry } from "../platform/worker-threads.js";

const BATCH = 16;

/** The parse worker next to this module (compiled JS, or the TS source under tsx). */
export function workerEntry(): WorkerEntry | undefined {
  return siblingWorker(import.meta.url, "page-parse-worker");
}

export async function parseOnWorkers(
  pages: readonly PageText[],
  count: number,
  entry: WorkerEntry,
  onParsed?: (done: number) => void,
): Promise<PageFacts[]> {
  let done = 0;
  const out = new Array<PageFacts>(pages.length);
  const cursor = new BatchCursor(pages.length, BATCH);
  const workers = Array.from({ length: count }, () => startWorker(entry));
  try {
    await Promise.all(
      workers.map((w) =>
        feedWorker<{ id: number; facts: PageFacts[] }>(
          w,
          cursor,
          (start, end) => ({ id: start, pages: pages.slice(start, end) }),
          (m) => {
            m.facts.forEach((f, i) => (out[m.id + i] = f));
            onParsed?.((done += m.facts.length));
          },
          "parse",
        ),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
