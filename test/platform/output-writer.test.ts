/** Output safety: foreign files untouched, stale generated files removed, a failed run leaves the old output. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OutputConflictError, readManifest, writeOutput } from "../../generator/platform/output-writer.js";
import { tempDirs } from "../support/temp-dirs.js";

const tmp = tempDirs("docs2ts-out-");

describe("writeOutput", () => {
  it("writes only changed files, removes stale generated ones and never touches foreign files", async () => {
    const out = tmp();
    writeFileSync(join(out, "mine.ts"), "user code");
    await writeOutput(
      out,
      new Map([
        ["a.ts", "A"],
        ["sub/b.ts", "B"],
      ]),
    );
    const r = await writeOutput(out, new Map([["a.ts", "A2"]]));
    expect(r).toEqual({ written: ["a.ts"], unchanged: [], removed: ["sub/b.ts"] });
    expect(readFileSync(join(out, "mine.ts"), "utf8")).toBe("user code");
    expect(await readManifest(out)).toEqual(["a.ts"]);
    expect((await writeOutput(out, new Map([["a.ts", "A2"]]))).unchanged).toEqual(["a.ts"]);
  });

  it("refuses to overwrite a file it did not write, and writes nothing then", async () => {
    const out = tmp();
    writeFileSync(join(out, "index.ts"), "user code");
    await expect(
      writeOutput(
        out,
        new Map([
          ["a.ts", "A"],
          ["index.ts", "generated"],
        ]),
      ),
    ).rejects.toBeInstanceOf(OutputConflictError);
    expect(readFileSync(join(out, "index.ts"), "utf8")).toBe("user code");
    expect(existsSync(join(out, "a.ts"))).toBe(false);
  });

  it("leaves the previous output whole when a write fails midway", async () => {
    const out = tmp();
    await writeOutput(
      out,
      new Map([
        ["a.ts", "old A"],
        ["c.ts", "old C"],
      ]),
    );
    // b.ts cannot be staged (a folder is in the way of its temp file), after a.ts was staged and before c.ts.
    const obstacle = `b.ts.${process.pid}.docs2ts-tmp`;
    mkdirSync(join(out, obstacle));
    await expect(
      writeOutput(
        out,
        new Map([
          ["a.ts", "new A"],
          ["b.ts", "B"],
          ["c.ts", "new C"],
        ]),
      ),
    ).rejects.toThrow();
    expect(readFileSync(join(out, "a.ts"), "utf8")).toBe("old A");
    expect(readFileSync(join(out, "c.ts"), "utf8")).toBe("old C");
    expect(readdirSync(out).filter((f) => f.includes("docs2ts-tmp"))).toEqual([obstacle]);
    expect(await readManifest(out)).toEqual(["a.ts", "c.ts"]);
  });

  it("refuses paths outside the output folder", async () => {
    await expect(writeOutput(tmp(), new Map([["../evil.ts", "x"]]))).rejects.toThrow(/outside the output folder/);
  });
});
