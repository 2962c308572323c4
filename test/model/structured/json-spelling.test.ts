import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../generator/diagnostics/diagnostic.js";
import { withJsonSpelling } from "../../../generator/model/structured/json-spelling.js";
import { draft, member } from "./facts-builders.js";

const key = (name: string) => ({ name, placeholder: "String", pos: { line: 1, column: 1 } });

describe("withJsonSpelling", () => {
  it("respells a row that differs from a JSON key only in case, with a warning", () => {
    const d = draft("printer", { jsonKeys: [key("printerId")] });
    const diagnostics: Diagnostic[] = [];
    expect(withJsonSpelling(d, member("printerID", "String"), "p.md", diagnostics).name).toBe("printerId");
    expect(diagnostics.map((x) => x.code)).toEqual(["property-name-case"]);
  });
  it("keeps a row the JSON also spells its way", () => {
    const d = draft("printer", { jsonKeys: [key("printerId"), key("printerID")] });
    const diagnostics: Diagnostic[] = [];
    expect(withJsonSpelling(d, member("printerID", "String"), "p.md", diagnostics).name).toBe("printerID");
    expect(diagnostics).toEqual([]);
  });
});
