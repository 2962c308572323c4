/**
 * The build-system recipes in docs/build-systems.md: each recipe's input globs must cover every file `docs2ts
 * inputs` lists, for the repo's own layout and for a workspace package whose prettier config sits at the root.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import picomatch from "picomatch";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";

const doc = readFileSync("docs/build-systems.md", "utf8");

/** The JSON block titled `name` (```json name). */
function block(name: string): unknown {
  const m = new RegExp("```json " + name.replace(".", "\\.") + "\\n([\\s\\S]*?)```").exec(doc);
  if (!m) throw new Error(`docs/build-systems.md has no \`\`\`json ${name} block`);
  return JSON.parse(m[1]);
}

/** Each recipe's globs, written relative to the package folder (the root is two folders up). */
const recipes: Record<string, string[]> = {
  turbo: (block("turbo.json") as { tasks: { generate: { inputs: string[] } } }).tasks.generate.inputs.map((g) =>
    g.replace("$TURBO_ROOT$", "../.."),
  ),
  nx: (block("nx.json") as { namedInputs: { docs2ts: unknown[] } }).namedInputs.docs2ts
    .filter((g): g is string => typeof g === "string")
    .map((g) => g.replace("{projectRoot}/", "").replace("{workspaceRoot}", "../..")),
  wireit: (block("package.json") as { wireit: { generate: { files: string[] } } }).wireit.generate.files,
};

interface Inputs {
  files: string[];
  generator: { packageJson?: string };
}

async function inputs(args: string[]): Promise<Inputs> {
  const r = await runCli(["inputs", "--reporter", "json", ...args]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Inputs;
}

function uncovered(files: readonly string[], globs: readonly string[]): string[] {
  const match = picomatch(globs as string[], { dot: true });
  return files.filter((f) => !match(f));
}

const root = mkdtempSync(join(tmpdir(), "docs2ts-recipes-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the build-system recipes", () => {
  it("have inputs, outputs and the generate command", () => {
    expect((block("turbo.json") as { tasks: { generate: { outputs: string[] } } }).tasks.generate.outputs).toEqual(["generated/**"]);
    expect(JSON.stringify(block("project.json"))).toContain('"inputs":["docs2ts"]');
    expect(JSON.stringify(block("package.json"))).toContain('"command":"docs2ts generate"');
  });

  it("cover what docs2ts inputs lists for the repo's own layout", async () => {
    const found = await inputs([]);
    expect(found.files).toContain("package.json");
    expect(found.files.filter((f) => f.startsWith("input-docs/")).length).toBeGreaterThan(10);
    for (const [name, globs] of Object.entries(recipes)) expect(uncovered(found.files, globs), name).toEqual([]);
  });

  it("cover a workspace package's pages, config and prettier/EditorConfig files at the package and the root", async () => {
    const pkg = join(root, "packages", "graph-types");
    mkdirSync(join(pkg, "input-docs"), { recursive: true });
    cpSync("test/tools/examples/fixtures/pages", join(pkg, "input-docs"), { recursive: true });
    writeFileSync(join(root, ".prettierrc"), '{ "singleQuote": true }');
    writeFileSync(join(root, "package.json"), JSON.stringify({ private: true, workspaces: ["packages/*"], prettier: {} }));
    writeFileSync(join(pkg, ".editorconfig"), "root = true\n");
    writeFileSync(join(pkg, "docs2ts.config.json"), JSON.stringify({ enumStyle: "union" }));
    const found = await inputs(["--config", join(pkg, "docs2ts.config.json")]);
    // The docs2ts running here is this checkout; installed, it is node_modules/docs2ts/package.json (pack.test.ts).
    const files = found.files.filter((f) => f !== found.generator.packageJson);
    expect(files).toEqual(
      expect.arrayContaining([
        "docs2ts.config.json",
        ".editorconfig",
        "../../.prettierrc",
        "../../package.json",
        "input-docs/resources/widget.md",
      ]),
    );
    for (const [name, globs] of Object.entries(recipes)) {
      expect(uncovered(files, globs), name).toEqual([]);
      expect(uncovered(["node_modules/docs2ts/package.json", "../../node_modules/docs2ts/package.json"], globs), name).toEqual([]);
    }
    // A recipe that forgot the root's prettier config would not pass.
    expect(
      uncovered(
        files,
        recipes.turbo.filter((g) => !g.includes(".prettierrc")),
      ),
    ).toEqual(["../../.prettierrc"]);
  });
});
