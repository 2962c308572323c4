/** Name globs: the syntax --include/--exclude take, and a walk that cannot blow up on long names. */
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { expandBraces, GlobError, matchSteps, nameMatcher } from "../../generator/model/name-glob.js";

describe("nameMatcher", () => {
  it("matches *, ?, sets, ranges, negated sets, braces and escapes, case-insensitively", () => {
    const m = (g: string, n: string): boolean => nameMatcher([g])(n);
    expect(m("ns.g*", "NS.Group")).toBe(true);
    expect(m("ns.g*", "ns.user")).toBe(false);
    expect(m("us?r", "user")).toBe(true);
    expect(m("us?r", "usr")).toBe(false);
    expect(m("[a-c]ard", "card")).toBe(true);
    expect(m("[!a-c]ard", "card")).toBe(false);
    expect(m("{user,group}", "group")).toBe(true);
    expect(m("a{b,c{d,e}}", "ace")).toBe(true);
    expect(m("a\\*", "a*")).toBe(true);
    expect(m("a\\*", "ab")).toBe(false);
    expect(m("**", "anything.at.all")).toBe(true);
    expect(m("*x", "")).toBe(false);
  });

  it("agrees with picomatch on the globs people write for type names", () => {
    const names = ["microsoft.graph.user", "microsoft.graph.group", "user", "managedDevice", "ns.gadget", "x"];
    const globs = ["*", "user", "*.user", "microsoft.graph.*", "managed*", "*Device", "?", "ns.g*", "{user,group}", "[mu]*", "*a*e*"];
    for (const g of globs) {
      const ours = nameMatcher([g]);
      const theirs = picomatch(g, { nocase: true });
      for (const n of names) expect(ours(n), `${g} vs ${n}`).toBe(theirs(n));
    }
  });

  it("takes at most name length × pattern length steps on a 10,000-character name", () => {
    const name = "t".repeat(10_000);
    for (const glob of ["*t*t*t*x", "*t*t*t*t*t*t*t*t*x", "*?*?*?*x", "*[t]*[t]*x"]) {
      expect(nameMatcher([glob])(name)).toBe(false);
      expect(matchSteps(glob, name)).toBeLessThanOrEqual(name.length * (glob.length + 1));
    }
    expect(nameMatcher(["*t*t*t*t"])(name)).toBe(true);
  });

  it("refuses a brace expansion of more than 256 alternatives", () => {
    expect(expandBraces("{a,b}{c,d}")).toEqual(["ac", "bc", "ad", "bd"]);
    expect(() => nameMatcher(["{a,b}".repeat(9)])).toThrow(GlobError);
  });
});
