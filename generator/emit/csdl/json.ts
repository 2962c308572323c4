/**
 * The model as CSDL JSON (OASIS "OData CSDL JSON Representation 4.01"): the same CSDL as csdl-xml.ts writes
 * (shared layout), in the representation where names are object members.
 *
 * Differences forced by the representation, each a skip rather than a broken document:
 *  - an operation with the same name as a type, enum or the container of its schema cannot be written (both would
 *    be the same member of the schema object); it is dropped, and so is its import;
 *  - a name that starts with `$` or contains `@` would be read as a control or annotation member, so a type,
 *    property, member or root with such a name is dropped (no valid OData identifier has either character);
 *  - a second definition with an already written name (a duplicate in the model) is dropped: first one wins.
 */
import type { EnumType, Model, Operation, Parameter, StructuredType, TypeRef } from "../../model/types.js";
import {
  CORE_DESCRIPTION,
  CORE_VOCABULARY_JSON,
  CORE_VOCABULARY_NAMESPACE,
  type CsdlContainer,
  type CsdlOptions,
  type CsdlSchema,
  bindingParameterName,
  csdlLayout,
  descriptionOf,
  enumUnderlyingType,
  isWrittenBound,
  modelHasDescriptions,
} from "./xml.js";

// ---------- ordered JSON ----------

/**
 * A JSON object as an ordered list of members. Plain JS objects would reorder integer-like names ahead of the
 * rest and treat `__proto__` specially; both can come from docs, so the writer keeps its own member list.
 */
class JsonObject {
  readonly members: [string, JsonValue][] = [];
  private readonly names = new Set<string>();

  /** Adds a member unless the name is already present (first wins); returns whether it was added. */
  add(name: string, value: JsonValue | undefined): boolean {
    if (value === undefined || this.names.has(name)) return false;
    this.names.add(name);
    this.members.push([name, value]);
    return true;
  }

  has(name: string): boolean {
    return this.names.has(name);
  }
}

type JsonValue = string | number | boolean | JsonValue[] | JsonObject;

function obj(members: [string, JsonValue | undefined][]): JsonObject {
  const o = new JsonObject();
  for (const [name, value] of members) o.add(name, value);
  return o;
}

/** JSON string literal; U+2028/U+2029 escaped too so the text is also safe inside JavaScript source. */
function jsonString(text: string): string {
  return JSON.stringify(text).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** Same layout as `JSON.stringify(value, null, 2)`. */
function stringify(value: JsonValue, indent: string): string {
  if (typeof value === "string") return jsonString(value);
  if (typeof value === "number" || typeof value === "boolean") return JSON.stringify(value);
  const inner = indent + "  ";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => inner + stringify(v, inner)).join(",\n")}\n${indent}]`;
  }
  if (value.members.length === 0) return "{}";
  const members = value.members.map(([k, v]) => `${inner}${jsonString(k)}: ${stringify(v, inner)}`);
  return `{\n${members.join(",\n")}\n${indent}}`;
}

// ---------- CSDL members ----------

/** A name JSON readers would take for a control (`$…`) or annotation (`…@…`) member. */
function isReservedName(name: string): boolean {
  return name.startsWith("$") || name.includes("@");
}

/** `true` or nothing: CSDL JSON booleans default to false, so only `true` is written. */
const flag = (b: boolean | undefined): true | undefined => (b ? true : undefined);

function typeMembers(ref: TypeRef): [string, JsonValue | undefined][] {
  return [
    ["$Type", ref.type],
    ["$Collection", flag(ref.collection)],
  ];
}

function description(x: { description?: string }): [string, JsonValue | undefined] {
  return [`@${CORE_DESCRIPTION}`, descriptionOf(x)];
}

function structuredType(t: StructuredType): JsonObject {
  const isEntity = t.kind === "entity";
  const o = obj([
    ["$Kind", isEntity ? "EntityType" : "ComplexType"],
    ["$BaseType", t.baseType],
    ["$Abstract", flag(t.abstract)],
    ["$OpenType", flag(t.openType)],
    ["$HasStream", isEntity ? flag(t.hasStream) : undefined],
    ["$Key", isEntity && t.key && t.key.length > 0 ? [...t.key] : undefined],
    description(t),
  ]);
  for (const p of t.properties) {
    if (isReservedName(p.name)) continue;
    // $Kind "Property" is optional and the spec says to omit it.
    o.add(p.name, obj([...typeMembers(p.type), ["$Nullable", flag(p.nullable)], description(p)]));
  }
  for (const n of t.navigationProperties) {
    if (isReservedName(n.name)) continue;
    o.add(
      n.name,
      obj([
        ["$Kind", "NavigationProperty"],
        ...typeMembers(n.type),
        // The spec forbids $Nullable on collection-valued navigation properties.
        ["$Nullable", n.type.collection ? undefined : flag(n.nullable)],
        ["$ContainsTarget", flag(n.containsTarget)],
        description(n),
      ]),
    );
  }
  return o;
}

function enumType(e: EnumType): JsonObject {
  const o = obj([["$Kind", "EnumType"], ["$UnderlyingType", enumUnderlyingType(e)], ["$IsFlags", flag(e.isFlags)], description(e)]);
  for (const m of e.members) {
    if (isReservedName(m.name) || !o.add(m.name, m.value)) continue;
    // A member's annotation is a sibling member named `member@Term`.
    const text = descriptionOf(m);
    if (text !== undefined) o.add(`${m.name}@${CORE_DESCRIPTION}`, text);
  }
  return o;
}

function parameter(p: Parameter): JsonObject {
  return obj([["$Name", p.name], ...typeMembers(p.type), ["$Nullable", flag(p.nullable)], description(p)]);
}

function overload(op: Operation): JsonObject {
  const bound = isWrittenBound(op);
  // The XML writes no Nullable on the binding parameter and the return type (XML default: true); say the same here.
  const binding = bound ? [obj([["$Name", bindingParameterName(op)], ...typeMembers(op.bindingType), ["$Nullable", true]])] : [];
  const parameters = [...binding, ...op.parameters.map(parameter)];
  return obj([
    ["$Kind", op.kind === "action" ? "Action" : "Function"],
    ["$IsBound", flag(bound)],
    ["$IsComposable", op.kind === "function" ? flag(op.isComposable) : undefined],
    ["$Parameter", parameters.length > 0 ? parameters : undefined],
    ["$ReturnType", op.returnType ? obj([...typeMembers(op.returnType), ["$Nullable", true]]) : undefined],
    description(op),
  ]);
}

function container(c: CsdlContainer, written: Set<string>): JsonObject {
  const o = obj([["$Kind", "EntityContainer"]]);
  const add = (name: string, value: JsonObject) => {
    if (!isReservedName(name)) o.add(name, value);
  };
  for (const s of c.entitySets)
    add(
      s.name,
      obj([
        ["$Collection", true],
        ["$Type", s.entityType],
      ]),
    );
  for (const s of c.singletons) add(s.name, obj([["$Type", s.type]]));
  // Imports of operations the schema could not hold would point at nothing.
  for (const i of c.actionImports) if (written.has(i.operation)) add(i.name, obj([["$Action", i.operation]]));
  for (const i of c.functionImports) if (written.has(i.operation)) add(i.name, obj([["$Function", i.operation]]));
  return o;
}

/** One schema's members; adds the qualified names of the operations it holds to `writtenOperations`. */
function schemaObject(s: CsdlSchema, writtenOperations: Set<string>): JsonObject {
  const o = new JsonObject();
  // The container name is reserved first so that no type can push the container out of the document.
  const containerName = s.container && !isReservedName(s.container.name) ? s.container.name : undefined;
  const named: [string, () => JsonObject][] = [
    ...s.enums.map((e): [string, () => JsonObject] => [e.name, () => enumType(e)]),
    ...s.entityTypes.map((t): [string, () => JsonObject] => [t.name, () => structuredType(t)]),
    ...s.complexTypes.map((t): [string, () => JsonObject] => [t.name, () => structuredType(t)]),
  ];
  const taken = new Set(containerName === undefined ? [] : [containerName]);
  for (const [name, build] of named) {
    if (isReservedName(name) || taken.has(name)) continue;
    taken.add(name);
    o.add(name, build());
  }
  // Overloads of one name share an array; the layout keeps them adjacent.
  const overloads = new Map<string, JsonObject[]>();
  for (const op of s.operations) {
    // CSDL JSON cannot hold an operation named like a type of its schema (the official v1.0 metadata has one:
    // Function `image` beside ComplexType `image`): dropped, as the oracle README notes.
    if (isReservedName(op.name) || taken.has(op.name)) continue;
    const list = overloads.get(op.name) ?? [];
    list.push(overload(op));
    overloads.set(op.name, list);
    writtenOperations.add(`${s.namespace}.${op.name}`);
  }
  for (const [name, list] of overloads) o.add(name, list);
  if (s.container && containerName !== undefined) o.add(containerName, container(s.container, writtenOperations));
  return o;
}

/** The model as a CSDL JSON 4.01 document: pretty-printed (2 spaces), deterministic, ending in a newline. */
export function writeCsdlJson(model: Model, options: CsdlOptions = {}): string {
  const layout = csdlLayout(model, options);
  const holder = layout.find((s) => s.container);
  const doc = obj([
    ["$Version", "4.01"],
    ["$EntityContainer", holder?.container ? `${holder.namespace}.${holder.container.name}` : undefined],
  ]);
  if (modelHasDescriptions(model)) {
    doc.add("$Reference", obj([[CORE_VOCABULARY_JSON, obj([["$Include", [obj([["$Namespace", CORE_VOCABULARY_NAMESPACE]])]]])]]));
  }
  // Imports can point at any schema, so every schema's operations are known before the container is written:
  // the container's schema goes last into `written` but first into the document.
  const written = new Set<string>();
  const schemas = new Map<string, JsonObject>();
  for (const s of [...layout.filter((x) => !x.container), ...layout.filter((x) => x.container)]) {
    schemas.set(s.namespace, schemaObject(s, written));
  }
  for (const s of layout) {
    if (!isReservedName(s.namespace)) doc.add(s.namespace, schemas.get(s.namespace));
  }
  return stringify(doc, "") + "\n";
}
