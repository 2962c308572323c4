import { describe, expect, it } from "vitest";
import { diagnostic, type Diagnostic } from "../../generator/diagnostics/diagnostic.js";
import {
  applySeverities,
  failsRun,
  parseRuleSeverity,
  SeverityConfigError,
  severityConfigFrom,
} from "../../generator/diagnostics/severity-config.js";

const at = { file: "a.md", line: 1, column: 1 };
const todo = diagnostic("todo-placeholder", at, "placeholder");
const cycle = diagnostic("inheritance-cycle", at, "cycle");
const info = diagnostic("page-not-understood", at, "nothing");

describe("parseRuleSeverity", () => {
  it("reads RULE=LEVEL, several joined by commas", () => {
    expect(parseRuleSeverity("todo-placeholder=error")).toEqual([["todo-placeholder", "error"]]);
    expect(parseRuleSeverity(" todo-placeholder = off , inheritance-cycle=warning")).toEqual([
      ["todo-placeholder", "off"],
      ["inheritance-cycle", "warning"],
    ]);
  });

  it("refuses unknown rules, unknown levels and malformed text", () => {
    expect(() => parseRuleSeverity("todo-placholder=error")).toThrow(/unknown rule id "todo-placholder"/);
    expect(() => parseRuleSeverity("todo-placeholder=fatal")).toThrow(/unknown level "fatal"/);
    expect(() => parseRuleSeverity("todo-placeholder")).toThrow(SeverityConfigError);
    expect(() => parseRuleSeverity("__proto__=off")).toThrow(SeverityConfigError);
  });

  it("lets a later flag win", () => {
    expect(severityConfigFrom(["todo-placeholder=error", "todo-placeholder=info"]).rules).toEqual({ "todo-placeholder": "info" });
    expect(severityConfigFrom(undefined).rules).toEqual({});
  });
});

describe("applySeverities", () => {
  it("changes the configured rules, drops `off` ones, keeps others and their order", () => {
    const out = applySeverities([todo, cycle, info], { rules: { "todo-placeholder": "error", "page-not-understood": "off" } });
    expect(out).toEqual([{ ...todo, severity: "error" }, cycle]);
    expect(todo.severity).toBe("warning"); // input untouched
  });

  it("is the identity without configuration", () => {
    expect(applySeverities([todo, cycle], {})).toEqual([todo, cycle]);
  });

  it("ignores inherited object keys as rule names", () => {
    const odd: Diagnostic = { code: "constructor", severity: "warning", location: at, message: "x" };
    expect(applySeverities([odd], { rules: {} })).toEqual([odd]);
  });
});

describe("failsRun", () => {
  it("fails on errors; on warnings only when strict; never on infos", () => {
    expect(failsRun([cycle], false)).toBe(true);
    expect(failsRun([todo], false)).toBe(false);
    expect(failsRun([todo], true)).toBe(true);
    expect(failsRun([info], true)).toBe(false);
    expect(failsRun([], true)).toBe(false);
  });
});
