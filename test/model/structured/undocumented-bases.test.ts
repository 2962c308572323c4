import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../generator/diagnostics/diagnostic.js";
import { addUndocumentedBases } from "../../../generator/model/structured/undocumented-bases.js";
import { draft, draftsOf, key } from "./facts-builders.js";

const derivedFrom = (name: string, base: string) =>
  draft(name, { baseType: { name: base, pos: { line: 2, column: 1 }, from: "annotation" } });

describe("addUndocumentedBases", () => {
  it("declares a base that two types name and no page defines, and says so at each", () => {
    const { drafts, index } = draftsOf([derivedFrom("csvProvider", "dataProvider"), derivedFrom("apiProvider", "dataProvider")]);
    const diagnostics: Diagnostic[] = [];
    addUndocumentedBases(drafts, index, diagnostics);
    const base = drafts.get(key("dataProvider"))!;
    expect(base.weak).toBe(true);
    expect(base.parts).toEqual([]);
    expect(base.note).toContain("apiProvider, csvProvider");
    expect(diagnostics.map((d) => d.code)).toEqual(["base-type-without-page", "base-type-without-page"]);
  });

  it("leaves a base that only one page names undefined (it may be that page's slip)", () => {
    const { drafts, index } = draftsOf([derivedFrom("csvProvider", "dataProvider")]);
    const diagnostics: Diagnostic[] = [];
    addUndocumentedBases(drafts, index, diagnostics);
    expect(drafts.has(key("dataProvider"))).toBe(false);
    expect(diagnostics).toEqual([]);
  });
});
