import { describe, expect, it } from "vitest";
import { canonicalPath, canonicalQuery, splitRequestUrl, splitTopLevel } from "../../../generator/tools/examples/request-url.js";

describe("request URLs", () => {
  it("drops host and version and keeps the query pairs as written", () => {
    expect(splitRequestUrl("https://graph.microsoft.com/v1.0/me/events?$select=subject&$top=2#x")).toEqual({
      host: "graph.microsoft.com",
      path: "/me/events",
      query: [
        ["$select", "subject"],
        ["$top", "2"],
      ],
    });
    expect(splitRequestUrl("/beta/users")).toEqual({ path: "/users", query: [] });
    expect(splitRequestUrl("graph.microsoft.com/beta")).toEqual({ host: "graph.microsoft.com", path: "/", query: [] });
    expect(splitRequestUrl("  ")).toBeUndefined();
  });

  it("compares paths decoded, with function arguments by name and enum literals without their type", () => {
    expect(canonicalPath("/a/f(b=2,%20a='x%20y')/")).toBe(canonicalPath("/a/f(a='x y',b=2)"));
    expect(canonicalPath("/z(t=microsoft.graph.zone'Iana')")).toBe(canonicalPath("/z(t='Iana')"));
    expect(canonicalPath("/a/b")).not.toBe(canonicalPath("/a/B"));
  });

  it("compares query options in any order, system names without case or $, lists without spaces", () => {
    expect(
      canonicalQuery([
        ["$top", "2"],
        ["select", "a, b"],
        ["$Count", "True"],
      ]),
    ).toEqual(
      canonicalQuery([
        ["%24select", "a,b"],
        ["$count", "true"],
        ["$top", "2"],
      ]),
    );
    expect(canonicalQuery([["$filter", "a eq 1"]])).not.toEqual(canonicalQuery([["$filter", "a eq 2"]]));
  });

  it("splits on top-level separators only", () => {
    expect(splitTopLevel("a,b(c,d),'e,f'", ",")).toEqual(["a", "b(c,d)", "'e,f'"]);
  });
});
