import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildModel } from "../../../generator/model/build.js";
import type { Operation } from "../../../generator/model/types.js";
import { parsePage } from "../../../generator/parse/page.js";
import { resourcePage } from "../resource-page-markdown.js";

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

  it('reads a primitive return type from a {"value": …} example body when the prose names none', () => {
    const [count] = ops("itemCount");
    expect(count).toMatchObject({ kind: "function", bindingType: { type: "microsoft.graph.shelf", collection: false } });
    expect(count.returnType).toEqual({ type: "Edm.Int32", collection: false });
  });

  it("keeps endpoint names unique and camelCase", () => {
    const names = model.endpoints.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });

  it("pairs each example of a PATCH+PUT page with the endpoint of its method", () => {
    const update = model.endpoints.filter((e) => e.source.file.endsWith("book-update.md"));
    expect(update.map((e) => e.method)).toEqual(["PATCH", "PUT"]);
    for (const e of update) {
      expect(e.examples.map((x) => x.request?.method)).toEqual([e.method]);
    }
  });

  it("gives a PATCH/PUT whose body names no type the partial of the type its path addresses", () => {
    const update = model.endpoints.filter((e) => e.source.file.endsWith("book-update.md"));
    for (const e of update)
      expect(e.body).toEqual({ kind: "type", type: { type: "microsoft.graph.book", collection: false }, partial: true });
  });

  it("reads the response of a page written with H3 sections (status and type), not a default 204", () => {
    const owner = model.endpoints.find((e) => e.source.file.endsWith("bin-get-owner.md"));
    expect(owner?.response).toEqual({ status: 200, type: { type: "microsoft.graph.book", collection: false } });
  });

  it("takes an action's parameters from its example request body when the page has no parameter table", () => {
    const [renew] = ops("renew");
    expect(renew).toMatchObject({ kind: "action", bindingType: { type: "microsoft.graph.book", collection: false } });
    expect(renew.parameters.map((p) => [p.name, p.type.type])).toEqual([
      ["days", "Edm.Int32"],
      ["note", "Edm.String"],
      ["express", "Edm.Boolean"],
    ]);
    const endpoint = model.endpoints.find((e) => e.operation === "microsoft.graph.renew");
    expect(endpoint?.body).toMatchObject({ kind: "parameters", parameters: [{ name: "days" }, { name: "note" }, { name: "express" }] });
  });

  it("takes the example body's members as parameters when the parameter table names none of them (it describes their content)", () => {
    const action = (body: string, rows: string) =>
      [
        "# book: addNote",
        "",
        "## HTTP request",
        '<!-- { "blockType": "ignored" } -->',
        "```http",
        "POST /shelves/{shelf-id}/books/{book-id}/addNote",
        "```",
        "",
        "## Request body",
        "In the request body, provide an optional `loanReceipt` object with the following properties.",
        "",
        "| Property | Type | Description |",
        "|:--|:--|:--|",
        rows,
        "",
        "## Response",
        "If successful, this action returns a `204 No Content` response code.",
        "",
        "## Example",
        "### Request",
        '<!-- { "blockType": "request", "name": "add_note" } -->',
        "```http",
        "POST https://graph.microsoft.com/v1.0/shelves/1/books/2/addNote",
        "Content-type: application/json",
        "",
        body,
        "```",
      ].join("\n");
    const addNote = (body: string, rows: string) =>
      buildModel([...pages, parsePage("fixtures-api/api/book-addnote.md", action(body, rows))]).operations.find(
        (o) => o.name === "addNote",
      );
    const described = addNote('{ "loanReceipt": { "days": 3 } }', "| days | Int32 | How long. |");
    expect(described?.parameters.map((p) => [p.name, p.type])).toEqual([
      ["loanReceipt", { type: "microsoft.graph.loanReceipt", collection: false }],
    ]);
    const listed = addNote('{ "value": [{ "id": "a" }] }', "| id | String | The id. |");
    expect(listed?.parameters.map((p) => [p.name, p.type.collection])).toEqual([["value", true]]);
    // A table naming one of the body's members is the parameter table.
    const table = addNote('{ "days": 3, "loanReceipt": {} }', "| days | Int32 | How long. |");
    expect(table?.parameters.map((p) => [p.name, p.type.type])).toEqual([["days", "Edm.Int32"]]);
  });

  it("binds an operation written on one entity and on its collection twice, the H1 naming the type", () => {
    const check = [
      "# shelf: audit",
      "",
      "## HTTP request",
      '<!-- { "blockType": "ignored" } -->',
      "```http",
      "POST /shelves/{shelf-id}/audit",
      "POST /shelves/audit",
      "```",
      "",
      "## Response",
      "If successful, this action returns a `204 No Content` response code.",
    ].join("\n");
    const audit = buildModel([...pages, parsePage("fixtures-api/api/shelf-audit.md", check)]).operations.filter((o) => o.name === "audit");
    expect(audit.map((o) => o.bindingType)).toEqual([
      { type: "microsoft.graph.shelf", collection: false },
      { type: "microsoft.graph.shelf", collection: true },
    ]);
  });

  it("adds the overload without parameters to a function whose parameters are all optional", () => {
    const fn = (description: string) =>
      [
        "# shelf: nearby",
        "",
        "## HTTP request",
        '<!-- { "blockType": "ignored" } -->',
        "```http",
        "GET /shelves/{shelf-id}/nearby(count=n)",
        "```",
        "",
        "## Function parameters",
        "| Parameter | Type | Description |",
        "|:--|:--|:--|",
        `|count|Int32|${description}|`,
        "",
        "## Response",
        "If successful, this function returns a `200 OK` response code and a [shelf](../resources/shelf.md) object in the response body.",
      ].join("\n");
    const overloads = (description: string) =>
      buildModel([...pages, parsePage("fixtures-api/api/shelf-nearby.md", fn(description))])
        .operations.filter((o) => o.name === "nearby")
        .map((o) => o.parameters.map((p) => p.name));
    expect(overloads("Optional. How many shelves. The default is 1.")).toEqual([[], ["count"]]);
    expect(overloads("How many shelves.")).toEqual([["count"]]);
  });

  it("calls a function written without parentheses with the parameters its path-parameters table adds", () => {
    const [slot] = ops("slot");
    expect(slot).toMatchObject({ kind: "function", bindingType: { type: "microsoft.graph.shelf", collection: false } });
    expect(slot.parameters.map((p) => [p.name, p.type.type])).toEqual([["row", "Edm.Int32"]]);
    const endpoint = model.endpoints.find((e) => e.operation === "microsoft.graph.slot");
    expect(endpoint?.paths[0].segments.at(-1)).toEqual({ kind: "call", name: "slot", params: [{ name: "row", param: "row" }] });
  });

  it("makes the type of a singleton no page types from the segments written below it", () => {
    expect(model.singletons).toContainEqual({ name: "library", type: "microsoft.graph.library" });
    const library = model.types.find((t) => t.name === "library");
    expect(library).toMatchObject({ kind: "entity", namespace: "microsoft.graph", properties: [] });
    expect(library?.navigationProperties.map((n) => [n.name, n.type])).toEqual([
      ["catalog", { type: "microsoft.graph.book", collection: true }],
    ]);
    expect(library?.description).toMatch(/No page documents this type/);
  });
});

describe("types made for untyped singletons", () => {
  const entityPage = [
    "# entity resource type",
    "",
    "Namespace: microsoft.graph",
    "",
    "The base of all entities.",
    "",
    "## Properties",
    "| Property | Type | Description |",
    "|:---|:---|:---|",
    "|id|String|The identifier. Read-only.|",
    "",
    "## JSON representation",
    '<!-- { "blockType": "resource", "abstract": true, "keyProperty": "id", "@odata.type": "microsoft.graph.entity" } -->',
    "```json",
    '{ "id": "String" }',
    "```",
  ].join("\n");
  const bookPage = readFileSync(join(root, "resources", "book.md"), "utf8");
  const listPage = readFileSync(join(root, "api", "library-list-catalog.md"), "utf8");
  const build = (withRoot: boolean) =>
    buildModel([
      ...(withRoot ? [parsePage("resources/entity.md", entityPage)] : []),
      parsePage("resources/book.md", bookPage),
      parsePage("api/library-list-catalog.md", listPage),
    ]);

  it("derive from the implicit key-only root, which gives them their key", () => {
    const library = build(true).types.find((t) => t.name === "library");
    expect(library?.baseType).toBe("microsoft.graph.entity");
  });

  it("have no base when the docs describe no key-only root", () => {
    const library = build(false).types.find((t) => t.name === "library");
    expect(library).toBeDefined();
    expect(library?.baseType).toBeUndefined();
  });
});

describe("singletons whose type's table is incomplete", () => {
  const archivePage = [
    "# archive resource type",
    "",
    "Namespace: microsoft.graph",
    "",
    "An invented container.",
    "",
    "## Relationships",
    "| Relationship | Type | Description |",
    "|:---|:---|:---|",
    "|books|[book](book.md) collection|Archived books.|",
    "|bins|[book](book.md) collection|Archived bins.|",
    "",
    "## JSON representation",
    '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.archive" } -->',
    "```json",
    "{ }",
    "```",
  ].join("\n");
  const listPage = (segment: string) =>
    [
      `# List ${segment}`,
      "",
      "Namespace: microsoft.graph",
      "",
      "## HTTP request",
      '<!-- { "blockType": "ignored" } -->',
      "```http",
      `GET /vault/${segment}`,
      "```",
      "",
      "## Response",
      "If successful, this method returns a `200 OK` response code and a collection of [book](../resources/book.md) objects in the response body.",
    ].join("\n");
  const bookPage = readFileSync(join(root, "resources", "book.md"), "utf8");
  const build = (segments: string[]) =>
    buildModel([
      parsePage("resources/archive.md", archivePage),
      parsePage("resources/book.md", bookPage),
      ...segments.map((s) => parsePage(`api/vault-list-${s}.md`, listPage(s))),
    ]);

  // `/vault/books`, `/vault/bins` are members of archive, `/vault/loans` is not: archive is still the type.
  it("take the entity type that has most of the segments below them, which the paths then complete", () => {
    const model = build(["books", "bins", "loans"]);
    expect(model.singletons).toContainEqual({ name: "vault", type: "microsoft.graph.archive" });
    const archive = model.types.find((t) => t.name === "archive");
    expect(archive?.navigationProperties.map((n) => n.name)).toEqual(["books", "bins", "loans"]);
    expect(archive?.description).toBe("An invented container.");
  });

  it("take none when half of the segments or fewer are its members", () => {
    const model = build(["books", "loans"]);
    expect(model.singletons).toContainEqual({ name: "vault", type: "microsoft.graph.vault" });
  });
});

describe("the type an operation's H1 names for the singleton it is called on", () => {
  const bookPage = readFileSync(join(root, "resources", "book.md"), "utf8");
  const page = (title: string, line: string, response: string) =>
    [
      `# ${title}`,
      "",
      "Namespace: microsoft.graph",
      "",
      "## HTTP request",
      '<!-- { "blockType": "ignored" } -->',
      "```http",
      line,
      "```",
      "",
      "## Response",
      response,
    ].join("\n");
  const listBooks = page(
    "List books",
    "GET /vault/books",
    "If successful, this method returns a `200 OK` response code and a collection of [book](../resources/book.md) objects in the response body.",
  );
  const seal = page("vaultRoot: seal", "POST /vault/seal", "If successful, this action returns a `204 No Content` response code.");

  it("names the type made for an untyped singleton (`# vaultRoot: seal` over `POST /vault/seal`)", () => {
    const model = buildModel([
      parsePage("resources/book.md", bookPage),
      parsePage("api/vault-list-books.md", listBooks),
      parsePage("api/vaultroot-seal.md", seal),
    ]);
    expect(model.singletons).toContainEqual({ name: "vault", type: "microsoft.graph.vaultRoot" });
    expect(model.types.find((t) => t.name === "vaultRoot")?.navigationProperties.map((n) => n.name)).toEqual(["books"]);
    expect(model.operations.find((o) => o.name === "seal")?.bindingType?.type).toBe("microsoft.graph.vaultRoot");
  });

  it("prefers the type it names to a documented entity that holds most of the segments", () => {
    const archivePage = resourcePage("archive", {
      properties: [],
      relationships: ["|books|[book](book.md) collection|Archived books.|", "|bins|[book](book.md) collection|Bins.|"],
    });
    const listBins = page(
      "List bins",
      "GET /vault/bins",
      "If successful, this method returns a `200 OK` response code and a collection of [book](../resources/book.md) objects in the response body.",
    );
    const pages = [
      parsePage("resources/book.md", bookPage),
      parsePage("resources/archive.md", archivePage),
      parsePage("api/vault-list-books.md", listBooks),
      parsePage("api/vault-list-bins.md", listBins),
    ];
    expect(buildModel(pages).singletons).toContainEqual({ name: "vault", type: "microsoft.graph.archive" });
    const named = buildModel([...pages, parsePage("api/vaultroot-seal.md", seal)]);
    expect(named.singletons).toContainEqual({ name: "vault", type: "microsoft.graph.vaultRoot" });
    expect(named.types.find((t) => t.name === "vaultRoot")?.navigationProperties.map((n) => n.name)).toEqual(["bins", "books"]);
  });

  it("types the singleton with the documented entity it names", () => {
    const book = page("book: seal", "POST /vault/seal", "If successful, this action returns a `204 No Content` response code.");
    const model = buildModel([
      parsePage("resources/book.md", bookPage),
      parsePage("api/vault-list-books.md", listBooks),
      parsePage("api/book-seal.md", book),
    ]);
    expect(model.singletons).toContainEqual({ name: "vault", type: "microsoft.graph.book" });
  });
});

describe("a root placeholder named after a type", () => {
  const page = (name: string, relationships: string[]) =>
    [
      `# ${name} resource type`,
      "",
      "## Properties",
      "| Property | Type | Description |",
      "|:---|:---|:---|",
      "|id|String|The id.|",
      "",
      "## Relationships",
      "| Relationship | Type | Description |",
      "|:---|:---|:---|",
      ...relationships,
      "",
      "## JSON representation",
      `<!-- { "blockType": "resource", "keyProperty": "id", "@odata.type": "microsoft.graph.${name}" } -->`,
      "```json",
      '{ "id": "String" }',
      "```",
    ].join("\n");
  const api = (title: string, path: string, response: string) =>
    [
      `# ${title}`,
      "",
      "## HTTP request",
      "```http",
      `GET ${path}`,
      "```",
      "",
      "## Response",
      `If successful, this method returns a \`200 OK\` response code and ${response} in the response body.`,
    ].join("\n");
  const build = (placeholder: string) =>
    buildModel([
      parsePage(
        "resources/rolemanagement.md",
        page("roleManagement", ["|directory|[rbacApplication](rbacapplication.md)|The directory provider.|"]),
      ),
      parsePage(
        "resources/rbacapplication.md",
        page("rbacApplication", ["|roleDefinitions|[roleDefinition](roledefinition.md) collection|Definitions.|"]),
      ),
      parsePage("resources/roledefinition.md", page("roleDefinition", [])),
      parsePage(
        "api/rolemanagement-get.md",
        api("Get roleManagement", "/roleManagement", "a [roleManagement](../resources/rolemanagement.md) object"),
      ),
      parsePage(
        "api/roledefinition-get.md",
        api(
          "Get roleDefinition",
          `/roleManagement/${placeholder}/roleDefinitions/{id}`,
          "a [roleDefinition](../resources/roledefinition.md) object",
        ),
      ),
    ]);

  it("stands for a segment (`/roleManagement/{rbacApplication}/…`): the root stays a singleton", () => {
    expect(build("{rbacApplication}").singletons).toContainEqual({ name: "roleManagement", type: "microsoft.graph.roleManagement" });
  });

  it("is a key when it names no type", () => {
    expect(build("{provider-id}").entitySets).toContainEqual({ name: "roleManagement", entityType: "microsoft.graph.roleManagement" });
  });
});

describe("action parameters typed Json", () => {
  const json = resourcePage("Json", { properties: [] });
  const chart = resourcePage("chart", { properties: ["|id|String|The id.|"], annotation: '"keyProperty": "id", ' });
  const setData = [
    "# chart: setData",
    "",
    "## HTTP request",
    "```http",
    "POST /charts/{id}/setData",
    "```",
    "",
    "## Request body",
    "| Parameter | Type | Description |",
    "|:---|:---|:---|",
    "|sourceData|Json|The source data.|",
    "|seriesBy|string|How series are laid out.|",
    "",
    "## Response",
    "If successful, this method returns a `204 No Content` response code.",
  ].join("\n");
  const paramTypes = (pages: Record<string, string>) => {
    const model = buildModel(Object.entries(pages).map(([file, text]) => parsePage(file, text)));
    return model.operations.find((o) => o.name === "setData")?.parameters.map((p) => [p.name, p.type.type]);
  };

  it("take the documented Json type when a page defines one, as Properties rows do", () => {
    expect(paramTypes({ "resources/json.md": json, "resources/chart.md": chart, "api/chart-setdata.md": setData })).toEqual([
      ["sourceData", "microsoft.graph.Json"],
      ["seriesBy", "Edm.String"],
    ]);
  });

  it("stay untyped JSON without one", () => {
    expect(paramTypes({ "resources/chart.md": chart, "api/chart-setdata.md": setData })?.[0]).toEqual(["sourceData", "Edm.Untyped"]);
  });
});
