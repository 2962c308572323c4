import { describe, expect, it } from "vitest";
import { formatPretty } from "../../generator/diagnostics/reporters.js";
import { diagnostic } from "../../generator/diagnostics/diagnostic.js";
import { RULES, isKnownRule, ruleInfo, type RuleInfo } from "../../generator/diagnostics/rules.js";
import { applySuppressions, suppressPageFindings } from "../../generator/diagnostics/suppressions.js";
import { buildModel } from "../../generator/model/build.js";
import { parsePage } from "../../generator/parse/page.js";
import { validateExamples } from "../../generator/tools/validate/json-examples.js";

// Read through the declared shape: `as const` gives each entry its own literal type.
const REGISTRY: readonly RuleInfo[] = RULES;

describe("rule registry", () => {
  it("has unique, kebab-case ids and complete text", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const text of [r.summary, r.trigger, r.fix, r.example.finding]) expect(text.trim(), r.id).not.toBe("");
    }
    expect(isKnownRule("todo-placeholder")).toBe(true);
    expect(isKnownRule("__proto__")).toBe(false);
    expect(ruleInfo("inheritance-cycle")?.defaultSeverity).toBe("error");
  });

  it("gives a finding the registry's severity, and refuses one the rule is not registered with", () => {
    const at = { file: "p.md", line: 1, column: 1 };
    expect(diagnostic("inheritance-cycle", at, "m").severity).toBe("error");
    expect(diagnostic("todo-placeholder", at, "m").severity).toBe("warning");
    expect(diagnostic("example-not-json", at, "m", undefined, "info").severity).toBe("info");
    expect(() => diagnostic("todo-placeholder", at, "m", undefined, "error")).toThrow(/not registered as error/);
  });

  // The examples are shown in docs/diagnostics.md; running them keeps them true as messages and positions change.
  it.each(REGISTRY.filter((r) => !r.example.illustrative).map((r) => [r.id, r] as const))(
    "example of %s gives the documented finding",
    (_id, r) => {
      const pages = [
        { file: "page.md", text: r.example.markdown },
        ...Object.entries(r.example.otherPages ?? {}).map(([file, text]) => ({ file, text })),
      ];
      const facts = pages.map((p) => {
        const f = parsePage(p.file, p.text);
        return { ...f, diagnostics: suppressPageFindings(p, f.diagnostics) };
      });
      const model = buildModel(facts);
      const texts = new Map(pages.map((p) => [p.file, p.text.split("\n")]));
      const all = [...model.diagnostics, ...validateExamples(model, (f) => texts.get(f)).diagnostics];
      const lines = applySuppressions(all, pages).map((d) => formatPretty(d).split("\n")[0]);
      const pattern = new RegExp(
        `^${r.example.finding
          .split("…")
          .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
          .join(".*")}$`,
      );
      expect(
        lines.some((l) => pattern.test(l)),
        `got:\n${lines.join("\n")}`,
      ).toBe(true);
    },
  );
});
