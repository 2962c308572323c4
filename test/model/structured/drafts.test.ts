import { describe, expect, it } from "vitest";
import { allMembers, draftsFromPages, jsonTypeOf, splitName } from "../../../generator/model/structured/drafts.js";
import { draft, key, member, page, resource } from "./facts-builders.js";

describe("draftsFromPages", () => {
  it("keys a type case-insensitively and keeps one part per defining page, in page order", () => {
    const drafts = draftsFromPages([
      page("resources/a.md", [resource("deviceManagement", { properties: [member("x", "String")] })]),
      page("resources/b.md", [resource("DeviceManagement", { properties: [member("y", "String")] })]),
    ]);
    expect([...drafts.keys()]).toEqual([key("deviceManagement")]);
    const d = drafts.get(key("deviceManagement"))!;
    expect(d.name).toBe("deviceManagement");
    expect(d.parts.map((p) => p.file)).toEqual(["resources/a.md", "resources/b.md"]);
    expect(d.weak).toBe(false);
  });

  it("remembers the enums a resource page documents in its own values tables", () => {
    const p = page("resources/a.md", [resource("a")], {
      enums: [{ name: "aState", namespace: "microsoft.graph", pos: { line: 1, column: 1 }, members: [], source: "values-table" }],
    });
    expect(draftsFromPages([p]).get(key("a"))?.pageEnums).toEqual([key("aState")]);
  });
});

describe("allMembers", () => {
  it("yields Properties rows, then Relationships rows, then rows inherited from other pages", () => {
    const d = draft("t", { properties: [member("p", "String")], relationships: [member("r", "other")], intune: true });
    d.inheritedRows.push({
      file: "x.md",
      pageNamespace: "microsoft.graph",
      member: member("i", "Int32"),
      relationship: false,
      intune: false,
    });
    expect([...allMembers(d)].map((m) => [m.member.name, m.relationship, m.intune])).toEqual([
      ["p", false, true],
      ["r", true, true],
      ["i", false, false],
    ]);
  });
});

describe("splitName and jsonTypeOf", () => {
  it("splits a qualified microsoft name and leaves a bare name whole", () => {
    expect(splitName("microsoft.graph.callRecords.session")).toEqual({ namespace: "microsoft.graph.callRecords", name: "session" });
    expect(splitName("#user")).toEqual({ name: "user" });
  });
  it("reads the type a JSON-representation key shows", () => {
    const d = draft("t", {
      jsonKeys: [
        {
          name: "when",
          placeholder: "String (timestamp)",
          pos: { line: 1, column: 1 },
          type: { kind: "primitive", name: "Edm.DateTimeOffset", collection: false },
        },
      ],
    });
    expect(jsonTypeOf(d, "when")).toEqual({ kind: "primitive", name: "Edm.DateTimeOffset", collection: false });
    expect(jsonTypeOf(d, "other")).toBeUndefined();
  });
});
