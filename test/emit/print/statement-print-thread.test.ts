import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { formatStatement, splitStatements } from "../../../generator/emit/print/format.js";
import { formatStatements } from "../../../generator/emit/print/format-pool.js";
import { emitTypeScript, runtimeExports } from "../../../generator/emit/typescript/project.js";
import { startPrintThread } from "../../../generator/emit/print/statement-print-thread.js";
import { richModel } from "../model-fixtures.js";

const runtime = readFileSync(new URL("../../../templates/runtime.ts", import.meta.url), "utf8");
// The TS worker through tsx, as the build runs the compiled one.
const thread = startPrintThread({ fromSource: true })!;
afterAll(() => thread.close());

describe("the statement print thread", () => {
  it("gives the files emit prints in this thread, and prints there only what the memory lacks", async () => {
    const here = await emitTypeScript(richModel(), { runtimeSource: runtime, skipFormat: true });
    const memory = new Map<string, string>();
    const stats = { printed: 0, reused: 0 };
    const there = await emitTypeScript(richModel(), {
      runtimeSource: runtime,
      skipFormat: true,
      printMemory: memory,
      printStats: stats,
      printMany: thread.print,
      runtimeExports: await thread.runtimeExports(runtime),
    });
    expect(there).toEqual(here);
    expect(stats.printed).toBe(memory.size);
    let asked = 0;
    const again = { printed: 0, reused: 0 };
    const counting = (s: Parameters<typeof thread.print>[0]) => ((asked += s.length), thread.print(s));
    await emitTypeScript(richModel(), {
      runtimeSource: runtime,
      skipFormat: true,
      printMemory: memory,
      printStats: again,
      printMany: counting,
    });
    expect([asked, again.printed, again.reused]).toEqual([0, 0, stats.printed + stats.reused]);
  }, 60_000);

  it("names the runtime's exports and splits files as this thread does", async () => {
    expect(await thread.runtimeExports(runtime)).toEqual(runtimeExports(runtime));
    expect(await thread.split(runtime)).toEqual(splitStatements(runtime));
  }, 60_000);

  it("formats as this thread does, and a statement prettier rejects is still named by this thread", async () => {
    const texts = ["const   a = {b:1}", "export   interface X { y?: string|null }"];
    const here = await Promise.all(texts.map((t) => formatStatement(t, { printWidth: 40 })));
    expect(await thread.format(texts, { printWidth: 40 })).toEqual(here);
    expect(await formatStatements(texts, { printWidth: 40 }, { formatMany: thread.format })).toEqual(here);
    await expect(formatStatements(["const ok = 1;", "const = ;"], {}, { formatMany: thread.format })).rejects.toMatchObject({ index: 1 });
  }, 60_000);

  it("is not needed: a failed print leaves the statements to this thread", async () => {
    const failing = () => Promise.reject(new Error("gone"));
    const here = await emitTypeScript(richModel(), { runtimeSource: runtime, skipFormat: true });
    expect(await emitTypeScript(richModel(), { runtimeSource: runtime, skipFormat: true, printMany: failing })).toEqual(here);
  }, 60_000);
});
