import { describe, expect, it } from "vitest";
import { requestDifferences, valueDifference } from "../../../generator/tools/examples/compare.js";

const received = (method: string, url: string, body = "") => ({ method, url, headers: {}, body: new TextEncoder().encode(body) });

describe("comparing what was sent with what is documented", () => {
  it("finds nothing when method, path, query and JSON body agree up to encoding and key order", () => {
    const expected = {
      method: "POST",
      path: "/users/a%20b/send",
      query: [["$select", "x, y"]] as [string, string][],
      body: { kind: "json" as const, value: { a: 1, b: [true] } },
    };
    expect(requestDifferences(expected, received("POST", "/users/a%20b/send?$select=x,y", '{"b":[true],"a":1}'))).toEqual([]);
  });

  it("names each part that differs", () => {
    const expected = {
      method: "PATCH",
      path: "/users/1",
      query: [] as [string, string][],
      body: { kind: "json" as const, value: { a: 1 } },
    };
    expect(requestDifferences(expected, received("PUT", "/users/2?$top=1", '{"a":2}'))).toEqual([
      "method: documented PATCH, sent PUT",
      "path: documented /users/1, sent /users/2",
      "query: documented (none), sent $top=1",
      "body.a: documented 1, got 2",
    ]);
    expect(requestDifferences(expected, undefined)).toEqual(["no request reached the server"]);
    expect(requestDifferences({ ...expected, method: "PUT", body: { kind: "none" } }, received("PUT", "/users/1", "{}"))).toEqual([
      "body: documented none, sent 2 bytes",
    ]);
  });

  it("reports the first differing value with its location", () => {
    expect(valueDifference({ value: [{ id: "a" }, { id: "b" }] }, { value: [{ id: "a" }, { id: "c" }] })).toBe(
      '$.value[1].id: documented "b", got "c"',
    );
    expect(valueDifference({ a: 1 }, { a: 1, b: 2 })).toBe("$.b: not documented, got 2");
    expect(valueDifference(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBeUndefined();
    expect(valueDifference(undefined, { a: 1 }, "result")).toBe('result: documented undefined, got {"a":1}');
  });
});
