import { describe, expect, it } from "vitest";
import { parsePage } from "../../generator/parse/page.js";
import { SEED_PATH, seedText } from "../seed.js";

describe("parsePage on the seed", () => {
  const facts = parsePage(SEED_PATH, seedText());

  it("classifies the page by content and reads its title with the file's own line numbers", () => {
    expect(facts.kind).toBe("api");
    expect(facts.title).toBe("Update deviceConfigurationsAllManagedDeviceCertificateStates");
    expect(facts.titlePos).toEqual({ line: 10, column: 1 });
    expect(facts.namespace).toBe("microsoft.graph");
  });

  it("reads the request line, the body table and the response", () => {
    const api = facts.api!;
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]).toMatchObject({
      method: "PATCH",
      path: "/deviceManagement/deviceConfigurationsAllManagedDeviceCertificateStates",
      pos: { line: 32, column: 1 },
    });
    expect(api.requestBody.kind).toBe("table");
    expect(api.requestBody.resource).toMatchObject({ kind: "named", name: "managedAllDeviceCertificateState" });
    expect(api.requestBody.parameters.map((p) => p.name)).toEqual([
      "id",
      "certificateRevokeStatus",
      "managedDeviceDisplayName",
      "userPrincipalName",
      "certificateExpirationDateTime",
      "certificateIssuerName",
      "certificateThumbprint",
      "certificateSerialNumber",
      "certificateSubjectName",
      "certificateKeyUsages",
      "certificateExtendedKeyUsages",
      "certificateIssuanceDateTime",
    ]);
    const id = api.requestBody.parameters[0];
    expect(id.pos).toEqual({ line: 48, column: 1 });
    expect(id.inheritedFrom).toBe("entity");
    const status = api.requestBody.parameters[1];
    expect(status.type).toMatchObject({ kind: "named", name: "certificateRevocationStatus", collection: false });
    expect(status.possibleValues).toEqual(["none", "pending", "issued", "failed", "revoked"]);
    expect(api.requestBody.parameters[9].type).toEqual({ kind: "primitive", name: "Edm.Int32", collection: false });
    expect(api.response).toMatchObject({ status: 200, type: { kind: "named", name: "managedAllDeviceCertificateState", collection: false } });
  });

  it("pairs the example request and response", () => {
    const [ex] = facts.api!.examples;
    expect(ex.request).toMatchObject({ method: "PATCH", pos: { line: 75, column: 1 } });
    expect(ex.response).toMatchObject({ status: 200 });
    expect((ex.response!.bodyJson as Record<string, unknown>)["@odata.type"]).toBe("#microsoft.graph.managedAllDeviceCertificateState");
  });

  it("reports every TODO placeholder at its own line instead of treating it as documentation", () => {
    const todos = facts.diagnostics.filter((d) => d.code === "todo-placeholder");
    const lines = todos.map((d) => d.location.line);
    // author and ms.prod in the front matter, three permission rows, twelve description cells.
    expect(lines).toEqual([4, 6, 21, 22, 23, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59]);
    expect(todos).toHaveLength(17);
    expect(todos.every((d) => d.severity === "warning" && d.location.file === SEED_PATH)).toBe(true);
    expect(facts.api!.requestBody.parameters.some((p) => /TODO/.test(p.description))).toBe(false);
  });
});
