/** The pages to read: every `.md` file under each input folder (recursively), or the files given; sorted, unique. */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";

export class InputError extends Error {}

export async function findPages(inputs: readonly string[]): Promise<string[]> {
  const out = new Set<string>();
  for (const input of inputs) {
    const s = await stat(input).catch(() => undefined);
    if (!s) throw new InputError(`input not found: ${input}`);
    if (s.isFile()) out.add(input);
    else await walk(input, out);
  }
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

/** Reads pages as UTF-8; invalid bytes become U+FFFD (the parse reports them) rather than failing the run. */
export async function readPages(files: readonly string[]): Promise<PageText[]> {
  return Promise.all(files.map(async (file) => ({ file, text: (await readFile(file)).toString("utf8") })));
}
