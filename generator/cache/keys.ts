/**
 * What a cache entry is keyed by. An entry is only reused when the input bytes, the options and the generator that
 * produced it are all the same: the generator's identity is its version plus a hash of its own code, so a changed
 * reading rule invalidates every cached page without anyone bumping a version.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
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

/**
 * Hash of the given modules and every generator module they import at run time (relative `import`/`export … from`
 * and `import()`; `import type` is left out, it has no run-time effect). Used to key an entry by the code that
 * produced it, so that a change to the model or emit stages does not throw away the parse cache.
 * `entries` are paths relative to the generator folder, without extension (`parse/page`).
 */
export function moduleClosureHash(entries: readonly string[], dir: string = GENERATOR_DIR): string {
  const h = createHash("sha256");
  for (const f of moduleClosure(entries, dir)) {
    h.update(f.slice(dir.length).replace(/\.ts$/, ".js"));
    h.update("\u0000");
    h.update(readFileSync(f));
  }
  return h.digest("hex");
}

/**
 * The npm packages the given modules (and the generator modules they import) load at run time, with their
 * installed versions, sorted: a new remark or yaml may read pages differently, so it is part of the facts' key.
 * A package whose package.json cannot be found is listed without a version.
 */
export function packageVersions(entries: readonly string[], dir: string = GENERATOR_DIR): string[] {
  const names = new Set<string>();
  for (const file of moduleClosure(entries, dir)) {
    for (const spec of bareImports(readFileSync(file, "utf8"))) names.add(packageName(spec));
  }
  return [...names].sort().map((name) => `${name}@${installedVersion(name, dir)}`);
}

function moduleClosure(entries: readonly string[], dir: string): string[] {
  const seen = new Set<string>();
  // An entry that names no module would silently drop that code from the key: fail loudly instead (a moved module).
  const queue = entries.map((e) => resolveModule(join(dir, e)) ?? missingModule(e, dir));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of runtimeImports(readFileSync(file, "utf8"))) {
      const target = resolveModule(join(dirname(file), spec.replace(/\.js$/, "")));
      if (target && target.startsWith(dir)) queue.push(target);
    }
  }
  return [...seen].sort();
}

function missingModule(entry: string, dir: string): never {
  throw new Error(`docs2ts: cache key module ${entry} not found under ${dir}`);
}

/** Package specifiers (not relative, not node: builtins) a module loads at run time, statically or by `require("x")`. */
function bareImports(source: string): string[] {
  const out: string[] = [];
  const statics = /^[ \t]*(?:import|export)\s+(type\s+)?(?:[^"';]*?\bfrom\s*)?["']([^."'][^"']*)["']/gm;
  for (const m of source.matchAll(statics)) if (!m[1] && !m[2].startsWith("node:")) out.push(m[2]);
  for (const m of source.matchAll(/\b(?:require|createRequire\([^)]*\))\(\s*["']([^."'][^"']*)["']\s*\)/g))
    if (!m[1].startsWith("node:")) out.push(m[1]);
  return out;
}

function packageName(spec: string): string {
  const parts = spec.split("/");
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/**
 * The version in node_modules/<name>/package.json of the nearest folder above `dir` that has one (the package Node
 * resolves for this code), "?" when none can be read. Read from disk: loading prettier or ts-morph to ask them takes
 * 0.1–0.4 s, which a run that reuses everything they produced does not otherwise spend.
 */
export function installedVersion(name: string, dir: string = GENERATOR_DIR): string {
  for (let d = dir; ; d = dirname(d)) {
    const pkg = join(d, "node_modules", name, "package.json");
    if (existsSync(pkg)) {
      try {
        return (JSON.parse(readFileSync(pkg, "utf8")) as { version?: string }).version ?? "?";
      } catch {
        return "?";
      }
    }
    if (dirname(d) === d) return "?";
  }
}

/** Relative module specifiers a module loads at run time. */
export function runtimeImports(source: string): string[] {
  const out: string[] = [];
  // Anchored at a line start, so that prose in comments ("import type …") is not taken for a statement.
  const statics = /^[ \t]*(?:import|export)\s+(type\s+)?(?:[^"';]*?\bfrom\s*)?["'](\.\.?\/[^"']+)["']/gm;
  for (const m of source.matchAll(statics)) if (!m[1]) out.push(m[2]);
  for (const m of source.matchAll(/\bimport\(\s*["'](\.\.?\/[^"']+)["']\s*\)/g)) out.push(m[1]);
  return out;
}

/** A module path without extension → the file that exists: the TS source or the compiled JS. */
function resolveModule(base: string): string | undefined {
  return [".ts", ".js", ".mts", ".mjs"].map((ext) => base + ext).find((f) => existsSync(f));
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
