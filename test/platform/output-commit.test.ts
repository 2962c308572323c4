/** The commit protocol: an unfinished commit is undone (staging) or completed (committing); stale locks and temps go. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { JOURNAL, LOCK, writeJournal } from "../../generator/platform/output-commit.js";
import { readManifest, recoverOutput, writeOutput } from "../../generator/platform/output-writer.js";
import { tempDirs } from "../support/temp-dirs.js";

const tmp = tempDirs("docs2ts-commit-");
const DEAD_PID = 2 ** 22 + 12345; // above Linux's pid_max: never a live process

async function oldOutput(): Promise<string> {
  const out = tmp();
  await writeOutput(
    out,
    new Map([
      ["a.ts", "old A"],
      ["gone.ts", "old gone"],
    ]),
  );
  return out;
}

describe("recoverOutput", () => {
  it("does nothing and writes nothing on a healthy folder", async () => {
    const out = await oldOutput();
    const before = readdirSync(out).sort();
    expect(await recoverOutput(out)).toBe("none");
    expect(readdirSync(out).sort()).toEqual(before);
  });

  it("undoes a commit killed while staging: temp files removed, the old output untouched", async () => {
    const out = await oldOutput();
    writeFileSync(join(out, `a.ts.${DEAD_PID}.docs2ts-tmp`), "new A");
    await writeJournal(out, {
      state: "staging",
      moves: [{ tmp: `a.ts.${DEAD_PID}.docs2ts-tmp`, target: "a.ts" }],
      remove: ["gone.ts"],
      manifest: JSON.stringify({ generator: "docs2ts", files: ["a.ts"] }),
    });
    writeFileSync(join(out, LOCK), String(DEAD_PID));
    expect(await recoverOutput(out)).toBe("undone");
    expect(readFileSync(join(out, "a.ts"), "utf8")).toBe("old A");
    expect(readFileSync(join(out, "gone.ts"), "utf8")).toBe("old gone");
    expect(readdirSync(out).sort()).toEqual([".docs2ts-manifest.json", "a.ts", "gone.ts"]);
  });

  it("completes a commit killed after its commit point, also when some renames were done", async () => {
    const out = await oldOutput();
    writeFileSync(join(out, `b.ts.${DEAD_PID}.docs2ts-tmp`), "new B");
    writeFileSync(join(out, "a.ts"), "new A"); // a.ts was renamed before the kill
    await writeJournal(out, {
      state: "committing",
      moves: [
        { tmp: `a.ts.${DEAD_PID}.docs2ts-tmp`, target: "a.ts" },
        { tmp: `b.ts.${DEAD_PID}.docs2ts-tmp`, target: "b.ts" },
      ],
      remove: ["gone.ts"],
      manifest: JSON.stringify({ generator: "docs2ts", files: ["a.ts", "b.ts"] }) + "\n",
    });
    expect(await recoverOutput(out)).toBe("completed");
    expect(readFileSync(join(out, "a.ts"), "utf8")).toBe("new A");
    expect(readFileSync(join(out, "b.ts"), "utf8")).toBe("new B");
    expect(existsSync(join(out, "gone.ts"))).toBe(false);
    expect(await readManifest(out)).toEqual(["a.ts", "b.ts"]);
    expect(readdirSync(out).sort()).toEqual([".docs2ts-manifest.json", "a.ts", "b.ts"]);
  });

  it("treats a corrupt journal as an unfinished staging, and removes stale temps next to generated files", async () => {
    const out = await oldOutput();
    writeFileSync(join(out, JOURNAL), "{ not json");
    writeFileSync(join(out, `a.ts.${DEAD_PID}.docs2ts-tmp`), "half");
    expect(await recoverOutput(out)).toBe("undone");
    expect(readdirSync(out).sort()).toEqual([".docs2ts-manifest.json", "a.ts", "gone.ts"]);
  });

  it("a writer takes over a lock whose process is gone, and removes temps left without a journal", async () => {
    const out = await oldOutput();
    writeFileSync(join(out, LOCK), String(DEAD_PID));
    writeFileSync(join(out, `gone.ts.${DEAD_PID}.docs2ts-tmp`), "half");
    const r = await writeOutput(out, new Map([["a.ts", "new A"]]));
    expect(r).toEqual({ written: ["a.ts"], unchanged: [], removed: ["gone.ts"] });
    expect(readdirSync(out).sort()).toEqual([".docs2ts-manifest.json", "a.ts"]);
  });

  it("two writers in one process take turns: the folder holds exactly one run's output", async () => {
    const out = tmp();
    const one = new Map([...Array(20).keys()].map((i) => [`f${i}.ts`, `one ${i}`]));
    const two = new Map([...Array(20).keys()].map((i) => [`f${i}.ts`, `two ${i}`]));
    await Promise.all([writeOutput(out, one), writeOutput(out, two)]);
    const texts = new Set([...one.keys()].map((f) => readFileSync(join(out, f), "utf8").split(" ")[0]));
    expect(texts.size).toBe(1);
    expect(readdirSync(out).filter((f) => f.startsWith(".docs2ts-") && f !== ".docs2ts-manifest.json")).toEqual([]);
  });
});
