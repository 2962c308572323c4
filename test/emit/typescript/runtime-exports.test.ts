/** The runtime's exported names from its syntax tree equal ts-morph's exported symbols (a program with lib files). */
import { readFileSync } from "node:fs";
import { Project } from "ts-morph";
import { describe, expect, it } from "vitest";
import { runtimeExports } from "../../../generator/emit/typescript/project.js";

describe("runtimeExports", () => {
  it("names what the symbol API names, for the real runtime and for overloads, re-exports and merged names", () => {
    const sources = [
      readFileSync("templates/runtime.ts", "utf8"),
      "export function f(a: string): void;\nexport function f(a: unknown) {}\nexport interface I {}\nexport interface I { x: 1 }\nconst v = 1;\nexport { v as w };\nexport const [d] = [1], e = 2;\nexport enum E { A }\ntype Hidden = 1;\n",
    ];
    for (const source of sources) {
      const file = new Project({ useInMemoryFileSystem: true }).createSourceFile("/r.ts", source);
      const expected = [...file.getExportedDeclarations().keys()];
      expect(new Set(runtimeExports(source))).toEqual(new Set(expected));
    }
  });
});
