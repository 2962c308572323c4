import { describe, expect, it } from "vitest";
import { runCli } from "../../support/cli.js";

const PAGES = "test/tools/diff/fixtures/pages";
const CODE = "test/tools/diff/fixtures/code";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const r = await runCli(args);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

describe("docs2ts diff", () => {
  it("exits 0 when every declaration matches the docs", async () => {
    const r = await run(["diff", "--against", `${CODE}/matching.d.ts`, "--input", PAGES]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(": 0 drift entries");
  });

  it("exits 1 on drift, with counts first and page.md:LINE / file.ts:LINE on each entry", async () => {
    const r = await run(["diff", "--against", `${CODE}/drifted.ts`, "--input", PAGES]);
    expect(r.code).toBe(1);
    const lines = r.out.split("\n");
    expect(lines[0]).toMatch(/: 11 drift entries$/);
    expect(lines.slice(2, 8).join("\n")).toMatch(/type-mismatch\s+3/);
    expect(r.out).toContain(`docs ${PAGES}/shape.md:19  code ${CODE}/drifted.ts:20`);
    expect(lines.filter(Boolean).pop()).toMatch(/^docs2ts diff: 11 drift entries \(/);
  });

  it("--max-drift raises the threshold; --map pairs renamed types; --format json is machine-readable", async () => {
    expect((await run(["diff", "--against", `${CODE}/drifted.ts`, "--input", PAGES, "--max-drift", "20"])).code).toBe(0);
    const r = await run([
      "diff",
      "--against",
      `${CODE}/drifted.ts`,
      "--input",
      PAGES,
      "--map",
      "ShapeColour=shapeColor",
      "--format",
      "json",
    ]);
    const report = JSON.parse(r.out) as {
      summary: { byKind: Record<string, number> };
      entries: { kind: string; docsAt?: string; codeAt?: string }[];
    };
    expect(report.summary.byKind["missing-enum-member"]).toBe(1);
    expect(report.entries.find((e) => e.kind === "extra-enum-member")?.codeAt).toBe(`${CODE}/drifted.ts:7`);
  });

  it("exits 2 on a bad --map or a missing --against path", async () => {
    expect((await run(["diff", "--against", `${CODE}/drifted.ts`, "--input", PAGES, "--map", "nope"])).code).toBe(2);
    expect((await run(["diff", "--against", `${CODE}/absent.ts`, "--input", PAGES])).code).toBe(2);
  });
});
