/**
 * ts-morph printing statement by statement, with a memory: a statement's text depends on its structure alone (the
 * structures are plain data), so it is kept under a hash of the structure and printed again only when the structure
 * changes. A file is then the statements' texts joined the way ts-morph's `addStatements` joins them (a blank line
 * after a statement ending in `}`, a newline otherwise, a newline at the end), which gives the bytes of one
 * `addStatements` call for the whole file (checked on real output in test/cache/statement-printer.test.ts).
 *
 * Printing whole files was most of an incremental emit (ts-morph prints the text, parses the whole file and updates
 * its node wrappers): a one-page change now prints only the few statements it changed, and the statements a run must
 * print are printed many to a call and cut apart (printStatements).
 */
import { createHash } from "node:crypto";
import type { Project, StatementStructures } from "ts-morph";
import type { Chunk } from "./format.js";
import { collectGarbage } from "./heap-relief.js";

export type Statement = string | StatementStructures;

/** Where printed statements are kept between runs (the cache); a Map for one run. */
export interface PrintMemory {
  get(key: string): string | undefined;
  set(key: string, text: string): void;
}

export interface PrintStats {
  printed: number;
  reused: number;
}

export class StatementPrinter {
  readonly stats: PrintStats = { printed: 0, reused: 0 };
  /** Keys used in this run, so the caller can keep only those (the cache does not grow with every edit). */
  readonly used = new Map<string, string>();

  /**
   * `project` is where statements are printed; a function gives it on the first print (emit passes one that loads
   * ts-morph then, so a run that prints nothing here never loads it).
   */
  constructor(
    private project: Project | (() => Project),
    private readonly memory: PrintMemory = new Map(),
  ) {}

  /** The memory's key of a statement: a hash of its structure (plain data) or text. */
  static key(statement: Statement): string {
    return createHash("sha256")
      .update(typeof statement === "string" ? `s${statement}` : `j${JSON.stringify(statement)}`)
      .digest("base64url");
  }

  /**
   * Prints, with `printMany` (another thread: statement-print-thread.ts, or printHere), the statements neither this
   * run nor the memory holds, each once, so that printing the files afterwards finds every text. Counted as printed.
   */
  async prefetch(statements: Iterable<Statement>, printMany: (statements: Statement[]) => Promise<string[]>): Promise<void> {
    const missing = new Map<string, Statement>();
    for (const s of statements) {
      const key = this.keyOf(s);
      if (!missing.has(key) && !this.used.has(key) && this.memory.get(key) === undefined) missing.set(key, s);
    }
    if (missing.size === 0) return;
    let texts: string[];
    try {
      texts = await printMany([...missing.values()]);
    } catch {
      // The other thread is an optimisation: print() prints what it did not.
      return;
    }
    [...missing.keys()].forEach((key, i) => {
      this.memory.set(key, texts[i]);
      this.used.set(key, texts[i]);
      this.fresh.add(key);
    });
  }

  /** printStatements in this thread (loading ts-morph then, if it is not yet): a prefetch's `printMany` here. */
  printHere(statements: readonly Statement[]): string[] {
    if (typeof this.project === "function") this.project = this.project();
    return printStatements(this.project, statements);
  }

  /** Keys of structures met before in this run: a statement is hashed once even when prefetched. */
  private readonly keys = new WeakMap<object, string>();
  /** Keys printed by prefetch and not yet counted. */
  private readonly fresh = new Set<string>();

  private keyOf(statement: Statement): string {
    if (typeof statement === "string") return StatementPrinter.key(statement);
    let key = this.keys.get(statement);
    if (key === undefined) this.keys.set(statement, (key = StatementPrinter.key(statement)));
    return key;
  }

  /**
   * The statement's text as `addStatements` prints it after another statement: whether it wants a blank line before
   * it (some printers ask for one, others do not) and its text (ending in a newline).
   */
  print(statement: Statement): PrintedStatement {
    const key = this.keyOf(statement);
    let text = this.used.get(key) ?? this.memory.get(key);
    if (text === undefined) {
      if (typeof this.project === "function") this.project = this.project();
      text = printStatement(this.project, statement);
      this.memory.set(key, text);
      this.stats.printed++;
    } else if (this.fresh.delete(key)) this.stats.printed++;
    else this.stats.reused++;
    this.used.set(key, text);
    const blankBefore = text.startsWith("\n\n");
    return { blankBefore, text: text.replace(/^\n+/, "") };
  }

  /**
   * The statements as one `addStatements` call on an empty file prints them, and as chunks for the formatter
   * (format-cache.ts): each printed statement with whether a blank line follows it, so formatting needs no parse of
   * the file to find them.
   */
  printFileChunks(statements: readonly Statement[]): { text: string; chunks: Chunk[] } {
    const printed = statements.map((s) => this.print(s));
    const text = joinStatements(printed);
    const chunks = printed.map((p, i) => ({
      text: p.text,
      blankAfter:
        i < printed.length - 1 && (printed[i + 1].blankBefore || lastNonWhitespace(p.text) === "}" || /\n[ \t]*\n\s*$/.test(p.text)),
    }));
    return { text, chunks };
  }
}

const PLACEHOLDER = "x;";

/** Statements printed per file by printStatements: one `addStatements` call each (its cost grows with the file). */
const BULK = 200;
/** Statements printed between two garbage collections (a cold v1.0 run prints ~4,600). */
const RELIEF_STATEMENTS = 10 * BULK;
/** Marks where each statement starts in a bulk print; an expression statement no generator code writes. */
const MARK = "__docs2ts_statement__;";

/**
 * The texts printStatement gives, for many statements at once: a statement-by-statement print costs ts-morph a source
 * file each, and printing a cold run's 4,500 statements that way took twice as long as printing them together. Each
 * statement is printed after a mark statement that does not end in `}` (so the separator before it is its own, as
 * after printStatement's placeholder) and cut out between marks; a batch whose cut pieces do not join back into the
 * printed text exactly (joinStatements) is printed statement by statement instead.
 */
export function printStatements(project: Project, statements: readonly Statement[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < statements.length; i += BULK) {
    // Every source file printed and dropped leaves ts-morph and TypeScript garbage: a cold run collects it now and
    // then (heap-relief.ts) rather than letting the heap grow by a few hundred MB.
    if (i > 0 && i % RELIEF_STATEMENTS === 0) collectGarbage();
    const batch = statements.slice(i, i + BULK);
    out.push(...(printBatch(project, batch) ?? batch.map((st) => printStatement(project, st))));
  }
  return out;
}

function printBatch(project: Project, batch: readonly Statement[]): string[] | undefined {
  const file = project.createSourceFile("/__statements__.ts", "", { overwrite: true });
  file.addStatements(batch.flatMap((st) => [MARK, st]));
  const text = file.getFullText();
  // The marks' ends, from the syntax tree (no ts-morph wrappers): each statement runs from its mark's end to the next
  // mark's start (that mark's leading trivia is the separator ts-morph wrote after the statement).
  const marks = file.compilerNode.statements.filter((n) => text.slice(n.getStart(file.compilerNode), n.end) === MARK);
  project.removeSourceFile(file);
  if (marks.length !== batch.length) return undefined;
  const texts = marks.map((m, k) => {
    const piece = text.slice(m.end, k + 1 < marks.length ? marks[k + 1].pos : text.length);
    // What printStatement gives: the statement's separator, its text, a newline at the end of the file.
    return piece.endsWith("\n") ? piece : `${piece}\n`;
  });
  const rejoined = joinStatements(
    texts.flatMap((t) => [
      { blankBefore: false, text: MARK },
      { blankBefore: t.startsWith("\n\n"), text: t.replace(/^\n+/, "") },
    ]),
  );
  return rejoined === text ? texts : undefined;
}

/**
 * One statement's text as `addStatements` prints it after another statement. Printed after a placeholder statement
 * that does not end in `}`: the separator ts-morph writes is then the statement's own (a blank line or a newline).
 */
export function printStatement(project: Project, statement: Statement): string {
  const file = project.createSourceFile("/__statement__.ts", "", { overwrite: true });
  file.addStatements([PLACEHOLDER, statement]);
  const text = file.getFullText().slice(PLACEHOLDER.length);
  project.removeSourceFile(file);
  return text;
}

export interface PrintedStatement {
  /** The printer asks for a blank line before the statement (unless it is the first). */
  blankBefore: boolean;
  text: string;
}

/**
 * ts-morph's StatementedNode printing: before each statement but the first, a blank line after a statement whose
 * text ends in `}` or when the statement asks for one, else a newline; a newline at the end.
 */
export function joinStatements(printed: readonly PrintedStatement[]): string {
  // Parts and the last characters written: testing the end of a growing 2 MB string flattens it every time.
  const parts: string[] = [];
  let tail = "";
  const write = (text: string): void => {
    parts.push(text);
    tail = (tail + text).slice(-TAIL);
  };
  for (const p of printed) {
    if (parts.length > 0) write(separator(tail, p.blankBefore || lastNonWhitespace(tail) === "}"));
    write(p.text);
  }
  if (parts.length > 0 && !tail.endsWith("\n")) write("\n");
  return parts.join("");
}

/** Enough of the end to see the last non-space character (statements do not end in this much whitespace). */
const TAIL = 256;

function lastNonWhitespace(text: string): string {
  const m = /\S\s*$/.exec(text);
  return m ? m[0][0] : "";
}

/** What brings the text to a line end (or a blank line): ts-morph's newLineIfLastNot / blankLineIfLastNot. */
function separator(tail: string, blank: boolean): string {
  if (!blank) return tail.endsWith("\n") ? "" : "\n";
  return tail.endsWith("\n\n") ? "" : tail.endsWith("\n") ? "\n" : "\n\n";
}
