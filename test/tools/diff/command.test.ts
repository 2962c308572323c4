import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

  it("ignores docs2ts's own runtime, helpers and @odata.type when pointed at its own output, and takes --reporter", async () => {
    const r = await run(["diff", "--against", "generated", "--input", "input-docs", "--reporter", "json"]);
    const report = JSON.parse(r.out) as { summary: { total: number; codeDeclarations: number } };
    expect(report.summary.total).toBe(0);
    expect(r.code).toBe(0);
    // Real drift in a generated file still shows: a property the docs do not have.
    const copy = mkdtempSync(join(tmpdir(), "docs2ts-diff-own-"));
    try {
      cpSync("generated", copy, { recursive: true });
      const models = join(copy, "models", "microsoft.graph.ts");
      writeFileSync(models, readFileSync(models, "utf8").replace(/export interface Board extends Entity \{/, "$&\n  handAdded?: string;"));
      const d = await run(["diff", "--against", copy, "--input", "input-docs"]);
      expect(d.code).toBe(1);
      expect(d.out).toContain("microsoft.graph.board.handAdded");
      expect(d.out).toMatch(/: 1 drift entries/);
      // The same names in code docs2ts did not generate are compared as usual.
      writeFileSync(join(copy, "hand.ts"), 'export interface Client { x: string }\nexport interface Board { "@odata.type"?: string }\n');
      const h = await run(["diff", "--against", copy, "--input", "input-docs", "--reporter", "json"]);
      const kinds = (JSON.parse(h.out) as { entries: { kind: string; typeName: string }[] }).entries.map((e) => `${e.kind} ${e.typeName}`);
      expect(kinds).toContain("extra-type Client");
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
