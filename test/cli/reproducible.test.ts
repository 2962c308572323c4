/**
 * Byte-identical output from any checkout: the same docs and config under two different absolute roots give the same
 * files, and `check` still passes after the project moves to another absolute path.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { SEED_PATH } from "../seed.js";

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A package at <tmp>/<name>/pkg: docs/ with the seed page and the repo's fixture pages, and a config file. */
function project(name: string): string {
  const root = mkdtempSync(join(tmpdir(), `docs2ts-${name}-`));
  roots.push(root);
  const pkg = join(root, "deeper", "pkg");
  mkdirSync(join(pkg, "docs"), { recursive: true });
  cpSync("test/tools/examples/fixtures/pages", join(pkg, "docs"), { recursive: true });
  cpSync(SEED_PATH, join(pkg, "docs", "seed.md"));
  writeFileSync(join(pkg, "docs2ts.config.json"), JSON.stringify({ input: ["docs"], out: "gen", cacheDir: false }));
  return pkg;
}

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

describe("output from two checkouts", () => {
  it("is byte-identical when the same config runs under two absolute roots (run from elsewhere with --config)", async () => {
    const a = project("root-a");
    const b = project("root-b-longer-name");
    const ra = await runCli(["generate", "--config", join(a, "docs2ts.config.json")]);
    const rb = await runCli(["generate", "--config", join(b, "docs2ts.config.json")]);
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    const fa = files(join(a, "gen"));
    const fb = files(join(b, "gen"));
    expect([...fa.keys()].sort()).toEqual([...fb.keys()].sort());
    expect(fa.size).toBeGreaterThan(4);
    for (const [k, v] of fa) expect(v.equals(fb.get(k)!), k).toBe(true);
    // The page paths in doc comments and in the diagnostics are the config folder's relative paths.
    const models = fa.get(join("models", "microsoft.graph.ts"))!.toString("utf8");
    expect(models).toMatch(/Source: docs\/resources\/widget\.md:\d+/);
    expect(models).not.toContain(tmpdir());
    expect(ra.stderr).toContain("docs/seed.md:");
    expect(ra.stderr.replace(/ in [\d.]+ s/g, "")).toBe(rb.stderr.replace(/ in [\d.]+ s/g, ""));
    // The working directory stays where it was.
    expect(process.cwd()).toBe(join(__dirname, "..", ".."));
  });

  it("passes check after the output folder and the docs move to another absolute path", async () => {
    const pkg = project("moved");
    // Absolute flags, no config file: paths are written relative to the working directory (the run's folder).
    rmSync(join(pkg, "docs2ts.config.json"));
    writeFileSync(join(pkg, "docs2ts.config.json"), JSON.stringify({ cacheDir: false }));
    const abs = (p: string): string => join(pkg, p);
    const g = await runCli(["generate", "--config", abs("docs2ts.config.json"), "--input", abs("docs"), "--out", abs("gen")]);
    expect(g.code, g.stderr).toBe(0);
    const moved = join(pkg, "..", "..", "moved-elsewhere");
    renameSync(pkg, moved);
    const m = (p: string): string => join(moved, p);
    const c = await runCli(["check", "--config", m("docs2ts.config.json"), "--input", m("docs"), "--out", m("gen")]);
    expect(c.code, c.stdout + c.stderr).toBe(0);
    expect(c.stdout).toContain("up to date");
    // And a moved page does show up as drift: check is not blind.
    renameSync(m("docs/seed.md"), m("docs/seed-renamed.md"));
    const d = await runCli(["check", "--config", m("docs2ts.config.json"), "--input", m("docs"), "--out", m("gen")]);
    expect(d.code).toBe(1);
  });
});
