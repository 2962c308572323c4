/**
 * Worker-thread entry of statement-print-thread.ts: loads ts-morph and prettier at start (while the main thread builds
 * the model), then prints statements, names the runtime's exports, splits files into statements and formats
 * statements on request. Every answer is what the same function gives in the main thread.
 */
import { parentPort } from "node:worker_threads";
import { Project } from "ts-morph";
import type * as prettier from "prettier";
import { formatStatementList, splitStatements } from "./format.js";
import { runtimeExports } from "../typescript/project.js";
import { printStatements, type Statement } from "./statement-printer.js";

export type PrintRequest =
  | { id: number; op: "print"; statements: Statement[] }
  | { id: number; op: "runtime-exports"; source: string }
  | { id: number; op: "split"; text: string }
  | { id: number; op: "format"; texts: string[]; options: prettier.Options };

const project = new Project({ useInMemoryFileSystem: true, skipAddingFilesFromTsConfig: true });

// prettier loads with ts-morph, while the main thread is busy; formatting a few statements is then quick.
void import("prettier");

async function answer(r: PrintRequest): Promise<unknown> {
  if (r.op === "print") return printStatements(project, r.statements);
  if (r.op === "runtime-exports") return runtimeExports(r.source);
  if (r.op === "split") return splitStatements(r.text);
  return formatStatementList(r.texts, r.options);
}

// Requests are answered in order: each waits for the one before it.
let queue: Promise<void> = Promise.resolve();
parentPort?.on("message", (r: PrintRequest) => {
  queue = queue.then(async () => {
    try {
      parentPort!.postMessage({ id: r.id, result: await answer(r) });
    } catch (e) {
      parentPort!.postMessage({ id: r.id, error: e instanceof Error ? e.message : String(e) });
    }
  });
});
