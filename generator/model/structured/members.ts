/**
 * Members of a structured type and their types.
 *
 * Rule: table rows first (Properties, then Relationships, page by page); then JSON-representation keys that no row
 * names, typed by their placeholder value (`property-not-in-table` info); then keys shown only by example responses
 * (example-keys.ts). A Type cell that does not read as a type falls back on the JSON value's type. `Json`/`Object`
 * mean a documented type of that name when a page defines one; so does a row read as untyped JSON whose JSON value
 * names that type. A link whose text names no type means the type its page defines (linked-pages.ts); a String
 * with listed values may be an enum (string-enums.ts). A row whose type is an entity is a navigation property, any
 * other a structural property. A member that a base type already declares is not declared again on the derived
 * type (CSDL forbids it; Intune-style pages repeat them).
 */
import { diagnostic, type Diagnostic } from "../../diagnostics/diagnostic.js";
import type { MemberFacts, Pos } from "../../parse/facts.js";
import type { TypeIndex } from "../type-index.js";
import { documentedTypeForUntyped, isPrimitive, resolveTypeExpr, typeWords } from "../type-resolution.js";
import type { NavigationProperty, Property, StructuredType, TypeRef } from "../types.js";
import { allMembers, type DraftMember, jsonTypeOf, loc, type TypeDraft } from "./drafts.js";
import { type ExampleContext, exampleOnlyMembers } from "./example-keys.js";
import { withJsonSpelling } from "./json-spelling.js";
import type { Kind } from "./kinds.js";
import { reportTypeConflict } from "./member-conflicts.js";
import { isKeyRow, nullability } from "./nullability.js";
import { enumForValues } from "./string-enums.js";

/**
 * Keys of the JSON representation that no table row names (not even in another case) become properties when
 * the value shows a type; the table is the primary source, so these come after its rows.
 */
function* jsonOnlyMembers(d: TypeDraft, declared: ReadonlySet<string>): Generator<DraftMember & { pos: Pos }> {
  const lower = new Set([...declared].map((n) => n.toLowerCase()));
  for (const part of d.parts) {
    for (const k of part.facts.jsonKeys) {
      if (!k.type || k.name.startsWith("@") || !/^[A-Za-z_]\w*$/.test(k.name) || lower.has(k.name.toLowerCase())) continue;
      lower.add(k.name.toLowerCase());
      const member: MemberFacts = { name: k.name, pos: k.pos, type: k.type, typeText: k.placeholder ?? "", description: "", modifiers: {} };
      yield {
        member,
        pageNamespace: part.pageNamespace,
        file: part.file,
        relationship: false,
        intune: part.facts.intune === true,
        pos: k.pos,
      };
    }
  }
}

/**
 * A row read as untyped JSON ("Untyped JSON object") whose JSON representation value names a documented type
 * (`"contentInfo": { "@odata.type": "microsoft.graph.Json" }`) has that type: the value is the more specific statement.
 */
function namedByJsonValue(d: TypeDraft, member: MemberFacts, index: TypeIndex, pageNamespace: string): TypeRef | undefined {
  if (member.type.kind !== "primitive" || member.type.name !== "Edm.Untyped") return undefined;
  const shown = jsonTypeOf(d, member.name);
  if (shown?.kind !== "named") return undefined;
  const def = index.resolveExpr(shown, pageNamespace);
  return def?.kind === "type" ? { type: `${def.namespace}.${def.name}`, collection: member.type.collection } : undefined;
}

/** Member names the base chain of `key` declares. */
export function inheritedNames(key: string, bases: ReadonlyMap<string, string>, drafts: ReadonlyMap<string, TypeDraft>): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>([key]);
  for (let cur = bases.get(key); cur && !seen.has(cur); cur = bases.get(cur)) {
    seen.add(cur);
    const d = drafts.get(cur);
    if (d) for (const m of allMembers(d)) out.add(m.member.name);
  }
  return out;
}

export function addMembers(
  t: StructuredType,
  d: TypeDraft,
  index: TypeIndex,
  kinds: ReadonlyMap<string, Kind>,
  inherited: ReadonlySet<string>,
  enumsByMembers: ReadonlyMap<string, ReadonlySet<string>>,
  diagnostics: Diagnostic[],
  linkedPage: (href: string | undefined) => string | undefined = () => undefined,
  examples?: ExampleContext,
): void {
  const seen = new Set<string>(inherited);
  const keyProperty = d.parts.find((p) => p.facts.keyProperty)?.facts.keyProperty;
  const rows = [...allMembers(d)];
  const fromTables = new Set([...inherited, ...rows.map((r) => r.member.name)]);
  const fromJson = [...jsonOnlyMembers(d, fromTables)];
  const fromExamples = examples ? [...exampleOnlyMembers(d, fromTables, examples, diagnostics)] : [];
  for (const j of fromJson) {
    diagnostics.push(
      diagnostic(
        "property-not-in-table",
        loc(j.file, j.pos),
        `"${j.member.name}" is in the JSON representation of "${d.name}" but in no Properties or Relationships table; docs2ts reads its type from the JSON value.`,
        "Add a row for it to the Properties table, or remove it from the JSON representation.",
      ),
    );
  }
  const firstRow = new Map<string, { type: string; file: string; pos: Pos }>();
  for (const { member: written, pageNamespace, file, intune } of [...rows, ...fromJson, ...fromExamples]) {
    const member = withJsonSpelling(d, written, file, diagnostics);
    if (seen.has(member.name)) {
      reportTypeConflict(d, member, file, firstRow.get(member.name), diagnostics);
      continue;
    }
    seen.add(member.name);
    if (rows.some((r) => r.member === written)) firstRow.set(member.name, { type: typeWords(member.type), file, pos: member.pos });
    // A Type cell that does not read as a type ("Moment in time when … DateTimeOffset") falls back on the type the
    // JSON representation's value shows for the same key.
    const fromJson = member.type.kind === "unknown" ? jsonTypeOf(d, member.name) : undefined;
    let r = resolveTypeExpr(fromJson ?? member.type, index, pageNamespace);
    // A link whose text names no type (`[HashesType](hashes.md)`) means the type its page defines.
    const linked = !r.resolved && member.type.kind === "named" ? linkedPage(member.type.href) : undefined;
    if (linked) r = { ref: { type: linked, collection: r.ref.collection }, resolved: true };
    const documented =
      documentedTypeForUntyped(member.type, member.typeText, index, pageNamespace) ?? namedByJsonValue(d, member, index, pageNamespace);
    if (documented) r.ref = documented;
    const values = r.ref.type === "Edm.String" ? (member.possibleValues ?? member.listedValues) : undefined;
    const stringly =
      values?.length && member.modifiers.stringValued !== true ? enumForValues(member.name, values, enumsByMembers) : undefined;
    if (stringly) r.ref = { type: stringly, collection: r.ref.collection };
    if (!r.resolved) {
      diagnostics.push(
        diagnostic(
          "undefined-type",
          loc(file, member.pos),
          `Type "${r.name}" of "${d.name}.${member.name}" is not defined on any page; it is typed as untyped JSON.`,
          "Link the type's resource page, or add the missing page.",
        ),
      );
    }
    const targetKind = isPrimitive(r.ref.type) ? undefined : kinds.get(r.ref.type.toLowerCase());
    const source = loc(file, member.pos);
    if (targetKind === "entity") {
      const n: NavigationProperty = {
        name: member.name,
        type: r.ref,
        nullable: member.modifiers.nullable ?? !r.ref.collection,
        nullableFrom: member.modifiers.nullable !== undefined ? "stated" : "default",
        containsTarget: false,
        source,
      };
      if (member.description) n.description = member.description;
      t.navigationProperties.push(n);
      continue;
    }
    const isKey = isKeyRow(member, t.kind, keyProperty);
    const p: Property = {
      name: member.name,
      type: r.ref,
      nullable: nullability(member, r.ref, isKey, intune, index),
      source,
    };
    p.nullableFrom = isKey ? "key" : member.modifiers.nullable !== undefined ? "stated" : p.nullable ? "default" : "convention";
    if (member.description) p.description = member.description;
    if (member.modifiers.readOnly) p.readOnly = true;
    if (member.modifiers.required) p.required = true;
    if (member.modifiers.selectOnly) p.selectOnly = true;
    if (member.modifiers.filterOperators) p.filterOperators = member.modifiers.filterOperators;
    if (member.possibleValues?.length && r.ref.type === "Edm.String") p.possibleValues = member.possibleValues;
    t.properties.push(p);
  }
}
