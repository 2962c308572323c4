/**
 * Prettier over the generated files, in-process (its CLI is ~2× slower), one top-level statement at a time (the
 * cache in generator/cache/format-cache.ts reuses statements; formatting per statement gives the same bytes as
 * formatting the file at once).
 */
import type * as prettier from "prettier";
import { collectGarbage, RELIEF_CHARS } from "./heap-relief.js";
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
  if (text.length > MAX_PRETTIER_STATEMENT)
    return text
      .replace(/^\s*\n/, "")
      .replace(/[ \t]+$/gm, "")
      .replace(/\s*$/, "\n");
  return formatTypeScript(text, options);
}

/** A statement prettier rejected: its index in the input, and prettier's message. */
export class StatementFormatError extends Error {
  constructor(
    readonly index: number,
    message: string,
  ) {
    super(message);
  }
}

/** Statements per prettier call in formatStatementList, and the most text a call gets. */
const GROUP_STATEMENTS = 20;
const GROUP_CHARS = 64_000;
/** The line written between two statements of one call; a statement that holds it is formatted alone. */
const BOUNDARY = "// @docs2ts-statement-boundary";

/**
 * What formatStatement gives for each text, in order; a failing statement throws StatementFormatError with its
 * index. Statements go to prettier in groups, one boundary comment line between two: prettier formats each top-level
 * statement on its own (format-cache.ts) and keeps a line comment on its own line, so cutting the result at the
 * boundaries gives each statement's own formatting, for about 40% of the time of one call per statement (every v1.0
 * and beta statement the same bytes). A group whose result does not cut into as many pieces, or that prettier
 * rejects, is formatted one statement at a time; so are oversized statements and options that change line ends or
 * add pragmas per call.
 */
export async function formatStatementList(texts: readonly string[], options: prettier.Options = {}): Promise<string[]> {
  const out = new Array<string>(texts.length);
  const alone = async (i: number): Promise<void> => {
    try {
      out[i] = await formatStatement(texts[i], options);
    } catch (e) {
      throw new StatementFormatError(i, e instanceof Error ? e.message : String(e));
    }
  };
  const groupable = groupableOptions(options);
  let group: number[] = [];
  let chars = 0;
  const flush = async (): Promise<void> => {
    const members = group;
    group = [];
    chars = 0;
    if (members.length === 1) return alone(members[0]);
    const pieces = await formatGroup(
      members.map((i) => texts[i]),
      options,
    );
    if (pieces) pieces.forEach((p, k) => (out[members[k]] = p));
    else for (const i of members) await alone(i);
  };
  let sinceRelief = 0;
  for (const [i, text] of texts.entries()) {
    sinceRelief += text.length;
    if (sinceRelief > RELIEF_CHARS) {
      collectGarbage();
      sinceRelief = 0;
    }
    if (!groupable || text.length > GROUP_CHARS || text.includes(BOUNDARY)) {
      await alone(i);
      continue;
    }
    if (group.length === GROUP_STATEMENTS || chars + text.length > GROUP_CHARS) await flush();
    group.push(i);
    chars += text.length;
  }
  if (group.length > 0) await flush();
  return out;
}

/** The group's statements formatted and cut apart, or undefined when that cannot be trusted. */
async function formatGroup(texts: readonly string[], options: prettier.Options): Promise<string[] | undefined> {
  let formatted: string;
  try {
    // Each statement as formatStatement hands it to prettier, minus the blank lines around it (prettier drops them).
    formatted = await formatTypeScript(texts.map((t) => t.replace(/^\s*\n/, "").trimEnd()).join(`\n${BOUNDARY}\n`) + "\n", options);
  } catch {
    return undefined;
  }
  const pieces = formatted.split(`\n${BOUNDARY}\n`);
  if (pieces.length !== texts.length) return undefined;
  // A statement alone ends in exactly one newline; between two boundaries prettier may keep a blank line.
  return pieces.map((p) => `${p.replace(/\n+$/, "")}\n`);
}

/** Options under which one call's output cuts into per-statement outputs: "\n" line ends, no per-file pragma. */
function groupableOptions(options: prettier.Options): boolean {
  return (
    (options.endOfLine === undefined || options.endOfLine === "lf" || options.endOfLine === "auto") &&
    !options.insertPragma &&
    !options.requirePragma
  );
}

/** Formats every file; keys and their order are kept. A file prettier rejects fails the run with its path. */
export async function formatFiles(files: ReadonlyMap<string, string>, options: prettier.Options = {}): Promise<Map<string, string>> {
  const entries = [...files.entries()];
  const formatted = await Promise.all(
    entries.map(async ([path, text]) => {
      const chunks = splitStatements(text);
      try {
        return joinChunks(
          chunks,
          await formatStatementList(
            chunks.map((c) => c.text),
            options,
          ),
        );
      } catch (error) {
        throw new Error(`prettier could not format generated ${path}: ${(error as Error).message}`, { cause: error });
      }
    }),
  );
  return new Map(entries.map(([path], i) => [path, formatted[i]]));
}

export interface Chunk {
  text: string;
  /** The source had a blank line after this statement. */
  blankAfter: boolean;
}

/** A file from its chunks' formatted texts: a blank line after each chunk that had one, but the last. */
export function joinChunks(chunks: readonly Chunk[], texts: readonly string[]): string {
  let result = "";
  chunks.forEach((c, i) => {
    result += texts[i];
    if (i < chunks.length - 1 && c.blankAfter) result += "\n";
  });
  return result;
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
