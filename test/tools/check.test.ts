/** docs2ts check: exit 0 right after generate, exit 1 naming the changed property, and the output folder untouched. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffModels } from "../../generator/model/diff.js";
import type { ModelSummary } from "../../generator/model/summary.js";
import { runCli } from "../support/cli.js";

const root = mkdtempSync(join(tmpdir(), "docs2ts-check-"));
const docs = join(root, "docs");
const out = join(root, "out");
const cache = join(root, "cache");
const args = ["--input", docs, "--out", out, "--cache-dir", cache];

function snapshot(dir: string): Map<string, string> {
  const m = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else m.set(relative(dir, p), `${statSync(p).mtimeMs}:${readFileSync(p, "base64")}`);
    }
  };
  walk(dir);
  return m;
}

beforeAll(async () => {
  cpSync("input-docs", docs, { recursive: true });
  const g = await runCli(["generate", ...args]);
  expect(g.code).toBe(0);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("docs2ts check", () => {
  it("exits 0 right after generate with the same options", async () => {
    const r = await runCli(["check", ...args]);
    expect(r.stdout).toContain("is up to date");
    expect(r.code).toBe(0);
  });

  it("exits 1 after a property's type changes in a page, names the property, and writes nothing", async () => {
    const page = join(docs, "resources", "board.md");
    writeFileSync(page, readFileSync(page, "utf8").replace("|description|String|", "|description|Int32|"));
    const before = snapshot(out);
    for (const extra of [[], ["--no-cache"]]) {
      const r = await runCli(["check", ...args, ...extra]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/~ models\/microsoft\.graph\.ts/);
      expect(r.stderr).toMatch(/~ property microsoft\.graph\.board\.description: Edm\.String\?? → Edm\.Int32\?? +\[breaking\]/);
    }
    expect(snapshot(out)).toEqual(before);
  });
});

describe("diffModels", () => {
  const base: ModelSummary = {
    generator: "docs2ts",
    summaryVersion: 1,
    types: { "ns.a": { kind: "entity", properties: { x: "Edm.String", y: "Edm.Int32?" }, navigation: {} } },
    enums: { "ns.e": ["one", "two"] },
    operations: {},
    endpoints: { getA: { method: "GET", paths: ["/a"], response: "ns.a" } },
  };

  it("marks removals and narrowing as breaking, additions and a nullable property made non-null as not", () => {
    const next: ModelSummary = structuredClone(base);
    next.types["ns.a"].properties = { x: "Edm.String?", y: "Edm.Int32", z: "Edm.Boolean" };
    next.enums["ns.e"] = ["one", "three"];
    delete next.endpoints.getA;
    const changes = diffModels(base, next).map((c) => `${c.kind} ${c.what} ${c.name} ${c.breaking}`);
    expect(changes).toEqual([
      "changed property ns.a.x true",
      "changed property ns.a.y false",
      "added property ns.a.z false",
      "removed enum member ns.e.two true",
      "added enum member ns.e.three false",
      "removed endpoint getA true",
    ]);
  });

  it("finds nothing between equal summaries", () => {
    expect(diffModels(base, structuredClone(base))).toEqual([]);
  });
});
