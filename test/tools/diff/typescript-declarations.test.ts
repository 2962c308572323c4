import { describe, expect, it } from "vitest";
import { readDeclarationsFromText, type DeclaredStructure } from "../../../generator/tools/diff/typescript-declarations.js";

const CODE = `
export type NullableOption<T> = T | null;
export type Mode = "a" | "b";
export type Helper = Shape | Mode;
export enum Level { Low = "low", High }
export interface Shape extends ns.Base {
  plain: string;
  "@odata.type"?: string;
  wrapped?: NullableOption<number>;
  union?: boolean | null | undefined;
  list?: Shape[];
  generic?: ReadonlyArray<ns.Other>;
  nullableList?: NullableOption<Mode[]>;
  inline?: "x" | "y";
  loose?: any;
}
export namespace Outer.Inner {
  interface Nested { id?: string }
}
declare module "pkg" {
  interface InModule { id?: string }
}
export class Klass extends Shape { static count = 0; size?: number }
export type Literal = { a?: string };
`;

describe("readDeclarationsFromText", () => {
  const decls = readDeclarationsFromText("code.ts", CODE);
  const byName = new Map(decls.map((d) => [d.name, d]));
  const shape = byName.get("Shape") as DeclaredStructure;
  const prop = (name: string) => shape.properties.find((p) => p.name === name)?.type;

  it("reads interfaces, classes, object aliases, enums and string-literal unions; skips helper aliases", () => {
    expect(decls.map((d) => `${d.kind}:${[...d.namespaces, d.name].join(".")}`).sort()).toEqual(
      [
        "enum:Level",
        "enum:Mode",
        "structure:InModule",
        "structure:Klass",
        "structure:Literal",
        "structure:Outer.Inner.Nested",
        "structure:Shape",
      ].sort(),
    );
  });

  it("keeps enum wire values (string initializers) and the base's last name segment", () => {
    expect(byName.get("Level")).toMatchObject({ members: [{ name: "low" }, { name: "High" }] });
    expect(byName.get("Mode")).toMatchObject({ members: [{ name: "a", location: { line: 3 } }, { name: "b" }] });
    expect(shape.bases).toEqual(["Base"]);
    expect((byName.get("Klass") as DeclaredStructure).properties.map((p) => p.name)).toEqual(["size"]);
  });

  it("reduces property types to nullable / collection / element", () => {
    expect(prop("plain")).toMatchObject({ nullable: false, collection: false, element: { kind: "keyword", name: "string" } });
    expect(prop("wrapped")).toMatchObject({ nullable: true, collection: false, element: { kind: "keyword", name: "number" } });
    expect(prop("union")).toMatchObject({ nullable: true, element: { kind: "keyword", name: "boolean" } });
    expect(prop("list")).toMatchObject({ nullable: false, collection: true, element: { kind: "ref", name: "Shape" } });
    expect(prop("generic")).toMatchObject({ collection: true, element: { kind: "ref", name: "Other", written: "ns.Other" } });
    expect(prop("nullableList")).toMatchObject({ nullable: true, collection: true, element: { kind: "ref", name: "Mode" } });
    expect(prop("inline")).toMatchObject({ element: { kind: "literals", values: ["x", "y"] } });
    expect(prop("loose")).toMatchObject({ element: { kind: "keyword", name: "any" } });
    expect(shape.properties.map((p) => p.name)).toContain("@odata.type");
    expect(shape.properties.find((p) => p.name === "plain")).toMatchObject({ optional: false, location: { file: "code.ts", line: 7 } });
  });
});
