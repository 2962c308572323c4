/**
 * The up-to-date check of `generate` (like tsc's incremental build info or eslint's cache): the last run records
 * each page's path, size, mtime and key, and each output file's size, mtime and hash. A run whose pages have the
 * same paths, sizes and mtimes, whose options are the same, and whose output folder's manifest and files are as
 * recorded returns without reading a page, loading the model or formatting anything. A run with a changed page
 * reads only the pages the record cannot vouch for (unchangedPageKeys).
 *
 * Size and mtime can miss an edit made within the file system's timestamp tick of the moment the last run looked
 * at a file (an editor saving twice in a few milliseconds, same length). Such "racy" files, as git calls them,
 * are the ones whose mtime is not clearly older than that moment: they are read and hashed instead (see isRacy).
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { CacheStore } from "../cache/store.js";
import { readManifest } from "../platform/output-writer.js";

/** File stamps: sizes and mtimes (ns, as text: a bigint is not JSON) in the order of `files`. */
export interface FileStamps {
  files: string[];
  sizes: number[];
  mtimes: string[];
  /** Date.now() just before the files were looked at (stat, then read). */
  takenAt: number;
}

export interface RunRecord {
  stamps: FileStamps;
  /** Per page, the hash its facts are keyed by (sha256(file, text)): checks a racy page without parsing it. */
  pageKeys: string[];
  /** The model cache entry this run's output came from (incremental-render.ts's runKey). */
  runKey: string;
  /** Per page, whether it holds a `docs2ts-ignore` comment (such pages are always read: model findings need them). */
  ignores?: boolean[];
  /** The output files (relative to the output folder) as written, and each one's hash (sha256 of its text). */
  outputs: FileStamps;
  outputHashes: string[];
  /** What the caller needs from the model without loading it (the CLI reports the diagnostics). */
  diagnostics: Diagnostic[];
  types: number;
  pages: number;
  /** Endpoints (client functions) of the model; absent in records of older versions. */
  endpoints?: number;
}

const BUCKET = "run-record";

/**
 * Sizes and mtimes of files, taken before they are read (an edit after this shows as a changed stamp); a missing
 * file gets size -1. Synchronous: thousands of small stats are several times faster than as promises.
 */
export function stampFiles(files: readonly string[], dir = ""): FileStamps {
  const takenAt = Date.now();
  const sizes: number[] = [];
  const mtimes: string[] = [];
  for (const f of files) {
    const s = statSync(dir ? join(dir, f) : f, { bigint: true, throwIfNoEntry: false });
    sizes.push(s ? Number(s.size) : -1);
    mtimes.push(s ? s.mtimeNs.toString() : "");
  }
  return { files: [...files], sizes, mtimes, takenAt };
}

/** The indexes of `now`'s files whose stamps differ from `old`'s or are racy; undefined when the lists differ. */
function changedOrRacy(old: FileStamps, now: FileStamps): { changed: boolean; racy: number[] } {
  if (old.files.length !== now.files.length || old.files.some((f, i) => f !== now.files[i])) return { changed: true, racy: [] };
  const racy: number[] = [];
  for (let i = 0; i < now.files.length; i++) {
    if (now.sizes[i] !== old.sizes[i] || now.mtimes[i] !== old.mtimes[i] || now.sizes[i] < 0) return { changed: true, racy: [] };
    if (isRacy(BigInt(old.mtimes[i]), old.takenAt)) racy.push(i);
  }
  return { changed: false, racy };
}

/**
 * Whether a page's mtime is too close to the moment it was looked at to prove that it did not change after that
 * within the same timestamp tick. Linux stamps files with a coarse clock (a few ms behind Date.now()); file systems
 * with whole-second stamps (FAT: 2 s, HFS+: 1 s) show as an mtime without a sub-second part, and get 2 s.
 */
export function isRacy(mtimeNs: bigint, takenAt: number): boolean {
  const wholeSecond = mtimeNs % 1_000_000_000n === 0n;
  const marginMs = wholeSecond ? 2000 : 100;
  return Number(mtimeNs / 1_000_000n) >= takenAt - marginMs;
}

export function textHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The output part of a run record, taken right after the files were written. */
export function stampOutputs(outDir: string, files: ReadonlyMap<string, string>): { outputs: FileStamps; outputHashes: string[] } {
  const rels = [...files.keys()].sort();
  // Taken before hashing: an output changed after this is caught by its stamp or, within the tick, as racy.
  const outputs = stampFiles(rels, outDir);
  return { outputs, outputHashes: rels.map((r) => textHash(files.get(r)!)) };
}

export function saveRunRecord(store: CacheStore, key: string, record: RunRecord): void {
  store.set(BUCKET, key, record);
}

export function loadRunRecord(store: CacheStore, key: string): RunRecord | undefined {
  return store.get<RunRecord>(BUCKET, key);
}

export interface UpToDate {
  record: RunRecord;
  /** Stamps taken now; the record is worth saving again with them when some file was racy (see refreshed). */
  stamps: FileStamps;
  outputs: FileStamps;
  /** Racy files were hashed: saving the record with the new stamps spares the next run that work. */
  refreshed: boolean;
}

/**
 * Whether nothing changed since the recorded run: the same pages with the same stamps, the output folder's
 * manifest listing the recorded files, and those with their recorded stamps. Racy files (isRacy) are read and
 * hashed. `pageKey` gives a page's key from its path and text. Undefined: the caller runs the full path.
 */
export async function checkUpToDate(
  record: RunRecord | undefined,
  files: readonly string[],
  outDir: string,
  pageKey: (file: string, text: string) => string,
): Promise<UpToDate | undefined> {
  if (!record) return undefined;
  const stamps = stampFiles(files);
  const pages = changedOrRacy(record.stamps, stamps);
  if (pages.changed) return undefined;
  const listed = (await readManifest(outDir)).sort();
  const expected = record.outputs.files;
  if (listed.length !== expected.length || listed.some((f, i) => f !== expected[i])) return undefined;
  const outputs = stampFiles(expected, outDir);
  const out = changedOrRacy(record.outputs, outputs);
  if (out.changed) return undefined;
  for (const i of pages.racy) {
    const text = (await readFile(files[i])).toString("utf8");
    if (pageKey(files[i], text) !== record.pageKeys[i]) return undefined;
  }
  for (const i of out.racy) {
    if (textHash(await readFile(join(outDir, expected[i]), "utf8")) !== record.outputHashes[i]) return undefined;
  }
  return { record, stamps, outputs, refreshed: pages.racy.length + out.racy.length > 0 };
}

/** The output files of an up-to-date run, read when first asked for (a build step that only checks never reads them). */
export function readOutputs(outDir: string, files: readonly string[]): Map<string, string> {
  return new Map(files.map((rel) => [rel, readFileSync(join(outDir, rel), "utf8")]));
}

/** What the last run knew of the pages: their stamps, keys and which hold `docs2ts-ignore` comments. */
export interface KnownPages {
  stamps: FileStamps;
  pageKeys: string[];
  ignores: boolean[];
}

/**
 * The keys of the pages that need not be read: the same path, size and mtime as in the last run, not racy, and no
 * `docs2ts-ignore` comment. Undefined where the page must be read.
 */
export function unchangedPageKeys(known: KnownPages | undefined, now: FileStamps): (string | undefined)[] {
  if (!known) return now.files.map(() => undefined);
  const at = new Map(known.stamps.files.map((f, i) => [f, i]));
  return now.files.map((f, i) => {
    const j = at.get(f);
    if (j === undefined || known.ignores[j] !== false) return undefined;
    const old = known.stamps;
    if (now.sizes[i] < 0 || now.sizes[i] !== old.sizes[j] || now.mtimes[i] !== old.mtimes[j] || isRacy(BigInt(old.mtimes[j]), old.takenAt))
      return undefined;
    return known.pageKeys[j];
  });
}
