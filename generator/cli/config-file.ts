/**
 * `docs2ts.config.json`: the options of generate/check/watch kept in the project (schema: docs2ts.schema.json at
 * the package root). Command-line flags override it field by field; relative paths in the file are relative to
 * the file's folder, so the same config works from any working directory.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import type { EnumStyle } from "../emit/typescript/enums.js";
import { FILE_LAYOUTS, type FileLayout } from "../emit/typescript/file-layout.js";
import type { TypeNaming } from "../emit/typescript/symbols.js";
import { InputError } from "../platform/input-files.js";

export const CONFIG_FILE = "docs2ts.config.json";
export const ENUM_STYLES: readonly EnumStyle[] = ["union", "const-object", "enum"];

export interface Docs2tsConfig {
  $schema?: string;
  input?: string[];
  out?: string;
  include?: string[];
  exclude?: string[];
  enumStyle?: EnumStyle;
  /** One models file per namespace (default) or per type. */
  fileLayout?: FileLayout;
  /** Prefix and suffix of every model type's TypeScript name. */
  naming?: TypeNaming;
  cacheDir?: string | false;
  workers?: number;
}

/** A usage problem (the CLI exits 2 with the message, like a missing input). */
export class ConfigError extends InputError {}

/** Reads and checks the config file: `path` if given, else docs2ts.config.json in `cwd` if it exists. */
export function loadConfig(cwd: string, path?: string): { config: Docs2tsConfig; file?: string } {
  const file = path ? resolve(cwd, path) : join(cwd, CONFIG_FILE);
  if (!existsSync(file)) {
    if (path) throw new ConfigError(`config file not found: ${path}`);
    return { config: {} };
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new ConfigError(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const config = validateConfig(data, file);
  const base = dirname(file);
  const abs = (p: string): string => (isAbsolute(p) ? p : join(base, p));
  if (config.input) config.input = config.input.map(abs);
  if (config.out) config.out = abs(config.out);
  if (typeof config.cacheDir === "string") config.cacheDir = abs(config.cacheDir);
  return { config, file };
}

export const CONFIG_KEYS = ["$schema", "input", "out", "include", "exclude", "enumStyle", "fileLayout", "naming", "cacheDir", "workers"];

/**
 * Every key not in `known`, each with the nearest known key as a suggestion (letter case ignored, then edit
 * distance ≤ 3, ties to the longer common start), in one message; undefined when all are known.
 */
export function unknownKeys(keys: readonly string[], known: readonly string[], prefix: string): string | undefined {
  const bad = keys.filter((k) => !known.includes(k));
  if (bad.length === 0) return undefined;
  const parts = bad.map((k) => {
    const near = suggestKey(k, known);
    return `"${prefix}${k}"${near ? ` (did you mean "${prefix}${near}"?)` : ""}`;
  });
  return `unknown field${bad.length > 1 ? "s" : ""} ${parts.join(", ")}; known: ${known.join(", ")}`;
}

function suggestKey(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: { k: string; d: number; prefix: number } | undefined;
  for (const k of known) {
    const kl = k.toLowerCase();
    // A key that holds the other whole (suffix → typeSuffix) counts as one edit away.
    const d = kl === lower ? 0 : lower.length >= 3 && (kl.includes(lower) || lower.includes(kl)) ? 1 : editDistance(lower, kl);
    const prefix = commonPrefix(lower, kl);
    // Ties go to the key sharing the longer start (a typo is usually not in the first letters): ouput → out.
    if (d <= Math.min(3, Math.floor(Math.max(k.length, key.length) / 2)) && (!best || d < best.d || (d === best.d && prefix > best.prefix)))
      best = { k, d, prefix };
  }
  return best?.k;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** The same rules as docs2ts.schema.json, with messages that name the field. */
export function validateConfig(data: unknown, file = CONFIG_FILE): Docs2tsConfig {
  const fail = (msg: string): never => {
    throw new ConfigError(`${file}: ${msg}`);
  };
  if (typeof data !== "object" || data === null || Array.isArray(data)) return fail("the config must be a JSON object");
  const o = data as Record<string, unknown>;
  const unknown = unknownKeys(Object.keys(o), CONFIG_KEYS, "");
  if (unknown) fail(unknown);
  const strings = (k: string): void => {
    if (o[k] !== undefined && (!Array.isArray(o[k]) || !(o[k] as unknown[]).every((x) => typeof x === "string" && x.length > 0))) {
      fail(`"${k}" must be an array of non-empty strings`);
    }
  };
  strings("input");
  strings("include");
  strings("exclude");
  if (o.out !== undefined && (typeof o.out !== "string" || o.out === "")) fail(`"out" must be a non-empty string`);
  if (o.enumStyle !== undefined && !ENUM_STYLES.includes(o.enumStyle as EnumStyle))
    fail(`"enumStyle" must be one of ${ENUM_STYLES.join(", ")}`);
  if (o.fileLayout !== undefined && !FILE_LAYOUTS.includes(o.fileLayout as FileLayout))
    fail(`"fileLayout" must be one of ${FILE_LAYOUTS.join(", ")}`);
  if (o.naming !== undefined) validateNaming(o.naming, fail);
  if (o.cacheDir !== undefined && o.cacheDir !== false && (typeof o.cacheDir !== "string" || o.cacheDir === ""))
    fail(`"cacheDir" must be a folder or false`);
  if (o.workers !== undefined && (!Number.isInteger(o.workers) || (o.workers as number) < 0)) fail(`"workers" must be a whole number ≥ 0`);
  return { ...(o as Docs2tsConfig) };
}

/** Prefix and suffix go into exported names: they must keep every name an identifier. */
function validateNaming(naming: unknown, fail: (msg: string) => never): void {
  if (typeof naming !== "object" || naming === null || Array.isArray(naming)) fail(`"naming" must be an object`);
  const n = naming as Record<string, unknown>;
  const unknown = unknownKeys(Object.keys(n), ["typePrefix", "typeSuffix"], "naming.");
  if (unknown) fail(unknown);
  if (n.typePrefix !== undefined && (typeof n.typePrefix !== "string" || !/^(?:[A-Za-z_$][\w$]*)?$/.test(n.typePrefix))) {
    fail(`"naming.typePrefix" must be empty or start an identifier (letters, digits, _ or $, not a digit first)`);
  }
  if (n.typeSuffix !== undefined && (typeof n.typeSuffix !== "string" || !/^[\w$]*$/.test(n.typeSuffix))) {
    fail(`"naming.typeSuffix" must be letters, digits, _ or $`);
  }
}

/** What the command line said; undefined means "not given" (so the config file's value stands). */
export interface CliFlags {
  input?: string[];
  out?: string;
  include?: string[];
  exclude?: string[];
  enumStyle?: string;
  fileLayout?: string;
  typePrefix?: string;
  typeSuffix?: string;
  cacheDir?: string;
  /** commander's `--no-cache`: false when given. */
  cache?: boolean;
  workers?: string;
}

/** Flags over config over defaults, field by field. */
export function mergeOptions(config: Docs2tsConfig, flags: CliFlags): Docs2tsConfig {
  const merged: Docs2tsConfig = { ...config };
  if (flags.input) merged.input = flags.input;
  if (flags.out) merged.out = flags.out;
  if (flags.include) merged.include = flags.include;
  if (flags.exclude) merged.exclude = flags.exclude;
  if (flags.enumStyle) merged.enumStyle = validateConfig({ enumStyle: flags.enumStyle }, "--enum-style").enumStyle;
  if (flags.fileLayout) merged.fileLayout = validateConfig({ fileLayout: flags.fileLayout }, "--file-layout").fileLayout;
  if (flags.typePrefix !== undefined || flags.typeSuffix !== undefined) {
    const naming = { ...merged.naming };
    if (flags.typePrefix !== undefined) naming.typePrefix = flags.typePrefix;
    if (flags.typeSuffix !== undefined) naming.typeSuffix = flags.typeSuffix;
    merged.naming = validateConfig({ naming }, "--type-prefix/--type-suffix").naming;
  }
  if (flags.cacheDir) merged.cacheDir = flags.cacheDir;
  if (flags.cache === false) merged.cacheDir = false;
  if (flags.workers !== undefined) merged.workers = validateConfig({ workers: Number(flags.workers) }, "--workers").workers;
  return merged;
}
