/**
 * The flags generate and check share (the config file's fields), and their resolution into API options.
 *
 * Paths: flags are relative to the working directory, the config file's fields to the file's folder. Both are
 * handed to the API relative to the run's folder (the config file's folder, or the working directory without one),
 * and the command runs in that folder (inFolder), so page paths in doc comments ("Source: …") and in reports are
 * the same bytes on every checkout, whatever the absolute location of the project.
 */
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { type Command, Option } from "commander";
import type { GenerateOptions } from "../index.js";
import { FILE_LAYOUTS } from "../emit/typescript/file-layout.js";
import { type CliFlags, ENUM_STYLES, loadConfig, mergeOptions } from "./config-file.js";

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function configOption(): Option {
  return new Option("--config <file>", "config file (default: ./docs2ts.config.json when present)");
}

export function addConfigFlags(command: Command): Command {
  return command
    .addOption(configOption())
    .option("--out <dir>", "output folder (default generated)")
    .addOption(new Option("--include <glob>", "generate only types matching (repeatable), with every type they use").argParser(collect))
    .addOption(new Option("--exclude <glob>", "leave out types matching (repeatable)").argParser(collect))
    .addOption(new Option("--enum-style <style>", "union, const-object or enum").choices(ENUM_STYLES))
    .addOption(new Option("--file-layout <layout>", "one models file per namespace (default) or per type").choices(FILE_LAYOUTS))
    .option("--type-prefix <text>", "put this before every model type's name")
    .option("--type-suffix <text>", "put this after every model type's name (e.g. Model: UserModel)")
    .option("--cache-dir <dir>", "cache folder (default node_modules/.cache/docs2ts)")
    .option("--no-cache", "do not read or write the cache")
    .option("--workers <n>", "parse worker threads (0: none)");
}

/** The options of one run and the folder its paths are relative to. */
export interface ResolvedRun {
  options: GenerateOptions;
  /** The config file's folder, or the working directory without one (absolute). */
  folder: string;
  /** The config file read, if any (absolute). */
  configFile?: string;
}

/** Flags over config file over defaults; every path relative to the run's folder (see the module comment). */
export function resolveRun(flags: CliFlags & { config?: string }, cwd = process.cwd()): ResolvedRun {
  const loaded = loadConfig(cwd, flags.config);
  const folder = loaded.file ? dirname(loaded.file) : resolve(cwd);
  const fromCwd = (p: string): string => resolve(cwd, p);
  const absFlags: CliFlags = { ...flags };
  if (flags.input) absFlags.input = flags.input.map(fromCwd);
  if (flags.out) absFlags.out = fromCwd(flags.out);
  if (flags.cacheDir) absFlags.cacheDir = fromCwd(flags.cacheDir);
  const merged = mergeOptions(loaded.config, absFlags);
  const rel = (p: string): string => pathFrom(folder, p);
  const o: GenerateOptions = {};
  if (merged.input) o.input = merged.input.map(rel);
  if (merged.out) o.out = rel(merged.out);
  if (merged.include) o.include = merged.include;
  if (merged.exclude) o.exclude = merged.exclude;
  if (merged.enumStyle) o.enumStyle = merged.enumStyle;
  if (merged.fileLayout) o.fileLayout = merged.fileLayout;
  if (merged.naming) o.naming = merged.naming;
  if (merged.cacheDir !== undefined) o.cacheDir = merged.cacheDir === false ? false : rel(merged.cacheDir);
  if (merged.workers !== undefined) o.workers = merged.workers;
  return loaded.file ? { options: o, folder, configFile: loaded.file } : { options: o, folder };
}

/** The options alone, as the API takes them (paths relative to the run's folder). */
export function resolveOptions(flags: CliFlags & { config?: string }, cwd = process.cwd()): GenerateOptions {
  return resolveRun(flags, cwd).options;
}

/**
 * `path` as written into output and reports: relative to `folder`, with `/` on every platform; absolute only when
 * no relative path exists (another drive).
 */
export function pathFrom(folder: string, path: string): string {
  const abs = resolve(folder, path);
  const r = relative(folder, abs);
  if (r === "") return ".";
  if (isAbsolute(r)) return abs;
  return sep === "/" ? r : r.split(sep).join("/");
}

/**
 * Runs `task` with `folder` as the working directory (like `git -C`), and restores the previous one after: the
 * options' relative paths, and the page paths the run writes, then mean the same on every machine.
 */
export async function inFolder<T>(folder: string, task: () => Promise<T>): Promise<T> {
  const previous = process.cwd();
  if (resolve(folder) === previous) return task();
  process.chdir(folder);
  try {
    return await task();
  } finally {
    process.chdir(previous);
  }
}
