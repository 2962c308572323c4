/**
 * Worker-thread entry of the parse pool (page-parse-pool.ts): receives batches of pages, answers with their facts.
 * Facts are plain JSON data, so they cross the thread boundary by structured clone unchanged.
 */
import { parentPort } from "node:worker_threads";
import { parsePageSafely } from "./page-parse-pool.js";
import type { PageText } from "../platform/input-files.js";

parentPort?.on("message", (batch: { id: number; pages: PageText[] }) => {
  parentPort!.postMessage({ id: batch.id, facts: batch.pages.map((p) => parsePageSafely(p.file, p.text)) });
});
