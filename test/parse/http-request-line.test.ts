import { describe, expect, it } from "vitest";
import { readRequestLine } from "../../generator/parse/http-request-line.js";

const segs = (line: string) => readRequestLine(line)?.segments;

describe("readRequestLine", () => {
  it("reads method, path and literal/param segments", () => {
    expect(readRequestLine("GET /users/{id}/calendar")).toEqual({
      method: "GET",
      path: "/users/{id}/calendar",
      segments: [
        { kind: "literal", value: "users" },
        { kind: "param", name: "id" },
        { kind: "literal", value: "calendar" },
      ],
    });
  });

  it("strips the host, the version and the query string", () => {
    const r = readRequestLine(
      "GET https://graph.microsoft.com/v1.0/me/calendar/calendarView?startDateTime={start_datetime}&endDateTime={end_datetime}",
    );
    expect(r?.path).toBe("/me/calendar/calendarView");
    expect(r?.query).toBe("startDateTime={start_datetime}&endDateTime={end_datetime}");
    expect(readRequestLine("DELETE https://graph.microsoft.com/V1.0/teams/{id}")?.path).toBe("/teams/{id}");
    expect(readRequestLine("PUT https://sn3302.up.1drv.com/up/fe6987415ace7X4e1eF866337")?.path).toBe("/up/fe6987415ace7X4e1eF866337");
    expect(readRequestLine("GET /beta/me")?.path).toBe("/me");
    expect(readRequestLine("GET /me/events HTTP/1.1")?.path).toBe("/me/events");
  });

  it("keeps spaces inside a query", () => {
    expect(readRequestLine("GET /security/alerts?$filter={property} eq '{property-value}'")?.query).toBe(
      "$filter={property} eq '{property-value}'",
    );
  });

  it("accepts DELETE/identity/… with no space, and paths without a leading slash", () => {
    expect(readRequestLine("DELETE/identity/b2xUserFlows/{id}")?.path).toBe("/identity/b2xUserFlows/{id}");
    expect(readRequestLine("GET policies/tokenIssuancePolicies")?.path).toBe("/policies/tokenIssuancePolicies");
  });

  it("says undefined for lines that are not requests", () => {
    for (const line of [
      "or",
      "workbook-session-id: {session-id}",
      "POST ** Collection URI for microsoft.management.services.api.appVulnerabilityManagedDevice not found",
      "GraphServiceClient graphClient = new GraphServiceClient( authProvider );",
      "GET the user",
      "",
      "Content-Type: application/json",
    ]) {
      expect(readRequestLine(line), line).toBeUndefined();
    }
  });

  it("reads alternative keys", () => {
    expect(segs("GET /users/{id | userPrincipalName}")?.[1]).toEqual({
      kind: "param",
      name: "id",
      alternatives: ["id", "userPrincipalName"],
    });
    expect(segs("GET /workbook/tables/{id|name}")?.[2]).toEqual({ kind: "param", name: "id", alternatives: ["id", "name"] });
    expect(segs("GET /users/{user-id} | user-principal-name/teamwork")?.[1]).toEqual({
      kind: "param",
      name: "user-id",
      alternatives: ["user-id", "user-principal-name"],
    });
  });

  it("keeps the slashes of a colon segment in one segment", () => {
    expect(segs("GET /me/drive/root:/{item-path}:/workbook/tables")).toEqual([
      { kind: "literal", value: "me" },
      { kind: "literal", value: "drive" },
      { kind: "colon", name: "root", path: "/{item-path}" },
      { kind: "literal", value: "workbook" },
      { kind: "literal", value: "tables" },
    ]);
    expect(segs("PUT /me/drive/items/{parent-id}:/{filename}:/content")?.[3]).toEqual({
      kind: "colon",
      name: "{parent-id}",
      path: "/{filename}",
    });
    expect(segs("GET /sites/{hostname}:/{server-relative-path}")?.[1]).toEqual({
      kind: "colon",
      name: "{hostname}",
      path: "/{server-relative-path}",
    });
  });

  it("reads type casts, $ segments and drops empty segments", () => {
    expect(segs("GET /deviceAppManagement/mobileApps/{id}/microsoft.graph.mobileLobApp/contentVersions")?.[3]).toEqual({
      kind: "qualified",
      name: "microsoft.graph.mobileLobApp",
    });
    expect(segs("POST /groups/{group-id}/members/$ref")?.[3]).toEqual({ kind: "dollar", value: "$ref" });
    expect(segs("GET /me/photo/$value")?.[2]).toEqual({ kind: "dollar", value: "$value" });
    expect(segs("GET /users/$count")?.[1]).toEqual({ kind: "dollar", value: "$count" });
    expect(segs("POST /education/classes/{id}/assignmentCategories/$entity")?.[4]).toEqual({ kind: "dollar", value: "$entity" });
    expect(segs("DELETE /me/events//{id}")).toEqual([
      { kind: "literal", value: "me" },
      { kind: "literal", value: "events" },
      { kind: "param", name: "id" },
    ]);
  });

  it("reads function calls with their written argument values", () => {
    expect(segs("GET /me/reminderView(startDateTime=startDateTime-value,endDateTime=endDateTime-value)")?.[1]).toEqual({
      kind: "call",
      name: "reminderView",
      args: [
        { name: "startDateTime", value: "startDateTime-value" },
        { name: "endDateTime", value: "endDateTime-value" },
      ],
    });
    expect(segs("GET /charts/{name}/image(width=640,height=480,fittingMode='fit')")?.[2]).toEqual({
      kind: "call",
      name: "image",
      args: [
        { name: "width", value: "640" },
        { name: "height", value: "480" },
        { name: "fittingMode", value: "'fit'" },
      ],
    });
    expect(segs("GET /me/drive/root/search(q='{search-text}')")?.[3]).toEqual({
      kind: "call",
      name: "search",
      args: [{ name: "q", value: "'{search-text}'" }],
    });
    expect(segs("GET /accessReviews/filterByCurrentUser(on='reviewer')")?.[1]).toMatchObject({ kind: "call", name: "filterByCurrentUser" });
    expect(segs("POST /drive/items/{id}/generateDownloadUri()")?.[3]).toEqual({ kind: "call", name: "generateDownloadUri", args: [] });
    // A `/` inside a quoted argument does not split the segment.
    expect(segs("GET /range(address='Sheet1!A1:B2/x')/format")).toEqual([
      { kind: "call", name: "range", args: [{ name: "address", value: "'Sheet1!A1:B2/x'" }] },
      { kind: "literal", value: "format" },
    ]);
  });

  it("reads keys in parentheses", () => {
    expect(segs("GET /users('{id}')")?.[0]).toEqual({ kind: "keyed", name: "users", key: "{id}" });
    expect(segs("GET /users(id='{id}')")?.[0]).toEqual({ kind: "keyed", name: "users", key: "{id}" });
    expect(segs("GET /workbook/worksheets({id|name})")?.[1]).toEqual({ kind: "keyed", name: "worksheets", key: "{id|name}" });
    expect(segs("GET /workbook/worksheets/{id|name}/range(<address>)")?.[3]).toEqual({ kind: "keyed", name: "range", key: "<address>" });
  });

  it("handles the odd forms sensibly", () => {
    expect(segs("GET /teams/(team-id)/channels")?.[1]).toEqual({ kind: "param", name: "team-id" });
    expect(segs("GET /subscriptions/<resourceId>")?.[1]).toEqual({ kind: "param", name: "resourceId" });
    expect(segs("GET /directoryRoles/roleTemplateId={roleTemplateId}")?.[1]).toEqual({
      kind: "odd",
      text: "roleTemplateId={roleTemplateId}",
    });
    expect(segs("GET /me/contactFolders/{id}/childFolders/{id}/.../contacts")?.[5]).toEqual({ kind: "odd", text: "..." });
    // The unclosed parenthesis of range-entirerow.md does not swallow the rest of the path.
    expect(segs("GET /worksheets/{id|name}/range(address='<address>'/entireRow")?.slice(2)).toEqual([
      { kind: "call", name: "range", args: [{ name: "address", value: "'<address>'" }] },
      { kind: "literal", value: "entireRow" },
    ]);
  });
});

describe("sample keys in request lines", () => {
  it("reads a GUID after a segment name as a placeholder named after it", () => {
    const r = readRequestLine(
      "GET /education/classes/acdefc6b-2dc6-4e71-b1e9-6d9810ab1793/assignments/cf6005fc-9e13-44a2-a6ac-a53322006454/rubric",
    );
    expect(r?.path).toBe("/education/classes/{class-id}/assignments/{assignment-id}/rubric");
    expect(r?.segments.filter((s) => s.kind === "param")).toEqual([
      { kind: "param", name: "class-id" },
      { kind: "param", name: "assignment-id" },
    ]);
    expect(r?.sampleKeys).toEqual(["acdefc6b-2dc6-4e71-b1e9-6d9810ab1793", "cf6005fc-9e13-44a2-a6ac-a53322006454"]);
  });

  it("leaves other literal segments and GUID-like text inside a call alone", () => {
    const r = readRequestLine("GET /users/{id}/getItem(key='acdefc6b-2dc6-4e71-b1e9-6d9810ab1793')");
    expect(r?.sampleKeys).toBeUndefined();
    expect(r?.path).toBe("/users/{id}/getItem(key='acdefc6b-2dc6-4e71-b1e9-6d9810ab1793')");
  });
});
