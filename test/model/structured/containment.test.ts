import { describe, expect, it } from "vitest";
import { applyContainment } from "../../../generator/model/structured/containment.js";
import type { NavigationProperty } from "../../../generator/model/types.js";
import { structured } from "./facts-builders.js";

const nav = (name: string, type: string): NavigationProperty => ({
  name,
  type: { type: `microsoft.graph.${type}`, collection: true },
  nullable: false,
  containsTarget: false,
  source: { file: "", line: 1, column: 1 },
});

describe("applyContainment", () => {
  it("contains a target that no entity set holds, itself, through a base or through a derived type", () => {
    const user = structured("user", {
      navigationProperties: [nav("events", "event"), nav("memberOf", "group"), nav("owned", "directoryObject"), nav("manager", "person")],
    });
    const types = [
      user,
      structured("event"),
      structured("directoryObject"),
      structured("group", { baseType: "microsoft.graph.directoryObject" }),
      structured("person", { baseType: "microsoft.graph.directoryObject" }),
    ];
    applyContainment(types, [{ entityType: "microsoft.graph.group" }]);
    expect(user.navigationProperties.map((n) => [n.name, n.containsTarget])).toEqual([
      ["events", true],
      ["memberOf", false],
      ["owned", false],
      ["manager", true],
    ]);
  });
});
