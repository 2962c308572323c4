/** The pages to read: every `.md` file under each input folder (recursively), or the files given; sorted, unique. */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";

export class InputError extends Error {}

export async function findPages(inputs: readonly string[]): Promise<string[]> {
  const out = new Set<string>();
  for (const input of inputs) {
    const s = await stat(input).catch(() => undefined);
    if (!s) throw new InputError(`input not found: ${input}; check the --input path`);
    if (s.isFile()) out.add(input);
    else if (s.isDirectory()) await walk(input, out);
    else throw new InputError(`input ${input} is not a file or folder (a FIFO, socket or device); pass .md files or folders`);
  }
  // An empty or mistyped input must not look like "every type was deleted": nothing is generated, nothing removed.
  if (out.size === 0) throw new InputError(`no .md pages found under ${inputs.join(", ")}; check the --input path`);
  return [...out].sort();
}

async function walk(dir: string, out: Set<string>): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (e.isFile() && e.name.toLowerCase().endsWith(".md")) out.add(p);
  }
}

export interface PageText {
  file: string;
  text: string;
}

/** Files read at once: far below any open-file limit (`ulimit -n 256` leaves room for workers and the cache). */
export const READ_CONCURRENCY = 32;

/**
 * Reads pages as UTF-8, at most READ_CONCURRENCY at a time (20,000 pages at once run out of file handles); invalid
 * bytes become U+FFFD (the parse reports them) rather than failing the run.
 */
export async function readPages(files: readonly string[]): Promise<PageText[]> {
  return mapBounded(files, READ_CONCURRENCY, async (file) => ({ file, text: (await readFile(file)).toString("utf8") }));
}

/** `items.map(fn)` with at most `limit` calls pending at once; results in the items' order. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
