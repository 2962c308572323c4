/**
 * Mistakes a user can make with paths and the file system (issue 15): each is one line on stderr naming the path and
 * what to do, exit 2, no stack trace, and the output folder unchanged.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { tempDirs } from "../support/temp-dirs.js";

const tmp = tempDirs("docs2ts-user-errors-");

function pages(): string {
  const dir = join(tmp(), "docs");
  cpSync("input-docs", dir, { recursive: true });
  return dir;
}

function expectOneLine(stderr: string, ...parts: string[]): void {
  const lines = stderr.trim().split("\n");
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
  for (const p of parts) expect(lines[0]).toContain(p);
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).sort();
}

describe("user mistakes with paths", () => {
  it("an empty input folder: exit 2, no .md pages found, and the existing output is left as it was", async () => {
    const out = join(tmp(), "out");
    expect((await runCli(["generate", "--input", pages(), "--out", out, "--no-cache"])).code).toBeLessThan(2);
    const before = files(out);
    const empty = join(tmp(), "empty");
    mkdirSync(empty);
    const r = await runCli(["generate", "--input", empty, "--out", out, "--no-cache"]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, "no .md pages found under", empty);
    expect(files(out)).toEqual(before);
  });

  it("refuses --out at the filesystem root, a project's root or an input folder, unless --allow-any-out", async () => {
    const input = pages();
    for (const out of ["/", process.cwd(), input]) {
      const r = await runCli(["generate", "--input", input, "--out", out, "--no-cache"]);
      expect(r.code, out).toBe(2);
      expectOneLine(r.stderr, `--out ${out}`, "--allow-any-out");
    }
    const project = tmp();
    writeFileSync(join(project, "package.json"), "{}");
    expect((await runCli(["generate", "--input", input, "--out", project, "--no-cache"])).code).toBe(2);
    expect((await runCli(["generate", "--input", input, "--out", project, "--no-cache", "--allow-any-out"])).code).toBeLessThan(2);
    expect(readFileSync(join(project, "package.json"), "utf8")).toBe("{}");
  });

  it("--out naming a file, and --input naming a FIFO: one line each", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "file"), "x");
    let r = await runCli(["generate", "--input", pages(), "--out", join(dir, "file"), "--no-cache"]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, join(dir, "file"), "is a file");
    execFileSync("mkfifo", [join(dir, "fifo")]);
    r = await runCli(["generate", "--input", join(dir, "fifo"), "--out", join(dir, "out"), "--no-cache"]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, join(dir, "fifo"), "not a file or folder");
  });

  it("--report-file in a missing folder: one line naming it", async () => {
    const dir = tmp();
    const report = join(dir, "missing", "report.json");
    const r = await runCli(["generate", "--input", pages(), "--out", join(dir, "out"), "--no-cache", "--report-file", report]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${report}: it does not exist`);
    expect(r.stderr).not.toMatch(/internal error|^\s+at /m);
  });
});
