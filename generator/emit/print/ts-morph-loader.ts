/**
 * ts-morph (with the TypeScript compiler it bundles), loaded on first use: loading it takes ~0.4 s, and a run that
 * reuses every printed statement, or prints them on another thread (statement-print-thread.ts), never needs it in
 * this thread. Modules that build structures use structure-kinds.ts instead.
 */
import { createRequire } from "node:module";
import type * as TsMorph from "ts-morph";

let loaded: typeof TsMorph | undefined;

export function tsMorph(): typeof TsMorph {
  // ts-morph is a CommonJS package, so require loads it synchronously where it is first needed.
  return (loaded ??= createRequire(import.meta.url)("ts-morph") as typeof TsMorph);
}
