/**
 * The user's prettier config for the output folder (a .prettierrc or package.json "prettier" above it), so the
 * generated files match the project's style. Loading prettier costs ~0.2 s, so the config files are looked for
 * first and prettier is only loaded when one exists.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type * as prettier from "prettier";

const CONFIG_FILES = [
  ".prettierrc",
  ".prettierrc.json",
  ".prettierrc.json5",
  ".prettierrc.yaml",
  ".prettierrc.yml",
  ".prettierrc.toml",
  ".prettierrc.js",
  ".prettierrc.cjs",
  ".prettierrc.mjs",
  "prettier.config.js",
  "prettier.config.cjs",
  "prettier.config.mjs",
  ".editorconfig",
];

export async function userPrettierConfig(outDir: string): Promise<prettier.Options | undefined> {
  if (!hasConfigAbove(resolve(outDir))) return undefined;
  const p = await import("prettier");
  const options = await p.resolveConfig(join(resolve(outDir), "index.ts"), { editorconfig: true });
  return options ?? undefined;
}

/**
 * Every file above the output folder that can decide the user's prettier options (the candidates prettier and
 * EditorConfig look for, and package.json files with a "prettier" key), nearest first: what a build cache must hash.
 */
export function prettierConfigFiles(outDir: string): string[] {
  const found: string[] = [];
  for (let d = resolve(outDir); ; d = dirname(d)) {
    for (const f of CONFIG_FILES) if (existsSync(join(d, f))) found.push(join(d, f));
    const pkg = join(d, "package.json");
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, "utf8")) as { prettier?: unknown }).prettier !== undefined) found.push(pkg);
      } catch {
        // not our business
      }
    }
    if (dirname(d) === d) return found;
  }
}

function hasConfigAbove(dir: string): boolean {
  for (let d = dir; ; d = dirname(d)) {
    if (CONFIG_FILES.some((f) => existsSync(join(d, f)))) return true;
    const pkg = join(d, "package.json");
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, "utf8")) as { prettier?: unknown }).prettier !== undefined) return true;
      } catch {
        // not our business
      }
    }
    if (dirname(d) === d) return false;
  }
}
