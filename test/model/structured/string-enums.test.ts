import { describe, expect, it } from "vitest";
import { enumForValues, enumsByMemberSet } from "../../../generator/model/structured/string-enums.js";

const enums = enumsByMemberSet(
  new Map([
    ["microsoft.graph.importance", ["low", "normal", "high"]],
    ["microsoft.graph.eventType", ["singleInstance", "occurrence", "exception", "seriesMaster"]],
    ["microsoft.graph.riskLevel", ["low", "medium", "high", "hidden", "none", "unknownFutureValue"]],
    ["microsoft.graph.deviceThreatProtectionLevel", ["low", "medium", "high", "secured"]],
    ["microsoft.graph.deviceState", ["active", "retired", "wiped"]],
  ]),
);

describe("enumForValues", () => {
  it("takes the enum named like the property whose members are exactly the values, in any case", () => {
    expect(enumForValues("importance", ["Low", "Normal", "High"], enums)).toBe("microsoft.graph.importance");
  });
  it("forgives one misspelt value among four or more (`occurence`)", () => {
    expect(enumForValues("eventType", ["singleInstance", "occurence", "exception", "seriesMaster"], enums)).toBe(
      "microsoft.graph.eventType",
    );
    expect(enumForValues("eventType", ["singleInstance", "occurence", "exceptio", "seriesMaster"], enums)).toBeUndefined();
  });
  it("takes the enum named after the property for a subset of two or more members, the closest name winning", () => {
    expect(enumForValues("riskLevel", ["low", "high"], enums)).toBe("microsoft.graph.riskLevel");
    expect(enumForValues("riskLevel", ["low"], enums)).toBeUndefined();
  });
  it("does not give a one-word `state` any *State enum that includes the values", () => {
    expect(enumForValues("state", ["active", "retired"], enums)).toBeUndefined();
  });
});
