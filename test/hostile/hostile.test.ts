/**
 * Hostile pages through the whole pipeline (read → parse → model → emit → write): for each, no crash, every finding
 * a known rule located in a page (and the expected rules present), output that compiles under `tsc --strict`, no page
 * text turned into code, nothing written outside the output folder.
 */
import { describe, expect, it } from "vitest";
import { hostileCases } from "./pages.js";
import { runCase } from "./invariants.js";

describe("hostile pages", () => {
  for (const c of hostileCases()) {
    it(c.name, { timeout: (c.budget ?? 60) * 1000 }, async () => {
      const run = await runCase(c.files);
      expect(run.problems).toEqual([]);
      const diagnostics = run.result?.model.diagnostics ?? [];
      for (const rule of c.expectRules ?? []) {
        expect(
          diagnostics.some((d) => d.code === rule),
          `expected a ${rule} finding; got ${diagnostics.map((d) => d.code).join(", ") || "none"}`,
        ).toBe(true);
      }
      const output = [...(run.result?.files.values() ?? [])].join("\n");
      for (const s of c.expectOutput ?? []) expect(output, `output should mention ${s}`).toContain(s);
    });
  }
});
