/** The flags generate and check share (the config file's fields), and their resolution into API options. */
import { type Command, Option } from "commander";
import type { GenerateOptions } from "../index.js";
import { FILE_LAYOUTS } from "../emit/typescript/file-layout.js";
import { type CliFlags, ENUM_STYLES, loadConfig, mergeOptions } from "./config-file.js";

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function addConfigFlags(command: Command): Command {
  return command
    .option("--config <file>", "config file (default: ./docs2ts.config.json when present)")
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

export function resolveOptions(flags: CliFlags & { config?: string }, cwd = process.cwd()): GenerateOptions {
  const merged = mergeOptions(loadConfig(cwd, flags.config).config, flags);
  const o: GenerateOptions = {};
  if (merged.input) o.input = merged.input;
  if (merged.out) o.out = merged.out;
  if (merged.include) o.include = merged.include;
  if (merged.exclude) o.exclude = merged.exclude;
  if (merged.enumStyle) o.enumStyle = merged.enumStyle;
  if (merged.fileLayout) o.fileLayout = merged.fileLayout;
  if (merged.naming) o.naming = merged.naming;
  if (merged.cacheDir !== undefined) o.cacheDir = merged.cacheDir;
  if (merged.workers !== undefined) o.workers = merged.workers;
  return o;
}
