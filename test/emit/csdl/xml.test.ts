import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { escapeXmlAttribute, writeCsdlXml } from "../../../generator/emit/csdl/xml.js";
import type { Model } from "../../../generator/model/types.js";
import { csdlModel, emptyModel, enumeration, one, operation, prop, structured } from "./fixtures/csdl-model.js";

// ---------- a tiny XML reader: enough to prove well-formedness and to walk the elements ----------

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
}

/** XML 1.0 `Char` production (what may appear at all, raw or as a reference). */
const isXmlChar = (cp: number) =>
  cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000;

function decodeAttribute(raw: string): string {
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(raw)) throw new Error(`bad reference in "${raw}"`);
  return raw.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, ref: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (ref in named) return named[ref];
    const cp = ref.startsWith("#x") ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    if (!isXmlChar(cp)) throw new Error(`reference to a non-XML character &${ref};`);
    return String.fromCodePoint(cp);
  });
}

/** Parses the writer's subset of XML (declaration, elements, attributes, whitespace) and throws on anything else. */
function parseXml(text: string): Node {
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (!isXmlChar(cp)) throw new Error(`raw non-XML character U+${cp.toString(16)}`);
    if (cp === 0x2028 || cp === 0x2029) throw new Error("raw line separator");
  }
  const decl = /^<\?xml version="1\.0" encoding="utf-8"\?>\n/;
  if (!decl.test(text)) throw new Error("no XML declaration");
  let rest = text.replace(decl, "");
  const root: Node = { name: "#document", attrs: {}, children: [] };
  const stack: Node[] = [root];
  const tag = /^\s*<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"<]*")*)\s*(\/?)>/;
  while (rest.trim() !== "") {
    const m = tag.exec(rest);
    if (!m) throw new Error(`not well-formed near: ${rest.slice(0, 60)}`);
    rest = rest.slice(m[0].length);
    const [, closing, name, attrText, selfClosing] = m;
    const top = stack[stack.length - 1];
    if (closing) {
      if (top.name !== name || attrText || selfClosing) throw new Error(`unbalanced </${name}>`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(/([A-Za-z_][\w:.-]*)="([^"<]*)"/g)) {
      if (a[1] in attrs) throw new Error(`duplicate attribute ${a[1]}`);
      attrs[a[1]] = decodeAttribute(a[2]);
    }
    const node: Node = { name, attrs, children: [] };
    top.children.push(node);
    if (!selfClosing) stack.push(node);
  }
  if (stack.length !== 1 || root.children.length !== 1) throw new Error("unclosed elements or several roots");
  return root.children[0];
}

const kids = (n: Node, name: string) => n.children.filter((c) => c.name === name);
function only(n: Node, name: string, attr?: [string, string]): Node {
  const found = kids(n, name).filter((c) => !attr || c.attrs[attr[0]] === attr[1]);
  if (found.length !== 1) throw new Error(`expected one ${name} ${attr?.join("=") ?? ""}, found ${found.length}`);
  return found[0];
}
const schemas = (doc: Node) => kids(only(doc, "edmx:DataServices"), "Schema");
const schema = (doc: Node, ns: string) => only(only(doc, "edmx:DataServices"), "Schema", ["Namespace", ns]);

// ---------- tests ----------

const fixture = fileURLToPath(new URL("./fixtures/csdl-model.csdl.xml", import.meta.url));

describe("writeCsdlXml", () => {
  const xml = writeCsdlXml(csdlModel());
  const doc = parseXml(xml);

  it("matches the reviewed fixture (set UPDATE_FIXTURES=1 to rewrite it)", () => {
    if (process.env.UPDATE_FIXTURES) writeFileSync(fixture, xml);
    expect(xml).toBe(readFileSync(fixture, "utf8"));
  });

  it("writes an edmx 4.0 document with one schema per namespace, container namespace first", () => {
    expect(doc.name).toBe("edmx:Edmx");
    expect(doc.attrs.Version).toBe("4.0");
    expect(doc.attrs["xmlns:edmx"]).toBe("http://docs.oasis-open.org/odata/ns/edmx");
    expect(schemas(doc).map((s) => s.attrs.Namespace)).toEqual(["microsoft.graph", "microsoft.graph.callRecords"]);
    expect(schemas(doc).every((s) => s.attrs.xmlns === "http://docs.oasis-open.org/odata/ns/edm")).toBe(true);
    expect(xml.endsWith("</edmx:Edmx>\n")).toBe(true);
  });

  it("writes entity types with base type, flags and the key only where it is declared", () => {
    const g = schema(doc, "microsoft.graph");
    const entity = only(g, "EntityType", ["Name", "entity"]);
    expect(entity.attrs.Abstract).toBe("true");
    expect(only(only(entity, "Key"), "PropertyRef").attrs.Name).toBe("id");
    expect(entity.children[0].name).toBe("Key");
    const user = only(g, "EntityType", ["Name", "user"]);
    expect(user.attrs).toEqual({ Name: "user", BaseType: "microsoft.graph.entity", OpenType: "true" });
    expect(kids(user, "Key")).toEqual([]);
    expect(only(g, "EntityType", ["Name", "message"]).attrs.HasStream).toBe("true");
    const record = only(schema(doc, "microsoft.graph.callRecords"), "EntityType", ["Name", "callRecord"]);
    expect(record.attrs.BaseType).toBe("microsoft.graph.entity");
  });

  it("writes properties with Collection(...) and an explicit Nullable either way, in model order", () => {
    const user = only(schema(doc, "microsoft.graph"), "EntityType", ["Name", "user"]);
    expect(kids(user, "Property").map((p) => p.attrs)).toEqual([
      { Name: "displayName", Type: "Edm.String", Nullable: "true" },
      { Name: "businessPhones", Type: "Collection(Edm.String)", Nullable: "false" },
      { Name: "mailboxSettings", Type: "microsoft.graph.mailboxSettings", Nullable: "true" },
    ]);
    const settings = only(schema(doc, "microsoft.graph"), "ComplexType", ["Name", "mailboxSettings"]);
    expect(settings.attrs.OpenType).toBe("true");
    expect(only(settings, "Property", ["Name", "workingDays"]).attrs.Type).toBe("Collection(microsoft.graph.importance)");
  });

  it("writes navigation properties: ContainsTarget, and Nullable only when single-valued", () => {
    const user = only(schema(doc, "microsoft.graph"), "EntityType", ["Name", "user"]);
    expect(kids(user, "NavigationProperty").map((n) => n.attrs)).toEqual([
      { Name: "messages", Type: "Collection(microsoft.graph.message)", ContainsTarget: "true" },
      { Name: "manager", Type: "microsoft.graph.user", Nullable: "true" },
      { Name: "photo", Type: "microsoft.graph.message", Nullable: "false", ContainsTarget: "true" },
    ]);
  });

  it("writes enums with values and IsFlags", () => {
    const flags = only(schema(doc, "microsoft.graph"), "EnumType", ["Name", "mailTipsType"]);
    expect(flags.attrs.IsFlags).toBe("true");
    expect(flags.attrs.UnderlyingType).toBeUndefined();
    expect(kids(flags, "Member").map((m) => [m.attrs.Name, m.attrs.Value])).toEqual([
      ["automaticReplies", "1"],
      ["mailboxFullStatus", "2"],
      ["customMailTip", "4"],
    ]);
    expect(only(schema(doc, "microsoft.graph"), "EnumType", ["Name", "importance"]).attrs.IsFlags).toBeUndefined();
  });

  it("widens the underlying type when a member does not fit Edm.Int32", () => {
    const model: Model = { ...emptyModel(), enums: [enumeration("ns", "wide", ["a"])] };
    model.enums[0].members.push({ name: "big", value: 2 ** 31 });
    const wide = only(schema(parseXml(writeCsdlXml(model)), "ns"), "EnumType");
    expect(wide.attrs.UnderlyingType).toBe("Edm.Int64");
  });

  it("writes bound operations with a leading bindingParameter, then the parameters in model order", () => {
    const g = schema(doc, "microsoft.graph");
    const send = only(g, "Action", ["Name", "sendMail"]);
    expect(send.attrs.IsBound).toBe("true");
    expect(kids(send, "Parameter").map((p) => p.attrs)).toEqual([
      { Name: "bindingParameter", Type: "microsoft.graph.user" },
      { Name: "Message", Type: "microsoft.graph.message", Nullable: "false" },
      { Name: "SaveToSentItems", Type: "Edm.Boolean", Nullable: "true" },
    ]);
    expect(kids(send, "ReturnType")).toEqual([]);
    const view = only(g, "Function", ["Name", "reminderView"]);
    expect(kids(view, "Parameter").map((p) => p.attrs.Name)).toEqual(["bindingParameter", "StartDateTime", "EndDateTime"]);
    expect(only(view, "ReturnType").attrs.Type).toBe("Collection(microsoft.graph.reminder)");
    const deltas = kids(g, "Function").filter((f) => f.attrs.Name === "delta");
    expect(deltas.map((d) => [only(d, "Parameter").attrs.Type, d.attrs.IsComposable])).toEqual([
      ["Collection(microsoft.graph.message)", "true"],
      ["Collection(microsoft.graph.user)", undefined],
    ]);
  });

  it("renames the binding parameter when the docs name a real parameter bindingParameter", () => {
    const model: Model = {
      ...emptyModel(),
      operations: [
        operation("action", "act", {
          isBound: true,
          bindingType: one("ns.t"),
          parameters: [{ name: "bindingParameter", type: one("Edm.String"), nullable: true }],
        }),
      ],
    };
    const act = only(schema(parseXml(writeCsdlXml(model)), "microsoft.graph"), "Action");
    expect(kids(act, "Parameter").map((p) => p.attrs.Name)).toEqual(["bindingParameter2", "bindingParameter"]);
  });

  it("writes the GraphService container with sets, singletons and imports of unbound operations", () => {
    const g = schema(doc, "microsoft.graph");
    const container = only(g, "EntityContainer");
    expect(container.attrs.Name).toBe("GraphService");
    expect(container.children.map((c) => [c.name, c.attrs])).toEqual([
      ["EntitySet", { Name: "callRecords", EntityType: "microsoft.graph.callRecords.callRecord" }],
      ["EntitySet", { Name: "users", EntityType: "microsoft.graph.user" }],
      ["Singleton", { Name: "me", Type: "microsoft.graph.user" }],
      ["ActionImport", { Name: "resetAll", Action: "microsoft.graph.resetAll" }],
      ["FunctionImport", { Name: "getStatus", Function: "microsoft.graph.getStatus" }],
    ]);
    expect(kids(schema(doc, "microsoft.graph.callRecords"), "EntityContainer")).toEqual([]);
    expect(g.children[g.children.length - 1]).toBe(container);
  });

  it("does not depend on the order of the model's lists", () => {
    const model = csdlModel();
    model.types.reverse();
    model.enums.reverse();
    model.operations.reverse();
    model.entitySets.reverse();
    expect(writeCsdlXml(model)).toBe(xml);
  });

  it("references the Core vocabulary and writes descriptions as Core.Description annotations", () => {
    const entity = only(schema(doc, "microsoft.graph"), "EntityType", ["Name", "entity"]);
    const id = only(entity, "Property", ["Name", "id"]);
    expect(only(id, "Annotation").attrs).toEqual({
      Term: "Org.OData.Core.V1.Description",
      String: "The unique identifier. Read-only.",
    });
    expect(only(doc, "edmx:Reference").children[0].attrs.Namespace).toBe("Org.OData.Core.V1");
    expect(doc.children[0].name).toBe("edmx:Reference");
    const bare = parseXml(writeCsdlXml(emptyModel()));
    expect(kids(bare, "edmx:Reference")).toEqual([]);
    expect(only(schema(bare, "microsoft.graph"), "EntityContainer").attrs.Name).toBe("GraphService");
  });

  it("keeps the document well-formed whatever the names and descriptions contain", () => {
    const hostile = "a&b<c>d\"e'f\tg\nh\ri\u0000j\u0007k\u2028l\u2029m\u0085n\ud800o\uffffp😀&amp;";
    const model: Model = {
      ...emptyModel(),
      types: [
        structured("entity", "ns", hostile, {
          description: `</Schema>${hostile}`,
          properties: [prop(hostile, one(`ns.${hostile}`), false, hostile)],
        }),
      ],
      enums: [enumeration("ns", `e${hostile}`, [hostile])],
      entitySets: [{ name: hostile, entityType: `ns.${hostile}` }],
    };
    const text = writeCsdlXml(model);
    const parsed = parseXml(text);
    expect(text.split("\n").every((line) => !line.includes("\u2028"))).toBe(true);
    // What XML 1.0 can hold comes back exactly; what it cannot (NUL, BEL, lone surrogate, U+FFFF) becomes U+FFFD.
    const readable = hostile.replace(/[\u0000\u0007\ud800\uffff]/g, "\ufffd");
    const type = only(schema(parsed, "ns"), "EntityType");
    expect(type.attrs.Name).toBe(readable);
    expect(only(type, "Annotation").attrs.String).toBe(`</Schema>${readable}`);
    expect(only(type, "Property").attrs.Type).toBe(`ns.${readable}`);
    expect(only(only(schema(parsed, "ns"), "EnumType"), "Member").attrs.Name).toBe(readable);
    expect(only(only(schema(parsed, "ns"), "EntityContainer"), "EntitySet").attrs.Name).toBe(readable);
  });

  it("escapes markup, line breaks and separators in attribute text", () => {
    expect(escapeXmlAttribute(`<a href="x">&</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
    expect(escapeXmlAttribute("a\nb\tc\rd\u2028e")).toBe("a&#10;b&#9;c&#13;d&#x2028;e");
    expect(escapeXmlAttribute("x\u0001y")).toBe("x\ufffdy");
    expect(escapeXmlAttribute("plain ünïcode 😀")).toBe("plain ünïcode 😀");
  });

  it("writes collection-bound functions with a Collection binding type", () => {
    const getLatest = only(schema(doc, "microsoft.graph.callRecords"), "Function", ["Name", "getLatest"]);
    expect(only(getLatest, "Parameter").attrs.Type).toBe("Collection(microsoft.graph.callRecords.callRecord)");
    expect(only(getLatest, "ReturnType").attrs.Type).toBe("microsoft.graph.callRecords.callRecord");
  });
});

describe("container placement", () => {
  const model = (): Model => ({
    ...emptyModel(),
    types: [structured("complex", "a", "x"), structured("complex", "microsoft.graph", "y"), structured("complex", "microsoft.graph", "z")],
  });
  const containerSchemas = (xml: string) =>
    schemas(parseXml(xml))
      .filter((s) => kids(s, "EntityContainer").length > 0)
      .map((s) => s.attrs.Namespace);

  it("puts the container in the namespace with the most declarations, written first", () => {
    const xml = writeCsdlXml(model());
    expect(containerSchemas(xml)).toEqual(["microsoft.graph"]);
    expect(schemas(parseXml(xml)).map((s) => s.attrs.Namespace)).toEqual(["microsoft.graph", "a"]);
  });

  it("takes the container name and namespace from the options", () => {
    const xml = writeCsdlXml(model(), { containerName: "Svc", containerNamespace: "a" });
    expect(containerSchemas(xml)).toEqual(["a"]);
    expect(only(schema(parseXml(xml), "a"), "EntityContainer").attrs.Name).toBe("Svc");
  });
});
