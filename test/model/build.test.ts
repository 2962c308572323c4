import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildModel } from "../../generator/model/build.js";
import type { Model, NavigationProperty, Property, StructuredType } from "../../generator/model/types.js";
import { parsePage } from "../../generator/parse/page.js";

const DIR = "test/model/fixtures/resources";

function load(files?: readonly string[]): Model {
  const names = files ?? readdirSync(DIR).filter((f) => f.endsWith(".md"));
  return buildModel(names.map((f) => parsePage(join(DIR, f), readFileSync(join(DIR, f), "utf8"))));
}

const model = load();

function type(name: string): StructuredType {
  const t = model.types.find((x) => x.name === name);
  if (!t) throw new Error(`no type ${name}`);
  return t;
}

function prop(typeName: string, name: string): Property {
  const p = type(typeName).properties.find((x) => x.name === name);
  if (!p) throw new Error(`no property ${typeName}.${name}`);
  return p;
}

function nav(typeName: string, name: string): NavigationProperty {
  const n = type(typeName).navigationProperties.find((x) => x.name === name);
  if (!n) throw new Error(`no navigation property ${typeName}.${name}`);
  return n;
}

describe("entity or complex", () => {
  it("makes a type with a key row, relationships or a pointing relationship an entity", () => {
    expect(type("gizmo").kind).toBe("entity");
    // keeper has no id row: the Relationships row of gizmo that points at it decides.
    expect(type("keeper").kind).toBe("entity");
    expect(type("part").kind).toBe("entity");
  });

  it("keeps a type used as a Properties row type complex even when it has an id row", () => {
    expect(type("address").kind).toBe("complex");
    expect(type("address").key).toBeUndefined();
  });

  it("makes types deriving from an entity entities", () => {
    expect(type("sparkGizmo").kind).toBe("entity");
    expect(type("quietGizmo").kind).toBe("entity");
  });
});

describe("entity or complex: conflicting tables", () => {
  it("keeps a type complex when more Properties rows use it than Relationships rows list it", () => {
    expect(type("signer").kind).toBe("complex");
    expect(prop("beacon", "lastSigner").type).toEqual({ type: "microsoft.graph.signer", collection: false });
    expect(prop("pairing", "signer").type.type).toBe("microsoft.graph.signer");
  });
});

describe("base types", () => {
  it("derives entity types that state no base from the key-only abstract root", () => {
    expect(type("gizmo").baseType).toBe("microsoft.graph.entity");
    expect(type("keeper").baseType).toBe("microsoft.graph.entity");
    expect(type("part").baseType).toBe("microsoft.graph.entity");
    expect(type("entity").baseType).toBeUndefined();
    expect(type("address").baseType).toBeUndefined();
  });

  it("reads the base's list of derived types", () => {
    expect(type("sparkGizmo").baseType).toBe("microsoft.graph.gizmo");
  });

  it("takes the most derived of an annotation and a prose base on one chain, without a warning", () => {
    // annotation: entity; prose: "A subclass of [gizmo]"; gizmo derives from entity.
    expect(type("quietGizmo").baseType).toBe("microsoft.graph.gizmo");
    expect(model.diagnostics.some((d) => d.code === "base-type-conflict" && d.location.file.endsWith("quietgizmo.md"))).toBe(false);
  });

  it("keeps the annotation and warns when the statements contradict each other", () => {
    expect(type("widget").baseType).toBe("microsoft.graph.keeper");
    const d = model.diagnostics.find((x) => x.code === "base-type-conflict");
    expect(d).toMatchObject({ severity: "warning", location: { file: join(DIR, "widget.md"), line: 1 } });
    expect(d?.message).toContain('"gizmo"');
  });
});

describe("keys and inherited members", () => {
  it("puts the key on the root of the chain only, not nullable", () => {
    expect(type("entity").key).toEqual(["id"]);
    expect(prop("entity", "id").nullable).toBe(false);
    expect(type("gizmo").key).toBeUndefined();
  });

  it("does not declare again a member the base declares", () => {
    expect(type("gizmo").properties.map((p) => p.name)).not.toContain("id");
    expect(type("shelf").properties.map((p) => p.name)).not.toContain("id");
  });
});

describe("nullability", () => {
  it("reads Not nullable / Nullable from the description and ignores Required", () => {
    expect(prop("gizmo", "weight").nullable).toBe(false);
    expect(prop("gizmo", "displayName")).toMatchObject({ nullable: true, required: true });
    expect(nav("gizmo", "owner").nullable).toBe(true);
  });

  it("makes Intune-family value types and enums non-nullable unless a valid range marks an optional setting", () => {
    expect(prop("shelf", "isLocked").nullable).toBe(false);
    expect(prop("shelf", "slotCount").nullable).toBe(false);
    expect(prop("shelf", "lastCheckedDateTime").nullable).toBe(false);
    expect(prop("shelf", "mood").nullable).toBe(false);
    expect(prop("shelf", "maxHeight").nullable).toBe(true);
    expect(prop("shelf", "label").nullable).toBe(true);
  });

  it("reads a complex type's keyProperty annotation as no key, but keeps prose that calls a row the key", () => {
    expect(type("pairing").kind).toBe("complex");
    expect(prop("pairing", "id").nullable).toBe(true);
    expect(prop("pairing", "key").nullable).toBe(true);
    expect(prop("pairing", "slot").nullable).toBe(false);
  });

  it("leaves value types nullable on other pages", () => {
    expect(prop("sparkGizmo", "voltage").nullable).toBe(true);
  });
});

describe("members", () => {
  it("merges one type spread over several pages, in page-path order", () => {
    expect(type("shelf").properties.map((p) => p.name)).toEqual([
      "color",
      "isLocked",
      "slotCount",
      "maxHeight",
      "label",
      "lastCheckedDateTime",
      "mood",
    ]);
    expect(type("shelf").sources.map((s) => s.file)).toEqual([join(DIR, "intune-other-shelf.md"), join(DIR, "intune-shelf.md")]);
  });

  it("makes relationships to entities navigation properties and types complex members as properties", () => {
    expect(nav("gizmo", "parts").type).toEqual({ type: "microsoft.graph.part", collection: true });
    expect(prop("gizmo", "shelfAddress").type).toEqual({ type: "microsoft.graph.address", collection: false });
  });

  it("types a link whose text names no type with the type its linked page defines", () => {
    expect(prop("beacon", "digest").type).toEqual({ type: "microsoft.graph.digest", collection: false });
    expect(model.diagnostics.some((d) => d.code === "undefined-type" && d.message.includes("DigestType"))).toBe(false);
  });

  it("adds a JSON-only key with the type its value shows, and says so", () => {
    expect(prop("gizmo", "createdDateTime").type).toEqual({ type: "Edm.DateTimeOffset", collection: false });
    expect(model.diagnostics.find((d) => d.code === "property-not-in-table")).toMatchObject({
      severity: "info",
      location: { file: join(DIR, "gizmo.md") },
    });
  });
});

describe("names", () => {
  it("takes the JSON representation's spelling when a row name differs from it only in case", () => {
    expect(type("keeper").properties.map((p) => p.name)).toEqual(["nickname"]);
    expect(model.diagnostics.find((d) => d.code === "property-name-case")).toMatchObject({
      severity: "warning",
      location: { file: join(DIR, "keeper.md") },
    });
  });
});

describe("enums", () => {
  it("types a String property whose possible values are exactly one enum's members with that enum", () => {
    expect(prop("gizmo", "tone").type).toEqual({ type: "microsoft.graph.gizmoTone", collection: false });
  });

  it("reads values listed after a colon, case-insensitively, for a String property named like an enum", () => {
    expect(prop("beacon", "importance").type).toEqual({ type: "microsoft.graph.importance", collection: false });
  });

  it("takes the one enum named like the property whose members include the listed values, the closer name winning", () => {
    // low/medium/high are in riskLevel and threatProtectionLevel; riskLevel shares two words of the name.
    expect(prop("beacon", "riskLevel").type).toEqual({ type: "microsoft.graph.riskLevel", collection: false });
  });

  it("does not give a one-word property a partial list's enum that only shares the word", () => {
    expect(prop("beacon", "state").type.type).toBe("Edm.String");
  });

  it("matches a one-value list when unknownFutureValue is listed with it", () => {
    expect(prop("beacon", "protocol").type).toEqual({ type: "microsoft.graph.encryptionProtocol", collection: false });
  });

  it("keeps String when the description says the value is a string of its own", () => {
    expect(prop("beacon", "changeType").type.type).toBe("Edm.String");
    expect(prop("beacon", "claimLevel").type.type).toBe("Edm.String");
  });

  it("keeps String when the only enum with the values is a values table inside the resource page itself", () => {
    expect(prop("beacon", "mode").type.type).toBe("Edm.String");
    expect(model.enums.some((e) => e.name === "beaconMode")).toBe(true);
  });

  it("adds members a property's possible values list and the table leaves out, with a warning", () => {
    const mood = model.enums.find((e) => e.name === "gizmoMood");
    expect(mood?.members.map((m) => m.name)).toEqual(["calm", "busy", "unknownFutureValue"]);
    expect(mood?.members.map((m) => m.value)).toEqual([0, 1, 2]);
    expect(model.diagnostics.some((d) => d.code === "enum-conflict" && d.message.includes('"unknownFutureValue"'))).toBe(true);
  });
});

describe("determinism", () => {
  it("builds the same model whatever order the pages come in", () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".md"));
    const reversed = load([...files].reverse());
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(model));
  });
});
