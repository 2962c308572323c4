/** The invariant checks themselves must catch what they are meant to catch. */
import { describe, expect, it } from "vitest";
import { type Diagnostic } from "../../generator/diagnostics/diagnostic.js";
import { injectedIdentifiers, locationProblems, pathProblems } from "./invariants.js";

describe("hostile-suite invariants", () => {
  it("sees page text that became code, but not text inside comments or strings", () => {
    const escaped = new Map([["m.ts", "/** a */ export const pwned = 1; /* b */\nconst s = `${globalThis.pwned}`;"]]);
    expect(injectedIdentifiers(escaped)).toEqual(["m.ts:1", "m.ts:2"]);
    const safe = new Map([["m.ts", '/** *\\/ export const pwned = 1; */\nconst s = "${pwned}" + `\\${pwned}`;']]);
    expect(injectedIdentifiers(safe)).toEqual([]);
  });

  it("refuses findings that are not located inside a page line, or use an unknown rule", () => {
    const pages = new Map([["p.md", ["# t", "abc"]]]);
    // Built by hand: the factory takes registered ids only, and this checks what happens to an unregistered one.
    const at = (line: number, column: number, code = "no-title", file = "p.md"): Diagnostic => ({
      code,
      severity: "warning",
      location: { file, line, column },
      message: "m",
    });
    expect(locationProblems(at(2, 4), pages)).toEqual([]);
    expect(locationProblems(at(3, 1), pages)[0]).toMatch(/line outside/);
    expect(locationProblems(at(2, 5), pages)[0]).toMatch(/column outside/);
    expect(locationProblems(at(0, 1), pages)[0]).toMatch(/line outside/);
    expect(locationProblems(at(1, 1, "made-up"), pages)[0]).toMatch(/unknown rule/);
    expect(locationProblems(at(1, 1, "no-title", ""), pages)[0]).toMatch(/not located/);
  });

  it("refuses output paths that escape or break on some platform", () => {
    expect(pathProblems("models/microsoft.graph.ts")).toEqual([]);
    for (const bad of [
      "../x.ts",
      "/etc/x.ts",
      "C:/x.ts",
      "a\\b.ts",
      "client/con.ts",
      "client/NUL.d.ts",
      "a/./b.ts",
      "a/b. ",
      "a:b.ts",
      "x".repeat(201),
    ]) {
      expect(pathProblems(bad), bad).not.toEqual([]);
    }
  });
});
