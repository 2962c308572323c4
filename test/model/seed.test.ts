import { describe, expect, it } from "vitest";
import { buildModel } from "../../generator/model/build.js";
import { parsePage } from "../../generator/parse/page.js";
import { SEED_PATH, seedText } from "../seed.js";

describe("the model of the seed page alone", () => {
  const model = buildModel([parsePage(SEED_PATH, seedText())]);
  const type = (name: string) => model.types.find((t) => t.name === name);

  it("makes managedAllDeviceCertificateState an entity deriving from entity, which owns the inherited id", () => {
    const state = type("managedAllDeviceCertificateState")!;
    expect(state).toMatchObject({ kind: "entity", namespace: "microsoft.graph", baseType: "microsoft.graph.entity" });
    expect(state.properties.map((p) => p.name)).toHaveLength(11);
    expect(state.properties.some((p) => p.name === "id")).toBe(false);
    const entity = type("entity")!;
    expect(entity).toMatchObject({ kind: "entity", key: ["id"] });
    expect(entity.properties).toMatchObject([{ name: "id", type: { type: "Edm.String", collection: false }, nullable: false }]);
  });

  it("types each documented property from its Type cell", () => {
    const props = Object.fromEntries(type("managedAllDeviceCertificateState")!.properties.map((p) => [p.name, p.type.type]));
    expect(props).toMatchObject({
      certificateRevokeStatus: "microsoft.graph.certificateRevocationStatus",
      managedDeviceDisplayName: "Edm.String",
      certificateKeyUsages: "Edm.Int32",
      certificateExpirationDateTime: "Edm.DateTimeOffset",
      certificateIssuanceDateTime: "Edm.DateTimeOffset",
    });
  });

  it("makes the enum from the Possible values prose, with exactly its five members", () => {
    const e = model.enums.find((x) => x.name === "certificateRevocationStatus")!;
    expect(e.members.map((m) => m.name)).toEqual(["none", "pending", "issued", "failed", "revoked"]);
    expect(e.source).toMatchObject({ file: SEED_PATH, line: 49 });
  });

  it("describes the PATCH endpoint with a partial body of the type and a 200 response of the type", () => {
    expect(model.endpoints).toHaveLength(1);
    expect(model.endpoints[0]).toMatchObject({
      kind: "update",
      method: "PATCH",
      paths: [{ template: "/deviceManagement/deviceConfigurationsAllManagedDeviceCertificateStates" }],
      body: { kind: "type", type: { type: "microsoft.graph.managedAllDeviceCertificateState" }, partial: true },
      response: { status: 200, type: { type: "microsoft.graph.managedAllDeviceCertificateState", collection: false } },
    });
  });

  it("never keeps a TODO placeholder as a description", () => {
    const text = JSON.stringify(model.types) + JSON.stringify(model.enums) + JSON.stringify(model.endpoints.map((e) => e.description));
    expect(text).not.toMatch(/TODO/);
  });
});
