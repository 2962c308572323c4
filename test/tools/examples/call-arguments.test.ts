import { describe, expect, it } from "vitest";
import type { EmittedFunction, EmittedVariant } from "../../../generator/emit/typescript/client.js";
import { callArguments, odataLiteralValue } from "../../../generator/tools/examples/call-arguments.js";
import type { EndpointSegment, ExampleMessageModel } from "../../../generator/model/types.js";

const source = { file: "p.md", line: 1, column: 1 };

function request(url: string, bodyText = "", bodyJson?: unknown): ExampleMessageModel {
  return { method: "GET", url, headers: [], bodyText, ...(bodyJson !== undefined ? { bodyJson } : {}), source };
}

function variant(template: string, segments: EndpointSegment[], keys: string[], query?: string): EmittedVariant {
  return { template: query ? `${template}?${query}` : template, path: { template, segments, ...(query ? { query } : {}) }, keys };
}

const lit = (value: string): EndpointSegment => ({ kind: "literal", value });
const param = (name: string): EndpointSegment => ({ kind: "param", name, written: name });

function fn(variants: EmittedVariant[], more: Partial<EmittedFunction> = {}): EmittedFunction {
  return { name: "f", variants, responseKind: "json", ...more };
}

describe("callArguments", () => {
  it("picks the path variant the URL matches, decodes placeholders and names the variant", () => {
    const f = fn([
      variant("/me/messages/{id}", [lit("me"), lit("messages"), param("id")], ["id"]),
      variant("/users/{user-id}/messages/{id}", [lit("users"), param("user-id"), lit("messages"), param("id")], ["user-id", "id"]),
    ]);
    const a = callArguments(f, request("https://graph.microsoft.com/v1.0/users/a%2Fb/messages/m%201"));
    expect(a).toMatchObject({ skip: false, params: { path: "/users/{user-id}/messages/{id}", "user-id": "a/b", id: "m 1" } });
  });

  it("reads function arguments as OData literals in any order", () => {
    const call: EndpointSegment = {
      kind: "call",
      name: "range",
      params: [
        { name: "address", param: "address" },
        { name: "n", param: "n" },
      ],
    };
    const f = fn([variant("/book/range(address='{address}',n={n})", [lit("book"), call], ["address", "n"])]);
    expect(callArguments(f, request("/v1.0/book/range(n=2, address='it''s')"))).toMatchObject({ params: { address: "it's", n: 2 } });
  });

  it("skips an argument that is a placeholder as a documentation error", () => {
    const call: EndpointSegment = { kind: "call", name: "cell", params: [{ name: "row", param: "row" }] };
    const f = fn([variant("/s/cell(row={row})", [lit("s"), call], ["row"])]);
    expect(callArguments(f, request("/s/cell(row=<row>)"))).toMatchObject({ skip: true, category: "documentation" });
  });

  it("turns the query string into typed options the function offers", () => {
    const f = fn([variant("/users", [lit("users")], [])], { query: "collection" });
    const a = callArguments(
      f,
      request("/users?$select=id, displayName&$top=5&count=true&$filter=startswith(displayName,'a')&$expand=manager($select=id,mail)"),
    );
    expect(a).toEqual({
      skip: false,
      variant: f.variants[0],
      options: {
        $select: ["id", "displayName"],
        $top: 5,
        $count: true,
        $filter: "startswith(displayName,'a')",
        $expand: ["manager($select=id,mail)"],
      },
    });
  });

  it("skips options the function does not take as generator limitations", () => {
    const f = fn([variant("/users/{id}", [lit("users"), param("id")], ["id"])], { query: "entity" });
    expect(callArguments(f, request("/users/1?$filter=x"))).toMatchObject({
      skip: true,
      category: "generator",
      reason: "query option $filter not offered (entity query options)",
    });
    expect(callArguments(f, request("/users/1?foo=1"))).toMatchObject({ skip: true, category: "generator" });
  });

  it("takes fixed-query placeholders as params and prefers the variant whose fixed query the URL carries", () => {
    const f = fn(
      [
        variant("/alerts", [lit("alerts")], []),
        variant("/alerts", [lit("alerts")], [], "$top=1"),
        variant("/me/calendarView", [lit("me"), lit("calendarView")], ["start"], "startDateTime={start}"),
      ],
      { query: "collection" },
    );
    expect(callArguments(f, request("/alerts?$top=1"))).toMatchObject({ params: { path: "/alerts?$top=1" }, options: {} });
    expect(callArguments(f, request("/me/calendarView?startDateTime=2021-01-01T00:00:00&$select=subject"))).toMatchObject({
      params: { path: "/me/calendarView?startDateTime={start}", start: "2021-01-01T00:00:00" },
      options: { $select: ["subject"] },
    });
  });

  it("classifies URL problems as documentation errors", () => {
    const f = fn([variant("/users/{id}", [lit("users"), param("id")], ["id"])]);
    expect(callArguments(f, request("/groups/1"))).toMatchObject({
      skip: true,
      category: "documentation",
      reason: "request URL matches no documented path of the endpoint",
    });
    expect(callArguments(f, request("/Users/1"))).toMatchObject({
      skip: true,
      category: "documentation",
      reason: "request URL spells a path segment in another case than the documented path",
    });
    expect(callArguments(f, { ...request(""), url: undefined })).toMatchObject({ skip: true, category: "documentation" });
    expect(callArguments(f, request("https://contoso.example/users/1"))).toMatchObject({ skip: true, category: "generator" });
  });

  it("passes the JSON body, bytes for a binary body, and skips a body that is not JSON", () => {
    const v = [variant("/users/{id}", [lit("users"), param("id")], ["id"])];
    expect(callArguments(fn(v, { bodyKind: "json" }), request("/users/1", '{"a":1}', { a: 1 }))).toMatchObject({ body: { a: 1 } });
    expect(callArguments(fn(v, { bodyKind: "json" }), request("/users/1", "{ a: ..."))).toMatchObject({
      skip: true,
      category: "documentation",
      reason: "request body is not JSON",
    });
    const bytes = callArguments(fn(v, { bodyKind: "binary" }), request("/users/1", "abc"));
    expect(bytes).toMatchObject({ skip: false });
    expect(bytes.skip === false && bytes.body).toEqual(new TextEncoder().encode("abc"));
    expect(callArguments(fn(v), request("/users/1", '{"a":1}', { a: 1 }))).toMatchObject({ skip: true, category: "generator" });
  });
});

describe("odataLiteralValue", () => {
  it("reads strings, numbers, booleans, null, typed enum literals and bare text", () => {
    expect(["'a''b'", "3", "-1.5", "true", "null", "microsoft.graph.zone'Iana'", "2021-01-01"].map(odataLiteralValue)).toEqual([
      "a'b",
      3,
      -1.5,
      true,
      null,
      "Iana",
      "2021-01-01",
    ]);
  });
});

describe("relative documented paths", () => {
  it("are a generator limitation when the example URL ends with them", () => {
    const f = fn([variant("/workbook/names", [lit("workbook"), lit("names")], [])]);
    expect(callArguments(f, request("/me/drive/items/1/workbook/names"))).toMatchObject({
      skip: true,
      category: "generator",
      reason: "documented path is relative (the docs omit a prefix the example URL has)",
    });
    expect(callArguments(f, request("/me/drive/items/1/workbook/tables"))).toMatchObject({ skip: true, category: "documentation" });
  });
});
