/**
 * Formatting on worker threads gives the bytes of formatting in this thread, in input order. Under vitest the
 * sources are TypeScript without a loader for workers, so the pool formats here; the compiled build (dist/, made by
 * `npm test`) runs real workers.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatStatement } from "../../../generator/emit/print/format.js";
import { formatStatements, MIN_STATEMENTS_FOR_WORKERS, StatementFormatError } from "../../../generator/emit/print/format-pool.js";

const dist = new URL("../../../dist/generator/emit/print/format-pool.js", import.meta.url);

const statements = Array.from({ length: MIN_STATEMENTS_FOR_WORKERS + 20 }, (_, i) =>
  i % 3 === 0
    ? `/** Doc ${i}. */\nexport interface T${i} {a:string;b?:number|null}`
    : i % 3 === 1
      ? `export type U${i}='a'|'b'`
      : `export const v${i}=[${i},'x'] as const`,
);

describe("formatStatements", () => {
  it("formats in this thread when workers cannot run, in input order", async () => {
    const expected = await Promise.all(statements.map((s) => formatStatement(s)));
    expect(await formatStatements(statements, {}, { workers: 2 })).toEqual(expected);
  });

  it("names the statement prettier rejects", async () => {
    await expect(formatStatements(["export const a = 1", "export const = ;"], {})).rejects.toMatchObject({ index: 1 });
    await expect(formatStatements(["export const = ;"], {})).rejects.toBeInstanceOf(StatementFormatError);
  });

  it.skipIf(!existsSync(dist))("formats on worker threads from the build with the same bytes", async () => {
    const built = (await import(dist.href)) as typeof import("../../../generator/emit/print/format-pool.js");
    const expected = await Promise.all(statements.map((s) => formatStatement(s, { printWidth: 60 })));
    expect(await built.formatStatements(statements, { printWidth: 60 }, { workers: 2 })).toEqual(expected);
    const bad = [...statements];
    bad[MIN_STATEMENTS_FOR_WORKERS + 5] = "export const = ;";
    await expect(built.formatStatements(bad, {}, { workers: 2 })).rejects.toMatchObject({ index: MIN_STATEMENTS_FOR_WORKERS + 5 });
  });
});
