import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../generator/cli/program.js";

async function run(args: string[]): Promise<{ code: number; err: string }> {
  let err = "";
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  vi.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true));
  const code = await main(args);
  vi.restoreAllMocks();
  return { code, err };
}

afterEach(() => vi.restoreAllMocks());

describe("docs2ts validate", () => {
  it("exits 0 on clean pages and says how much it checked", async () => {
    const r = await run(["validate", "--input", "input-docs"]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/docs2ts validate: \d+ example bodies, \d+ checked against the model, .*; 0 findings/);
  });

  it("exits 1 with located findings and a summary by rule", async () => {
    const r = await run(["validate", "--input", "test/validate/fixtures/pages", "--reporter", "pretty"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("test/validate/fixtures/pages/api/shape-get.md:58:5 - error example-unknown-property:");
    expect(r.err).toMatch(/example-unknown-property=2/);
  });
});
