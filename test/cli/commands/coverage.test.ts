/** `docs2ts coverage` on the seed pages, and `--reporter html` on the commands that report findings. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../support/cli.js";
import { tempDirs } from "../../support/temp-dirs.js";

const temp = tempDirs("docs2ts-coverage-");

describe("docs2ts coverage", () => {
  it("prints totals per fact and per area, and the same numbers as JSON", async () => {
    const text = await runCli(["coverage", "--no-cache"]);
    expect(text.code).toBe(0);
    const json = await runCli(["coverage", "--no-cache", "--reporter", "json"]);
    const r = JSON.parse(json.stdout) as { totals: { stated: number; assumed: number }; areas: { area: string }[]; facts: unknown[] };
    expect(r.facts.length).toBe(r.totals.stated + r.totals.assumed);
    expect(text.stdout).toContain(`${r.facts.length} facts, ${r.totals.stated} stated by the docs`);
    expect(r.areas.map((a) => a.area)).toContain("boards");
    const verbose = await runCli(["coverage", "--no-cache", "--verbose"]);
    expect(verbose.stdout.split("\n").filter((l) => / - assumed /.test(l))).toHaveLength(r.totals.assumed);
  });

  it("writes an html page from coverage, validate, generate and check", async () => {
    const dir = temp();
    const runs = [
      ["coverage", "--no-cache"],
      ["validate", "--no-cache"],
      ["generate", "--no-cache", "--out", join(dir, "out")],
      ["check", "--no-cache", "--out", join(dir, "out")],
    ];
    for (const args of runs) {
      const file = join(dir, `${args[0]}.html`);
      const r = await runCli([...args, "--reporter", "html", "--report-file", file]);
      expect(r.code, `${args[0]}: ${r.stderr}`).toBe(0);
      expect(existsSync(file), args[0]).toBe(true);
      const html = readFileSync(file, "utf8");
      expect(html).toContain(`<title>docs2ts ${args[0]}</title>`);
      // The seed's draft page has 17 placeholder warnings; validate reports example findings only.
      if (args[0] !== "validate") expect(html).toContain('<b id="count-warning">17</b>');
    }
    expect(readFileSync(join(dir, "coverage.html"), "utf8")).toContain('id="coverage"');
    expect(readFileSync(join(dir, "check.html"), "utf8")).toContain('<span class="n" id="drift-count">0</span>');
  });

  it("writes diff's drift into the html page, each entry in its area and linked to its page", async () => {
    const dir = temp();
    const file = join(dir, "diff.html");
    const json = await runCli([
      "diff",
      "--against",
      "test/tools/diff/fixtures/code/drifted.ts",
      "--input",
      "test/tools/diff/fixtures/pages",
      "--format",
      "json",
    ]);
    const entries = (JSON.parse(json.stdout) as { entries: unknown[] }).entries;
    expect(entries.length).toBeGreaterThan(0);
    const r = await runCli([
      "diff",
      "--against",
      "test/tools/diff/fixtures/code/drifted.ts",
      "--input",
      "test/tools/diff/fixtures/pages",
      "--reporter",
      "html",
      "--report-file",
      file,
    ]);
    expect(r.code).toBe(1);
    const html = readFileSync(file, "utf8");
    expect(html).toContain(`<span class="n" id="drift-count">${entries.length}</span>`);
    expect(html.match(/<li class="d" data-area="/g)).toHaveLength(entries.length);
  });
});
