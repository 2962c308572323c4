/**
 * One configuration for every command: in a package whose docs2ts.config.json names the pages, model, examples,
 * validate and metadata read them too (from the package folder, or from anywhere with --config). And the terminal
 * behaviour: a summary line per run, --quiet, a no-op rerun that prints no warnings unless --verbose, --version.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { SEED_PATH } from "../seed.js";

const root = mkdtempSync(join(tmpdir(), "docs2ts-configured-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const pkg = join(root, "packages", "types");
mkdirSync(join(pkg, "api-docs"), { recursive: true });
cpSync("test/tools/examples/fixtures/pages", join(pkg, "api-docs"), { recursive: true });
const config = join(pkg, "docs2ts.config.json");
writeFileSync(config, JSON.stringify({ input: ["api-docs"], out: "src/generated", cacheDir: ".cache" }));

describe("a configured package", () => {
  it("model --config reads the config's pages (not input-docs)", async () => {
    const r = await runCli(["model", "--config", config]);
    expect(r.code, r.stderr).toBe(0);
    const model = JSON.parse(r.stdout) as { types: { name: string; source: { file: string } }[] };
    expect(model.types.map((t) => t.name)).toContain("widget");
    expect(model.types.find((t) => t.name === "widget")?.source.file).toBe("api-docs/resources/widget.md");
    expect(r.stderr).toMatch(/^docs2ts: 7 pages → 0 files \(\d+ types, \d+ endpoints\), 0 errors, \d+ warnings? in [\d.]+ s$/m);
  });

  it("examples --config replays the config's pages", async () => {
    const r = await runCli(["examples", "--config", config]);
    // The fixtures hold one deliberate failure (exit 1); "input not found" would be exit 2.
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toContain("api-docs/api/widget-measure.md:");
    expect(r.stdout).toMatch(/\d+ passed, 1 failed, \d+ skipped\n$/);
    expect(Number(/(\d+) passed/.exec(r.stdout)?.[1])).toBeGreaterThan(2);
  });

  it("validate and metadata --config read the same pages; the cache goes where the config says", async () => {
    const v = await runCli(["validate", "--config", config]);
    // The fixtures hold deliberate example errors (exit 1), located in the config's pages.
    expect(v.code, v.stderr).toBe(1);
    expect(v.stderr).toContain("api-docs/api/widget-post.md:");
    expect(v.stderr).toMatch(/docs2ts validate: [1-9]\d* example bodies/);
    const m = await runCli(["metadata", "--config", config, "--format", "csdl-json"]);
    expect(m.code, m.stderr).toBe(0);
    expect(m.stdout).toContain('"widget"');
    expect(existsSync(join(pkg, ".cache"))).toBe(true);
  });

  it("rejects a config with unknown keys for every command, listing each with a suggestion", async () => {
    const bad = join(root, "bad.json");
    writeFileSync(bad, JSON.stringify({ input: ["x"], enumstyle: "enum", ouput: "gen" }));
    for (const command of ["model", "examples", "validate", "metadata", "generate", "check"]) {
      const r = await runCli([command, "--config", bad]);
      expect(r.code, command).toBe(2);
      expect(r.stderr).toContain('unknown fields "enumstyle" (did you mean "enumStyle"?), "ouput" (did you mean "out"?)');
    }
  });
});

describe("terminal output", () => {
  const seedDir = join(root, "seed");
  mkdirSync(seedDir);
  cpSync(SEED_PATH, join(seedDir, "seed.md"));
  const seedConfig = join(seedDir, "docs2ts.config.json");
  writeFileSync(seedConfig, JSON.stringify({ input: ["seed.md"], out: "out", cacheDir: ".cache" }));
  const warningLines = (s: string): string[] => s.split("\n").filter((l) => l.includes(" - warning "));

  it("ends a run with one summary line; a no-op rerun prints no warnings unless --verbose, and says they are unchanged", async () => {
    const first = await runCli(["generate", "--config", seedConfig]);
    expect(first.code).toBe(0);
    expect(warningLines(first.stderr)).toHaveLength(17);
    const lines = first.stderr.trimEnd().split("\n");
    expect(lines.at(-1)).toMatch(
      /^docs2ts: 1 page → \d+ files \(\d+ types, \d+ endpoints\), \d+ written, 0 errors, 17 warnings in [\d.]+ s$/,
    );
    const again = await runCli(["generate", "--config", seedConfig]);
    expect(again.code).toBe(0);
    expect(warningLines(again.stderr)).toHaveLength(0);
    expect(again.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(again.stderr).toMatch(/up to date, 0 written, 0 errors, 17 warnings unchanged \(--verbose shows them\) in/);
    const verbose = await runCli(["generate", "--config", seedConfig, "--verbose"]);
    expect(warningLines(verbose.stderr)).toHaveLength(17);
  });

  it("--quiet prints errors and the summary only", async () => {
    writeFileSync(join(seedDir, "out", "extra-edit.txt"), "");
    const r = await runCli(["generate", "--config", seedConfig, "--no-cache", "--quiet"]);
    expect(r.code).toBe(0);
    expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/^docs2ts: 1 page → .* 0 errors, 17 warnings in [\d.]+ s$/)]);
    // Errors still show: --rule-severity makes the placeholders errors.
    const e = await runCli(["generate", "--config", seedConfig, "--no-cache", "--quiet", "--rule-severity", "todo-placeholder=error"]);
    expect(e.code).toBe(1);
    expect(e.stderr.split("\n").filter((l) => l.includes(" - error todo-placeholder"))).toHaveLength(17);
    expect(e.stderr).toMatch(/17 errors, 0 warnings in/);
  });

  it("keeps machine-readable stderr clean: no summary after --reporter json", async () => {
    const r = await runCli(["generate", "--config", seedConfig, "--reporter", "json", "--no-cache"]);
    expect(() => JSON.parse(r.stderr) as unknown).not.toThrow();
  });

  it("--version prints the package version", async () => {
    const r = await runCli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe((JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version);
  });
});
