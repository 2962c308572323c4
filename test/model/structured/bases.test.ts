import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../generator/diagnostics/diagnostic.js";
import type { ResourceFacts } from "../../../generator/parse/facts.js";
import { decideBases } from "../../../generator/model/structured/bases.js";
import type { TypeDraft } from "../../../generator/model/structured/drafts.js";
import { draft, draftsOf, key, member } from "./facts-builders.js";

const AT = { line: 2, column: 1 };
const annotation = (name: string): ResourceFacts["baseType"] => ({ name, pos: AT, from: "annotation" });
const prose = (name: string): ResourceFacts["proseBaseType"] => ({ name, pos: AT });

function bases(list: TypeDraft[]): { bases: Map<string, string>; diagnostics: Diagnostic[] } {
  const { drafts, index } = draftsOf(list);
  const diagnostics: Diagnostic[] = [];
  return { bases: decideBases(list, drafts, index, diagnostics), diagnostics };
}

describe("decideBases", () => {
  it("takes the most derived of statements on one chain (annotation entity, prose directoryObject)", () => {
    const r = bases([
      draft("entity"),
      draft("directoryObject", { baseType: annotation("entity") }),
      draft("user", { baseType: annotation("entity"), proseBaseType: prose("directoryObject") }),
    ]);
    expect(r.bases.get(key("user"))).toBe(key("directoryObject"));
    expect(r.diagnostics).toEqual([]);
  });

  it("lets the annotation win over a contradicting statement, with a base-type-conflict warning", () => {
    const r = bases([draft("a"), draft("b"), draft("t", { baseType: annotation("a"), proseBaseType: prose("b") })]);
    expect(r.bases.get(key("t"))).toBe(key("a"));
    expect(r.diagnostics.map((d) => d.code)).toEqual(["base-type-conflict"]);
  });

  it("reads a base page's list of derived types", () => {
    const r = bases([draft("child"), draft("parent", { derivedTypes: [{ name: "child", pos: AT }] })]);
    expect(r.bases.get(key("child"))).toBe(key("parent"));
  });

  it("falls back on the nearest 'Inherited from' type when no page states a base", () => {
    const t = draft("t", { properties: [member("x", "String")] });
    t.inheritedFrom.push({ name: "microsoft.graph.mid", file: "t.md", pageNamespace: "microsoft.graph" });
    t.inheritedFrom.push({ name: "microsoft.graph.top", file: "t.md", pageNamespace: "microsoft.graph" });
    const r = bases([draft("top"), draft("mid", { baseType: annotation("top") }), t]);
    expect(r.bases.get(key("t"))).toBe(key("mid"));
  });

  it("reports an undefined base and drops the bases of a cycle", () => {
    const undef = bases([draft("t", { baseType: annotation("nowhere") })]);
    expect(undef.diagnostics.map((d) => d.code)).toEqual(["undefined-base-type"]);
    const cycle = bases([draft("a", { baseType: annotation("b") }), draft("b", { baseType: annotation("a") })]);
    expect(cycle.diagnostics.map((d) => d.code)).toContain("inheritance-cycle");
    expect(cycle.bases.size).toBeLessThan(2);
  });
});
