/**
 * Worker-thread entry of statement-print-thread.ts: loads ts-morph at start (while the main thread builds the
 * model), then prints statements, names the runtime's exports and splits files into statements on request. Every
 * answer is what the same function gives in the main thread.
 */
import { parentPort } from "node:worker_threads";
import { Project } from "ts-morph";
import { splitStatements } from "./format.js";
import { runtimeExports } from "./project.js";
import { printStatement, type Statement } from "./statement-printer.js";

export type PrintRequest =
  | { id: number; op: "print"; statements: Statement[] }
  | { id: number; op: "runtime-exports"; source: string }
  | { id: number; op: "split"; text: string };

const project = new Project({ useInMemoryFileSystem: true, skipAddingFilesFromTsConfig: true });

parentPort?.on("message", (r: PrintRequest) => {
  try {
    const result =
      r.op === "print" ? r.statements.map((s) => printStatement(project, s)) : r.op === "runtime-exports" ? runtimeExports(r.source) : splitStatements(r.text);
    parentPort!.postMessage({ id: r.id, result });
  } catch (e) {
    parentPort!.postMessage({ id: r.id, error: e instanceof Error ? e.message : String(e) });
  }
});
