import { describe, expect, it } from "vitest";
import { retypeByLinkedPage, typeOfLinkedPage, typesByPage } from "../../../generator/model/structured/linked-pages.js";
import { draft, draftsOf, key, member } from "./facts-builders.js";

describe("typeOfLinkedPage", () => {
  it("reads the one type a linked page defines, whatever the folder, anchor or case", () => {
    const pages = typesByPage([draft("hashes"), draft("user")]);
    expect(typeOfLinkedPage("../resources/Hashes.md#x", pages)).toBe(key("hashes"));
    expect(typeOfLinkedPage("https://example.com/hashes.md", pages)).toBeUndefined();
    expect(typeOfLinkedPage("missing.md", pages)).toBeUndefined();
  });
  it("reads nothing from a page that defines two types", () => {
    const a = draft("a");
    const b = draft("b");
    b.parts[0].file = a.parts[0].file;
    expect(typeOfLinkedPage("a.md", typesByPage([a, b]))).toBeUndefined();
  });
});

describe("retypeByLinkedPage", () => {
  const row = () =>
    member("servicePrincipal", "servicePrincipal", {
      type: { kind: "named", name: "servicePrincipal", href: "provisioningserviceprincipal.md", collection: false },
    });
  const shown = {
    name: "servicePrincipal",
    placeholder: null,
    pos: { line: 1, column: 1 },
    type: { kind: "named" as const, name: "provisioningServicePrincipal", collection: false },
  };

  it("takes the linked page's type when the JSON value names it too", () => {
    const owner = draft("provisioningObjectSummary", { properties: [row()], jsonKeys: [shown] });
    const list = [owner, draft("servicePrincipal"), draft("provisioningServicePrincipal")];
    const { drafts, index } = draftsOf(list);
    retypeByLinkedPage(list, drafts, typesByPage(list), index);
    expect(owner.parts[0].facts.properties[0].type).toMatchObject({ name: "provisioningServicePrincipal", namespace: "microsoft.graph" });
  });

  it("keeps the link text when only the link disagrees with it", () => {
    const owner = draft("provisioningObjectSummary", { properties: [row()] });
    const list = [owner, draft("servicePrincipal"), draft("provisioningServicePrincipal")];
    const { drafts, index } = draftsOf(list);
    retypeByLinkedPage(list, drafts, typesByPage(list), index);
    expect(owner.parts[0].facts.properties[0].type).toMatchObject({ name: "servicePrincipal" });
  });
});
