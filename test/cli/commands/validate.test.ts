/** `docs2ts validate` applies the pages' `<!-- docs2ts-ignore … -->` comments to its example findings. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../../generator/cli/program.js";

async function run(args: string[]): Promise<{ code: number; err: string }> {
  let err = "";
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  vi.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true));
  const code = await main(args);
  vi.restoreAllMocks();
  return { code, err };
}

afterEach(() => vi.restoreAllMocks());

describe("docs2ts validate and docs2ts-ignore", () => {
  it("drops the suppressed rules' findings on the next block and keeps the others", async () => {
    const root = mkdtempSync(join(tmpdir(), "docs2ts-validate-"));
    try {
      cpSync("test/validate/fixtures/pages", root, { recursive: true });
      const page = join(root, "api", "shape-get.md");
      const before = await run(["validate", "--input", root, "--reporter", "json"]);
      const codesIn = (r: { err: string }, file: string) =>
        (JSON.parse(r.err) as { diagnostics: { file: string; code: string }[] }).diagnostics.filter((d) => d.file === file).map((d) => d.code);
      expect(codesIn(before, page)).toContain("example-unknown-property");
      expect(codesIn(before, page)).toContain("example-wrong-type");
      // The comment goes right above the response body's fence, so its block is the whole fenced body.
      const lines = readFileSync(page, "utf8").split("\n");
      const fence = lines.findIndex((l, i) => l.startsWith("```http") && lines[i + 1]?.startsWith("HTTP/1.1 200"));
      lines.splice(fence, 0, "<!-- docs2ts-ignore example-unknown-property -->");
      writeFileSync(page, lines.join("\n"));
      const after = await run(["validate", "--input", root, "--reporter", "json"]);
      expect(codesIn(after, page)).not.toContain("example-unknown-property");
      expect(codesIn(after, page)).toContain("example-wrong-type");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
