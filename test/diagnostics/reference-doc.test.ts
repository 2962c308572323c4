import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BEGIN_MARKER, END_MARKER, renderRuleReference, replaceGeneratedPart } from "../../generator/diagnostics/reference-doc.js";
import { RULES } from "../../generator/diagnostics/rules.js";

const page = readFileSync("docs/diagnostics.md", "utf8");

describe("docs/diagnostics.md", () => {
  it("has the generated rule reference up to date (regenerate: npx tsx generator/diagnostics/reference-doc.ts docs/diagnostics.md)", () => {
    const generated = page.slice(page.indexOf(BEGIN_MARKER), page.indexOf(END_MARKER) + END_MARKER.length);
    expect(generated).toBe(renderRuleReference());
  });

  it("lists every rule with a heading, its default severity and its example finding", () => {
    for (const r of RULES) {
      expect(page).toContain(`### \`${r.id}\``);
      expect(page).toContain(`| [\`${r.id}\`](#${r.id}) | ${r.defaultSeverity} |`);
      expect(page).toContain(r.example.finding);
    }
  });

  it("replaces only the generated part", () => {
    const doc = `intro\n${BEGIN_MARKER}\nold\n${END_MARKER}\noutro\n`;
    expect(replaceGeneratedPart(doc, "NEW")).toBe("intro\nNEW\noutro\n");
    expect(() => replaceGeneratedPart("no markers", "NEW")).toThrow(/markers/);
  });
});
