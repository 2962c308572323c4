import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { formatPretty } from "../../generator/diagnostics/reporters.js";
import { RULES, isKnownRule, ruleInfo } from "../../generator/diagnostics/rules.js";
import { applySuppressions, suppressPageFindings } from "../../generator/diagnostics/suppressions.js";
import { buildModel } from "../../generator/model/build.js";
import { parsePage } from "../../generator/parse/page.js";
import { validateExamples } from "../../generator/tools/validate/json-examples.js";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : e.name.endsWith(".ts") ? [p] : [];
  });
}

interface Call {
  where: string;
  code?: string;
  severity?: string;
}

const STRING_ARG = /^(["'`])([^"'`]*)\1\s*,\s*(?:(["'`])([^"'`]*)\3)?/;

/**
 * Calls of a wrapper that passes its parameter `param` on as the rule id (`report(code: string, …)` →
 * `diagnostic(code, …)`): the wrapper is the nearest function before the call with that parameter, and its callers
 * in the same file must pass literal ids. Severities are not checked through wrappers (they move position).
 */
function wrapperCalls(file: string, text: string, callAt: number, param: string): Call[] | undefined {
  const decls = [...text.slice(0, callAt).matchAll(new RegExp(`(\\w+)\\s*\\(([^()]*?)\\b${param}\\s*:\\s*string`, "g"))];
  const name = decls.at(-1)?.[1];
  if (name === undefined) return undefined;
  const calls: Call[] = [];
  for (const m of text.matchAll(new RegExp(`(?<![\\w])${name}\\(\\s*`, "g"))) {
    const args = STRING_ARG.exec(text.slice(m.index + m[0].length));
    if (!args) continue; // the declaration itself, or a forwarding call checked where it is declared
    calls.push({ where: `${relative(".", file)}:${text.slice(0, m.index).split("\n").length}`, code: args[2] });
  }
  return calls.length > 0 ? calls : undefined;
}

/** Every `diagnostic(` call in generator/ (the factory's own declaration excluded), with its literal arguments. */
function diagnosticCalls(): Call[] {
  const calls: Call[] = [];
  for (const file of sourceFiles("generator")) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?<![\w.])diagnostic\(\s*/g)) {
      if (/function\s+$/.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      const line = text.slice(0, m.index).split("\n").length;
      const rest = text.slice(m.index + m[0].length);
      const args = STRING_ARG.exec(rest);
      if (args) {
        calls.push({ where: `${relative(".", file)}:${line}`, code: args[2], severity: args[4] });
        continue;
      }
      const param = /^(\w+)\s*,/.exec(rest)?.[1];
      const viaWrapper = param === undefined ? undefined : wrapperCalls(file, text, m.index, param);
      calls.push(...(viaWrapper ?? [{ where: `${relative(".", file)}:${line}` }]));
    }
  }
  return calls;
}

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

  it("lists every rule id the source emits, with the severity the source gives it", () => {
    const calls = diagnosticCalls();
    expect(calls.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const c of calls) {
      if (c.code === undefined) problems.push(`${c.where}: the rule id is not a string literal, so the registry cannot be checked`);
      else if (!isKnownRule(c.code)) problems.push(`${c.where}: "${c.code}" is not in generator/diagnostics/rules.ts`);
      else if (c.severity !== undefined && c.severity !== ruleInfo(c.code)?.defaultSeverity) {
        problems.push(`${c.where}: "${c.code}" is emitted as ${c.severity} but registered as ${ruleInfo(c.code)?.defaultSeverity}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("registers no rule that nothing emits", () => {
    const emitted = new Set(diagnosticCalls().map((c) => c.code));
    expect(RULES.map((r) => r.id).filter((id) => !emitted.has(id))).toEqual([]);
  });

  // The examples are shown in docs/diagnostics.md; running them keeps them true as messages and positions change.
  it.each(RULES.filter((r) => !r.example.illustrative).map((r) => [r.id, r] as const))("example of %s gives the documented finding", (_id, r) => {
    const pages = [{ file: "page.md", text: r.example.markdown }, ...Object.entries(r.example.otherPages ?? {}).map(([file, text]) => ({ file, text }))];
    const facts = pages.map((p) => {
      const f = parsePage(p.file, p.text);
      return { ...f, diagnostics: suppressPageFindings(p, f.diagnostics) };
    });
    const model = buildModel(facts);
    const texts = new Map(pages.map((p) => [p.file, p.text.split("\n")]));
    const all = [...model.diagnostics, ...validateExamples(model, (f) => texts.get(f)).diagnostics];
    const lines = applySuppressions(all, pages).map((d) => formatPretty(d).split("\n")[0]);
    const pattern = new RegExp(`^${r.example.finding.split("…").map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
    expect(lines.some((l) => pattern.test(l)), `got:\n${lines.join("\n")}`).toBe(true);
  });
});
