import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// Worker threads run the TypeScript sources only under tsx's loader, so the runs happen in a child process started
// with it (as `npx tsx generator/cli/main.ts` does).
const work = mkdtempSync(join(tmpdir(), "docs2ts-early-parse-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function generate(input: string, out: string, cacheDir: string): { stats: { parsed: number; parsedAhead?: number } } {
  const script = `import { generate } from ${JSON.stringify(new URL("../../generator/index.ts", import.meta.url).href)};
const r = await generate({ input: [${JSON.stringify(input)}], out: ${JSON.stringify(out)}, cacheDir: ${JSON.stringify(cacheDir)} });
console.log(JSON.stringify({ stats: r.stats }));`;
  const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split("\n").pop()!);
}

/** Every file under `dir`, by path relative to it. */
function files(dir: string): Map<string, string> {
  const names = readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
  return new Map(names.filter((n) => n.endsWith(".ts") || n.endsWith(".json")).map((n) => [n, readFileSync(join(dir, n), "utf8")]));
}

describe("the parse of edited pages started while the cache is read", () => {
  it("gives the run's facts: an edited page is parsed ahead and the output is a from-scratch run's", () => {
    const docs = join(work, "docs");
    cpSync("input-docs", docs, { recursive: true });
    generate(docs, join(work, "out"), join(work, "cache"));
    const page = join(
      docs,
      "resources",
      readdirSync(join(docs, "resources")).find((f) => f.endsWith(".md"))!,
    );
    writeFileSync(page, `${readFileSync(page, "utf8")}\nAn edited line.\n`);
    const edited = generate(docs, join(work, "out"), join(work, "cache"));
    expect([edited.stats.parsed, edited.stats.parsedAhead]).toEqual([1, 1]);
    generate(docs, join(work, "fresh"), join(work, "fresh-cache"));
    expect(files(join(work, "out")).size).toBeGreaterThan(3);
    expect(files(join(work, "out"))).toEqual(files(join(work, "fresh")));
  }, 120_000);
});
