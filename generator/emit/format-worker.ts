/**
 * Worker-thread entry of the format pool (format-pool.ts): formats batches of top-level statements with prettier
 * and answers with their texts, or with the first error's message (the caller names the file).
 */
import { parentPort } from "node:worker_threads";
import type * as prettier from "prettier";
import { formatStatement } from "./format.js";

parentPort?.on("message", (batch: { id: number; texts: string[]; options: prettier.Options }) => {
  void (async () => {
    const out: string[] = [];
    for (const [i, text] of batch.texts.entries()) {
      try {
        out.push(await formatStatement(text, batch.options));
      } catch (e) {
        parentPort!.postMessage({ id: batch.id, failed: i, message: e instanceof Error ? e.message : String(e) });
        return;
      }
    }
    parentPort!.postMessage({ id: batch.id, texts: out });
  })();
});
