/**
 * What a person sees on stderr besides the diagnostics: a live progress line while a long stage runs (only on a
 * terminal, never under CI), cleared before anything else is written, and one summary line at the end of a run.
 */
import { performance } from "node:perf_hooks";
import type { ProgressListener } from "../index.js";

/** CI=true (and any other value but "" / "0" / "false"), as CI services set it. */
export function underCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== "" && ci !== "0" && ci.toLowerCase() !== "false";
}

/** Animate only for a person watching a terminal. */
export function liveProgressWanted(stream: { isTTY?: boolean } = process.stderr, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && !underCi(env);
}

const REDRAW_MS = 100;

/** The progress line of one run. Off a terminal every method is a no-op. */
export class ProgressLine {
  private readonly startedAt = performance.now();
  private stage = "starting";
  private done: number | undefined;
  private total: number | undefined;
  private shown = false;
  private lastDraw = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly live: boolean,
    private readonly write: (s: string) => void = (s) => void process.stderr.write(s),
  ) {
    // The elapsed time keeps moving while a stage blocks nothing (workers parse, prettier formats on a thread).
    if (live) this.timer = setInterval(() => this.draw(), 500).unref();
  }

  /** Pass to the API's onProgress. */
  readonly listener: ProgressListener = (stage, done, total) => {
    const changed = stage !== this.stage;
    this.stage = stage;
    this.done = done;
    this.total = total;
    if (changed || performance.now() - this.lastDraw >= REDRAW_MS) this.draw();
  };

  /** Seconds since the run started. */
  elapsed(): number {
    return (performance.now() - this.startedAt) / 1000;
  }

  /** Removes the line (before diagnostics or the summary are written) and stops redrawing. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.shown) this.write("\r\x1b[K");
    this.shown = false;
  }

  private draw(): void {
    if (!this.live || !this.timer) return;
    this.lastDraw = performance.now();
    const count = this.total !== undefined && this.total > 0 ? ` ${this.done ?? 0}/${this.total}` : "";
    const text = `docs2ts: ${this.stage}${count} · ${this.elapsed().toFixed(1)} s`;
    const width = process.stderr.columns ?? 80;
    this.write(`\r\x1b[K${text.length >= width ? text.slice(0, width - 1) : text}`);
    this.shown = true;
  }
}

export interface RunCounts {
  pages: number;
  files: number;
  types?: number;
  endpoints?: number;
  written?: number;
  errors: number;
  warnings: number;
  /** Warnings not printed because they are the same as the last run's (a no-op rerun without --verbose). */
  warningsUnchanged?: boolean;
  upToDate?: boolean;
  seconds: number;
}

/** `docs2ts: 3341 pages → 59 files (1006 types, 2108 endpoints), 3 written, 0 errors, 277 warnings in 18.2 s` */
export function summaryLine(c: RunCounts): string {
  const model = [c.types === undefined ? undefined : `${c.types} types`, c.endpoints === undefined ? undefined : `${c.endpoints} endpoints`]
    .filter(Boolean)
    .join(", ");
  const parts = [`${plural(c.pages, "page")} → ${plural(c.files, "file")}${model ? ` (${model})` : ""}${c.upToDate ? " up to date" : ""}`];
  if (c.written !== undefined) parts.push(`${c.written} written`);
  parts.push(plural(c.errors, "error"));
  parts.push(`${plural(c.warnings, "warning")}${c.warningsUnchanged && c.warnings > 0 ? " unchanged (--verbose shows them)" : ""}`);
  return `docs2ts: ${parts.join(", ")} in ${c.seconds.toFixed(1)} s`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
