/**
 * Prettier over the generated files, in-process (its CLI is ~2× slower) and concurrently. This is the slow stage at
 * scale, so it is kept apart: a later cache only has to wrap `formatFiles` (key: file text + options).
 */
import * as prettier from "prettier";

/** Defaults for generated code; the project's own config (EmitOptions.prettierConfig) overrides them. */
export const DEFAULT_PRETTIER_OPTIONS: prettier.Options = { printWidth: 120 };

export async function formatTypeScript(text: string, options: prettier.Options = {}): Promise<string> {
  return prettier.format(text, { ...DEFAULT_PRETTIER_OPTIONS, ...options, parser: "typescript" });
}

/** Formats every file; keys and their order are kept. A file prettier rejects fails the run with its path. */
export async function formatFiles(
  files: ReadonlyMap<string, string>,
  options: prettier.Options = {},
): Promise<Map<string, string>> {
  const entries = [...files.entries()];
  const formatted = await Promise.all(
    entries.map(async ([path, text]) => {
      try {
        return await formatTypeScript(text, options);
      } catch (error) {
        throw new Error(`prettier could not format generated ${path}: ${(error as Error).message}`, { cause: error });
      }
    }),
  );
  return new Map(entries.map(([path], i) => [path, formatted[i]]));
}
