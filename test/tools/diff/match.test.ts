import { describe, expect, it } from "vitest";
import { matchDeclarations, parseRenames, RenameError } from "../../../generator/tools/diff/match.js";
import { readDeclarationsFromText } from "../../../generator/tools/diff/typescript-declarations.js";
import type { Model, StructuredType } from "../../../generator/model/types.js";

function type(namespace: string, name: string): StructuredType {
  const source = { file: `${name}.md`, line: 1, column: 1 };
  return { kind: "complex", namespace, name, properties: [], navigationProperties: [], source, sources: [source] };
}

function model(types: StructuredType[]): Model {
  return { schemaVersion: 1, types, enums: [], operations: [], endpoints: [], entitySets: [], singletons: [], diagnostics: [] };
}

describe("parseRenames", () => {
  it("reads old=new pairs and a JSON object, lower-cased, docs namespace dropped", () => {
    const m = parseRenames(["Colour=microsoft.graph.color"], { IdentityThing: "identity" });
    expect([...m]).toEqual([
      ["identitything", "identity"],
      ["colour", "color"],
    ]);
  });

  it("rejects malformed entries", () => {
    expect(() => parseRenames(["nope"])).toThrow(RenameError);
    expect(() => parseRenames(["a="])).toThrow(RenameError);
    expect(() => parseRenames([], ["a"])).toThrow(RenameError);
    expect(() => parseRenames([], { a: 1 })).toThrow(RenameError);
  });
});

describe("matchDeclarations", () => {
  it("pairs by name case-insensitively and one-to-one, the code namespace choosing between same-named types", () => {
    const code = readDeclarationsFromText(
      "c.ts",
      "export interface Identity {}\nexport namespace CallRecords { interface Session {} }\nexport namespace ExternalConnectors { interface Identity {} }\nexport interface Session {}",
    );
    const m = matchDeclarations(
      model([type("microsoft.graph", "identity"), type("microsoft.graph.callRecords", "session")]),
      code,
      new Map(),
    );
    const pairs = m.pairs
      .map((p) => `${[...p.decl.namespaces, p.decl.name].join(".")}=${p.model.type.namespace}.${p.model.type.name}`)
      .sort();
    expect(pairs).toEqual(["CallRecords.Session=microsoft.graph.callRecords.session", "Identity=microsoft.graph.identity"]);
    expect(m.extra.map((d) => [...d.namespaces, d.name].join(".")).sort()).toEqual(["ExternalConnectors.Identity", "Session"]);
    expect(m.missing).toEqual([]);
  });
});
