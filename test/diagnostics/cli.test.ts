/** The reporting flags through the real CLI, in-process via main(). */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";

let dir: string;
let page: string;
const PAGE = [
  "# board resource type",
  "",
  "## Properties",
  "|Property|Type|Description|",
  "|:---|:---|:---|",
  "|id|String|**TODO: Add Description**|",
  "",
].join("\n");

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "docs2ts-diag-"));
  page = join(dir, "board.md");
  writeFileSync(page, PAGE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs the CLI and returns its exit code and stderr without the run's closing summary line (cli/terminal.ts, tested
 * in test/cli); stdout (the model) is dropped.
 */
async function run(...args: string[]): Promise<{ code: number; err: string }> {
  const { code, stderr } = await runCli(args);
  return { code, err: stderr.replace(/^docs2ts: \d+ pages? → .* in [\d.]+ s\n$/m, "") };
}

/** Paths in reports are relative to the working directory (issue 16). */
const shownPage = (): string => relative(process.cwd(), page);

describe("docs2ts model: reporting flags", () => {
  it("prints PATH:LINE:COL relative to the working directory, without colour when stderr is not a TTY, and passes on warnings", async () => {
    const { code, err } = await run("model", "--input", page);
    expect(code).toBe(0);
    expect(err.split("\n")[0]).toBe(
      `${shownPage()}:6:11 - warning todo-placeholder: The description of "id" is a placeholder, not documentation.`,
    );
    expect(err).not.toContain("\u001b[");
  });

  it("--strict makes warnings fail with exit 1", async () => {
    expect((await run("model", "--input", page, "--strict")).code).toBe(1);
  });

  it("--rule-severity raises, lowers or turns off a rule; the exit code follows", async () => {
    expect((await run("model", "--input", page, "--rule-severity", "todo-placeholder=error")).code).toBe(1);
    const off = await run("model", "--input", page, "--strict", "--rule-severity", "todo-placeholder=off");
    expect(off).toEqual({ code: 0, err: "" });
    const info = await run("model", "--input", page, "--strict", "--rule-severity", "todo-placeholder=info");
    expect(info).toEqual({ code: 0, err: "" });
  });

  it("an unknown rule id or level is a usage error (exit 2)", async () => {
    const r = await run("model", "--input", page, "--rule-severity", "todo-placholder=error");
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown rule id "todo-placholder"');
    expect((await run("model", "--input", page, "--reporter", "xml")).code).toBe(2);
  });

  it("--reporter json writes one JSON document to stderr", async () => {
    const { err } = await run("model", "--input", page, "--reporter", "json");
    const doc = JSON.parse(err) as { diagnostics: Array<{ file: string; line: number; code: string }> };
    expect(doc.diagnostics).toEqual([expect.objectContaining({ file: shownPage(), line: 6, column: 11, code: "todo-placeholder" })]);
  });

  it("--reporter github writes workflow commands", async () => {
    const { err } = await run("model", "--input", page, "--reporter", "github");
    expect(err.split("\n")[0]).toMatch(/^::warning file=.*board\.md,line=6,col=11,title=todo-placeholder::The description/);
  });

  it("--reporter sarif --report-file writes the log to the file, nothing to stderr", async () => {
    const file = join(dir, "out.sarif");
    const { err } = await run("generate", "--input", page, "--out", join(dir, "gen"), "--reporter", "sarif", "--report-file", file);
    expect(err).toBe("");
    const log = JSON.parse(readFileSync(file, "utf8")) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0].results).toHaveLength(1);
  });

  it("colours on a TTY unless NO_COLOR is set", async () => {
    const tty = Object.getOwnPropertyDescriptor(process.stderr, "isTTY");
    const noColor = process.env.NO_COLOR;
    try {
      Object.defineProperty(process.stderr, "isTTY", { value: true, configurable: true });
      delete process.env.NO_COLOR;
      expect((await run("model", "--input", page)).err).toContain("\u001b[33mwarning\u001b[39m");
      process.env.NO_COLOR = "1";
      // No colour; the live progress line's erase-line code (\u001b[K) is not colour.
      expect((await run("model", "--input", page)).err).not.toMatch(/\u001b\[\d*m/);
    } finally {
      if (tty) Object.defineProperty(process.stderr, "isTTY", tty);
      else delete (process.stderr as { isTTY?: boolean }).isTTY;
      if (noColor === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = noColor;
    }
  });

  it("a docs2ts-ignore comment in the page suppresses the finding on the next block", async () => {
    const suppressed = join(dir, "suppressed.md");
    writeFileSync(suppressed, PAGE.replace("## Properties\n", "## Properties\n<!-- docs2ts-ignore todo-placeholder -->\n"));
    expect(await run("model", "--input", suppressed, "--strict")).toEqual({ code: 0, err: "" });
  });
});
