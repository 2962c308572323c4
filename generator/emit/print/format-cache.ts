/**
 * Prettier with a memory: generated files are formatted one top-level statement at a time, and each statement's
 * formatted text is kept in the cache under the hash of its unformatted text. When one page changes, only the
 * declarations it changed are formatted again, even inside a 2 MB models file.
 *
 * Formatting statement by statement gives the same bytes as formatting the file at once: prettier formats each
 * top-level statement independently of its neighbours and keeps one blank line between two statements exactly when
 * the source had one after the first (checked on real output in test/cache/format-cache.test.ts).
 */
import type * as prettier from "prettier";
import { joinChunks, splitStatements, type Chunk } from "./format.js";
import { formatStatements, StatementFormatError, type FormatPoolOptions } from "./format-pool.js";
import { generatorVersion, installedVersion, moduleClosureHash, sha256, stableJson } from "../../cache/keys.js";
import { CacheStore } from "../../cache/store.js";

/**
 * Formatted statements depend on prettier and the formatter only, so they have a cache family of their own: a change
 * to the model or to how declarations are built keeps every statement it did not change.
 */
export function openFormatStore(root: string, readOnly: boolean): CacheStore {
  const generation = `docs2ts@${generatorVersion()}#prettier@${installedVersion("prettier")}#${moduleClosureHash(["emit/print/format", "emit/print/format-cache"])}`;
  return new CacheStore(root, generation, readOnly, "f");
}

export interface FormatStats {
  formatted: number;
  reused: number;
}

/** Formats every file (keys and order kept); `store` undefined formats everything. */
export async function formatFilesCached(
  files: ReadonlyMap<string, string>,
  options: prettier.Options,
  store: CacheStore | undefined,
  stats: FormatStats = { formatted: 0, reused: 0 },
  /** Statements of files as emit printed them (project.ts); other files are split by a parse. */
  given?: ReadonlyMap<string, Chunk[]>,
  pool: FormatPoolOptions = {},
): Promise<Map<string, string>> {
  const optionsKey = stableJson(options);
  // 1. Every file's statements and what the cache knows of them.
  const plans = [...files].map(([path, text]) => {
    const key = `${path}\u0000${optionsKey}`;
    const known = store?.get<Record<string, string>>("format", key) ?? {};
    const chunks = given?.get(path) ?? splitStatements(text);
    return { path, key, known, chunks, hashes: chunks.map((c) => sha256(c.text).slice(0, 32)) };
  });
  // 2. The statements no cache entry holds, each once, formatted together (on worker threads when many).
  const missing = new Map<string, { text: string; path: string }>();
  for (const p of plans) {
    p.hashes.forEach((h, i) => {
      if (!Object.hasOwn(p.known, h) && !missing.has(h)) missing.set(h, { text: p.chunks[i].text, path: p.path });
    });
  }
  const todo = [...missing.values()];
  let formatted: string[];
  try {
    formatted = await formatStatements(
      todo.map((t) => t.text),
      options,
      pool,
    );
  } catch (error) {
    const path = error instanceof StatementFormatError ? todo[error.index].path : "output";
    throw new Error(`prettier could not format generated ${path}: ${(error as Error).message}`, { cause: error });
  }
  const fresh = new Map([...missing.keys()].map((h, i) => [h, formatted[i]]));
  stats.formatted += todo.length;
  // 3. The files, and their cache entries: only the statements of the current file are kept (no growth per edit).
  const out = new Map<string, string>();
  for (const p of plans) {
    const next: Record<string, string> = {};
    let added = false;
    const texts = p.hashes.map((h) => {
      let f = Object.hasOwn(p.known, h) ? p.known[h] : undefined;
      if (f === undefined) {
        f = fresh.get(h)!;
        added = true;
      } else stats.reused++;
      next[h] = f;
      return f;
    });
    if (store && (added || Object.keys(p.known).length !== Object.keys(next).length)) store.set("format", p.key, next);
    out.set(p.path, joinChunks(p.chunks, texts));
  }
  return new Map([...files.keys()].map((k) => [k, out.get(k)!]));
}
