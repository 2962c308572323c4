/**
 * The on-disk cache: JSON entries under `<dir>/<generation>/`, where the generation names the docs2ts version and
 * code hash (keys.ts). Safe to share between runs and to kill at any moment:
 * - writes go to a temp file that is renamed into place, so an entry is either whole or absent;
 * - every entry carries its own key and a checksum of its value, and a read that finds anything else (truncated,
 *   corrupt, foreign) is a miss, never an error;
 * - a failure to read (other than a missing entry) or write the cache never fails the run (the cache is an
 *   optimisation): the first one prints one warning and every store of that cache folder then runs as "no cache".
 * Old generations of a family are removed when a new one is opened, so the folder does not grow with every rebuild.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generatorCodeHash, generatorVersion, moduleClosureHash, packageVersions, sha256 } from "./keys.js";

export const DEFAULT_CACHE_DIR = join("node_modules", ".cache", "docs2ts");

/**
 * Entries live in families, each with its own generation (the code that produces them): page facts (p) are keyed by
 * the parse code only, formatted statements (f) by prettier and the formatter, printed statements (s) by ts-morph
 * and the statement printer, everything else (g) by the whole generator. A
 * family's old generations are pruned without touching the other families.
 */
export type CacheFamily = "g" | "p" | "f" | "s";

/** First line of every entry; then the key, the value's checksum, and the value (no escaping: entries can be large). */
const MAGIC = "docs2ts-cache-1";
const NEWLINE = 0x0a;

/** The checksum of a value's UTF-8 bytes: sha256() of its text (keys.ts), so entries written before still match. */
function checksum(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).update("\u0000").digest("hex");
}

/** Cache folders that failed once in this process: their stores neither read nor write any more. */
const failedRoots = new Set<string>();

/** Where the one warning of a failed cache goes (tests replace it). */
let warnCacheFailure = (message: string): void => {
  process.stderr.write(`docs2ts: warning: ${message}\n`);
};

export function setCacheWarningSink(sink: (message: string) => void): void {
  warnCacheFailure = sink;
}

function cacheFailed(root: string, e: unknown): void {
  if (failedRoots.has(root)) return;
  failedRoots.add(root);
  const why = e instanceof Error ? e.message : String(e);
  warnCacheFailure(`the cache at ${root} cannot be used (${why}); this run goes on without it (fix the folder, or pass --no-cache)`);
}

export class CacheStore {
  readonly dir: string;
  private readonly made = new Set<string>();

  /**
   * `generation` defaults to this docs2ts' version and code hash; tests pass their own. A read-only store (used by
   * `check`, which must not write) never writes nor prunes.
   */
  constructor(
    readonly root: string,
    generation: string = defaultGeneration(),
    readonly readOnly = false,
    family: CacheFamily = "g",
  ) {
    this.dir = join(root, `${family}-${sha256(generation).slice(0, 16)}`);
    if (!readOnly && !failedRoots.has(root)) {
      try {
        pruneOtherGenerations(root, this.dir, family);
      } catch (e) {
        cacheFailed(root, e);
      }
    }
  }

  /** False once this cache folder failed a read or a write (see cacheFailed). */
  private get usable(): boolean {
    return !failedRoots.has(this.root);
  }

  /** The JSON value stored under `key` in `bucket`, or undefined when absent or not valid. */
  get<T>(bucket: string, key: string): T | undefined {
    const text = this.getText(bucket, key);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as T;
    } catch {
      return undefined;
    }
  }

  getText(bucket: string, key: string): string | undefined {
    // Bytes, not text: the checksum is of the value's bytes, and hashing a decoded 15 MB string (the page facts)
    // encodes it back to UTF-8 first.
    if (!this.usable) return undefined;
    let raw: Buffer;
    try {
      raw = readFileSync(this.path(bucket, key));
    } catch (e) {
      // A missing entry is a miss; anything else (a file where a folder goes, no permission) is a broken cache.
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") cacheFailed(this.root, e);
      return undefined;
    }
    const a = raw.indexOf(NEWLINE);
    const b = raw.indexOf(NEWLINE, a + 1);
    const c = raw.indexOf(NEWLINE, b + 1);
    if (a < 0 || b < 0 || c < 0 || raw.toString("utf8", 0, a) !== MAGIC || raw.toString("utf8", a + 1, b) !== JSON.stringify(key))
      return undefined;
    const value = raw.subarray(c + 1);
    return raw.toString("latin1", b + 1, c) === checksum(value) ? value.toString("utf8") : undefined;
  }

  set(bucket: string, key: string, value: unknown): void {
    this.setText(bucket, key, JSON.stringify(value));
  }

  setText(bucket: string, key: string, value: string): void {
    if (this.readOnly || !this.usable) return;
    const target = this.path(bucket, key);
    const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      const folder = join(this.dir, bucket);
      if (!this.made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        this.made.add(folder);
      }
      const bytes = Buffer.from(value, "utf8");
      writeFileSync(tmp, Buffer.concat([Buffer.from(`${MAGIC}\n${JSON.stringify(key)}\n${checksum(bytes)}\n`), bytes]));
      renameSync(tmp, target);
    } catch (e) {
      cacheFailed(this.root, e);
      try {
        rmSync(tmp, { force: true });
      } catch {
        // the folder is not there or not a folder: no temp file either
      }
    }
  }

  private path(bucket: string, key: string): string {
    // The file name is a hash of the key: keys may be long or contain characters a file name cannot.
    return join(this.dir, bucket, `${sha256(key).slice(0, 40)}.json`);
  }
}

export function defaultGeneration(): string {
  return `docs2ts@${generatorVersion()}#${generatorCodeHash()}`;
}

/** The modules whose code decides a page's cached facts: the parse, the pool's safe wrapper, page suppressions. */
export const PAGE_FACTS_MODULES = ["parse/page", "pipeline/page-parse-pool", "diagnostics/suppressions"];

let factsGeneration: string | undefined;

/**
 * Generation of the page-facts family: docs2ts' version, the code of PAGE_FACTS_MODULES and the generator modules
 * they import, and the versions of the npm packages those load (remark, yaml, json5, …).
 */
export function pageFactsGeneration(): string {
  const packages = packageVersions(PAGE_FACTS_MODULES).join(",");
  return (factsGeneration ??= `docs2ts@${generatorVersion()}#facts#${moduleClosureHash(PAGE_FACTS_MODULES)}#${packages}`);
}

function pruneOtherGenerations(root: string, keep: string, family: CacheFamily): void {
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return;
  }
  for (const name of entries) {
    const p = join(root, name);
    // Only folders this store made are removed: the cache folder may be shared with something else by mistake.
    if (new RegExp(`^${family}-[0-9a-f]{16}$`).test(name) && p !== keep) rmSync(p, { recursive: true, force: true });
  }
}
