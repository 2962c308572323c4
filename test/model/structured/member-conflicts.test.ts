import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../generator/diagnostics/diagnostic.js";
import { reportTypeConflict } from "../../../generator/model/structured/member-conflicts.js";
import { draft, member } from "./facts-builders.js";

const first = { type: "String", file: "a.md", pos: { line: 4, column: 1 } };

describe("reportTypeConflict", () => {
  it("reports a later row with another type, and not one with the same type in another case", () => {
    const diagnostics: Diagnostic[] = [];
    reportTypeConflict(draft("t"), member("x", "Int32"), "b.md", first, diagnostics);
    reportTypeConflict(draft("t"), member("x", "string"), "b.md", first, diagnostics);
    reportTypeConflict(draft("t"), member("x", "Int32"), "b.md", undefined, diagnostics);
    expect(diagnostics.map((d) => [d.code, d.location.file])).toEqual([["property-type-conflict", "b.md"]]);
    expect(diagnostics[0].message).toContain("a.md:4");
  });
});
