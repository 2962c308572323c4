import { describe, expect, it } from "vitest";
import { findDrift, type DriftEntry } from "../../../generator/tools/diff/drift.js";
import { parseRenames } from "../../../generator/tools/diff/match.js";
import { statedNullability } from "../../../generator/tools/diff/stated-nullability.js";
import { readDeclarations } from "../../../generator/tools/diff/typescript-declarations.js";
import { parsePages } from "../../../generator/index.js";
import { buildModel } from "../../../generator/model/build.js";

const PAGES = "test/tools/diff/fixtures/pages";
const CODE = "test/tools/diff/fixtures/code";

async function drift(codeFile: string, map: string[] = []): Promise<DriftEntry[]> {
  const pages = await parsePages([PAGES]);
  return findDrift(buildModel(pages), await readDeclarations(`${CODE}/${codeFile}`), {
    renames: parseRenames(map),
    explicitNullability: statedNullability(pages),
  });
}

const brief = (e: DriftEntry): string => `${e.kind} ${e.typeName}${e.member ? `.${e.member}` : ""}`;

describe("findDrift", () => {
  it("finds no drift when the code says what the pages say (optional properties, NullableOption and `export as namespace` included)", async () => {
    expect((await drift("matching.d.ts")).map(brief)).toEqual([]);
  });

  it("reports each kind of drift once, where it is declared", async () => {
    const entries = await drift("drifted.ts");
    expect(entries.map(brief)).toEqual([
      "missing-type microsoft.graph.circle",
      "missing-type microsoft.graph.shapeColor",
      "extra-type ShapeColour",
      "extra-type Square",
      "extra-property microsoft.graph.shape.zIndex",
      "case-mismatch microsoft.graph.ownerInfo.displayName",
      "type-mismatch microsoft.graph.shape.area",
      "type-mismatch microsoft.graph.shape.color",
      "type-mismatch microsoft.graph.shape.tags",
      "nullability-mismatch microsoft.graph.shape.name",
      "nullability-mismatch microsoft.graph.shape.sides",
    ]);
  });

  it("names the page row and the declaration line", async () => {
    const entries = await drift("drifted.ts");
    const area = entries.find((e) => e.member === "area");
    expect(area?.docs).toMatchObject({ file: `${PAGES}/shape.md`, line: 19 });
    expect(area?.code).toEqual({ file: `${CODE}/drifted.ts`, line: 20 });
    expect(area?.docsSays).toBe("Edm.Double");
    expect(area?.codeSays).toBe("string");
    const extra = entries.find((e) => e.kind === "extra-type" && e.typeName === "Square");
    expect(extra?.code).toEqual({ file: `${CODE}/drifted.ts`, line: 32 });
    expect(extra?.docs).toBeUndefined();
  });

  it("says which way nullability differs, and only where the page states it", async () => {
    const entries = await drift("drifted.ts");
    const name = entries.find((e) => e.kind === "nullability-mismatch" && e.member === "name");
    const sides = entries.find((e) => e.kind === "nullability-mismatch" && e.member === "sides");
    expect(name?.message).toContain("not nullable");
    expect(name?.codeSays).toBe("string | null");
    expect(sides?.docsSays).toBe("nullable");
    // createdDateTime: the page says nothing, the code says non-null: not drift.
    expect(entries.some((e) => e.member === "createdDateTime")).toBe(false);
  });

  it("follows the rename map to pair a renamed type, then compares its members", async () => {
    const entries = await drift("drifted.ts", ["ShapeColour=microsoft.graph.shapeColor"]);
    const list = entries.map(brief);
    expect(list).not.toContain("missing-type microsoft.graph.shapeColor");
    expect(list).not.toContain("type-mismatch microsoft.graph.shape.color");
    expect(list).toContain("missing-enum-member microsoft.graph.shapeColor.blue");
    expect(list).toContain("extra-enum-member microsoft.graph.shapeColor.purple");
    const purple = entries.find((e) => e.member === "purple");
    expect(purple?.code).toEqual({ file: `${CODE}/drifted.ts`, line: 7 });
  });
});
