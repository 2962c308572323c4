/**
 * What a cache entry is keyed by. An entry is only reused when the input bytes, the options and the generator that
 * produced it are all the same: the generator's identity is its version plus a hash of its own code, so a changed
 * reading rule invalidates every cached page without anyone bumping a version.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export function sha256(...parts: readonly string[]): string {
  const h = createHash("sha256");
  for (const p of parts) {
    h.update(p);
    // A separator that cannot occur in UTF-8 text keeps ("ab","c") and ("a","bc") apart.
    h.update("\u0000");
  }
  return h.digest("hex");
}

/** The generator folder: generator/ in the sources, dist/generator/ in the build. */
export const GENERATOR_DIR = dirname(dirname(fileURLToPath(import.meta.url)));

let codeHash: string | undefined;

/** Hash of every module of the generator (sources or build, whichever is running). Computed once per process. */
export function generatorCodeHash(dir: string = GENERATOR_DIR): string {
  if (codeHash !== undefined && dir === GENERATOR_DIR) return codeHash;
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(m?[jt]s)$/.test(e.name) && !e.name.endsWith(".d.ts")) files.push(p);
    }
  };
  walk(dir);
  files.sort();
  const h = createHash("sha256");
  for (const f of files) {
    h.update(f.slice(dir.length));
    h.update(readFileSync(f));
  }
  const digest = h.digest("hex");
  if (dir === GENERATOR_DIR) codeHash = digest;
  return digest;
}

let version: string | undefined;

/** docs2ts' package version (package.json next to generator/ or dist/). */
export function generatorVersion(): string {
  if (version !== undefined) return version;
  for (const rel of ["../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(join(GENERATOR_DIR, rel), "utf8")) as { name?: unknown; version?: unknown };
      if (pkg.name === "docs2ts" && typeof pkg.version === "string") return (version = pkg.version);
    } catch {
      // not this layout
    }
  }
  return (version = "0.0.0");
}

/** Stable JSON for hashing options: object keys sorted, undefined dropped. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
