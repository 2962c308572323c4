/** A subset keeps every type it references (bases, properties, navigation), and only operations it can type. */
import { describe, expect, it } from "vitest";
import { selectSubset } from "../../generator/model/subset.js";
import type { Model, StructuredType } from "../../generator/model/types.js";

const src = { file: "x.md", line: 1, column: 1 };
const type = (name: string, base: string | undefined, props: string[], nav: string[] = []): StructuredType => ({
  kind: "entity",
  namespace: "ns",
  name,
  ...(base ? { baseType: base } : {}),
  properties: props.map((p, i) => ({ name: `p${i}`, type: { type: p, collection: false }, nullable: true, source: src })),
  navigationProperties: nav.map((n, i) => ({
    name: `n${i}`,
    type: { type: n, collection: true },
    nullable: true,
    containsTarget: false,
    source: src,
  })),
  sources: [src],
  source: src,
});

const model: Model = {
  schemaVersion: 1,
  types: [
    type("entity", undefined, ["Edm.String"]),
    type("user", "ns.entity", ["ns.address", "ns.status"], ["ns.message"]),
    type("address", undefined, ["Edm.String"]),
    type("message", "ns.entity", []),
    type("group", "ns.entity", []),
  ],
  enums: [{ namespace: "ns", name: "status", isFlags: false, members: [{ name: "a", value: 0 }], source: src }],
  operations: [
    {
      kind: "action",
      namespace: "ns",
      name: "archive",
      isBound: true,
      bindingType: { type: "ns.group", collection: false },
      parameters: [],
      source: src,
    },
    {
      kind: "function",
      namespace: "ns",
      name: "me",
      isBound: false,
      parameters: [],
      returnType: { type: "ns.user", collection: false },
      source: src,
    },
  ],
  endpoints: [],
  entitySets: [
    { name: "users", entityType: "ns.user" },
    { name: "groups", entityType: "ns.group" },
  ],
  singletons: [],
  diagnostics: [],
};

const names = (m: Model): string[] => [...m.types.map((t) => t.name), ...m.enums.map((e) => e.name)].sort();

describe("selectSubset", () => {
  it("closes an include over base types, property types, enums and navigation targets", () => {
    const m = selectSubset(model, { include: ["user"] });
    expect(names(m)).toEqual(["address", "entity", "message", "status", "user"]);
    expect(m.operations.map((o) => o.name)).toEqual(["me"]);
    expect(m.entitySets.map((s) => s.name)).toEqual(["users"]);
  });

  it("matches qualified names, and an exclude loses to a reference", () => {
    expect(names(selectSubset(model, { include: ["ns.g*"] }))).toEqual(["entity", "group"]);
    expect(names(selectSubset(model, { exclude: ["address", "group"] }))).toEqual(["address", "entity", "message", "status", "user"]);
  });

  it("returns the model itself without globs", () => {
    expect(selectSubset(model, {})).toBe(model);
  });
});
