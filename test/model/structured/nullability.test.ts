import { describe, expect, it } from "vitest";
import { isKeyRow, nullability } from "../../../generator/model/structured/nullability.js";
import { TypeIndex } from "../../../generator/model/type-index.js";
import { member } from "./facts-builders.js";

const index = new TypeIndex();
index.add({ kind: "enum", namespace: "microsoft.graph", name: "level" });
const int = { type: "Edm.Int32", collection: false };

describe("nullability", () => {
  it("never makes the key nullable, and otherwise lets the description decide", () => {
    expect(nullability(member("id", "String", { modifiers: { nullable: true } }), int, true, false, index)).toBe(false);
    expect(nullability(member("x", "Int32", { modifiers: { nullable: false } }), int, false, false, index)).toBe(false);
    expect(nullability(member("x", "Int32"), int, false, false, index)).toBe(true);
  });
  it("makes Intune-family value types and enums non-nullable unless a valid range is documented (a fact parse sets)", () => {
    expect(nullability(member("x", "Int32"), int, false, true, index)).toBe(false);
    expect(nullability(member("x", "level"), { type: "microsoft.graph.level", collection: false }, false, true, index)).toBe(false);
    expect(nullability(member("x", "Int32", { modifiers: { validRange: true } }), int, false, true, index)).toBe(true);
    expect(nullability(member("x", "String"), { type: "Edm.String", collection: false }, false, true, index)).toBe(true);
  });
});

describe("isKeyRow", () => {
  it("reads the declared key on an entity only, and key prose on any type unless it only repeats the name", () => {
    expect(isKeyRow(member("id", "String"), "entity", "id")).toBe(true);
    expect(isKeyRow(member("id", "String"), "complex", "id")).toBe(false);
    expect(isKeyRow(member("code", "String", { description: "Key of the entity.", modifiers: { key: true } }), "complex", undefined)).toBe(
      true,
    );
    expect(isKeyRow(member("key", "String", { description: "Key.", modifiers: { key: true } }), "complex", undefined)).toBe(false);
  });
});
