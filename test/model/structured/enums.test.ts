import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../generator/diagnostics/diagnostic.js";
import { addProseMembers, enumFromPossibleValues } from "../../../generator/model/structured/enums.js";
import type { EnumType } from "../../../generator/model/types.js";

const where = { file: "resources/target.md", line: 20, column: 1 };

function tableEnum(...names: string[]): EnumType {
  return {
    namespace: "microsoft.graph",
    name: "featureSettings",
    isFlags: false,
    members: names.map((name, value) => ({ name, value })),
    source: { file: "resources/enums.md", line: 119, column: 1 },
  };
}

describe("enum members from 'Possible values are' prose", () => {
  it("adds the members the table leaves out, after the table's, with a warning", () => {
    const e = tableEnum("none", "requireNumberMatching");
    const diagnostics: Diagnostic[] = [];
    addProseMembers(e, ["none", "requireNumberMatching", "unknownFutureValue"], where, diagnostics);
    expect(e.members).toEqual([
      { name: "none", value: 0 },
      { name: "requireNumberMatching", value: 1 },
      { name: "unknownFutureValue", value: 2 },
    ]);
    expect(diagnostics.map((d) => d.code)).toEqual(["enum-conflict"]);
  });

  // "Possible values are: `null`, `requireNumberMatching`": null is the JSON literal, not a member.
  it("never reads a backticked null as a member", () => {
    const e = tableEnum("requireNumberMatching");
    const diagnostics: Diagnostic[] = [];
    addProseMembers(e, ["null", "requireNumberMatching"], where, diagnostics);
    expect(e.members.map((m) => m.name)).toEqual(["requireNumberMatching"]);
    expect(diagnostics).toEqual([]);
    const made = enumFromPossibleValues("microsoft.graph", "riskLevel", ["null", "low", "high"], where.file, where.line, where.column);
    expect(made.members).toEqual([
      { name: "low", value: 0 },
      { name: "high", value: 1 },
    ]);
  });
});
