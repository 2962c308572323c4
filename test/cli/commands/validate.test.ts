/** `docs2ts validate` applies the pages' `<!-- docs2ts-ignore … -->` comments to its example findings. */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../support/cli.js";

async function run(args: string[]): Promise<{ code: number; err: string }> {
  const r = await runCli(args);
  return { code: r.code, err: r.stderr };
}

describe("docs2ts validate and docs2ts-ignore", () => {
  it("drops the suppressed rules' findings on the next block and keeps the others", async () => {
    const root = mkdtempSync(join(tmpdir(), "docs2ts-validate-"));
    try {
      cpSync("test/tools/validate/fixtures/pages", root, { recursive: true });
      const page = join(root, "api", "shape-get.md");
      const before = await run(["validate", "--input", root, "--reporter", "json"]);
      const codesIn = (r: { err: string }, file: string) =>
        (JSON.parse(r.err) as { diagnostics: { file: string; code: string }[] }).diagnostics
          .filter((d) => d.file === relative(process.cwd(), file))
          .map((d) => d.code);
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

describe("docs2ts validate and examples: the model cache flags", () => {
  it("--cache-dir puts the page facts there, --no-cache writes nothing, and the findings are the same", async () => {
    const root = mkdtempSync(join(tmpdir(), "docs2ts-validate-cache-"));
    try {
      const cache = join(root, "cache");
      const pages = "test/tools/validate/fixtures/pages";
      const cached = await run(["validate", "--input", pages, "--reporter", "json", "--cache-dir", cache, "--workers", "0"]);
      expect(readdirSync(cache).length).toBeGreaterThan(0);
      const uncached = await run(["validate", "--input", pages, "--reporter", "json", "--no-cache", "--cache-dir", join(root, "unused")]);
      expect(existsSync(join(root, "unused"))).toBe(false);
      expect(uncached).toEqual(cached);
      const examples = await runCli(["examples", "--input", "input-docs", "--no-cache", "--cache-dir", join(root, "unused")]);
      expect(examples.stdout.trim().split("\n").pop()).toMatch(/^\d+ passed, 0 failed, \d+ skipped$/);
      expect(existsSync(join(root, "unused"))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
