/**
 * `docs2ts inputs`: the files the output of `generate` depends on, for build systems that hash their inputs
 * (Turborepo, Nx, wireit): the pages, the config file, the prettier/EditorConfig files docs2ts applies to the
 * output, and docs2ts' own package.json (its version: a new docs2ts may write other bytes). Paths are relative to
 * the run's folder (the config file's folder, or the working directory), sorted, `/`-separated.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { GENERATOR_DIR, generatorVersion } from "../cache/keys.js";
import { DEFAULT_INPUT, DEFAULT_OUT, type GenerateOptions } from "../index.js";
import { findPages } from "../platform/input-files.js";
import { prettierConfigFiles } from "../platform/prettier-config.js";

export interface BuildInputs {
  pages: string[];
  /** The config file read, if any. */
  config?: string;
  /** Files that decide the output's formatting, nearest first. */
  prettier: string[];
  /** docs2ts' package.json, and the version in it. */
  generator: { packageJson?: string; version: string };
  /** Every file above, once, sorted: what `docs2ts inputs` prints one per line. */
  files: string[];
}

/** `rel` turns an absolute path into the run's relative form (flags.ts pathFrom). */
export async function buildInputs(options: GenerateOptions, rel: (path: string) => string, configFile?: string): Promise<BuildInputs> {
  const pages = (await findPages(options.input ?? DEFAULT_INPUT)).map(rel);
  const prettier = prettierConfigFiles(options.out ?? DEFAULT_OUT).map(rel);
  const pkg = ["../package.json", "../../package.json"].map((p) => join(GENERATOR_DIR, p)).find((p) => existsSync(p));
  const generator = pkg ? { packageJson: rel(pkg), version: generatorVersion() } : { version: generatorVersion() };
  const config = configFile === undefined ? undefined : rel(configFile);
  const files = [
    ...new Set([...pages, ...(config ? [config] : []), ...prettier, ...(generator.packageJson ? [generator.packageJson] : [])]),
  ].sort();
  return config === undefined ? { pages, prettier, generator, files } : { pages, config, prettier, generator, files };
}
