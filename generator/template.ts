/**
 * The one place that locates and reads templates/runtime.ts, the hand-written client runtime copied into every
 * output. Found by walking up from this module, so it works from the sources (generator/) and the build
 * (dist/generator/) alike.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let runtimeText: Promise<string> | undefined;

/** Path of templates/runtime.ts in the package that holds this module. */
export function runtimeTemplatePath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "templates", "runtime.ts");
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("docs2ts: templates/runtime.ts not found next to the package");
    dir = parent;
  }
}

/** Text of templates/runtime.ts, read once per process. */
export function runtimeSource(): Promise<string> {
  runtimeText ??= readFile(runtimeTemplatePath(), "utf8");
  return runtimeText;
}
