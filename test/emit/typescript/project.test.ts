import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { emitTypeScript, GENERATED_HEADER } from "../../../generator/emit/typescript/project.js";
import { loadGenerated } from "../load-generated.js";
import { richModel, seedModel } from "../model-fixtures.js";
import { RUNTIME_STUB, typeCheck } from "../typecheck.js";

const emit = (model = seedModel(), extra = {}) => emitTypeScript(model, { runtimeSource: RUNTIME_STUB, ...extra });

describe("emitTypeScript on the seed page's model", () => {
  it("writes the expected files, sorted, runtime verbatim, a generated header everywhere else", async () => {
    const files = await emit();
    expect([...files.keys()]).toEqual(["client/deviceManagement.ts", "index.ts", "models/microsoft.graph.ts", "odata.ts", "runtime.ts"]);
    expect(files.get("runtime.ts")).toBe(RUNTIME_STUB);
    for (const [path, text] of files) if (path !== "runtime.ts") expect(text.startsWith(GENERATED_HEADER), path).toBe(true);
  });

  it("emits the interface, enum union and values array, and the PATCH function", async () => {
    const files = await emit();
    const models = files.get("models/microsoft.graph.ts")!;
    expect(models).toContain("export interface ManagedAllDeviceCertificateState extends Entity {");
    expect(models).toContain('"@odata.type"?: "#microsoft.graph.managedAllDeviceCertificateState";');
    expect(models).toContain("certificateRevokeStatus?: CertificateRevocationStatus;");
    expect(models).toContain("certificateRevokeStatusLastChangeDateTime?: string | null;");
    expect(models).toContain("certificateKeyUsages?: number;");
    expect(models).toContain("Format: ISO 8601 date-time");
    expect(models).toContain('export type CertificateRevocationStatus = "none" | "pending" | "issued" | "failed" | "revoked";');
    expect(models).toMatch(/export const certificateRevocationStatusValues = \[\s*"none",/);
    expect(models).toContain("Source: input-docs/resources/managedAllDeviceCertificateState.md:1");
    // 12 own properties + the @odata.type discriminator; `id` stays on Entity.
    const body = models.slice(models.indexOf("interface ManagedAllDeviceCertificateState"));
    expect(body.slice(0, body.indexOf("\n}")).match(/^\s+("@odata\.type"|\w+)\?:/gm)).toHaveLength(13);

    const client = files.get("client/deviceManagement.ts")!;
    expect(client).toContain("export async function updateManagedAllDeviceCertificateState(");
    expect(client).toContain("body: Partial<ManagedAllDeviceCertificateState>,");
    expect(client).toContain("): Promise<ManagedAllDeviceCertificateState> {");
    expect(client).toContain('method: "PATCH"');
    expect(client).toContain('"/deviceManagement/deviceConfigurationsAllManagedDeviceCertificateStates"');
  });

  it("type-checks under --strict with zero diagnostics", async () => {
    expect(typeCheck(await emit())).toEqual([]);
  });

  it("is deterministic", async () => {
    const a = await emit(richModel());
    const b = await emit(richModel());
    expect([...a.entries()]).toEqual([...b.entries()]);
  });

  it("supports the const-object and enum styles", async () => {
    for (const enumStyle of ["const-object", "enum"] as const) {
      const files = await emit(seedModel(), { enumStyle });
      const models = files.get("models/microsoft.graph.ts")!;
      expect(models).toContain(
        enumStyle === "enum" ? "export enum CertificateRevocationStatus {" : "export const CertificateRevocationStatus = {",
      );
      expect(typeCheck(files), enumStyle).toEqual([]);
    }
  });
});

describe("emitTypeScript on a model with inheritance, namespaces and every endpoint shape", () => {
  it("type-checks, including a consumer that uses $select narrowing, path variants and narrowing", async () => {
    const files = await emit(richModel());
    const usage = `
      import { Client } from "./runtime.js";
      import { listUsers, getMessage, isUser, getOffice365ActiveUserCounts, type AnyDirectoryObject,
        type DirectoryObject, type User, type Group } from "./index.js";
      export async function use(c: Client): Promise<void> {
        const page = await listUsers(c, { $select: ["displayName"], $top: 5, $expand: ["manager($select=id)"] });
        const name: string | null | undefined = page.value[0].displayName;
        void name;
        // @ts-expect-error mail was not selected
        void page.value[0].mail;
        // @ts-expect-error not a property of user
        await listUsers(c, { $select: ["nope"] });
        // @ts-expect-error not a navigation property
        await listUsers(c, { $expand: ["nope"] });
        const full = await listUsers(c);
        void full.value[0].mail;
        await getMessage(c, { id: "1" });
        await getMessage(c, { path: "/users/{user-id}/messages/{id}", "user-id": "u", id: "1" });
        // @ts-expect-error this path needs user-id
        await getMessage(c, { path: "/users/{user-id}/messages/{id}", id: "1" });
        // @ts-expect-error not an enum member
        await getOffice365ActiveUserCounts(c, { period: "D8", date: "2021-01-01" });
        const o = {} as AnyDirectoryObject;
        switch (o["@odata.type"]) {
          case "#microsoft.graph.user": { const u: User = o; void u; break; }
          case "#microsoft.graph.group": { const g: Group = o; void g; break; }
        }
        const d = {} as DirectoryObject;
        if (isUser(d)) { const u: User = d; void u; }
      }
    `;
    expect(typeCheck(files, { "usage.ts": usage })).toEqual([]);
  });

  it("names: colliding namespaces and builtins get the namespace prefix; runtime names are not shadowed", async () => {
    const files = await emit(richModel());
    expect(files.get("models/microsoft.graph.callRecords.ts")).toContain("export interface CallRecordsSession extends Entity");
    expect(files.get("models/microsoft.graph.ts")).toContain("export interface Session extends Entity");
    expect(files.get("models/microsoft.graph.termStore.ts")).toContain("export interface TermStoreSet extends Entity");
    expect(files.get("models/microsoft.graph.ts")).toContain("export interface GraphPage {");
    expect(files.get("client/sites.ts")).toContain("export async function items2<");
  });

  it("types odd cases: flags, binary, stream, unresolved, missing base, cycles, no redeclared id", async () => {
    const models = (await emit(richModel())).get("models/microsoft.graph.ts")!;
    const user = models.slice(models.indexOf("export interface User "));
    expect(user).toContain("workDays?: string | null;");
    expect(user).toContain("comma-separated combination");
    // Edm.Binary is a base64 string on the wire (not the npm typings' number); Edm.Stream is any like those typings.
    expect(user).toContain("photoBytes?: string | null;");
    expect(user).toContain("base64");
    expect(user).toMatch(/content\?: any( \| null)?;/);
    expect(user).toContain("mystery?: unknown;");
    expect(user).toContain("manager?: DirectoryObject | null;");
    expect(user).toContain("messages?: Message[];");
    expect(user.slice(0, user.indexOf("\n}"))).not.toMatch(/^\s+id\?:/m);
    expect(models).toContain("export interface Orphan {");
    expect(models).toContain("`microsoft.graph.missingBase` is not defined");
    expect(models).toMatch(/would close an inheritance cycle/);
    expect(models).toMatch(
      /export type AnyDirectoryObject =\s*\|?\s*\(DirectoryObject & \{ "@odata\.type"\?: "#microsoft\.graph\.directoryObject" \}\)\s*\|\s*Group\s*\|\s*User;/,
    );
  });

  it("lists endpoints it cannot emit in index.ts", async () => {
    const index = (await emit(richModel())).get("index.ts")!;
    expect(index).toContain("headUsers: HTTP method HEAD is not supported");
    expect(index).toContain('export * from "./client/users.js";');
  });

  it("builds request specs at run time: encoding, path variants, function literals, query options, bodies", async () => {
    const files = await emit(richModel());
    const mod = await loadGenerated(files, "index.ts");
    const Client = mod.Client as new (answer?: (spec: unknown) => unknown) => {
      calls: { spec: Record<string, unknown> }[];
    };
    const c = new Client(() => ({ value: [] }));
    type Fn = (...args: unknown[]) => Promise<unknown>;
    const call = async (name: string, ...args: unknown[]) => {
      await (mod[name] as Fn)(c, ...args);
      return c.calls[c.calls.length - 1].spec;
    };
    expect(await call("getMessage", { id: "a/b c" })).toMatchObject({ method: "GET", path: "/me/messages/a%2Fb%20c" });
    expect(await call("getMessage", { path: "/users/{user-id}/messages/{id}", "user-id": "u?", id: "1" })).toMatchObject({
      path: "/users/u%3F/messages/1",
    });
    expect(await call("getOffice365ActiveUserCounts", { period: "D7", date: "2021-07-01" })).toMatchObject({
      path: "/reports/getOffice365ActiveUserCounts(period='D7',date=2021-07-01)",
    });
    expect(await call("getDriveItemByPath", { "item-path": "folder/my file.txt" })).toMatchObject({
      path: "/me/drive/root:/folder/my%20file.txt:",
    });
    expect(await call("listUsers", { $select: ["displayName"], $top: 3, headers: { a: "b" } })).toMatchObject({
      query: { $select: ["displayName"], $top: 3 },
      responseKind: "json",
    });
    expect(await call("listGuestUsers")).toMatchObject({ path: "/users?$filter=userType%20eq%20'Guest'" });
    expect(await call("updateUser", { id: "1" }, { displayName: "x" })).toMatchObject({
      method: "PATCH",
      body: { displayName: "x" },
      // 204 by default, the entity under `Prefer: return=representation`: the result is T | undefined.
      responseKind: "json",
    });
    expect(await call("getDriveItemContent", { "item-id": "i" })).toMatchObject({ responseKind: "binary" });
    expect(await call("countUsers")).toMatchObject({ path: "/users/$count", responseKind: "text" });
    expect(await call("sendMail", { saveToSentItems: true })).toMatchObject({ responseKind: "void", body: { saveToSentItems: true } });
  });

  it("guards follow the inheritance table at run time", async () => {
    const mod = await loadGenerated(await emit(richModel()), "index.ts");
    const isDirectoryObject = mod.isDirectoryObject as (v: unknown) => boolean;
    const isUser = mod.isUser as (v: unknown) => boolean;
    expect(isDirectoryObject({ "@odata.type": "#microsoft.graph.user" })).toBe(true);
    expect(isDirectoryObject({ "@odata.type": "microsoft.graph.group" })).toBe(true);
    expect(isUser({ "@odata.type": "#microsoft.graph.group" })).toBe(false);
    expect(isUser({})).toBe(false);
    expect(isUser({ "@odata.type": "__proto__" })).toBe(false);
    expect(isUser(null)).toBe(false);
  });
});

describe("with the real runtime", () => {
  const runtimePath = "templates/runtime.ts";
  it.skipIf(!existsSync(runtimePath))("the emitted client type-checks against templates/runtime.ts", async () => {
    const files = await emitTypeScript(richModel(), { runtimeSource: readFileSync(runtimePath, "utf8") });
    expect(typeCheck(files)).toEqual([]);
  });
});
