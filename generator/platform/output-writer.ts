/**
 * Writes generated files into the output folder, and nothing else: a manifest lists what docs2ts wrote, files from
 * the previous manifest that are no longer generated are removed, files docs2ts did not write are never touched, and
 * no symbolic link inside the folder is followed (output-paths.ts). Every change goes through the commit protocol of
 * output-commit.ts, so a run killed at any moment leaves either the previous output or an unfinished commit that the
 * next generate or check completes or undoes (recoverOutput).
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import {
  applyCommit,
  type Journal,
  MANIFEST,
  needsRecovery,
  type Recovery,
  recoverLocked,
  step,
  TEMP_SUFFIX,
  undoStaging,
  withOutputLock,
  writeJournal,
} from "./output-commit.js";
import { InputError } from "./input-files.js";
import { isSafeRelative, OutputPaths } from "./output-paths.js";

export { MANIFEST, type Recovery } from "./output-commit.js";
export { isSafeRelative, OutputPathError } from "./output-paths.js";

/** A generated file would replace a file docs2ts did not write (not in the manifest): nothing is written. */
export class OutputConflictError extends InputError {}

export interface WriteResult {
  written: string[];
  unchanged: string[];
  removed: string[];
}

export async function writeOutput(outDir: string, files: ReadonlyMap<string, string>): Promise<WriteResult> {
  await mkdir(outDir, { recursive: true });
  return withOutputLock(outDir, async () => {
    await recoverLocked(outDir, await readManifest(outDir));
    return writeLocked(outDir, files);
  });
}

async function writeLocked(outDir: string, files: ReadonlyMap<string, string>): Promise<WriteResult> {
  const result: WriteResult = { written: [], unchanged: [], removed: [] };
  const previous = await readManifest(outDir);
  const owned = new Set(previous);
  const conflicts: string[] = [];
  const paths = new OutputPaths(outDir);
  const changed: { rel: string; target: string; text: string }[] = [];
  for (const [rel, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = await paths.target(rel);
    const old = await readFile(target, "utf8").catch(() => undefined);
    if (old === text) {
      result.unchanged.push(rel);
      continue;
    }
    if (old !== undefined && !owned.has(rel)) {
      conflicts.push(rel);
      continue;
    }
    changed.push({ rel, target, text });
    result.written.push(rel);
  }
  if (conflicts.length > 0) {
    throw new OutputConflictError(
      `${outDir} has files docs2ts did not write where it would write generated ones (${conflicts.slice(0, 5).join(", ")}${conflicts.length > 5 ? ", …" : ""}); move them away or pick another --out`,
    );
  }
  for (const rel of previous) {
    if (files.has(rel)) continue;
    await paths.target(rel);
    result.removed.push(rel);
  }
  const manifest = JSON.stringify({ generator: "docs2ts", files: [...files.keys()].sort() }, null, 2) + "\n";
  const oldManifest = await readFile(join(outDir, MANIFEST), "utf8").catch(() => undefined);
  if (changed.length === 0 && result.removed.length === 0 && oldManifest === manifest) return result;

  const journal: Journal = {
    state: "staging",
    moves: changed.map((c) => ({ tmp: `${c.rel}.${process.pid}${TEMP_SUFFIX}`, target: c.rel })),
    remove: result.removed,
    manifest,
  };
  await writeJournal(outDir, journal);
  try {
    for (const c of changed) {
      step();
      await mkdir(dirname(c.target), { recursive: true });
      // "wx": a file (or a link planted) under the temp name is an error, never followed.
      await writeFile(`${c.target}.${process.pid}${TEMP_SUFFIX}`, c.text, { flag: "wx" });
    }
  } catch (e) {
    await undoStaging(outDir, journal, new OutputPaths(outDir)).catch(() => undefined);
    throw e;
  }
  await writeJournal(outDir, { ...journal, state: "committing" });
  await applyCommit(outDir, { ...journal, state: "committing" }, new OutputPaths(outDir));
  return result;
}

/**
 * Completes or undoes a commit a killed run left unfinished in `outDir` (see output-commit.ts), and removes its temp
 * files. Writes nothing when there is nothing to recover, so `check` stays read-only on a healthy folder.
 */
export async function recoverOutput(outDir: string): Promise<Recovery> {
  if (!(await needsRecovery(outDir))) return "none";
  return withOutputLock(outDir, async () => recoverLocked(outDir, await readManifest(outDir)));
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
