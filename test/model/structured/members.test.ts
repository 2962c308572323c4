import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../generator/diagnostics/diagnostic.js";
import type { Kind } from "../../../generator/model/structured/kinds.js";
import { addMembers } from "../../../generator/model/structured/members.js";
import { enumsByMemberSet } from "../../../generator/model/structured/string-enums.js";
import { draft, draftsOf, key, member, structured } from "./facts-builders.js";

const AT = { line: 1, column: 1 };
const noEnums = enumsByMemberSet(new Map());

describe("addMembers", () => {
  it("makes a row typed by an entity a navigation property and skips what a base declares", () => {
    const d = draft("user", { properties: [member("id", "String"), member("name", "String")], relationships: [member("photo", "photo")] });
    const { index } = draftsOf([d, draft("photo")]);
    const t = structured("user");
    const kinds = new Map<string, Kind>([[key("photo"), "entity"]]);
    addMembers(t, d, index, kinds, new Set(["id"]), noEnums, []);
    expect(t.properties.map((p) => p.name)).toEqual(["name"]);
    expect(t.navigationProperties.map((n) => [n.name, n.type.type, n.nullable])).toEqual([["photo", "microsoft.graph.photo", true]]);
  });

  it("adds JSON-representation keys no row names (in any case) after the rows, typed by their value, and says so", () => {
    const d = draft("t", {
      properties: [member("a", "String")],
      jsonKeys: [
        { name: "A", placeholder: "String", pos: AT, type: { kind: "primitive", name: "Edm.String", collection: false } },
        { name: "b", placeholder: "Int32", pos: AT, type: { kind: "primitive", name: "Edm.Int32", collection: false } },
      ],
    });
    const t = structured("t", { kind: "complex" });
    const diagnostics: Diagnostic[] = [];
    addMembers(t, d, draftsOf([d]).index, new Map(), new Set(), noEnums, diagnostics);
    expect(t.properties.map((p) => [p.name, p.type.type])).toEqual([
      ["A", "Edm.String"],
      ["b", "Edm.Int32"],
    ]);
    // `A` names row `a` in another case: not a member of its own, but the row takes its spelling.
    expect(diagnostics.map((x) => x.code)).toEqual(["property-not-in-table", "property-name-case"]);
  });

  it("types a String row by the enum its listed values name, unless parse found the value is a string of its own", () => {
    const levels = enumsByMemberSet(new Map([["microsoft.graph.level", ["low", "high"]]]));
    const typeOf = (row: ReturnType<typeof member>) => {
      const d = draft("t", { properties: [row] });
      const t = structured("t", { kind: "complex" });
      addMembers(t, d, draftsOf([d], ["level"]).index, new Map(), new Set(), levels, []);
      return t.properties[0].type.type;
    };
    expect(typeOf(member("level", "String", { listedValues: ["low", "high"] }))).toBe("microsoft.graph.level");
    expect(typeOf(member("level", "String", { possibleValues: ["low", "high"] }))).toBe("microsoft.graph.level");
    expect(typeOf(member("level", "String", { listedValues: ["low", "high"], modifiers: { stringValued: true } }))).toBe("Edm.String");
  });

  it("reports an undefined type and types the row as untyped JSON", () => {
    const d = draft("t", { properties: [member("x", "nowhere")] });
    const t = structured("t", { kind: "complex" });
    const diagnostics: Diagnostic[] = [];
    addMembers(t, d, draftsOf([d]).index, new Map(), new Set(), noEnums, diagnostics);
    expect(t.properties[0].type.type).toBe("Edm.Untyped");
    expect(diagnostics.map((x) => x.code)).toEqual(["undefined-type"]);
  });
});
