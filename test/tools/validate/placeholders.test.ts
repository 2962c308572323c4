import { describe, expect, it } from "vitest";
import { familyOfEdm, readPlaceholder } from "../../../generator/tools/validate/placeholders.js";

describe("readPlaceholder", () => {
  it("reads the docs' type-name placeholders with their JSON family", () => {
    expect(readPlaceholder("String")).toEqual({ name: "String", family: "string" });
    expect(readPlaceholder("String (timestamp)")).toEqual({ name: "String", family: "string" });
    expect(readPlaceholder("Int32")).toEqual({ name: "Int32", family: "number" });
    expect(readPlaceholder("Edm.Int64")).toEqual({ name: "Int64", family: "number" });
    expect(readPlaceholder("Boolean")).toEqual({ name: "Boolean", family: "boolean" });
    expect(readPlaceholder("string")).toEqual({ name: "string", family: "string" });
  });

  it("leaves sample values alone", () => {
    expect(readPlaceholder("Alex Wilber")).toBeUndefined();
    expect(readPlaceholder("2021-07-01T00:00:00Z")).toBeUndefined();
    expect(readPlaceholder("number")).toBeUndefined();
    expect(readPlaceholder("url")).toBeUndefined();
  });
});

describe("familyOfEdm", () => {
  it("maps primitives to JSON kinds and leaves Stream/Untyped open", () => {
    expect(familyOfEdm("Edm.Guid")).toBe("string");
    expect(familyOfEdm("Edm.Double")).toBe("number");
    expect(familyOfEdm("Edm.Boolean")).toBe("boolean");
    expect(familyOfEdm("Edm.Stream")).toBeUndefined();
  });
});
