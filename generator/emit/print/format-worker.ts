/**
 * Worker-thread entry of the format pool (format-pool.ts): formats batches of top-level statements with prettier
 * and answers with their texts, or with the first error's message (the caller names the file).
 */
import { parentPort } from "node:worker_threads";
import type * as prettier from "prettier";
import { formatStatementList, StatementFormatError } from "./format.js";

parentPort?.on("message", (batch: { id: number; texts: string[]; options: prettier.Options }) => {
  void (async () => {
    try {
      parentPort!.postMessage({ id: batch.id, texts: await formatStatementList(batch.texts, batch.options) });
    } catch (e) {
      const failed = e instanceof StatementFormatError ? e.index : 0;
      parentPort!.postMessage({ id: batch.id, failed, message: e instanceof Error ? e.message : String(e) });
    }
  })();
});
