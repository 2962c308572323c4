/**
 * A full garbage collection between the heavy steps of a large run. With the default heap limit (a quarter of the
 * machine's memory, ~4 GB here) V8 lets the main thread's heap grow with garbage long before it collects: formatting
 * the beta-2020 output took the process from ~510 to ~830 MB, while the same run under --max-old-space-size=384
 * peaked at ~480 MB with the same output. A library cannot set its host's heap limit, so the heavy steps ask for a
 * collection now and then instead (each a few hundred ms at most, a handful per cold run; none on small runs).
 * `gc` comes from a fresh context after allowing it, so no global `gc` appears in the host's own context.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collector: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (collector === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      collector = runInNewContext("gc") as () => void;
    } catch {
      collector = null;
    }
  }
  collector?.();
}

/** Characters of generated text between two collections while formatting (about five per v1.0 cold run). */
export const RELIEF_CHARS = 2_000_000;
