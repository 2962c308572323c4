/**
 * Fault injection (issue 15): a real `generate` child process is killed with SIGKILL at seeded random points while
 * it replaces output A by output B, and after each kill the next run (`check`, which recovers first) must leave the
 * folder holding exactly A's or exactly B's output, which `check` then accepts. Half the kills land at a random
 * file-system step of the commit (DOCS2TS_TEST_KILL_AT_STEP, the only way to hit the few milliseconds of the rename
 * phase reliably), half at a random time of the run.
 *
 * A few kills in CI; a local run: `DOCS2TS_KILL_RUNS=50 npx vitest run test/hostile/kill.test.ts` (after
 * `npm run build`; `DOCS2TS_KILL_SEED` picks another seed). The counts are printed.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, lstatSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDirs } from "../support/temp-dirs.js";
import { seededRandom as random } from "../support/seeded-random.js";

const CLI = join("dist", "generator", "cli", "main.js");
const RUNS = Number(process.env.DOCS2TS_KILL_RUNS ?? 4);
const SEED = Number(process.env.DOCS2TS_KILL_SEED ?? 15_2026);
const tmp = tempDirs("docs2ts-kill-");

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
}

function run(args: string[], env: Record<string, string> = {}, killAfterMs?: number): Promise<Exit> {
  const started = Date.now();
  const child = spawn(process.execPath, [CLI, ...args], { stdio: "ignore", env: { ...process.env, ...env } });
  const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill("SIGKILL"), killAfterMs);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, ms: Date.now() - started });
    });
  });
}

/** Every file under `dir` (not following links) → its text. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = lstatSync(p);
      if (s.isDirectory()) walk(p);
      else files.set(relative(dir, p), s.isFile() ? readFileSync(p, "utf8") : "<not a file>");
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}

function same(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

/** Version B of the seed pages: real descriptions instead of the TODO placeholders, and one type fewer. */
function versionB(dir: string): string {
  cpSync("input-docs", dir, { recursive: true });
  rmSync(join(dir, "api", "board-getsummary.md"));
  rmSync(join(dir, "resources", "boardsummary.md"));
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (lstatSync(p).isDirectory()) walk(p);
      else writeFileSync(p, readFileSync(p, "utf8").replaceAll("**TODO: Add Description**", "Documented."));
    }
  };
  walk(dir);
  return dir;
}

describe.skipIf(!existsSync(CLI))("a generate killed at any moment", () => {
  it(`is recovered by the next run: ${RUNS} seeded kills`, { timeout: 120_000 + 3 * RUNS * 40_000 }, async () => {
    const root = tmp();
    const inputs = { A: "input-docs", B: versionB(join(root, "b")) };
    const cache = join(root, "cache");
    const args = (cmd: string, input: string, out: string): string[] => [
      cmd,
      "--input",
      input,
      "--out",
      out,
      "--file-layout",
      "type",
      "--cache-dir",
      cache,
    ];
    const refs = { A: snapshot(""), B: snapshot("") };
    let fullRunMs = 0;
    for (const v of ["A", "B"] as const) {
      const r = await run(args("generate", inputs[v], join(root, `ref-${v}`)));
      expect(r.signal).toBeNull();
      fullRunMs = Math.max(fullRunMs, r.ms);
      refs[v] = snapshot(join(root, `ref-${v}`));
    }
    expect(same(refs.A, refs.B)).toBe(false);
    const out = join(root, "out");
    cpSync(join(root, "ref-A"), out, { recursive: true });
    let current: "A" | "B" = "A";
    const rand = random(SEED);
    const counts = { kills: 0, oldComplete: 0, newComplete: 0, repairedToOld: 0, repairedToNew: 0, finishedBeforeKill: 0 };
    const commitSteps = 2 * Math.max(refs.A.size, refs.B.size) + 12;
    // Until RUNS runs were really killed (a kill point after the run's end lets it finish; counted apart).
    for (let i = 0; counts.kills < RUNS && i < 3 * RUNS; i++) {
      const next: "A" | "B" = current === "A" ? "B" : "A";
      const byStep = i % 2 === 0;
      const at = byStep ? 1 + Math.floor(rand() * commitSteps) : Math.floor(rand() * fullRunMs);
      const r = await run(
        args("generate", inputs[next], out),
        byStep ? { DOCS2TS_TEST_KILL_AT_STEP: String(at) } : {},
        byStep ? undefined : at,
      );
      if (r.signal === "SIGKILL") counts.kills++;
      else counts.finishedBeforeKill++;
      const before = snapshot(out);
      const beforeState = same(before, refs[current]) ? "old" : same(before, refs[next]) ? "new" : "unfinished";
      // The next run: check recovers first, then compares.
      const checked = await run(args("check", inputs[next], out));
      const after = snapshot(out);
      const afterState = same(after, refs[current]) ? "old" : same(after, refs[next]) ? "new" : "mixed";
      expect(afterState, `kill ${i} (${byStep ? `step ${at}` : `${at} ms`}): ${[...after.keys()].join(", ")}`).not.toBe("mixed");
      if (afterState === "new") expect(checked.code, `check after kill ${i}`).toBe(0);
      else expect((await run(args("check", inputs[current], out))).code, `check after kill ${i}`).toBe(0);
      if (beforeState === "old") counts.oldComplete++;
      else if (beforeState === "new") counts.newComplete++;
      else if (afterState === "old") counts.repairedToOld++;
      else counts.repairedToNew++;
      if (afterState === "new") current = next;
    }
    process.stderr.write(`kill test (seed ${SEED}): ${JSON.stringify(counts)}\n`);
    expect(counts.kills).toBe(RUNS);
  });
});
