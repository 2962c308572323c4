/** Hand-built models for the emit tests (no parse/model stage involved). */
import type {
  Endpoint,
  EndpointSegment,
  EnumType,
  Model,
  NavigationProperty,
  Property,
  StructuredType,
  TypeRef,
} from "../../generator/model/types.js";
import { MODEL_SCHEMA_VERSION } from "../../generator/model/types.js";

export const at = (file: string, line = 1) => ({ file, line, column: 1 });

export function ref(type: string, collection = false): TypeRef {
  return { type, collection };
}

export function prop(name: string, type: string, options: Partial<Property> = {}): Property {
  return { name, type: ref(type), nullable: true, source: at("input-docs/resources/x.md", 10), ...options };
}

export function nav(name: string, type: string, collection = false, options: Partial<NavigationProperty> = {}): NavigationProperty {
  return {
    name,
    type: ref(type, collection),
    nullable: !collection,
    containsTarget: false,
    source: at("input-docs/resources/x.md", 20),
    ...options,
  };
}

export function structured(qualified: string, properties: Property[], options: Partial<StructuredType> = {}): StructuredType {
  const dot = qualified.lastIndexOf(".");
  return {
    kind: "entity",
    namespace: qualified.slice(0, dot),
    name: qualified.slice(dot + 1),
    properties,
    navigationProperties: [],
    sources: [at(`input-docs/resources/${qualified.slice(dot + 1)}.md`)],
    source: at(`input-docs/resources/${qualified.slice(dot + 1)}.md`),
    ...options,
  };
}

export function enumType(qualified: string, members: string[], options: Partial<EnumType> = {}): EnumType {
  const dot = qualified.lastIndexOf(".");
  return {
    namespace: qualified.slice(0, dot),
    name: qualified.slice(dot + 1),
    isFlags: false,
    members: members.map((name, value) => ({ name, value })),
    source: at(`input-docs/resources/${qualified.slice(dot + 1)}.md`, 40),
    ...options,
  };
}

export function lit(...values: string[]): EndpointSegment[] {
  return values.map((value) => ({ kind: "literal", value }));
}

export function endpoint(partial: Partial<Endpoint> & Pick<Endpoint, "name" | "method" | "paths">): Endpoint {
  return {
    kind: "other",
    response: { status: 200 },
    requestHeaders: [],
    queryOptions: [],
    permissions: [],
    examples: [],
    source: at(`input-docs/api/${partial.name.toLowerCase()}.md`, 12),
    ...partial,
  };
}

export function model(partial: Partial<Model>): Model {
  return {
    schemaVersion: MODEL_SCHEMA_VERSION,
    types: [],
    enums: [],
    operations: [],
    endpoints: [],
    entitySets: [],
    singletons: [],
    diagnostics: [],
    ...partial,
  };
}

/** Shaped like the seed page (managedAllDeviceCertificateState) and its update API page. */
export function seedModel(): Model {
  const g = "microsoft.graph";
  return model({
    types: [
      structured(`${g}.entity`, [prop("id", "Edm.String", { nullable: false, description: "The unique identifier." })], {
        key: ["id"],
        abstract: true,
      }),
      structured(
        `${g}.managedAllDeviceCertificateState`,
        [
          prop("certificateRevokeStatus", `${g}.certificateRevocationStatus`, {
            nullable: false,
            description: "Revoke status. Possible values are: none, pending, issued, failed, revoked.",
          }),
          prop("certificateRevokeStatusLastChangeDateTime", "Edm.DateTimeOffset", { description: "Last changed." }),
          prop("managedDeviceDisplayName", "Edm.String"),
          prop("userPrincipalName", "Edm.String"),
          prop("certificateExpirationDateTime", "Edm.DateTimeOffset"),
          prop("certificateIssuerName", "Edm.String"),
          prop("certificateThumbprint", "Edm.String"),
          prop("certificateSerialNumber", "Edm.String"),
          prop("certificateSubjectName", "Edm.String"),
          prop("certificateKeyUsages", "Edm.Int32", { nullable: false }),
          prop("certificateExtendedKeyUsages", "Edm.String"),
          prop("certificateIssuanceDateTime", "Edm.DateTimeOffset", { nullable: false }),
        ],
        { baseType: `${g}.entity`, description: "Certificate state of a managed device." },
      ),
    ],
    enums: [enumType(`${g}.certificateRevocationStatus`, ["none", "pending", "issued", "failed", "revoked"])],
    endpoints: [
      endpoint({
        name: "updateManagedAllDeviceCertificateState",
        kind: "update",
        method: "PATCH",
        description: "Update the properties of a managedAllDeviceCertificateState object.",
        paths: [
          {
            template: "/deviceManagement/deviceConfigurationsAllManagedDeviceCertificateStates",
            segments: lit("deviceManagement", "deviceConfigurationsAllManagedDeviceCertificateStates"),
          },
        ],
        body: { kind: "type", type: ref(`${g}.managedAllDeviceCertificateState`), partial: true },
        response: { status: 200, type: ref(`${g}.managedAllDeviceCertificateState`) },
        permissions: [{ type: "Application", scopes: ["DeviceManagementConfiguration.ReadWrite.All"] }],
      }),
    ],
  });
}

/** Inheritance, navigation, namespaces with colliding names, flags, odd Edm types and every endpoint shape. */
export function richModel(): Model {
  const g = "microsoft.graph";
  const param = (name: string): EndpointSegment => ({ kind: "param", name, written: `{${name}}` });
  return model({
    types: [
      structured(`${g}.entity`, [prop("id", "Edm.String", { nullable: false })], { key: ["id"] }),
      structured(`${g}.directoryObject`, [prop("deletedDateTime", "Edm.DateTimeOffset")], { baseType: `${g}.entity` }),
      structured(
        `${g}.user`,
        [
          prop("displayName", "Edm.String"),
          prop("mail", "Edm.String"),
          prop("businessPhones", "Edm.String", { type: ref("Edm.String", true), nullable: false }),
          prop("id", "Edm.String", { nullable: false, description: "Repeated from entity: must not be redeclared." }),
          prop("photoBytes", "Edm.Binary"),
          prop("content", "Edm.Stream"),
          prop("workDays", `${g}.dayFlags`),
          prop("mystery", `${g}.notDefinedAnywhere`),
          prop("primaryAddress", `${g}.emailAddress`),
        ],
        {
          baseType: `${g}.directoryObject`,
          navigationProperties: [nav("manager", `${g}.directoryObject`), nav("messages", `${g}.message`, true)],
        },
      ),
      structured(`${g}.group`, [prop("visibility", "Edm.String", { possibleValues: ["Public", "Private"] })], {
        baseType: `${g}.directoryObject`,
        navigationProperties: [nav("members", `${g}.directoryObject`, true)],
      }),
      structured(`${g}.message`, [prop("subject", "Edm.String"), prop("from", `${g}.emailAddress`)], {
        baseType: `${g}.entity`,
      }),
      structured(`${g}.driveItem`, [prop("name", "Edm.String")], { baseType: `${g}.entity`, hasStream: true }),
      structured(`${g}.emailAddress`, [prop("address", "Edm.String"), prop("name", "Edm.String")], { kind: "complex" }),
      structured(`${g}.orphan`, [prop("x", "Edm.Int64")], { baseType: `${g}.missingBase` }),
      structured(`${g}.cycleA`, [prop("a", "Edm.Int32")], { baseType: `${g}.cycleB` }),
      structured(`${g}.cycleB`, [prop("b", "Edm.Int32")], { baseType: `${g}.cycleA` }),
      structured(`${g}.session`, [prop("start", "Edm.DateTimeOffset")], { baseType: `${g}.entity` }),
      structured(`${g}.callRecords.session`, [prop("modalities", "Edm.String")], { baseType: `${g}.entity` }),
      structured(`${g}.termStore.set`, [prop("localizedNames", "Edm.String")], { baseType: `${g}.entity` }),
      structured(`${g}.page`, [prop("title", "Edm.String")], { kind: "complex" }),
    ],
    enums: [
      enumType(`${g}.dayFlags`, ["monday", "tuesday"], { isFlags: true, description: "Days." }),
      enumType(`${g}.reportPeriod`, ["D7", "D30"]),
    ],
    endpoints: [
      endpoint({
        name: "listUsers",
        kind: "list",
        method: "GET",
        paths: [{ template: "/users", segments: lit("users") }],
        response: { status: 200, type: ref(`${g}.user`, true) },
      }),
      endpoint({
        name: "getMessage",
        kind: "get",
        method: "GET",
        paths: [
          { template: "/me/messages/{id}", segments: [...lit("me", "messages"), param("id")] },
          {
            template: "/users/{user-id}/messages/{id}",
            segments: [...lit("users"), param("user-id"), ...lit("messages"), param("id")],
          },
        ],
        response: { status: 200, type: ref(`${g}.message`) },
      }),
      endpoint({
        name: "updateUser",
        kind: "update",
        method: "PATCH",
        paths: [{ template: "/users/{id}", segments: [...lit("users"), param("id")] }],
        body: { kind: "type", type: ref(`${g}.user`), partial: true },
        response: { status: 204 },
      }),
      endpoint({
        name: "deleteUser",
        kind: "delete",
        method: "DELETE",
        paths: [{ template: "/users/{id}", segments: [...lit("users"), param("id")] }],
        response: { status: 204 },
      }),
      endpoint({
        name: "getOffice365ActiveUserCounts",
        kind: "function",
        method: "GET",
        paths: [
          {
            template: "/reports/getOffice365ActiveUserCounts(period='{period_value}',date={date_value})",
            segments: [
              ...lit("reports"),
              {
                kind: "call",
                name: "getOffice365ActiveUserCounts",
                params: [
                  { name: "period", param: "period_value" },
                  { name: "date", param: "date_value" },
                ],
              },
            ],
          },
        ],
        urlParameters: [
          { name: "period", type: ref(`${g}.reportPeriod`), nullable: false, description: "Length of the period." },
          { name: "date", type: ref("Edm.Date"), nullable: false },
        ],
        response: { status: 200, type: ref("Edm.Int32") },
      }),
      endpoint({
        name: "sendMail",
        kind: "action",
        method: "POST",
        paths: [{ template: "/me/sendMail", segments: lit("me", "sendMail") }],
        body: {
          kind: "parameters",
          parameters: [
            { name: "message", type: ref(`${g}.message`), nullable: false, description: "The message." },
            { name: "saveToSentItems", type: ref("Edm.Boolean"), nullable: true },
          ],
        },
        response: { status: 202 },
      }),
      endpoint({
        name: "getDriveItemContent",
        kind: "value",
        method: "GET",
        paths: [
          {
            template: "/me/drive/items/{item-id}/content",
            segments: [...lit("me", "drive", "items"), param("item-id"), ...lit("content")],
          },
        ],
        response: { status: 200, binary: true },
      }),
      endpoint({
        name: "getDriveItemByPath",
        kind: "get",
        method: "GET",
        paths: [
          {
            template: "/me/drive/root:/{item-path}:",
            segments: [...lit("me", "drive"), { kind: "colon", name: "root", param: "item-path" }],
          },
        ],
        response: { status: 200, type: ref(`${g}.driveItem`) },
      }),
      endpoint({
        name: "countUsers",
        kind: "other",
        method: "GET",
        paths: [{ template: "/users/$count", segments: [...lit("users"), { kind: "dollar", value: "$count" }] }],
        response: { status: 200, type: ref("Edm.Int32") },
      }),
      endpoint({
        name: "addGroupMember",
        kind: "ref",
        method: "POST",
        paths: [
          {
            template: "/groups/{id}/members/$ref",
            segments: [...lit("groups"), param("id"), ...lit("members"), { kind: "dollar", value: "$ref" }],
          },
        ],
        body: { kind: "ref" },
        response: { status: 204 },
      }),
      endpoint({
        name: "listGuestUsers",
        kind: "list",
        method: "GET",
        paths: [{ template: "/users", segments: lit("users"), query: "$filter=userType eq 'Guest'" }],
        response: { status: 200, type: ref(`${g}.user`, true) },
      }),
      endpoint({
        name: "headUsers",
        kind: "other",
        method: "HEAD",
        paths: [{ template: "/users", segments: lit("users") }],
      }),
      endpoint({
        name: "items",
        kind: "list",
        method: "GET",
        paths: [{ template: "/sites/items", segments: lit("sites", "items") }],
        response: { status: 200, type: ref(`${g}.driveItem`, true) },
      }),
    ],
  });
}
