/**
 * The commit protocol of the output folder, so that a run killed at any moment leaves something the next run can
 * finish or undo:
 * 1. a lock file (`.docs2ts-lock`, holding the writer's pid) keeps two writers apart; a lock whose process is gone
 *    is stale and taken over;
 * 2. a journal (`.docs2ts-commit.json`) in state "staging" lists every temp file before the first is written;
 * 3. the temp files are written next to their targets;
 * 4. the journal is replaced (one rename: the commit point) by state "committing", which also holds the new manifest;
 * 5. the temp files are renamed into place, stale files removed, the manifest written, and the journal removed.
 * Recovery (at the start of every generate and check): a "staging" journal is undone (its temp files removed: the
 * previous output was never touched), a "committing" one is rolled forward (renames done again where the temp file
 * is still there). Leftover temp files next to the manifest's files are removed.
 */
import { lstat, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { InputError } from "./input-files.js";
import { isSafeRelative, OutputPaths } from "./output-paths.js";

export const MANIFEST = ".docs2ts-manifest.json";
export const JOURNAL = ".docs2ts-commit.json";
export const LOCK = ".docs2ts-lock";
export const TEMP_SUFFIX = ".docs2ts-tmp";

export interface Journal {
  state: "staging" | "committing";
  /** Temp file → target, both relative to the output folder. */
  moves: { tmp: string; target: string }[];
  /** Files of the previous manifest that are no longer generated. */
  remove: string[];
  /** The new manifest's text. */
  manifest: string;
}

/** What recovery found: nothing to do, an unfinished commit undone or completed. */
export type Recovery = "none" | "undone" | "completed";

const LOCK_WAIT_MS = 10 * 60 * 1000;
const held = new Set<string>();

/**
 * Test hook (fault injection): with DOCS2TS_TEST_KILL_AT_STEP=N the process kills itself with SIGKILL at the N-th
 * file-system step of a commit, so a test can stop a real run between any two steps.
 */
let steps = 0;
export function step(): void {
  const at = process.env.DOCS2TS_TEST_KILL_AT_STEP;
  if (at !== undefined && ++steps === Number(at)) process.kill(process.pid, "SIGKILL");
}

/** Runs `fn` holding the output folder's lock (the folder must exist). */
export async function withOutputLock<T>(outDir: string, fn: () => Promise<T>): Promise<T> {
  const lock = join(outDir, LOCK);
  const started = Date.now();
  for (let wait = 20; ; wait = Math.min(wait * 2, 500)) {
    try {
      await writeFile(lock, String(process.pid), { flag: "wx" });
      held.add(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const owner = await lockOwner(lock);
    if (owner === "stale") {
      await rm(lock, { force: true });
      continue;
    }
    if (Date.now() - started > LOCK_WAIT_MS)
      throw new InputError(
        `${lock}: another docs2ts (pid ${owner}) has been writing ${outDir} for 10 minutes; stop it or remove the lock file`,
      );
    await new Promise((r) => setTimeout(r, wait));
  }
  try {
    return await fn();
  } finally {
    held.delete(lock);
    await rm(lock, { force: true });
  }
}

async function lockOwner(lock: string): Promise<number | "stale"> {
  const text = await readFile(lock, "utf8").catch(() => undefined);
  if (text === undefined) return 0; // gone in the meantime: try again
  const pid = Number(text);
  if (!Number.isInteger(pid) || pid <= 0) {
    // Empty: a writer between creating and filling it, or one killed right there.
    const age = await stat(lock).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    return age > 2000 ? "stale" : 0;
  }
  if (pid === process.pid) return held.has(lock) ? pid : "stale";
  try {
    process.kill(pid, 0);
    return pid;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM" ? pid : "stale";
  }
}

export async function writeJournal(outDir: string, journal: Journal): Promise<void> {
  const tmp = join(outDir, `${JOURNAL}.${process.pid}${TEMP_SUFFIX}`);
  step();
  await writeFile(tmp, JSON.stringify({ generator: "docs2ts", ...journal }) + "\n");
  step();
  await rename(tmp, join(outDir, JOURNAL));
}

export async function readJournal(outDir: string): Promise<Journal | "corrupt" | undefined> {
  let text: string;
  try {
    text = await readFile(join(outDir, JOURNAL), "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT" || (e as NodeJS.ErrnoException).code === "ENOTDIR") return undefined;
    throw e;
  }
  try {
    const j = JSON.parse(text) as Partial<Journal>;
    const rel = (s: unknown): s is string => typeof s === "string" && isSafeRelative(s);
    if (
      (j.state === "staging" || j.state === "committing") &&
      Array.isArray(j.moves) &&
      j.moves.every((m) => rel(m?.tmp) && rel(m?.target) && m.tmp.endsWith(TEMP_SUFFIX)) &&
      Array.isArray(j.remove) &&
      j.remove.every(rel) &&
      typeof j.manifest === "string"
    )
      return j as Journal;
  } catch {
    // fall through
  }
  return "corrupt";
}

/** Renames, removals and the manifest of a "committing" journal; each step can be done again after a kill. */
export async function applyCommit(outDir: string, journal: Journal, paths: OutputPaths): Promise<void> {
  for (const m of journal.moves) {
    const tmp = await paths.target(m.tmp);
    const target = await paths.target(m.target);
    step();
    await rename(tmp, target).catch((e: NodeJS.ErrnoException) => {
      // Already renamed by the run that was killed.
      if (e.code !== "ENOENT") throw e;
    });
  }
  for (const rel of journal.remove) {
    step();
    await rm(await paths.target(rel), { force: true });
  }
  const tmp = join(outDir, `${MANIFEST}.${process.pid}${TEMP_SUFFIX}`);
  step();
  await writeFile(tmp, journal.manifest);
  step();
  await rename(tmp, join(outDir, MANIFEST));
  step();
  await rm(join(outDir, JOURNAL), { force: true });
}

/** Undoes a "staging" journal: its temp files go, the previous output was never touched. */
export async function undoStaging(outDir: string, journal: Journal | undefined, paths: OutputPaths): Promise<void> {
  for (const m of journal?.moves ?? []) {
    // A temp name taken by a folder (or under a link) is not ours to remove: left as it is.
    await paths.target(m.tmp).then(
      (p) => rm(p, { force: true }),
      () => undefined,
    );
  }
  await rm(join(outDir, JOURNAL), { force: true });
}

/**
 * Finishes or undoes an unfinished commit and removes stale temp files; the caller holds the lock. Temp files are
 * looked for in the folders of the manifest's files (where a run writes them) and in the output folder.
 */
export async function recoverLocked(outDir: string, manifest: readonly string[]): Promise<Recovery> {
  const paths = new OutputPaths(outDir);
  const journal = await readJournal(outDir);
  let result: Recovery = "none";
  if (journal !== undefined && journal !== "corrupt" && journal.state === "committing") {
    await applyCommit(outDir, journal, paths);
    result = "completed";
  } else if (journal !== undefined) {
    await undoStaging(outDir, journal === "corrupt" ? undefined : journal, paths);
    result = "undone";
  }
  const folders = new Set([outDir, ...manifest.map((rel) => dirname(join(outDir, rel)))]);
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      if (!name.endsWith(TEMP_SUFFIX)) continue;
      const p = join(folder, name);
      const s = await lstat(p).catch(() => undefined);
      if (s && !s.isDirectory()) {
        await rm(p, { force: true });
        if (result === "none") result = "undone";
      }
    }
  }
  return result;
}

/** Whether the output folder shows signs of an unfinished run (a journal or a lock file), without writing. */
export async function needsRecovery(outDir: string): Promise<boolean> {
  const exists = (p: string): Promise<boolean> =>
    lstat(p).then(
      () => true,
      () => false,
    );
  return (await exists(join(outDir, JOURNAL))) || (await exists(join(outDir, LOCK)));
}
