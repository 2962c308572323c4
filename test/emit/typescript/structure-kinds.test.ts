import { StructureKind as TsMorphKind, VariableDeclarationKind } from "ts-morph";
import { describe, expect, it } from "vitest";
import { CONST_DECLARATION, StructureKind } from "../../../generator/emit/typescript/structure-kinds.js";

describe("structure kind constants", () => {
  it("are ts-morph's values, so structures (and their cache keys) are the same bytes", () => {
    for (const [name, value] of Object.entries(StructureKind))
      expect([name, value]).toEqual([name, TsMorphKind[name as keyof typeof TsMorphKind]]);
    expect(CONST_DECLARATION).toBe(VariableDeclarationKind.Const);
  });
});
