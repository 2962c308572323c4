import { describe, expect, it } from "vitest";
import { runCli } from "../../support/cli.js";

async function run(args: string[]): Promise<{ code: number; err: string }> {
  const r = await runCli(args);
  return { code: r.code, err: r.stderr };
}

describe("docs2ts validate", () => {
  it("exits 0 on clean pages and says how much it checked", async () => {
    const r = await run(["validate", "--input", "input-docs"]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/docs2ts validate: \d+ example bodies, \d+ checked against the model, .*; 0 findings/);
  });

  it("exits 1 with located findings and a summary by rule", async () => {
    const r = await run(["validate", "--input", "test/tools/validate/fixtures/pages", "--reporter", "pretty"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("test/tools/validate/fixtures/pages/api/shape-get.md:58:5 - error example-unknown-property:");
    expect(r.err).toMatch(/example-unknown-property=2/);
  });
});
