/**
 * Prettier with a memory: generated files are formatted one top-level statement at a time, and each statement's
 * formatted text is kept in the cache under the hash of its unformatted text. When one page changes, only the
 * declarations it changed are formatted again, even inside a 2 MB models file.
 *
 * Formatting statement by statement gives the same bytes as formatting the file at once: prettier formats each
 * top-level statement independently of its neighbours and keeps one blank line between two statements exactly when
 * the source had one after the first (checked on real output in test/cache/format-cache.test.ts).
 */
import * as prettier from "prettier";
import { formatStatement, splitStatements, type Chunk } from "../emit/format.js";
import { generatorVersion, moduleClosureHash, sha256, stableJson } from "./keys.js";
import { CacheStore } from "./store.js";

/**
 * Formatted statements depend on prettier and the formatter only, so they have a cache family of their own: a change
 * to the model or to how declarations are built keeps every statement it did not change.
 */
export function openFormatStore(root: string, readOnly: boolean): CacheStore {
  const generation = `docs2ts@${generatorVersion()}#prettier@${prettier.version}#${moduleClosureHash(["emit/format", "cache/format-cache"])}`;
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
): Promise<Map<string, string>> {
  const optionsKey = stableJson(options);
  const out = new Map<string, string>();
  await Promise.all(
    [...files].map(async ([path, text]) => {
      const key = `${path}\u0000${optionsKey}`;
      const known = store?.get<Record<string, string>>("format", key) ?? {};
      const next: Record<string, string> = {};
      let added = false;
      let result = "";
      const chunks = given?.get(path) ?? splitStatements(text);
      for (const [i, c] of chunks.entries()) {
        const h = sha256(c.text).slice(0, 32);
        let f = known[h] ?? next[h];
        if (f === undefined) {
          try {
            f = await formatStatement(c.text, options);
          } catch (error) {
            throw new Error(`prettier could not format generated ${path}: ${(error as Error).message}`, { cause: error });
          }
          added = true;
          stats.formatted++;
        } else stats.reused++;
        next[h] = f;
        result += f;
        if (i < chunks.length - 1 && c.blankAfter) result += "\n";
      }
      // Only the statements of the current file are kept: the entry does not grow with every edit.
      if (store && (added || Object.keys(known).length !== Object.keys(next).length)) store.set("format", key, next);
      out.set(path, result);
    }),
  );
  return new Map([...files.keys()].map((k) => [k, out.get(k)!]));
}
