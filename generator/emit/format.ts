/**
 * Prettier over the generated files, in-process (its CLI is ~2× slower), one top-level statement at a time (the
 * cache in generator/cache/format-cache.ts reuses statements; formatting per statement gives the same bytes as
 * formatting the file at once).
 */
import type * as prettier from "prettier";
import { tsMorph } from "./ts-morph-loader.js";

/**
 * Statements larger than this are kept as ts-morph printed them (already indented and one member per line):
 * prettier's comment attachment grows quadratically inside one node, and a 10,000-property interface took 130 s.
 * Real Graph types stay far below it (the largest v1.0 interface is ~40 KB).
 */
export const MAX_PRETTIER_STATEMENT = 200_000;

/** Defaults for generated code; the project's own config (EmitOptions.prettierConfig) overrides them. */
export const DEFAULT_PRETTIER_OPTIONS: prettier.Options = { printWidth: 120 };

/**
 * Prettier's `babel-ts` parser formats the generated statements about a quarter faster than `typescript` and gave the
 * same bytes for every statement of the v1.0 and beta outputs; what it cannot parse goes to `typescript`, so a
 * statement only fails when the TypeScript parser rejects it too (and its message is that parser's).
 */
const PARSERS = ["babel-ts", "typescript"] as const;

export async function formatTypeScript(text: string, options: prettier.Options = {}): Promise<string> {
  // Loaded on the first format (~0.1 s): a run whose statements are all formatted before, or formatted on another
  // thread (statement-print-thread.ts), does not load it here.
  const { format } = await import("prettier");
  const [fast, exact] = PARSERS;
  try {
    return await format(text, { ...DEFAULT_PRETTIER_OPTIONS, ...options, parser: fast });
  } catch {
    return format(text, { ...DEFAULT_PRETTIER_OPTIONS, ...options, parser: exact });
  }
}

/** One top-level statement (with its leading comments); an oversized one is returned as printed. */
export async function formatStatement(text: string, options: prettier.Options = {}): Promise<string> {
  if (text.length > MAX_PRETTIER_STATEMENT) return text.replace(/^\s*\n/, "").replace(/[ \t]+$/gm, "").replace(/\s*$/, "\n");
  return formatTypeScript(text, options);
}

/** Formats every file; keys and their order are kept. A file prettier rejects fails the run with its path. */
export async function formatFiles(
  files: ReadonlyMap<string, string>,
  options: prettier.Options = {},
): Promise<Map<string, string>> {
  const entries = [...files.entries()];
  const formatted = await Promise.all(
    entries.map(async ([path, text]) => {
      let result = "";
      const chunks = splitStatements(text);
      for (const [i, c] of chunks.entries()) {
        try {
          result += await formatStatement(c.text, options);
        } catch (error) {
          throw new Error(`prettier could not format generated ${path}: ${(error as Error).message}`, { cause: error });
        }
        if (i < chunks.length - 1 && c.blankAfter) result += "\n";
      }
      return result;
    }),
  );
  return new Map(entries.map(([path], i) => [path, formatted[i]]));
}

export interface Chunk {
  text: string;
  /** The source had a blank line after this statement. */
  blankAfter: boolean;
}

/** Top-level statements with their leading comments; comments after the last statement form a chunk of their own. */
export function splitStatements(text: string): Chunk[] {
  // Loaded on the first split: emit gives the statements of the files it prints (project.ts).
  const { ts } = tsMorph();
  const file = ts.createSourceFile("x.ts", text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const chunks: Chunk[] = [];
  const blankAfter = (end: number): boolean => /^[^\n]*\n[ \t]*\r?\n/.test(text.slice(end, end + 400));
  for (const s of file.statements) chunks.push({ text: text.slice(s.pos, s.end), blankAfter: blankAfter(s.end) });
  const last = file.statements.length > 0 ? file.statements[file.statements.length - 1].end : 0;
  const tail = text.slice(last);
  if (tail.trim() !== "") {
    if (chunks.length > 0) chunks[chunks.length - 1].blankAfter = blankAfter(last);
    chunks.push({ text: tail, blankAfter: false });
  }
  return chunks;
}

