import { describe, expect, it } from "vitest";
import type { TypeExpr } from "../../generator/parse/facts.js";
import { primitiveOf, readTypeCell, readTypeText } from "../../generator/parse/type-cell.js";
import { cellOf } from "./cells.js";

const none = new Map<string, string>();
const read = (cell: string, defs = "") => {
  const definitions = new Map<string, string>();
  for (const m of defs.matchAll(/^\[([^\]]+)\]:\s*(\S+)/gm)) definitions.set(m[1].toLowerCase(), m[2]);
  return readTypeCell(cellOf(cell, defs), definitions);
};
const prim = (name: string, collection = false): TypeExpr => ({ kind: "primitive", name: name as never, collection });

describe("primitiveOf", () => {
  it.each([
    ["String", "Edm.String"],
    ["string", "Edm.String"],
    ["Edm.String", "Edm.String"],
    ["Edm.dateTimeOffset", "Edm.DateTimeOffset"],
    ["DateTimeOffSet", "Edm.DateTimeOffset"],
    ["DateTime", "Edm.DateTimeOffset"],
    ["datetime", "Edm.DateTimeOffset"],
    ["Timestamp", "Edm.DateTimeOffset"],
    ["int", "Edm.Int32"],
    ["Integer", "Edm.Int32"],
    ["Int64", "Edm.Int64"],
    ["GUID", "Edm.Guid"],
    ["Bool", "Edm.Boolean"],
    ["boolean", "Edm.Boolean"],
    ["Json", "Edm.Untyped"],
    ["Object", "Edm.Untyped"],
    ["Untyped JSON object", "Edm.Untyped"],
    ["Url", "Edm.String"],
    ["numeric", "Edm.Decimal"],
    ["decimal", "Edm.Decimal"],
    ["TimeOfDay", "Edm.TimeOfDay"],
    ["stream", "Edm.Stream"],
    ["Binary", "Edm.Binary"],
    ["Single", "Edm.Single"],
    ["Byte", "Edm.Byte"],
    ["Int16", "Edm.Int16"],
    ["duration", "Edm.Duration"],
    ["Date", "Edm.Date"],
  ])("%s → %s", (word, edm) => {
    expect(primitiveOf(word)).toBe(edm);
  });
  it("says nothing about named types", () => {
    expect(primitiveOf("user")).toBeUndefined();
    expect(primitiveOf("identitySet")).toBeUndefined();
    expect(primitiveOf("Edm.Whatever")).toBeUndefined();
  });
});

describe("readTypeCell on the notations of ../shared/docs/input-format.md §2.3", () => {
  it("reads bare primitives, Edm names and primitives with notes", () => {
    expect(read("String")).toEqual(prim("Edm.String"));
    expect(read(" Int32 ")).toEqual(prim("Edm.Int32"));
    expect(read("Edm.Binary")).toEqual(prim("Edm.Binary"));
    expect(read("string (url)")).toEqual(prim("Edm.String"));
    expect(read("string, maximum size 20")).toEqual(prim("Edm.String"));
    expect(read("string (readonly)")).toEqual(prim("Edm.String"));
    expect(read("`bool`")).toEqual(prim("Edm.Boolean"));
    expect(read("**String**")).toEqual(prim("Edm.String"));
    expect(read("Untyped JSON object")).toEqual(prim("Edm.Untyped"));
  });

  it("reads primitive collections in every spelling", () => {
    for (const cell of [
      "String collection",
      "string collection",
      "Collection(String)",
      "collection(string)",
      "String[]",
      "collection of string",
      "collection of strings",
      "Collection(Edm.String)",
    ]) {
      expect(read(cell), cell).toEqual(prim("Edm.String", true));
    }
  });

  it("keeps the link target of named types", () => {
    expect(read("[userIdentity](../resources/useridentity.md)")).toEqual({
      kind: "named",
      name: "userIdentity",
      collection: false,
      href: "../resources/useridentity.md",
    });
    expect(read("[accessReviewScope](accessreviewscope.md) collection")).toEqual({
      kind: "named",
      name: "accessReviewScope",
      collection: true,
      href: "accessreviewscope.md",
    });
    expect(read("[ageGroup](#agegroup-values)")).toEqual({ kind: "named", name: "ageGroup", collection: false, href: "#agegroup-values" });
    expect(read("[identitySet](/graph/api/resources/identityset)")).toEqual({
      kind: "named",
      name: "identitySet",
      collection: false,
      href: "/graph/api/resources/identityset",
    });
  });

  it("resolves reference links through the definitions", () => {
    expect(read("[identitySet][]", "[identitySet]: ../resources/identityset.md")).toEqual({
      kind: "named",
      name: "identitySet",
      collection: false,
      href: "../resources/identityset.md",
    });
    expect(read("[commentAction][] collection", "[commentAction]: commentaction.md")).toMatchObject({
      kind: "named",
      name: "commentAction",
      collection: true,
      href: "commentaction.md",
    });
    expect(read("Collection([contentType][])", "[contentType]: contenttype.md")).toMatchObject({
      kind: "named",
      name: "contentType",
      collection: true,
    });
    expect(read("[itemAnalytics][] resource", "[itemAnalytics]: itemanalytics.md")).toMatchObject({
      kind: "named",
      name: "itemAnalytics",
      collection: false,
      href: "itemanalytics.md",
    });
    // Without a definition remark leaves the brackets as text; the name still reads, without a target.
    expect(read("[identitySet][]")).toEqual({ kind: "named", name: "identitySet", collection: false });
  });

  it("splits the namespace off qualified names only for microsoft.*", () => {
    expect(read("[microsoft.graph.callRecords.session](callrecords-session.md) collection")).toEqual({
      kind: "named",
      name: "session",
      namespace: "microsoft.graph.callRecords",
      collection: true,
      href: "callrecords-session.md",
    });
    expect(read("microsoft.graph.callRecords.clientPlatform")).toEqual({
      kind: "named",
      name: "clientPlatform",
      namespace: "microsoft.graph.callRecords",
      collection: false,
    });
    expect(read("Collection(microsoft.graph.site)")).toEqual({
      kind: "named",
      name: "site",
      namespace: "microsoft.graph",
      collection: true,
    });
    expect(read("NAV.PostalAddress")).toEqual({ kind: "named", name: "NAV.PostalAddress", collection: false });
  });

  it("reads bare named types, their collections and trailing kind words", () => {
    expect(read("alertFeedback")).toEqual({ kind: "named", name: "alertFeedback", collection: false });
    expect(read("onlineMeetingProviderType collection")).toEqual({ kind: "named", name: "onlineMeetingProviderType", collection: true });
    expect(read("routingPolicy collection collection")).toEqual({ kind: "named", name: "routingPolicy", collection: true });
    expect(read("[fileHashType](filehashtypeenumtype.md) enum")).toMatchObject({
      kind: "named",
      name: "fileHashType",
      href: "filehashtypeenumtype.md",
    });
    expect(read("error object")).toEqual({ kind: "named", name: "error", collection: false });
    expect(read("Collection([columnDefinition](columndefinition.md))")).toMatchObject({
      kind: "named",
      name: "columnDefinition",
      collection: true,
    });
  });

  it("reads a primitive linked to a page as the primitive", () => {
    expect(read("[DateTimeOffset](../resources/timestamp.md)")).toEqual(prim("Edm.DateTimeOffset"));
  });

  it("reads the unclosed link of invitation.md", () => {
    expect(read("[invitedUserMessageInfo](invitedusermessageinfo.md")).toMatchObject({
      kind: "named",
      name: "invitedUserMessageInfo",
      href: "invitedusermessageinfo.md",
    });
  });

  it("keeps the text of unions, prose and generator errors as unknown", () => {
    expect(read("[mediaConfig](mediaconfig.md) or [appHostedMediaConfig](apphostedmediaconfig.md)")).toEqual({
      kind: "unknown",
      text: "mediaConfig or appHostedMediaConfig",
      collection: false,
    });
    expect(read("Moment in time when the resource was created. DateTimeOffset")).toMatchObject({ kind: "unknown" });
    expect(read("** Unknown Type `microsoft.management.services.genericWorkloadActivity.models.operation` ** collection")).toMatchObject({
      kind: "unknown",
      collection: true,
    });
    expect(read("None")).toMatchObject({ kind: "unknown", text: "None" });
    expect(read("")).toMatchObject({ kind: "unknown" });
  });

  it("drops a description sentence that leaked into the Type cell", () => {
    expect(read("[educationOutcome](educationoutcome.md) collection. Holds grades, feedback and/or rubrics")).toMatchObject({
      kind: "named",
      name: "educationOutcome",
      collection: true,
    });
  });

  it("treats a <br> as a space", () => {
    expect(read("String<br>collection")).toEqual(prim("Edm.String", true));
  });
});

describe("readTypeText", () => {
  it("reads annotation and response spellings", () => {
    expect(readTypeText("microsoft.graph.user")).toEqual({ kind: "named", name: "user", namespace: "microsoft.graph", collection: false });
    expect(readTypeText("Collection(microsoft.graph.site)")).toEqual({
      kind: "named",
      name: "site",
      namespace: "microsoft.graph",
      collection: true,
    });
    expect(readTypeText("stream")).toEqual(prim("Edm.Stream"));
    expect(readTypeText("[user](../resources/user.md) collection")).toEqual({
      kind: "named",
      name: "user",
      collection: true,
      href: "../resources/user.md",
    });
    expect(readTypeText("String collection")).toEqual(prim("Edm.String", true));
    expect(readTypeText("Microsoft Graph Security API error responses")).toMatchObject({ kind: "unknown" });
  });
  it("agrees with readTypeCell when the cell has no links", () => {
    for (const t of [
      "String",
      "Int32 collection",
      "Collection(microsoft.graph.callRecords.session)",
      "routingPolicy collection collection",
      "string (url)",
    ]) {
      expect(readTypeText(t), t).toEqual(readTypeCell(cellOf(t), none));
    }
  });
});
