/** formatStatementList: many statements per prettier call, the same bytes as one call per statement. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatStatement, formatStatementList, StatementFormatError } from "../../../generator/emit/print/format.js";

const samples = [
  'import type { A } from "./a.js";',
  "\n\n/** A doc comment with // slashes and a boundary-looking line:\n * // @docs2ts-statement-boundary\n */\nexport interface I { a?: string; b: number[] }",
  "export type T = 'x'|'y'|'a-very-long-literal-that-makes-the-union-wrap-past-the-print-width-of-one-hundred-and-twenty'|'z';",
  "// a comment line",
  "export const v = [ 'a', 'b' ] as const;",
  "export async function f(c: Client, options?: { a?: string }): Promise<void> { const x = 1; return; }",
  "export enum E { A = 'a', B = 'b' }",
  "// @docs2ts-statement-boundary\nexport const w = 1;",
  "export function g() {\n\n\n  return `a\n// @docs2ts-statement-boundary\nb`;\n}",
];

const alone = (texts: readonly string[], options = {}) => Promise.all(texts.map((t) => formatStatement(t, options)));

describe("formatStatementList", () => {
  it("gives each statement the text formatStatement gives it alone, in order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...samples), { maxLength: 45 }), async (seq) => {
        expect(await formatStatementList(seq)).toEqual(await alone(seq));
      }),
      { numRuns: 40, seed: 3 },
    );
  });

  it("keeps per-statement results under options that change line ends", async () => {
    const options = { endOfLine: "crlf" as const, printWidth: 60 };
    expect(await formatStatementList(samples, options)).toEqual(await alone(samples, options));
  });

  it("names the statement prettier rejects, also inside a group", async () => {
    const texts = ["export const a = 1;", "export const b = 2;", "export const = ;", "export const c = 3;"];
    const error = await formatStatementList(texts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatementFormatError);
    expect((error as StatementFormatError).index).toBe(2);
  });
});
