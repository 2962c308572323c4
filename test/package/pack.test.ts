/**
 * The published package, as a user gets it: `npm pack`, install the tarball into an empty project (from the local
 * npm cache, offline first), then run the `docs2ts` bin and `import { generate, check, loadModel } from "docs2ts"`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const work = mkdtempSync(join(tmpdir(), "docs2ts-pack-"));
const app = join(work, "app");
const docs = resolve("input-docs");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

beforeAll(() => {
  execFileSync(npm, ["pack", "--silent", "--pack-destination", work], { stdio: ["ignore", "ignore", "inherit"] });
  const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error("npm pack made no tarball");
  execFileSync("mkdir", ["-p", app]);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  const install = (mode: string) =>
    spawnSync(npm, ["install", mode, "--no-audit", "--no-fund", "--loglevel=error", join(work, tarball)], { cwd: app, encoding: "utf8" });
  // Offline from the local cache first (fast, no network); the registry only if the cache lacks something.
  if (install("--offline").status !== 0) {
    const r = install("--prefer-offline");
    if (r.status !== 0) throw new Error(`npm install failed: ${r.stderr}`);
  }
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the packed docs2ts", () => {
  it("ships the types, the schema and the runtime template", () => {
    const pkg = join(app, "node_modules", "docs2ts");
    for (const f of [
      "dist/generator/index.d.ts",
      "dist/generator/pipeline/page-parse-worker.js",
      "docs2ts.schema.json",
      "templates/runtime.ts",
    ]) {
      expect(existsSync(join(pkg, f)), f).toBe(true);
    }
  });

  it("runs the CLI: generate, then check exits 0", () => {
    const bin = join(app, "node_modules", ".bin", "docs2ts");
    const g = spawnSync(bin, ["generate", "--input", docs, "--out", "out"], { cwd: app, encoding: "utf8" });
    expect(g.status, g.stderr).toBe(0);
    expect(existsSync(join(app, "out", "models", "microsoft.graph.ts"))).toBe(true);
    expect(existsSync(join(app, "node_modules", ".cache", "docs2ts"))).toBe(true);
    const c = spawnSync(bin, ["check", "--input", docs, "--out", "out"], { cwd: app, encoding: "utf8" });
    expect(c.stdout + c.stderr).toContain("up to date");
    expect(c.status).toBe(0);
  });

  it("runs the Node API: loadModel, generate and check", () => {
    const script = `
      import { check, generate, loadModel } from "docs2ts";
      const input = [${JSON.stringify(docs)}];
      const model = await loadModel({ input });
      const g = await generate({ input, out: "api-out", cacheDir: false });
      const c = await check({ input, out: "api-out", cacheDir: false });
      console.log(JSON.stringify({ types: model.types.length, files: g.files.size, equal: c.equal }));`;
    writeFileSync(join(app, "api.mjs"), script);
    const r = spawnSync(process.execPath, ["api.mjs"], { cwd: app, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout.trim()) as { types: number; files: number; equal: boolean };
    expect(result.types).toBeGreaterThan(3);
    expect(result.files).toBeGreaterThan(4);
    expect(result.equal).toBe(true);
  });
});
