import { describe, expect, it } from "vitest";
import { assignKeys } from "../../../generator/model/structured/keys.js";
import type { Property } from "../../../generator/model/types.js";
import { draft, draftsOf, key, member, structured } from "./facts-builders.js";

const prop = (name: string): Property => ({
  name,
  type: { type: "Edm.String", collection: false },
  nullable: true,
  source: { file: "", line: 1, column: 1 },
});

describe("assignKeys", () => {
  it("puts the key on the root of each entity chain: keyProperty, else the row prose calls the key, else id", () => {
    const declared = structured("declared", { properties: [prop("id"), prop("code")] });
    const prose = structured("prose", { properties: [prop("id"), prop("name")] });
    const plain = structured("plain", { properties: [prop("id")] });
    const child = structured("child", { properties: [prop("id")] });
    const value = structured("value", { kind: "complex", properties: [prop("id")] });
    const { drafts } = draftsOf([
      draft("declared", { keyProperty: "code", properties: [member("code", "String")] }),
      draft("prose", { properties: [member("name", "String", { modifiers: { key: true } })] }),
      draft("plain"),
      draft("child"),
      draft("value"),
    ]);
    assignKeys([declared, prose, plain, child, value], drafts, new Map([[key("child"), key("plain")]]));
    expect([declared.key, prose.key, plain.key, child.key, value.key]).toEqual([["code"], ["name"], ["id"], undefined, undefined]);
    expect(declared.properties.find((p) => p.name === "code")?.nullable).toBe(false);
  });
});
