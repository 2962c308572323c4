import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../generator/diagnostics/diagnostic.js";
import { respellLowercaseMembers } from "../../../generator/model/endpoints/path-spelling.js";
import { endpoint, entity, graphOf, nav, ref } from "./endpoint-builders.js";

describe("respellLowercaseMembers", () => {
  it("gives an all-lower-case row the paths' camelCase spelling, once, with a warning", () => {
    const schedule = entity("schedule", { navigationProperties: [nav("openshifts", "openShift", true), nav("timeoff", "timeOff", true)] });
    const graph = graphOf([schedule, entity("openShift"), entity("timeOff")], { schedules: ref("schedule", true) });
    const diagnostics: Diagnostic[] = [];
    const endpoints = [endpoint("list", ["/schedules/{id}/openShifts", "/schedules/{id}/openShifts/{shiftId}"])];
    respellLowercaseMembers(endpoints, graph, diagnostics);
    expect(schedule.navigationProperties.map((n) => n.name)).toEqual(["openShifts", "timeoff"]);
    expect(diagnostics.map((d) => d.code)).toEqual(["property-name-case"]);
  });

  it("leaves a row that is already in camelCase, whatever the paths write", () => {
    const schedule = entity("schedule", { navigationProperties: [nav("timeOff", "timeOff", true)] });
    const graph = graphOf([schedule, entity("timeOff")], { schedules: ref("schedule", true) });
    const diagnostics: Diagnostic[] = [];
    respellLowercaseMembers([endpoint("list", ["/schedules/{id}/TimeOff"])], graph, diagnostics);
    expect(schedule.navigationProperties[0].name).toBe("timeOff");
    expect(diagnostics).toEqual([]);
  });
});
