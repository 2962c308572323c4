import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { writeCsdlJson } from "../../../generator/emit/csdl/json.js";
import type { Model } from "../../../generator/model/types.js";
import { csdlModel, emptyModel, enumeration, one, operation, prop, structured } from "./fixtures/csdl-model.js";

type Json = Record<string, unknown>;
const fixture = fileURLToPath(new URL("./fixtures/csdl-model.csdl.json", import.meta.url));
const parse = (model: Model): Json => JSON.parse(writeCsdlJson(model)) as Json;
const at = (doc: Json, ...path: string[]): Json => path.reduce((o, k) => o[k] as Json, doc);

describe("writeCsdlJson", () => {
  const text = writeCsdlJson(csdlModel());
  const doc = JSON.parse(text) as Json;
  const g = at(doc, "microsoft.graph");

  it("matches the reviewed fixture (set UPDATE_FIXTURES=1 to rewrite it)", () => {
    if (process.env.UPDATE_FIXTURES) writeFileSync(fixture, text);
    expect(text).toBe(readFileSync(fixture, "utf8"));
  });

  it("is pretty-printed like JSON.stringify(…, null, 2) with a trailing newline", () => {
    expect(text).toBe(JSON.stringify(doc, null, 2) + "\n");
  });

  it("writes the document header and one member per namespace, container namespace first", () => {
    expect(Object.keys(doc)).toEqual(["$Version", "$EntityContainer", "$Reference", "microsoft.graph", "microsoft.graph.callRecords"]);
    expect(doc.$Version).toBe("4.01");
    expect(doc.$EntityContainer).toBe("microsoft.graph.GraphService");
    expect(Object.keys(at(doc, "$Reference"))).toEqual([
      "https://oasis-tcs.github.io/odata-vocabularies/vocabularies/Org.OData.Core.V1.json",
    ]);
  });

  it("writes entity and complex types with only true flags, $Key where declared, properties in model order", () => {
    expect(at(g, "entity")).toEqual({
      $Kind: "EntityType",
      $Abstract: true,
      $Key: ["id"],
      "@Org.OData.Core.V1.Description": "The base of every entity.",
      id: { $Type: "Edm.String", "@Org.OData.Core.V1.Description": "The unique identifier. Read-only." },
    });
    const user = at(g, "user");
    expect(user.$BaseType).toBe("microsoft.graph.entity");
    expect(user.$OpenType).toBe(true);
    expect(user.$Key).toBeUndefined();
    expect(Object.keys(user).filter((k) => !k.startsWith("$") && !k.includes("@"))).toEqual([
      "displayName",
      "businessPhones",
      "mailboxSettings",
      "messages",
      "manager",
      "photo",
    ]);
    expect(user.displayName).toEqual({ $Type: "Edm.String", $Nullable: true });
    expect(user.businessPhones).toEqual({ $Type: "Edm.String", $Collection: true });
    expect(at(g, "message").$HasStream).toBe(true);
    expect(at(g, "reminder")).toEqual({ $Kind: "ComplexType", eventId: { $Type: "Edm.String", $Nullable: true } });
  });

  it("writes navigation properties with $ContainsTarget and $Nullable only when single-valued", () => {
    const user = at(g, "user");
    expect(user.messages).toEqual({
      $Kind: "NavigationProperty",
      $Type: "microsoft.graph.message",
      $Collection: true,
      $ContainsTarget: true,
    });
    expect(user.manager).toEqual({ $Kind: "NavigationProperty", $Type: "microsoft.graph.user", $Nullable: true });
    expect(user.photo).toEqual({
      $Kind: "NavigationProperty",
      $Type: "microsoft.graph.message",
      $ContainsTarget: true,
    });
  });

  it("writes enums as name → value with $IsFlags", () => {
    expect(at(g, "mailTipsType")).toEqual({
      $Kind: "EnumType",
      $IsFlags: true,
      automaticReplies: 1,
      mailboxFullStatus: 2,
      customMailTip: 4,
    });
    expect(at(doc, "microsoft.graph.callRecords", "callType")).toEqual({
      $Kind: "EnumType",
      unknown: 0,
      groupCall: 1,
      peerToPeer: 2,
      unknownFutureValue: 3,
    });
  });

  it("writes operations as overload arrays with the binding parameter first", () => {
    expect(g.sendMail).toEqual([
      {
        $Kind: "Action",
        $IsBound: true,
        $Parameter: [
          { $Name: "bindingParameter", $Type: "microsoft.graph.user", $Nullable: true },
          { $Name: "Message", $Type: "microsoft.graph.message" },
          { $Name: "SaveToSentItems", $Type: "Edm.Boolean", $Nullable: true },
        ],
      },
    ]);
    expect(g.delta).toEqual([
      {
        $Kind: "Function",
        $IsBound: true,
        $IsComposable: true,
        $Parameter: [{ $Name: "bindingParameter", $Type: "microsoft.graph.message", $Collection: true, $Nullable: true }],
        $ReturnType: { $Type: "microsoft.graph.message", $Collection: true, $Nullable: true },
      },
      {
        $Kind: "Function",
        $IsBound: true,
        $Parameter: [{ $Name: "bindingParameter", $Type: "microsoft.graph.user", $Collection: true, $Nullable: true }],
        $ReturnType: { $Type: "microsoft.graph.user", $Collection: true, $Nullable: true },
      },
    ]);
    expect(g.resetAll).toEqual([{ $Kind: "Action" }]);
    expect((g.reminderView as Json[])[0].$ReturnType).toEqual({
      $Type: "microsoft.graph.reminder",
      $Collection: true,
      $Nullable: true,
    });
  });

  it("writes the container with entity sets, singletons and imports", () => {
    expect(at(g, "GraphService")).toEqual({
      $Kind: "EntityContainer",
      callRecords: { $Collection: true, $Type: "microsoft.graph.callRecords.callRecord" },
      users: { $Collection: true, $Type: "microsoft.graph.user" },
      me: { $Type: "microsoft.graph.user" },
      resetAll: { $Action: "microsoft.graph.resetAll" },
      getStatus: { $Function: "microsoft.graph.getStatus" },
    });
    expect(Object.keys(g).at(-1)).toBe("GraphService");
  });

  it("drops an operation named like a type of its schema, and its import, but keeps it in other schemas", () => {
    const model: Model = {
      ...emptyModel(),
      types: [structured("complex", "microsoft.graph", "image", { properties: [prop("url", one("Edm.String"))] })],
      operations: [
        operation("function", "image", { returnType: one("microsoft.graph.image") }),
        operation("function", "image", { namespace: "other", returnType: one("microsoft.graph.image") }),
      ],
    };
    const out = parse(model);
    expect(at(out, "microsoft.graph", "image").$Kind).toBe("ComplexType");
    expect(at(out, "other", "image")).toEqual([{ $Kind: "Function", $ReturnType: { $Type: "microsoft.graph.image", $Nullable: true } }]);
    // One import per name, and the first namespace's operation is the one JSON cannot hold: no import at all.
    expect(at(out, "microsoft.graph", "GraphService")).toEqual({ $Kind: "EntityContainer" });
  });

  it("drops the import of a dropped operation", () => {
    const model: Model = {
      ...emptyModel(),
      types: [structured("complex", "microsoft.graph", "image")],
      operations: [operation("function", "image", { returnType: one("microsoft.graph.image") })],
    };
    expect(at(parse(model), "microsoft.graph", "GraphService")).toEqual({ $Kind: "EntityContainer" });
  });

  it("keeps names JSON objects mistreat (__proto__, numbers) in model order and drops $/@ names", () => {
    const model: Model = {
      ...emptyModel(),
      types: [
        structured("complex", "ns", "t", {
          properties: [
            prop("zeta", one("Edm.String")),
            prop("__proto__", one("Edm.String")),
            prop("10", one("Edm.String")),
            prop("$Kind", one("Edm.String")),
            prop("a@b", one("Edm.String")),
            prop("zeta", one("Edm.Int32")),
          ],
        }),
        structured("complex", "ns", "t", { properties: [prop("other", one("Edm.String"))] }),
        structured("complex", "ns", "$Version"),
      ],
      enums: [enumeration("ns", "e", ["x"])],
    };
    const out = writeCsdlJson(model);
    const t = at(JSON.parse(out) as Json, "ns", "t");
    expect(Object.getOwnPropertyNames(t)).toEqual(["10", "$Kind", "zeta", "__proto__"]);
    expect(t.$Kind).toBe("ComplexType");
    // First definition wins: the duplicate property and the second type `t` are not written.
    expect(t.zeta).toEqual({ $Type: "Edm.String", $Nullable: true });
    expect(t.other).toBeUndefined();
    expect(out.indexOf('"zeta"')).toBeLessThan(out.indexOf('"__proto__"'));
    expect(out.indexOf('"__proto__"')).toBeLessThan(out.indexOf('"10"'));
    expect(Object.keys(at(JSON.parse(out) as Json, "ns"))).toEqual(["e", "t", "GraphService"]);
  });

  it("escapes control characters and line separators in strings", () => {
    const hostile = 'a"b\\c\nd\u0000e\u2028f\u2029g\ud800h';
    const model: Model = {
      ...emptyModel(),
      types: [structured("entity", "ns", hostile, { description: hostile, properties: [prop(hostile, one("Edm.String"))] })],
    };
    const out = writeCsdlJson(model);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u2028\u2029]/);
    const t = at(JSON.parse(out) as Json, "ns", hostile);
    expect(t["@Org.OData.Core.V1.Description"]).toBe(hostile);
    expect(t[hostile]).toEqual({ $Type: "Edm.String", $Nullable: true });
  });

  it("does not depend on the order of the model's lists", () => {
    const model = csdlModel();
    model.types.reverse();
    model.operations.reverse();
    model.singletons.reverse();
    expect(writeCsdlJson(model)).toBe(text);
  });

  it("writes an empty model as a header and an empty container", () => {
    expect(parse(emptyModel())).toEqual({
      $Version: "4.01",
      $EntityContainer: "microsoft.graph.GraphService",
      "microsoft.graph": { GraphService: { $Kind: "EntityContainer" } },
    });
  });
});
