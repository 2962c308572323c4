import { describe, expect, it } from "vitest";
import { moveInheritedRows } from "../../../generator/model/structured/inherited-rows.js";
import { draft, draftsOf, key, member } from "./facts-builders.js";

describe("moveInheritedRows", () => {
  it("moves an 'Inherited from [x]' row to x, creating x when no page defines it, and names x as a base candidate", () => {
    const d = draft("windowsPolicy", {
      properties: [member("id", "String", { inheritedFrom: "policyBase" }), member("own", "String")],
    });
    const { drafts, index } = draftsOf([d]);
    moveInheritedRows(drafts, index);
    expect(d.parts[0].facts.properties.map((m) => m.name)).toEqual(["own"]);
    const owner = drafts.get(key("policyBase"))!;
    expect(owner.weak).toBe(true);
    expect(owner.inheritedRows.map((r) => r.member.name)).toEqual(["id"]);
    expect(d.inheritedFrom.map((c) => c.name)).toEqual(["microsoft.graph.policyBase"]);
    expect(index.resolve("policyBase", undefined, "microsoft.graph")?.kind).toBe("type");
  });

  it("keeps a row that says it is inherited from its own type or from a name that is no type name", () => {
    const d = draft("policyBase", {
      properties: [member("a", "String", { inheritedFrom: "policyBase" }), member("b", "String", { inheritedFrom: "the base" })],
    });
    const { drafts, index } = draftsOf([d]);
    moveInheritedRows(drafts, index);
    expect(d.parts[0].facts.properties.map((m) => m.name)).toEqual(["a", "b"]);
    expect(drafts.size).toBe(1);
  });
});
