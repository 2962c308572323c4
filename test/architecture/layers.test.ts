/**
 * Imports run one way: platform and cache (leaf I/O), diagnostics ← parse ← model ← emit ← pipeline ← index ←
 * tools ← cli. A module may import its own folder or any lower layer, never a higher one, and no chain of imports
 * (type-only and dynamic ones included) may lead back to where it started.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { describe, expect, it } from "vitest";
import { importCycles, layerViolations, LAYERS, moduleImports } from "./import-graph.js";

const GENERATOR = "generator";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = posix.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : e.name.endsWith(".ts") ? [p] : [];
  });
}

const graph = new Map(sourceFiles(GENERATOR).map((f) => [f, moduleImports(f, readFileSync(join(f), "utf8"))]));

describe("the generator's import graph", () => {
  it("places every module in a layer", () => {
    const unplaced = [...graph.keys()].filter((f) => LAYERS.rank(f) === undefined);
    expect(unplaced).toEqual([]);
  });

  it("imports only from the same or a lower layer", () => {
    expect(layerViolations(graph)).toEqual([]);
  });

  it("has no import cycle", () => {
    expect(importCycles(graph)).toEqual([]);
  });
});

describe("the layering rules themselves", () => {
  it("report an upward import", () => {
    const g = new Map([
      ["generator/parse/page.ts", ["generator/model/build.ts"]],
      ["generator/model/build.ts", []],
    ]);
    expect(layerViolations(g)).toEqual(["generator/parse/page.ts (parse) imports generator/model/build.ts (model)"]);
  });

  it("allow a lower or same layer", () => {
    const g = new Map([
      ["generator/cli/main.ts", ["generator/index.ts", "generator/cli/program.ts"]],
      ["generator/cli/program.ts", ["generator/platform/input-files.ts"]],
    ]);
    expect(layerViolations(g)).toEqual([]);
  });

  it("report a cycle inside one folder", () => {
    const g = new Map([
      ["generator/model/a.ts", ["generator/model/b.ts"]],
      ["generator/model/b.ts", ["generator/model/c.ts"]],
      ["generator/model/c.ts", ["generator/model/a.ts"]],
    ]);
    expect(importCycles(g)).toEqual([["generator/model/a.ts", "generator/model/b.ts", "generator/model/c.ts"]]);
  });

  it("reads static, type-only, re-export and dynamic imports, not prose in comments", () => {
    const text = [
      'import { a } from "./a.js";',
      'import type { B } from "../model/b.js";',
      'export { c } from "./sub/c.js";',
      'const d = await import("../emit/d.js");',
      '// this line mentions import { x } from "./not-an-import.js" in prose',
      'import { readFile } from "node:fs";',
    ].join("\n");
    expect(moduleImports("generator/parse/page.ts", text)).toEqual([
      "generator/parse/a.ts",
      "generator/model/b.ts",
      "generator/parse/sub/c.ts",
      "generator/emit/d.ts",
    ]);
  });
});
