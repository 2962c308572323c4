import { describe, expect, it } from "vitest";
import { applyImplicitRoot, implicitRoot } from "../../../generator/model/structured/implicit-root.js";
import type { Kind } from "../../../generator/model/structured/kinds.js";
import { draft, key, member } from "./facts-builders.js";

const entity = () => draft("entity", { abstract: true, keyProperty: "id", properties: [member("id", "String")] });

describe("implicitRoot and applyImplicitRoot", () => {
  it("finds the one abstract type whose only member is its declared key", () => {
    expect(implicitRoot([entity(), draft("user", { properties: [member("id", "String")] })], new Map())).toEqual({
      key: key("entity"),
      property: "id",
    });
    expect(implicitRoot([draft("entity", { keyProperty: "id", properties: [member("id", "String")] })], new Map())).toBeUndefined();
  });

  it("makes every other entity without a base derive from it, except one keyed by another property", () => {
    const list = [entity(), draft("user"), draft("named", { keyProperty: "name", properties: [member("name", "String")] }), draft("value")];
    const bases = new Map<string, string>();
    const kinds = new Map<string, Kind>([
      [key("entity"), "entity"],
      [key("user"), "entity"],
      [key("named"), "entity"],
      [key("value"), "complex"],
    ]);
    applyImplicitRoot(list, bases, kinds);
    expect([...bases]).toEqual([[key("user"), key("entity")]]);
  });

  it("implies nothing when two types could be the root", () => {
    const other = draft("thing", { abstract: true, keyProperty: "id", properties: [member("id", "String")] });
    expect(implicitRoot([entity(), other], new Map())).toBeUndefined();
  });
});
