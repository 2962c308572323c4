/**
 * Pay only for what runs: `--help`, `--version`, a generate with nothing changed and a check with nothing changed
 * load neither ts-morph, prettier nor remark. The CLI of the build (dist/, made by `npm test`) runs as a child with a
 * module-load hook that records every module it loads (ES modules through the hook, CommonJS ones from the require
 * cache at exit); a cold generate, traced the same way, shows the trace sees those modules when they do load.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const bin = resolve("dist/generator/cli/main.js");
const root = mkdtempSync(join(tmpdir(), "docs2ts-imports-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const hook = join(root, "hook.mjs");
const preload = join(root, "preload.mjs");
writeFileSync(
  hook,
  `import { appendFileSync } from "node:fs";
export async function load(url, context, next) {
  appendFileSync(process.env.DOCS2TS_TRACE, url + "\\n");
  return next(url, context);
}
`,
);
writeFileSync(
  preload,
  `import { appendFileSync } from "node:fs";
import { createRequire, register } from "node:module";
register(${JSON.stringify(new URL(`file://${hook}`).href)});
const cache = createRequire(import.meta.url).cache;
process.on("exit", () => appendFileSync(process.env.DOCS2TS_TRACE, Object.keys(cache).join("\\n") + "\\n"));
`,
);

const HEAVY: Record<string, RegExp> = {
  "ts-morph": /node_modules[\\/](ts-morph|@ts-morph[\\/]common)[\\/]/,
  prettier: /node_modules[\\/]prettier[\\/]/,
  remark: /node_modules[\\/](remark-parse|remark-gfm|unified|micromark|mdast-util-from-markdown)[\\/]/,
};

let traces = 0;
/** Runs the CLI with `args` in `root`; returns its exit code, stderr, and every module it loaded. */
function traced(args: string[]): { status: number | null; stderr: string; loaded: string[] } {
  const trace = join(root, `trace-${traces++}.txt`);
  writeFileSync(trace, "");
  const r = spawnSync(process.execPath, ["--import", preload, bin, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, DOCS2TS_TRACE: trace },
  });
  return { status: r.status, stderr: r.stderr, loaded: readFileSync(trace, "utf8").split("\n").filter(Boolean) };
}

function heavyLoaded(loaded: readonly string[]): string[] {
  return Object.entries(HEAVY)
    .filter(([, re]) => loaded.some((m) => re.test(m)))
    .map(([name]) => name);
}

describe.skipIf(!existsSync(bin))("start-up imports of the CLI (dist/)", () => {
  const docs = join(root, "docs");
  const flags = ["--input", docs, "--out", join(root, "out"), "--cache-dir", join(root, "cache")];
  let cold: ReturnType<typeof traced>;

  beforeAll(() => {
    cpSync("input-docs", docs, { recursive: true });
    cold = traced(["generate", ...flags, "--workers", "0"]);
  });

  it("sees ts-morph, prettier and remark when a cold generate loads them (the trace works)", () => {
    expect(cold.status, cold.stderr).not.toBe(2);
    expect(heavyLoaded(cold.loaded)).toEqual(["ts-morph", "prettier", "remark"]);
    expect(cold.loaded.some((m) => m.endsWith("/cli/main.js"))).toBe(true);
  });

  it.each([[["--help"]], [["--version"]], [["generate", "--help"]]])("%j loads none of them", (args) => {
    const r = traced(args);
    expect(r.loaded.some((m) => m.endsWith("/cli/program.js"))).toBe(true);
    expect(heavyLoaded(r.loaded)).toEqual([]);
  });

  it("a generate with nothing changed loads none of them", () => {
    const r = traced(["generate", ...flags, "--stats"]);
    expect(r.stderr).toMatch(/up to date/);
    expect(heavyLoaded(r.loaded)).toEqual([]);
  });

  it("a check with nothing changed loads none of them", () => {
    const r = traced(["check", ...flags]);
    expect(r.status, r.stderr).toBe(0);
    expect(heavyLoaded(r.loaded)).toEqual([]);
  });
});
