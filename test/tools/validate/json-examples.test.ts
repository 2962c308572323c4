import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../../generator/index.js";
import { validateExamples } from "../../../generator/tools/validate/json-examples.js";

const PAGES = "test/tools/validate/fixtures/pages";
const lines = (f: string) => readFileSync(f, "utf8").split(/\r?\n/);

async function findings(input: string[]) {
  const r = validateExamples(await loadModel({ input }), lines);
  return {
    ...r,
    brief: r.diagnostics.map(
      (d) => `${d.location.file.replace(`${PAGES}/`, "")}:${d.location.line}:${d.location.column} ${d.severity} ${d.code}`,
    ),
  };
}

describe("validateExamples", () => {
  it("locates each finding at the offending key, in page coordinates", async () => {
    const { brief } = await findings([PAGES]);
    expect(brief).toEqual([
      "api/shape-get.md:52:3 error example-wrong-type", // "area": "String" where the table says Double
      "api/shape-get.md:53:3 error example-enum-value", // "color": "purple"
      "api/shape-get.md:54:3 error example-wrong-type", // "tags": "pointy" for a String collection
      "api/shape-get.md:58:5 error example-unknown-property", // owner.email
      "api/shape-get.md:60:3 error example-missing-odata-type", // radius belongs to circle
      "api/shape-list.md:53:74 warning example-enum-value", // "Red" for red
      "api/shape-list.md:54:6 error example-wrong-odata-type", // an ownerInfo in a shape collection
      "api/shape-list.md:83:1 info example-not-json", // truncated with ...
      "api/shape-post.md:40:3 error example-unknown-property", // "Name"
      "api/shape-post.md:75:1 error example-not-json",
    ]);
  });

  it("accepts what the docs' conventions allow: placeholders naming the right type, @odata annotations, derived types, property annotations", async () => {
    const { diagnostics } = await findings([PAGES]);
    const text = diagnostics.map((d) => d.message).join("\n");
    for (const fine of [
      '"sides"',
      '"createdDateTime"',
      "@odata.context",
      "@odata.nextLink",
      "owner@odata.bind",
      '"radius" is 1.5',
      '"id"',
    ]) {
      expect(text).not.toContain(fine);
    }
  });

  it("gives hints that say what to do", async () => {
    const { diagnostics } = await findings([PAGES]);
    expect(diagnostics.find((d) => d.message.startsWith('"Name"'))?.hint).toBe('Did you mean "name"?');
    expect(diagnostics.find((d) => d.code === "example-missing-odata-type")?.hint).toBe(
      'Add "@odata.type": "#microsoft.graph.circle" to the object.',
    );
  });

  it("finds nothing in input-docs, whose examples agree with their tables", async () => {
    const { diagnostics, stats } = await findings(["input-docs"]);
    expect(diagnostics).toEqual([]);
    expect(stats.checked).toBeGreaterThan(10);
  });
});
