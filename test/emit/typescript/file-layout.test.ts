/** One models file per type: every declaration of the per-namespace file, each in its own file, and it compiles. */
import { describe, expect, it } from "vitest";
import { emitTypeScript } from "../../../generator/emit/typescript/project.js";
import { richModel, seedModel } from "../model-fixtures.js";
import { RUNTIME_STUB, typeCheck } from "../typecheck.js";

const emit = (model = richModel(), fileLayout: "namespace" | "type" = "type") =>
  emitTypeScript(model, { runtimeSource: RUNTIME_STUB, fileLayout });

/** Exported declarations (`export interface X`, `export type X`, `export function isX`, …) of the models files. */
function declarations(files: ReadonlyMap<string, string>): string[] {
  return [...files]
    .filter(([p]) => p.startsWith("models/"))
    .flatMap(([, text]) => [...text.matchAll(/^export (?:interface|type|const|function|enum) (\w+)/gm)].map((m) => m[1]))
    .sort();
}

describe("fileLayout: type", () => {
  it("declares each model type in its own models file, named by its qualified name", async () => {
    const files = await emit(seedModel());
    const models = [...files.keys()].filter((p) => p.startsWith("models/"));
    expect(models).toEqual([
      "models/microsoft.graph.certificateRevocationStatus.ts",
      "models/microsoft.graph.entity.ts",
      "models/microsoft.graph.managedAllDeviceCertificateState.ts",
    ]);
    const state = files.get("models/microsoft.graph.managedAllDeviceCertificateState.ts")!;
    expect(state).toContain("export interface ManagedAllDeviceCertificateState extends Entity {");
    expect(state).toMatch(/import type \{ Entity \} from "\.\/microsoft\.graph\.entity\.js";/);
    expect(state).toMatch(/import type \{ CertificateRevocationStatus \} from "\.\/microsoft\.graph\.certificateRevocationStatus\.js";/);
    expect(files.get("index.ts")).toContain('export * from "./models/microsoft.graph.entity.js";');
  });

  it("declares exactly what the per-namespace layout declares, and the client is unchanged but for its imports", async () => {
    const [byType, byNamespace] = [await emit(), await emit(richModel(), "namespace")];
    expect(declarations(byType)).toEqual(declarations(byNamespace));
    const clients = (files: ReadonlyMap<string, string>) =>
      [...files].filter(([p]) => p.startsWith("client/")).map(([p, t]) => [p, t.replace(/^import[^;]*;\n/gm, "")]);
    expect(clients(byType)).toEqual(clients(byNamespace));
  });

  it("type-checks under --strict (references across files, base ↔ derived cycles included)", async () => {
    expect(typeCheck(await emit())).toEqual([]);
  });
});

describe("naming: typePrefix and typeSuffix", () => {
  it("wrap every model type's name (interfaces, enums, guards, unions), not the client functions, and compile", async () => {
    const files = await emitTypeScript(seedModel(), { runtimeSource: RUNTIME_STUB, naming: { typeSuffix: "Model" } });
    const models = files.get("models/microsoft.graph.ts")!;
    expect(models).toContain("export interface ManagedAllDeviceCertificateStateModel extends EntityModel {");
    expect(models).toContain('export type CertificateRevocationStatusModel = "none"');
    expect(models).not.toMatch(/export interface ManagedAllDeviceCertificateState\b/);
    const client = files.get("client/deviceManagement.ts")!;
    expect(client).toContain("export async function updateManagedAllDeviceCertificateState(");
    expect(client).toContain("body: Partial<ManagedAllDeviceCertificateStateModel>,");
    expect(typeCheck(files)).toEqual([]);
    const prefixed = await emitTypeScript(richModel(), { runtimeSource: RUNTIME_STUB, naming: { typePrefix: "Graph" } });
    expect(declarations(prefixed).filter((n) => /^[A-Z]/.test(n) && !n.startsWith("Graph") && !n.startsWith("AnyGraph"))).toEqual([]);
    expect(typeCheck(prefixed)).toEqual([]);
  });
});
