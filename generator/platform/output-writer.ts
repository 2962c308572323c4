/**
 * Writes generated files into the output folder, and nothing else: each file goes to a temp file and is renamed
 * into place (a reader never sees half a file), a manifest lists what docs2ts wrote, and files from the previous
 * manifest that are no longer generated are removed. Files docs2ts did not write are never touched.
 */
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, normalize, sep } from "node:path";
import { InputError } from "./input-files.js";

export const MANIFEST = ".docs2ts-manifest.json";

/** A generated file would replace a file docs2ts did not write (not in the manifest): nothing is written. */
export class OutputConflictError extends InputError {}

export interface WriteResult {
  written: string[];
  unchanged: string[];
  removed: string[];
}

/**
 * Two phases so that an interrupted run leaves the previous output usable: every changed file is first written to a
 * temp file next to its target (the old files untouched), and only then are the temp files renamed into place,
 * stale files removed and the manifest replaced.
 */
export async function writeOutput(outDir: string, files: ReadonlyMap<string, string>): Promise<WriteResult> {
  const result: WriteResult = { written: [], unchanged: [], removed: [] };
  const previous = await readManifest(outDir);
  await mkdir(outDir, { recursive: true });
  const staged: { tmp: string; target: string }[] = [];
  const owned = new Set(previous);
  const conflicts: string[] = [];
  try {
    for (const [rel, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const target = safeJoin(outDir, rel);
      const old = await readFile(target, "utf8").catch(() => undefined);
      if (old === text) {
        result.unchanged.push(rel);
        continue;
      }
      if (old !== undefined && !owned.has(rel)) {
        conflicts.push(rel);
        continue;
      }
      await mkdir(dirname(target), { recursive: true });
      const tmp = `${target}.${process.pid}.docs2ts-tmp`;
      await writeFile(tmp, text);
      staged.push({ tmp, target });
      result.written.push(rel);
    }
    if (conflicts.length > 0) {
      throw new OutputConflictError(
        `${outDir} has files docs2ts did not write where it would write generated ones (${conflicts.slice(0, 5).join(", ")}${conflicts.length > 5 ? ", …" : ""}); move them away or pick another --out`,
      );
    }
  } catch (e) {
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
    throw e;
  }
  for (const s of staged) await rename(s.tmp, s.target);
  for (const rel of previous) {
    if (files.has(rel)) continue;
    await rm(safeJoin(outDir, rel), { force: true });
    result.removed.push(rel);
  }
  const manifest = JSON.stringify({ generator: "docs2ts", files: [...files.keys()].sort() }, null, 2) + "\n";
  const tmp = join(outDir, `${MANIFEST}.${process.pid}.docs2ts-tmp`);
  await writeFile(tmp, manifest);
  await rename(tmp, join(outDir, MANIFEST));
  return result;
}

export async function readManifest(outDir: string): Promise<string[]> {
  try {
    const data: unknown = JSON.parse(await readFile(join(outDir, MANIFEST), "utf8"));
    const files = (data as { files?: unknown }).files;
    return Array.isArray(files) ? files.filter((f): f is string => typeof f === "string" && isSafeRelative(f)) : [];
  } catch {
    return [];
  }
}

/** A generated path must stay inside the output folder: relative, no `..`, no drive or root. */
export function isSafeRelative(rel: string): boolean {
  if (!rel || isAbsolute(rel) || /^[a-zA-Z]:/.test(rel) || rel.includes("\0")) return false;
  const n = normalize(rel);
  return !n.split(sep).some((part) => part === "..") && !n.startsWith(sep);
}

function safeJoin(outDir: string, rel: string): string {
  if (!isSafeRelative(rel)) throw new Error(`refusing to write outside the output folder: ${JSON.stringify(rel)}`);
  return join(outDir, rel);
}
