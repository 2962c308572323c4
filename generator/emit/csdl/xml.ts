/**
 * The model as OData CSDL 4.0 XML (the `$metadata` form Microsoft Graph itself publishes), so that other OData
 * tools — and the oracle scorer — can read docs2ts' reading of the docs.
 *
 * This module also owns the CSDL *layout* both representations share (which schema holds what, in which order,
 * the entity container and its imports); csdl-json.ts imports it so XML and JSON always describe the same CSDL.
 */
import type { EntitySet, EnumType, Model, Operation, Parameter, Singleton, StructuredType, TypeRef } from "../../model/types.js";

// ---------- layout shared with csdl-json.ts ----------

export interface CsdlOptions {
  /** Entity container name; Graph calls its container `GraphService`. */
  containerName?: string;
  /** Schema that holds the container; default: the model's main namespace (see mainNamespace). */
  containerNamespace?: string;
}

export const DEFAULT_CONTAINER_NAME = "GraphService";
/** Used only when the model has no namespace at all (empty model), so the document still has its container. */
const FALLBACK_NAMESPACE = "microsoft.graph";
/** The name Graph's own metadata gives every binding parameter. */
const BINDING_PARAMETER = "bindingParameter";
export const CORE_DESCRIPTION = "Org.OData.Core.V1.Description";
export const CORE_VOCABULARY_NAMESPACE = "Org.OData.Core.V1";
const CORE_VOCABULARY_URL = "https://oasis-tcs.github.io/odata-vocabularies/vocabularies/Org.OData.Core.V1";
export const CORE_VOCABULARY_XML = `${CORE_VOCABULARY_URL}.xml`;
export const CORE_VOCABULARY_JSON = `${CORE_VOCABULARY_URL}.json`;

export interface CsdlImport {
  name: string;
  /** Qualified name of the unbound operation. */
  operation: string;
}

export interface CsdlContainer {
  name: string;
  entitySets: EntitySet[];
  singletons: Singleton[];
  actionImports: CsdlImport[];
  functionImports: CsdlImport[];
}

export interface CsdlSchema {
  namespace: string;
  enums: EnumType[];
  entityTypes: StructuredType[];
  complexTypes: StructuredType[];
  /** Actions, then functions; each by name, overloads by signature. */
  operations: Operation[];
  container?: CsdlContainer;
}

/** Ordinal comparison: locale-independent, so the output is byte-identical on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedBy<T>(items: readonly T[], ...keys: ((item: T) => string)[]): T[] {
  // Array.prototype.sort is stable, so ties keep the model's order.
  return [...items].sort((a, b) => {
    for (const key of keys) {
      const c = compareText(key(a), key(b));
      if (c !== 0) return c;
    }
    return 0;
  });
}

/** `Collection(T)` or `T`, as both representations' type attribute needs it. */
export function typeText(ref: TypeRef): string {
  return ref.collection ? `Collection(${ref.type})` : ref.type;
}

/** An operation is written as bound only when it has a binding type: a bound operation without one is not CSDL. */
export function isWrittenBound(op: Operation): op is Operation & { bindingType: TypeRef } {
  return op.isBound && op.bindingType !== undefined;
}

/** `bindingParameter`, unless the docs gave a real parameter that name (then a numbered variant). */
export function bindingParameterName(op: Operation): string {
  const taken = new Set(op.parameters.map((p) => p.name.toLowerCase()));
  let name = BINDING_PARAMETER;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${BINDING_PARAMETER}${i}`;
  return name;
}

/** Overloads of one name: by binding type, then parameter names; ties keep the model order. */
function overloadSortKey(op: Operation): string {
  const binding = isWrittenBound(op) ? typeText(op.bindingType) : "";
  return [binding, ...op.parameters.map((p: Parameter) => p.name)].join("\u0000");
}

/**
 * The main namespace, which holds the container: the one with the most declarations (Graph's `microsoft.graph`
 * dwarfs `microsoft.graph.callRecords` & co.), then the shortest (a root is shorter than its sub-namespaces),
 * then ordinal order. `declared` has one entry per declaration.
 */
function mainNamespace(declared: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const n of declared) counts.set(n, (counts.get(n) ?? 0) + 1);
  const ranked = [...counts].sort(([a, ca], [b, cb]) => cb - ca || a.length - b.length || compareText(a, b));
  return ranked[0]?.[0];
}

/** Unbound operations as container imports: one per name (overloads share it), first namespace wins. */
function operationImports(model: Model, kind: Operation["kind"], reserved: Set<string>): CsdlImport[] {
  const imports: CsdlImport[] = [];
  const ops = sortedBy(
    model.operations.filter((o) => o.kind === kind && !isWrittenBound(o)),
    (o) => o.name,
    (o) => o.namespace,
  );
  for (const op of ops) {
    // Container children share one name scope: a name an entity set, singleton or earlier import uses is skipped.
    if (reserved.has(op.name)) continue;
    reserved.add(op.name);
    imports.push({ name: op.name, operation: `${op.namespace}.${op.name}` });
  }
  return imports;
}

/** Which schema holds what, in the order both representations write it. */
export function csdlLayout(model: Model, options: CsdlOptions = {}): CsdlSchema[] {
  const declared = [
    ...model.types.map((t) => t.namespace),
    ...model.enums.map((e) => e.namespace),
    ...model.operations.map((o) => o.namespace),
  ];
  const containerNamespace = options.containerNamespace ?? mainNamespace(declared) ?? FALLBACK_NAMESPACE;
  const others = sortedBy(
    [...new Set(declared)].filter((n) => n !== containerNamespace),
    (n) => n,
  );

  const entitySets = sortedBy(model.entitySets, (s) => s.name);
  const singletons = sortedBy(model.singletons, (s) => s.name);
  const reserved = new Set([...entitySets.map((s) => s.name), ...singletons.map((s) => s.name)]);
  const container: CsdlContainer = {
    name: options.containerName ?? DEFAULT_CONTAINER_NAME,
    entitySets,
    singletons,
    actionImports: operationImports(model, "action", reserved),
    functionImports: operationImports(model, "function", reserved),
  };

  return [containerNamespace, ...others].map((namespace) => {
    const types = sortedBy(
      model.types.filter((t) => t.namespace === namespace),
      (t) => t.name,
    );
    return {
      namespace,
      enums: sortedBy(
        model.enums.filter((e) => e.namespace === namespace),
        (e) => e.name,
      ),
      entityTypes: types.filter((t) => t.kind === "entity"),
      complexTypes: types.filter((t) => t.kind === "complex"),
      operations: sortedBy(
        model.operations.filter((o) => o.namespace === namespace),
        // Actions before functions, as Graph's metadata has them; overloads stay adjacent.
        (o) => o.kind,
        (o) => o.name,
        overloadSortKey,
      ),
      ...(namespace === containerNamespace ? { container } : {}),
    };
  });
}

/** Int32 unless a member value does not fit (flags enums with bit 31 and up). */
export function enumUnderlyingType(e: EnumType): string | undefined {
  const fits = e.members.every((m) => Number.isInteger(m.value) && m.value >= -(2 ** 31) && m.value < 2 ** 31);
  return fits ? undefined : "Edm.Int64";
}

/** Real description text, or nothing. */
export function descriptionOf(x: { description?: string }): string | undefined {
  const text = x.description?.trim();
  return text ? text : undefined;
}

export function modelHasDescriptions(model: Model): boolean {
  const has = (x: { description?: string }) => descriptionOf(x) !== undefined;
  return (
    model.types.some((t) => has(t) || t.properties.some(has) || t.navigationProperties.some(has)) ||
    model.enums.some((e) => has(e) || e.members.some(has)) ||
    model.operations.some((o) => has(o) || o.parameters.some(has))
  );
}

// ---------- XML text ----------

interface XmlElement {
  name: string;
  attributes: [string, string][];
  children: XmlElement[];
}

function el(name: string, attributes: [string, string | undefined][], children: XmlElement[] = []): XmlElement {
  return {
    name,
    attributes: attributes.filter((a): a is [string, string] => a[1] !== undefined),
    children,
  };
}

/**
 * Attribute text that cannot break the document, whatever the docs contain. Markup characters become entities;
 * tab/CR/LF become character references (a literal one would be normalized to a space by every XML reader);
 * characters XML 1.0 forbids even as references (other C0 controls, lone surrogates, U+FFFE/U+FFFF) become
 * U+FFFD; C1 controls and the Unicode line/paragraph separators are written as references so that no tool that
 * splits lines on them (JavaScript, editors) sees a line break inside an attribute.
 */
export function escapeXmlAttribute(text: string): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0xfffd;
    if (ch === "&") out += "&amp;";
    else if (ch === "<") out += "&lt;";
    else if (ch === ">") out += "&gt;";
    else if (ch === '"') out += "&quot;";
    else if (ch === "\t" || ch === "\n" || ch === "\r") out += `&#${cp};`;
    else if (cp < 0x20 || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfffe || cp === 0xffff) out += "\ufffd";
    else if ((cp >= 0x7f && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029) out += `&#x${cp.toString(16).toUpperCase()};`;
    else out += ch;
  }
  return out;
}

function serialize(element: XmlElement, depth: number, lines: string[]): void {
  const indent = "  ".repeat(depth);
  const attrs = element.attributes.map(([k, v]) => ` ${k}="${escapeXmlAttribute(v)}"`).join("");
  if (element.children.length === 0) {
    lines.push(`${indent}<${element.name}${attrs} />`);
    return;
  }
  lines.push(`${indent}<${element.name}${attrs}>`);
  for (const child of element.children) serialize(child, depth + 1, lines);
  lines.push(`${indent}</${element.name}>`);
}

// ---------- CSDL elements ----------

const bool = (flag: boolean | undefined): string | undefined => (flag ? "true" : undefined);

function descriptionElements(x: { description?: string }): XmlElement[] {
  const text = descriptionOf(x);
  return text === undefined
    ? []
    : [
        el("Annotation", [
          ["Term", CORE_DESCRIPTION],
          ["String", text],
        ]),
      ];
}

function structuredTypeElement(t: StructuredType): XmlElement {
  const isEntity = t.kind === "entity";
  // Key first, as the CSDL XML schema orders it; only entity types can have one.
  const key =
    isEntity && t.key && t.key.length > 0
      ? [
          el(
            "Key",
            [],
            t.key.map((k) => el("PropertyRef", [["Name", k]])),
          ),
        ]
      : [];
  const properties = t.properties.map((p) =>
    el(
      "Property",
      [
        ["Name", p.name],
        ["Type", typeText(p.type)],
        // Written either way: readers default an absent Nullable to true, and explicit is clearer.
        ["Nullable", String(p.nullable)],
      ],
      descriptionElements(p),
    ),
  );
  const navigation = t.navigationProperties.map((n) =>
    el(
      "NavigationProperty",
      [
        ["Name", n.name],
        ["Type", typeText(n.type)],
        // The spec forbids Nullable on collection-valued navigation properties.
        ["Nullable", n.type.collection ? undefined : String(n.nullable)],
        ["ContainsTarget", bool(n.containsTarget)],
      ],
      descriptionElements(n),
    ),
  );
  return el(
    isEntity ? "EntityType" : "ComplexType",
    [
      ["Name", t.name],
      ["BaseType", t.baseType],
      ["Abstract", bool(t.abstract)],
      ["OpenType", bool(t.openType)],
      ["HasStream", isEntity ? bool(t.hasStream) : undefined],
    ],
    [...key, ...descriptionElements(t), ...properties, ...navigation],
  );
}

function enumElement(e: EnumType): XmlElement {
  return el(
    "EnumType",
    [
      ["Name", e.name],
      ["UnderlyingType", enumUnderlyingType(e)],
      ["IsFlags", bool(e.isFlags)],
    ],
    [
      ...descriptionElements(e),
      ...e.members.map((m) =>
        el(
          "Member",
          [
            ["Name", m.name],
            ["Value", String(m.value)],
          ],
          descriptionElements(m),
        ),
      ),
    ],
  );
}

function operationElement(op: Operation): XmlElement {
  const bound = isWrittenBound(op);
  // Nullable of the binding parameter and of the return type is not in the model: left to the CSDL default.
  const binding = bound
    ? [
        el("Parameter", [
          ["Name", bindingParameterName(op)],
          ["Type", typeText(op.bindingType)],
        ]),
      ]
    : [];
  const parameters = op.parameters.map((p) =>
    el(
      "Parameter",
      [
        ["Name", p.name],
        ["Type", typeText(p.type)],
        ["Nullable", String(p.nullable)],
      ],
      descriptionElements(p),
    ),
  );
  const returnType = op.returnType ? [el("ReturnType", [["Type", typeText(op.returnType)]])] : [];
  return el(
    op.kind === "action" ? "Action" : "Function",
    [
      ["Name", op.name],
      ["IsBound", bool(bound)],
      ["IsComposable", op.kind === "function" ? bool(op.isComposable) : undefined],
    ],
    [...descriptionElements(op), ...binding, ...parameters, ...returnType],
  );
}

function containerElement(c: CsdlContainer): XmlElement {
  return el(
    "EntityContainer",
    [["Name", c.name]],
    [
      ...c.entitySets.map((s) =>
        el("EntitySet", [
          ["Name", s.name],
          ["EntityType", s.entityType],
        ]),
      ),
      ...c.singletons.map((s) =>
        el("Singleton", [
          ["Name", s.name],
          ["Type", s.type],
        ]),
      ),
      ...c.actionImports.map((i) =>
        el("ActionImport", [
          ["Name", i.name],
          ["Action", i.operation],
        ]),
      ),
      ...c.functionImports.map((i) =>
        el("FunctionImport", [
          ["Name", i.name],
          ["Function", i.operation],
        ]),
      ),
    ],
  );
}

function schemaElement(s: CsdlSchema): XmlElement {
  return el(
    "Schema",
    [
      ["Namespace", s.namespace],
      ["xmlns", "http://docs.oasis-open.org/odata/ns/edm"],
    ],
    [
      ...s.enums.map(enumElement),
      ...s.entityTypes.map(structuredTypeElement),
      ...s.complexTypes.map(structuredTypeElement),
      ...s.operations.map(operationElement),
      ...(s.container ? [containerElement(s.container)] : []),
    ],
  );
}

/** The model as a CSDL 4.0 XML document (`edmx:Edmx`), deterministic, ending in a newline. */
export function writeCsdlXml(model: Model, options: CsdlOptions = {}): string {
  // Core.Description annotations need the Core vocabulary referenced; only when there is a description to write.
  const references = modelHasDescriptions(model)
    ? [el("edmx:Reference", [["Uri", CORE_VOCABULARY_XML]], [el("edmx:Include", [["Namespace", CORE_VOCABULARY_NAMESPACE]])])]
    : [];
  const root = el(
    "edmx:Edmx",
    [
      ["Version", "4.0"],
      ["xmlns:edmx", "http://docs.oasis-open.org/odata/ns/edmx"],
    ],
    [...references, el("edmx:DataServices", [], csdlLayout(model, options).map(schemaElement))],
  );
  const lines = ['<?xml version="1.0" encoding="utf-8"?>'];
  serialize(root, 0, lines);
  return lines.join("\n") + "\n";
}
