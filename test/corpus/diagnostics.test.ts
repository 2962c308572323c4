/**
 * Diagnostics over the whole shared corpus (both docs versions): no page crashes the run, every finding carries a
 * registered rule id and a position inside its page, and a page that yields nothing (no type, enum, operation or
 * endpoint) has a finding that says why. Each docs version is parsed and modelled once. Skips when the corpus is
 * absent.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../generator/diagnostics/diagnostic.js";
import { parsePages } from "../../generator/index.js";
import { buildModel } from "../../generator/model/build.js";
import type { Model } from "../../generator/model/types.js";
import type { PageFacts } from "../../generator/parse/facts.js";
import { lineTable, locationProblems } from "../hostile/invariants.js";
import { filesWithOutput } from "./model-output.js";

const CORPUS = process.env.DOCS2TS_CORPUS ?? "../shared/corpus";
const VERSIONS = [join(CORPUS, "graph-docs-2020-05", "beta"), join(CORPUS, "graph-docs-2021-07", "v1.0")];
const present = VERSIONS.every((v) => existsSync(v));

if (!present) console.log(`corpus diagnostics: skipped, no docs corpus at ${CORPUS} (set DOCS2TS_CORPUS)`);

interface VersionRun {
  folder: string;
  facts: PageFacts[];
  model?: Model;
  crash?: string;
  diagnostics: Diagnostic[];
}

describe.skipIf(!present)("corpus diagnostics", () => {
  const runs: VersionRun[] = [];

  beforeAll(async () => {
    for (const folder of VERSIONS) {
      const run: VersionRun = { folder, facts: [], diagnostics: [] };
      try {
        run.facts = await parsePages([folder]);
        run.model = buildModel(run.facts);
        run.diagnostics = run.model.diagnostics;
      } catch (e) {
        run.crash = e instanceof Error ? (e.stack ?? e.message) : String(e);
      }
      runs.push(run);
    }
  }, 900_000);

  it("reads every page of both versions without crashing", () => {
    expect(runs.map((r) => r.crash ?? "ok")).toEqual(VERSIONS.map(() => "ok"));
    for (const r of runs) expect(r.facts.length, r.folder).toBeGreaterThan(3000);
  });

  it("locates every finding at a registered rule and a line and column inside its page", () => {
    const problems: string[] = [];
    for (const r of runs) {
      const lines = new Map(r.facts.map((f) => [f.file, lineTable(readFileSync(f.file, "utf8"))]));
      for (const d of r.diagnostics) problems.push(...locationProblems(d, lines));
    }
    expect(problems.slice(0, 20), `${problems.length} finding(s) badly located`).toEqual([]);
  });

  const silentPages = (): Map<string, string[]> => {
    const byKind = new Map<string, string[]>();
    for (const r of runs) {
      if (!r.model) continue;
      const yielding = filesWithOutput(r.model);
      const located = new Set(r.diagnostics.map((d) => d.location.file));
      for (const f of r.facts) {
        if (yielding.has(f.file) || located.has(f.file)) continue;
        byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f.file]);
      }
    }
    return byKind;
  };

  it("gives every page that yields nothing a finding that says why", () => {
    const samples = Object.fromEntries([...silentPages()].map(([kind, files]) => [kind, files.slice(0, 5)]));
    expect(samples, "pages yielding nothing without a finding, by page kind").toEqual({});
  });
});
