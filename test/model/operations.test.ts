import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildModel } from "../../generator/model/build.js";
import type { Operation } from "../../generator/model/types.js";
import { parsePage } from "../../generator/parse/page.js";

// A small invented "shelf" API: item ← shelf, bin (entities); book; loanReceipt (complex).
const root = join(import.meta.dirname, "fixtures-api");
const pages = ["resources", "api"].flatMap((dir) =>
  readdirSync(join(root, dir))
    .sort()
    .map((f) => parsePage(`fixtures-api/${dir}/${f}`, readFileSync(join(root, dir, f), "utf8"))),
);
const model = buildModel(pages);
const ops = (name: string): Operation[] => model.operations.filter((o) => o.name === name);

describe("operations from API pages", () => {
  it("types entity sets from the calls on their keys", () => {
    expect(model.entitySets).toEqual(
      expect.arrayContaining([
        { name: "shelves", entityType: "microsoft.graph.shelf" },
        { name: "bins", entityType: "microsoft.graph.bin" },
      ]),
    );
  });

  it("reads a POST to a name that is not a member of the addressed type as an action bound to that type", () => {
    const [lend] = ops("lend");
    expect(lend).toMatchObject({ kind: "action", isBound: true, bindingType: { type: "microsoft.graph.book", collection: false } });
    expect(lend.parameters.map((p) => p.name)).toEqual(["borrower"]);
    // The link text "receipt" is no type name: the linked page's type is used.
    expect(lend.returnType).toEqual({ type: "microsoft.graph.loanReceipt", collection: false });
    const endpoint = model.endpoints.find((e) => e.operation === "microsoft.graph.lend");
    expect(endpoint?.kind).toBe("action");
    expect(endpoint?.body).toMatchObject({ kind: "parameters" });
  });

  it("keeps a member segment as navigation, not an operation", () => {
    expect(ops("books")).toEqual([]);
    expect(model.endpoints.find((e) => e.paths[0].template === "/shelves/{id}/books")?.kind).toBe("list");
  });

  it("binds to the type the title names when it is a base of every walked type", () => {
    const tag = ops("tag");
    expect(tag.map((o) => o.bindingType?.type)).toEqual(["microsoft.graph.item"]);
    expect(tag[0].returnType).toBeUndefined();
  });

  it("makes a bare name and a call form on one page two overloads bound to the collection", () => {
    const search = ops("search");
    expect(search.map((o) => o.parameters.map((p) => p.name))).toEqual(expect.arrayContaining([[], ["q"]]));
    expect(search).toHaveLength(2);
    for (const o of search) {
      expect(o).toMatchObject({ kind: "function", bindingType: { type: "microsoft.graph.book", collection: true } });
      expect(o.returnType).toEqual({ type: "microsoft.graph.book", collection: true });
    }
  });

  it("reads a primitive return type from a {\"value\": …} example body when the prose names none", () => {
    const [count] = ops("itemCount");
    expect(count).toMatchObject({ kind: "function", bindingType: { type: "microsoft.graph.shelf", collection: false } });
    expect(count.returnType).toEqual({ type: "Edm.Int32", collection: false });
  });

  it("keeps endpoint names unique and camelCase", () => {
    const names = model.endpoints.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });
});
