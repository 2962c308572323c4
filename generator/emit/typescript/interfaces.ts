/**
 * Structured types (entity and complex) → TypeScript interfaces, discriminated unions and type guards.
 *
 * Rules:
 * - One exported interface per StructuredType, named by ModelSymbols (PascalCase of the OData name:
 *   `managedAllDeviceCertificateState` → `ManagedAllDeviceCertificateState`), `extends` its base type when the
 *   model defines that base (a missing base or one closing a cycle is dropped and said in the doc comment).
 * - Properties keep their JSON names exactly (quoted when not identifiers: `"@odata.type"`, `"a-b"`); every
 *   property is optional (`?:`) because Graph omits properties under `$select` and in PATCH bodies; `| null` when the
 *   model says nullable; collections are `T[]`. Navigation properties are optional properties too (target interface,
 *   collection → array). A property an ancestor already declares is not repeated (a different type would break
 *   `extends`; the same type adds nothing).
 * - Edm types map as edm-types.ts says (String/Guid/Date/TimeOfDay/Duration/DateTimeOffset/Binary → string with the
 *   format in the doc comment, integers and floats → number, Boolean → boolean, Stream/Untyped → unknown);
 *   a flags enum → string (comma-separated combination); a name the model does not define → unknown (doc says so).
 * - `"@odata.type"?:` is the exact literal `"#ns.name"` on a type nothing derives from, and `string` on a type with
 *   derived types, so every derived interface narrows its base's field and `extends` stays valid.
 * - Polymorphism, kept linear in the model size: a type with derived types also gets `Any<Name>`, the union of
 *   itself and every non-abstract descendant, each member pinned to its own `@odata.type` literal (so `switch` on
 *   `@odata.type` narrows); every type in a hierarchy gets a guard `is<Name>(value)` that is one call to
 *   `isODataType` over a single base-type table in odata.ts (no per-type lists of descendants at run time).
 * - Doc comments: the description, the format/flags notes, and `Source: <page>:<line>` (doc-comments.ts escapes
 *   all of it).
 */
import type {
  FunctionDeclarationStructure,
  InterfaceDeclarationStructure,
  PropertySignatureStructure,
  TypeAliasDeclarationStructure,
} from "ts-morph";
import { StructureKind } from "./structure-kinds.js";
import type { NavigationProperty, Property } from "../../model/types.js";
import { docs, sourceLine } from "./doc-comments.js";
import { propertyKey, stringLiteral } from "./identifiers.js";
import { ODATA_TYPED, IS_ODATA_TYPE, type SupportImports } from "./odata-support.js";
import { odataTypeLiteral, type DeclaredType, type ModelSymbols } from "./symbols.js";
import type { TypeRenderer } from "./type-refs.js";

export type ModelStatement = InterfaceDeclarationStructure | TypeAliasDeclarationStructure | FunctionDeclarationStructure;

export function structuredTypeStatements(
  t: DeclaredType,
  symbols: ModelSymbols,
  types: TypeRenderer,
  support: SupportImports,
): ModelStatement[] {
  const out: ModelStatement[] = [interfaceOf(t, symbols, types)];
  const descendants = symbols.descendants(t.qualified);
  if (descendants.length > 0) out.push(unionOf(t, descendants, symbols, types));
  if (descendants.length > 0 || symbols.baseOf(t.qualified) !== undefined) out.push(guardOf(t, symbols, support));
  return out;
}

function interfaceOf(t: DeclaredType, symbols: ModelSymbols, types: TypeRenderer): InterfaceDeclarationStructure {
  const s = t.structured!;
  const base = symbols.baseOf(t.qualified);
  const inherited = symbols.inheritedMemberNames(t.qualified);
  const hasDerived = symbols.childrenOf(t.qualified).length > 0;
  const notes: string[] = [];
  const missing = symbols.missingBases.get(t.qualified);
  if (missing !== undefined) notes.push(`Base type \`${missing}\` is not defined in the model, so it is not extended.`);
  const cyclic = symbols.cyclicBases.get(t.qualified);
  if (cyclic !== undefined) notes.push(`Base type \`${cyclic}\` would close an inheritance cycle, so it is not extended.`);
  if (s.abstract) notes.push("Abstract: values are always of a derived type.");
  if (s.openType) notes.push("Open type: values may carry properties not listed here.");

  const seen = new Set<string>(["@odata.type"]);
  const properties: PropertySignatureStructure[] = [
    {
      kind: StructureKind.PropertySignature,
      name: propertyKey("@odata.type"),
      hasQuestionToken: true,
      type: hasDerived ? "string" : stringLiteral(odataTypeLiteral(t)),
      // Only the open form needs words; a leaf's literal says it all (and 3,000 extra comments cost format time).
      docs: docs(hasDerived ? `\`${odataTypeLiteral(t)}\` or a derived type: see ${anyName(t, symbols)}.` : undefined),
    },
  ];
  const member = (m: Property | NavigationProperty, navigation: boolean) => {
    if (seen.has(m.name) || inherited.has(m.name)) return;
    seen.add(m.name);
    const rendered = types.render(m.type, m.nullable && !(navigation && m.type.collection));
    properties.push({
      kind: StructureKind.PropertySignature,
      name: propertyKey(m.name),
      hasQuestionToken: true,
      type: rendered.text,
      docs: docs(m.description, ...rendered.notes, ...propertyNotes(m, navigation)),
    });
  };
  for (const p of s.properties) member(p, false);
  for (const n of s.navigationProperties) member(n, true);

  return {
    kind: StructureKind.Interface,
    name: t.name,
    isExported: true,
    extends: base === undefined ? [] : [types.reference(base)],
    properties,
    docs: docs(s.description, ...notes, sourceLine(s.source)),
  };
}

function propertyNotes(m: Property | NavigationProperty, navigation: boolean): string[] {
  const notes: string[] = [];
  if (navigation) notes.push(`Navigation property${"containsTarget" in m && m.containsTarget ? " (contained)" : ""}.`);
  if (!("readOnly" in m)) return notes;
  if (m.readOnly) notes.push("Read-only.");
  if (m.selectOnly) notes.push("Returned only on $select.");
  if (m.filterOperators !== undefined) {
    notes.push(m.filterOperators.length > 0 ? `Supports $filter (${m.filterOperators.join(", ")}).` : "Supports $filter.");
  }
  if (m.possibleValues !== undefined && m.possibleValues.length > 0) {
    notes.push(`Possible values: ${m.possibleValues.map((v) => `\`${v}\``).join(", ")}.`);
  }
  return notes;
}

function anyName(t: DeclaredType, symbols: ModelSymbols): string {
  return symbols.derivedUnionName(t);
}

function unionOf(t: DeclaredType, descendants: DeclaredType[], symbols: ModelSymbols, types: TypeRenderer): TypeAliasDeclarationStructure {
  const all = [t, ...descendants];
  const concrete = all.filter((d) => !d.structured?.abstract);
  const members = (concrete.length > 0 ? concrete : all).map((d) => {
    const ref = types.reference(d);
    // A leaf already has its exact literal; a type with derived types is pinned here so the union discriminates.
    return symbols.childrenOf(d.qualified).length === 0
      ? ref
      : `(${ref} & { ${propertyKey("@odata.type")}?: ${stringLiteral(odataTypeLiteral(d))} })`;
  });
  return {
    kind: StructureKind.TypeAlias,
    name: anyName(t, symbols),
    isExported: true,
    type: members.join(" | "),
    docs: docs(
      `\`${t.name}\` or any type derived from it, discriminated by \`@odata.type\`.`,
      "When `@odata.type` is absent the value is of the declared type; narrow with a `switch` on it or with the `is…` guards.",
    ),
  };
}

function guardOf(t: DeclaredType, symbols: ModelSymbols, support: SupportImports): FunctionDeclarationStructure {
  support.need(ODATA_TYPED);
  support.need(IS_ODATA_TYPE);
  return {
    kind: StructureKind.Function,
    name: symbols.values.claim(`is${t.name}`),
    isExported: true,
    parameters: [{ name: "value", type: `${ODATA_TYPED} | null | undefined` }],
    returnType: `value is ${t.name}`,
    statements: [`return ${IS_ODATA_TYPE}(value, ${stringLiteral(odataTypeLiteral(t))});`],
    // One line per guard: the semantics (absent `@odata.type` → false) are documented once, on isODataType.
    docs: docs(`\`@odata.type\` is \`${odataTypeLiteral(t)}\` or derived from it (see isODataType).`),
  };
}
