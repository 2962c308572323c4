import { describe, expect, it } from "vitest";
import { decideKinds } from "../../../generator/model/structured/kinds.js";
import type { TypeDraft } from "../../../generator/model/structured/drafts.js";
import { draft, draftsOf, key, member } from "./facts-builders.js";

function kinds(list: TypeDraft[], bases = new Map<string, string>(), addressed = new Set<string>()) {
  return decideKinds(list, bases, addressed, draftsOf(list).index);
}

describe("decideKinds", () => {
  it("makes a Relationships target an entity and a Properties target complex", () => {
    const k = kinds([
      draft("owner", { properties: [member("v", "value")], relationships: [member("n", "target")] }),
      draft("value"),
      draft("target"),
    ]);
    expect(k.get(key("target"))).toBe("entity");
    expect(k.get(key("value"))).toBe("complex");
  });

  it("reads a Properties row that calls itself a navigation property (a fact parse sets) as a relationship", () => {
    const row = member("scope", "appScope", { description: "Navigation property.", modifiers: { navigation: true } });
    const k = kinds([draft("assignment", { properties: [row] }), draft("appScope")]);
    expect(k.get(key("appScope"))).toBe("entity");
  });

  it("makes a type nobody uses an entity when it shows an id row, and a type deriving from an entity one too", () => {
    const list = [
      draft("keyed", { properties: [member("id", "String")] }),
      draft("plain", { properties: [member("x", "String")] }),
      draft("child"),
    ];
    const k = kinds(list, new Map([[key("child"), key("keyed")]]));
    expect(k.get(key("keyed"))).toBe("entity");
    expect(k.get(key("plain"))).toBe("complex");
    expect(k.get(key("child"))).toBe("entity");
  });

  it("makes an addressed Properties target that declares its key an entity", () => {
    const list = [
      draft("signIn", { properties: [member("policies", "policy[]")] }),
      draft("policy", { keyProperty: "id", properties: [member("id", "String")] }),
    ];
    expect(kinds(list).get(key("policy"))).toBe("complex");
    expect(kinds(list, new Map(), new Set([key("policy")])).get(key("policy"))).toBe("entity");
  });
});
