/**
 * `generate --watch`: regenerate when pages change. Changes are debounced (an editor's save is often several
 * events), each run goes through the same incremental path as generate (only changed pages are parsed, only changed
 * statements formatted, only changed files written) with the last run's pages in memory (GenerateSession), and a run
 * that fails reports and leaves watching on.
 */
import { watch as chokidarWatch } from "chokidar";
import { createSession, generate, type GenerateOptions, type GenerateResult } from "../index.js";

export interface WatchOptions extends GenerateOptions {
  /** Quiet time after the last change before regenerating; default 150 ms. */
  debounceMs?: number;
  onRun?: (result: GenerateResult, changed: readonly string[]) => void;
  onError?: (error: unknown) => void;
}

export interface Watcher {
  /** Resolves when the first run is done and the watcher is listening. */
  ready: Promise<GenerateResult | undefined>;
  close(): Promise<void>;
}

export function watchPages(options: WatchOptions): Watcher {
  const input = options.input ?? ["input-docs"];
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let closed = false;
  // The pages parsed by one run stay in memory for the next: an edit then reads and parses only the edited pages.
  const session = createSession();
  const run = async (paths: string[]): Promise<GenerateResult | undefined> => {
    try {
      const r = await generate(options, session);
      options.onRun?.(r, paths);
      return r;
    } catch (e) {
      options.onError?.(e);
      return undefined;
    }
  };
  const schedule = (path: string): void => {
    if (!path.toLowerCase().endsWith(".md")) return;
    changed.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const paths = [...changed];
      changed.clear();
      // Runs never overlap: a change during a run is picked up by the next one.
      running = running.then(async () => {
        if (!closed) await run(paths);
      });
    }, options.debounceMs ?? 150);
  };
  const watcher = chokidarWatch([...input], {
    ignoreInitial: true,
    ignored: (p) => /(^|[\\/])(\.|node_modules)/.test(p) && !input.includes(p),
  });
  watcher.on("add", schedule).on("change", schedule).on("unlink", schedule);
  // Listened for now: chokidar may be ready before the first run ends.
  const listening = new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  const ready = (async () => {
    const first = await run([]);
    await listening;
    return first;
  })();
  return {
    ready,
    async close() {
      closed = true;
      clearTimeout(timer);
      await watcher.close();
      await running;
    },
  };
}
