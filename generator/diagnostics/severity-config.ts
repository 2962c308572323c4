/**
 * Per-rule severity overrides (`--rule-severity todo-placeholder=error`, `…=off`) and the pass/fail decision
 * (`--strict` makes warnings fail). Pure: the CLI parses the flags and applies the result.
 */
import type { Diagnostic, Severity } from "./diagnostic.js";
import { isKnownRule } from "./rules.js";

export type RuleLevel = Severity | "off";

export interface SeverityConfig {
  /** Rule id → level. Rules not listed keep the severity the code reported. */
  rules?: Readonly<Record<string, RuleLevel>>;
}

const LEVELS: readonly RuleLevel[] = ["error", "warning", "info", "off"];

/** Thrown for a malformed `--rule-severity` value; the CLI turns it into a usage error. */
export class SeverityConfigError extends Error {}

/**
 * Parses `rule=level` (several may be joined by commas: `a=off,b=error`) into entries.
 * Unknown rule ids are refused, so a misspelt id fails loudly instead of silently configuring nothing.
 */
export function parseRuleSeverity(text: string): Array<[string, RuleLevel]> {
  const out: Array<[string, RuleLevel]> = [];
  for (const part of text.split(",")) {
    const m = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(part);
    if (!m) throw new SeverityConfigError(`expected RULE=LEVEL, got "${part.trim()}"`);
    const [, rule, level] = m;
    if (!isKnownRule(rule)) throw new SeverityConfigError(`unknown rule id "${rule}" (see docs/diagnostics.md)`);
    if (!(LEVELS as readonly string[]).includes(level)) {
      throw new SeverityConfigError(`unknown level "${level}" for ${rule} (use ${LEVELS.join(", ")})`);
    }
    out.push([rule, level as RuleLevel]);
  }
  return out;
}

/** Later entries win, as with repeated flags. */
export function severityConfigFrom(values: readonly string[] | undefined): SeverityConfig {
  const rules: Record<string, RuleLevel> = {};
  for (const v of values ?? []) for (const [rule, level] of parseRuleSeverity(v)) rules[rule] = level;
  return { rules };
}

/** The diagnostics with configured severities; rules set to `off` are dropped. Input order is kept. */
export function applySeverities(diagnostics: readonly Diagnostic[], config: SeverityConfig): Diagnostic[] {
  const rules = config.rules ?? {};
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const level = Object.hasOwn(rules, d.code) ? rules[d.code] : undefined;
    if (level === "off") continue;
    out.push(level === undefined || level === d.severity ? d : { ...d, severity: level });
  }
  return out;
}

/** Whether the findings fail the run: any error, or with `strict` any warning. Infos never fail. */
export function failsRun(diagnostics: readonly Diagnostic[], strict: boolean): boolean {
  return diagnostics.some((d) => d.severity === "error" || (strict && d.severity === "warning"));
}
