import { describe, expect, it } from "vitest";
import { ModelSymbols } from "../../../generator/emit/typescript/symbols.js";
import { TypeImports, TypeRenderer } from "../../../generator/emit/typescript/type-refs.js";
import { model, prop, ref, structured } from "../model-fixtures.js";

const g = "microsoft.graph";

function renderer(types: ReturnType<typeof structured>[]): TypeRenderer {
  return new TypeRenderer(new ModelSymbols(model({ types }), [], []), { dir: "models", stem: "microsoft.graph" }, new TypeImports());
}

describe("TypeRenderer: declarations follow the npm typings' conventions", () => {
  const r = renderer([
    structured(`${g}.Json`, [], { kind: "complex" }),
    structured(`${g}.base`, [], { kind: "complex" }),
    structured(`${g}.root`, [], { kind: "complex" }),
    structured(`${g}.derived`, [prop("x", "Edm.String")], { kind: "complex", baseType: `${g}.base` }),
  ]);

  it("declares Edm.Binary a string (base64, as on the wire), Edm.Stream and Edm.Untyped any", () => {
    expect(r.render(ref("Edm.Binary"), true)).toMatchObject({ text: "string | null", notes: [expect.stringContaining("base64")] });
    expect(r.render(ref("Edm.Stream"), true).text).toBe("any | null");
    expect(r.render(ref("Edm.Untyped", true), true).text).toBe("any[] | null");
  });

  it("declares the memberless Json complex type any, but not other memberless (marker) types", () => {
    expect(r.render(ref(`${g}.Json`), false).text).toBe("any");
    expect(r.render(ref(`${g}.base`), true).text).toBe("Base | null");
    expect(r.render(ref(`${g}.root`), true).text).toBe("Root | null");
  });
});
