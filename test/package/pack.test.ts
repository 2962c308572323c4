/**
 * The published package, as a user gets it: `npm pack`, install the tarball into a workspace package of an npm
 * workspaces monorepo (from the local npm cache, offline first), then run the `docs2ts` bin from that package and
 * `import { generate, check, loadModel } from "docs2ts"`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const work = mkdtempSync(join(tmpdir(), "docs2ts-pack-"));
const monorepo = join(work, "monorepo");
const app = join(monorepo, "packages", "app");
const docs = resolve("input-docs");
let installLog = "";
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

beforeAll(() => {
  execFileSync(npm, ["pack", "--silent", "--pack-destination", work], { stdio: ["ignore", "ignore", "inherit"] });
  const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error("npm pack made no tarball");
  mkdirSync(app, { recursive: true });
  writeFileSync(join(monorepo, "package.json"), JSON.stringify({ name: "monorepo", private: true, workspaces: ["packages/*"] }));
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "app", private: true, type: "module", dependencies: { docs2ts: `file:${join(work, tarball)}` } }),
  );
  // The package keeps its pages and options in its own folder, as a monorepo package would.
  cpSync(docs, join(app, "api-docs"), { recursive: true });
  writeFileSync(join(app, "docs2ts.config.json"), JSON.stringify({ input: ["api-docs"], out: "src/generated" }));
  const install = (mode: string) =>
    spawnSync(npm, ["install", mode, "--no-audit", "--no-fund", "--loglevel=warn"], { cwd: monorepo, encoding: "utf8" });
  // Offline from the local cache first (fast, no network); the registry only if the cache lacks something.
  let r = install("--offline");
  if (r.status !== 0) r = install("--prefer-offline");
  if (r.status !== 0) throw new Error(`npm install failed: ${r.stderr}`);
  installLog = r.stdout + r.stderr;
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the packed docs2ts", () => {
  it("ships the types, the schema, the runtime template, the docs it links to and the licence; installs without a build", () => {
    const pkg = join(monorepo, "node_modules", "docs2ts");
    for (const f of [
      "dist/generator/index.d.ts",
      "dist/generator/pipeline/page-parse-worker.js",
      "docs2ts.schema.json",
      "templates/runtime.ts",
      "docs/diagnostics.md",
      "docs/build-systems.md",
      "LICENSE",
    ]) {
      expect(existsSync(join(pkg, f)), f).toBe(true);
    }
    expect(readFileSync(join(pkg, "LICENSE"), "utf8")).toMatch(/^MIT License/);
    const scripts = (JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(Object.keys(scripts)).not.toContain("prepare");
    expect(Object.keys(scripts)).not.toContain("install");
    expect(installLog).not.toMatch(/prepare/);
  });

  it("runs the CLI from the workspace package: generate with its config, then check exits 0; inputs names the package", () => {
    const bin = join(monorepo, "node_modules", ".bin", "docs2ts");
    const g = spawnSync(bin, ["generate"], { cwd: app, encoding: "utf8" });
    expect(g.status, g.stderr).toBe(0);
    expect(g.stderr).toMatch(/^docs2ts: \d+ pages → \d+ files .* in [\d.]+ s$/m);
    expect(existsSync(join(app, "src", "generated", "models", "microsoft.graph.ts"))).toBe(true);
    expect(readFileSync(join(app, "src", "generated", "models", "microsoft.graph.ts"), "utf8")).toContain("Source: api-docs/");
    const c = spawnSync(bin, ["check"], { cwd: app, encoding: "utf8" });
    expect(c.stdout + c.stderr).toContain("up to date");
    expect(c.status).toBe(0);
    const i = spawnSync(bin, ["inputs"], { cwd: app, encoding: "utf8" });
    expect(i.stdout.split("\n")).toEqual(expect.arrayContaining(["docs2ts.config.json", "../../node_modules/docs2ts/package.json"]));
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
