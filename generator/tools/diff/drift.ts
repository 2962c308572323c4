/**
 * Model ↔ code declarations → drift entries. Each entry names the docs page (`page.md:LINE`) and the code
 * (`file.ts:LINE`) where it has them.
 *
 * Properties are compared over the whole inheritance chain on both sides, so a property the docs put on a base and
 * the code on a derived type shows up once, where it is declared, not as a missing/extra pair on every subtype.
 * An optional property (`?:`) is never drift: Graph responses omit properties under `$select`.
 * Nullability is compared only where the docs *say* it ("Nullable." / "Not nullable."): the model's default for a
 * silent page is a guess, and comparing a guess would report the guess. Collections are never compared for
 * nullability (OData collections are never null; the typings wrap navigation collections in NullableOption anyway).
 */
import type { SourceLocation } from "../../diagnostics/diagnostic.js";
import type { EnumType, Model, StructuredType, TypeRef } from "../../model/types.js";
import { docsNameOf, lastSegment, matchDeclarations, mergeDeclarations, type ModelItem, type RenameMap } from "./match.js";
import { docsTypeText, type KindOf, typesAgree } from "./type-compat.js";
import type { CodeLocation, Declaration, DeclaredEnum, DeclaredProperty, DeclaredStructure } from "./typescript-declarations.js";

export const DRIFT_KINDS = [
  "missing-type",
  "extra-type",
  "kind-mismatch",
  "base-type-mismatch",
  "missing-property",
  "extra-property",
  "case-mismatch",
  "type-mismatch",
  "nullability-mismatch",
  "missing-enum-member",
  "extra-enum-member",
] as const;

export type DriftKind = (typeof DRIFT_KINDS)[number];

export interface DriftEntry {
  kind: DriftKind;
  /** The docs' qualified name when the docs have the type, else the code's name. */
  typeName: string;
  member?: string;
  message: string;
  docs?: SourceLocation;
  code?: CodeLocation;
  /** What the docs say and what the code says, for type/nullability entries. */
  docsSays?: string;
  codeSays?: string;
}

/** What the page states about a member's nullability (true/false), or undefined when it is silent. */
export type ExplicitNullability = (location: SourceLocation) => boolean | undefined;

export interface DriftOptions {
  renames: RenameMap;
  explicitNullability: ExplicitNullability;
}

interface ModelMember {
  name: string;
  type: TypeRef;
  source: SourceLocation;
  owner: StructuredType;
}

export function findDrift(model: Model, declarations: readonly Declaration[], options: DriftOptions): DriftEntry[] {
  const merged = mergeDeclarations(declarations);
  const match = matchDeclarations(model, merged, options.renames);
  const out: DriftEntry[] = [];
  const qn = (t: { namespace: string; name: string }): string => `${t.namespace}.${t.name}`;

  for (const m of match.missing) {
    out.push({
      kind: "missing-type",
      typeName: qn(m.type),
      message: `${m.kind === "enum" ? "enum" : "type"} ${qn(m.type)} has no declaration in the code`,
      docs: m.type.source,
    });
  }
  for (const d of match.extra) {
    out.push({
      kind: "extra-type",
      typeName: codeName(d),
      message: `${d.kind === "enum" ? "enum" : "interface"} ${codeName(d)} is not documented`,
      code: d.location,
    });
  }

  const typesByName = new Map(model.types.map((t) => [qn(t).toLowerCase(), t]));
  const enumNames = new Set(model.enums.map((e) => qn(e).toLowerCase()));
  const kindOf: KindOf = (name) =>
    typesByName.has(name.toLowerCase()) ? "structure" : enumNames.has(name.toLowerCase()) ? "enum" : undefined;
  const structuresByName = groupStructures(merged);

  for (const { model: m, decl } of match.pairs) {
    const typeName = qn(m.type);
    if (m.kind !== decl.kind) {
      out.push({
        kind: "kind-mismatch",
        typeName,
        message: `the docs define ${typeName} as ${m.kind === "enum" ? "an enum" : "a structured type"}; the code declares ${codeName(decl)} as ${decl.kind === "enum" ? "a string union/enum" : "an interface"}`,
        docs: m.type.source,
        code: decl.location,
      });
      continue;
    }
    if (m.kind === "enum" && decl.kind === "enum") out.push(...enumDrift(m.type, decl));
    if (m.kind === "structure" && decl.kind === "structure") {
      out.push(...structureDrift(m.type, decl, { typesByName, structuresByName, kindOf, options }));
    }
  }
  return out.sort(compareEntries);
}

function enumDrift(e: EnumType, decl: DeclaredEnum): DriftEntry[] {
  const out: DriftEntry[] = [];
  const typeName = `${e.namespace}.${e.name}`;
  const code = new Map(decl.members.map((m) => [m.name, m]));
  const codeLower = new Map(decl.members.map((m) => [m.name.toLowerCase(), m]));
  const docs = new Set(e.members.map((m) => m.name));
  const docsLower = new Set(e.members.map((m) => m.name.toLowerCase()));
  for (const m of e.members) {
    if (code.has(m.name)) continue;
    const caseOnly = codeLower.get(m.name.toLowerCase());
    if (caseOnly) {
      out.push({
        kind: "case-mismatch",
        typeName,
        member: m.name,
        message: `enum member "${m.name}" is "${caseOnly.name}" in the code`,
        docs: e.source,
        code: caseOnly.location,
      });
    } else {
      out.push({
        kind: "missing-enum-member",
        typeName,
        member: m.name,
        message: `enum member "${m.name}" is missing from ${codeName(decl)}`,
        docs: e.source,
        code: decl.location,
      });
    }
  }
  for (const m of decl.members) {
    if (docs.has(m.name) || docsLower.has(m.name.toLowerCase())) continue;
    out.push({
      kind: "extra-enum-member",
      typeName,
      member: m.name,
      message: `enum member "${m.name}" of ${codeName(decl)} is not documented`,
      docs: e.source,
      code: m.location,
    });
  }
  return out;
}

interface StructureContext {
  typesByName: Map<string, StructuredType>;
  structuresByName: Map<string, DeclaredStructure[]>;
  kindOf: KindOf;
  options: DriftOptions;
}

function structureDrift(t: StructuredType, decl: DeclaredStructure, ctx: StructureContext): DriftEntry[] {
  const out: DriftEntry[] = [];
  const typeName = `${t.namespace}.${t.name}`;
  const { renames } = ctx.options;

  const docsBase = t.baseType ? lastSegment(t.baseType).toLowerCase() : undefined;
  const codeBase = decl.bases[0] !== undefined ? docsNameOf(decl.bases[0], renames) : undefined;
  if (docsBase !== codeBase) {
    out.push({
      kind: "base-type-mismatch",
      typeName,
      message:
        t.baseType === undefined
          ? `the docs name no base type for ${typeName}; the code's ${codeName(decl)} extends ${decl.bases[0]}`
          : `the docs derive ${typeName} from ${t.baseType}; the code's ${codeName(decl)} ${decl.bases[0] ? `extends ${decl.bases[0]}` : "extends nothing"}`,
      docs: t.source,
      code: decl.location,
      docsSays: t.baseType ?? "(no base)",
      codeSays: decl.bases[0] ?? "(no base)",
    });
  }

  const docsAll = modelMembers(t, ctx.typesByName);
  const codeAll = codeMembers(decl, ctx.structuresByName, renames);
  const docsLower = lowerIndex(docsAll);
  const codeLower = lowerIndex(codeAll);
  const own = (m: ModelMember): boolean => m.owner === t;
  const reported = new Set<string>();

  for (const m of docsAll.values()) {
    if (!own(m) || codeAll.has(m.name)) continue;
    const other = codeLower.get(m.name.toLowerCase());
    reported.add(m.name.toLowerCase());
    if (other) {
      out.push({
        kind: "case-mismatch",
        typeName,
        member: m.name,
        message: `property "${m.name}" is "${other.name}" in the code`,
        docs: m.source,
        code: other.location,
      });
    } else {
      out.push({
        kind: "missing-property",
        typeName,
        member: m.name,
        message: `${t.name}.${m.name} (${docsTypeText(m.type)}) is missing from ${codeName(decl)}`,
        docs: m.source,
        code: decl.location,
      });
    }
  }
  for (const p of decl.properties) {
    if (docsAll.has(p.name) || reported.has(p.name.toLowerCase())) continue;
    const other = docsLower.get(p.name.toLowerCase());
    reported.add(p.name.toLowerCase());
    if (other) {
      out.push({
        kind: "case-mismatch",
        typeName,
        member: other.name,
        message: `property "${other.name}" is "${p.name}" in the code`,
        docs: other.source,
        code: p.location,
      });
    } else {
      out.push({
        kind: "extra-property",
        typeName,
        member: p.name,
        message: `${codeName(decl)}.${p.name} (${p.type.text}) is not documented on ${t.name} or its base types`,
        docs: t.source,
        code: p.location,
      });
    }
  }

  const ownCode = new Set(decl.properties.map((p) => p.name));
  for (const m of docsAll.values()) {
    const p = codeAll.get(m.name);
    if (!p || !(own(m) || ownCode.has(m.name))) continue;
    if (!typesAgree(m.type, p.type, ctx.kindOf, renames)) {
      out.push({
        kind: "type-mismatch",
        typeName,
        member: m.name,
        message: `${t.name}.${m.name} is ${docsTypeText(m.type)} in the docs and \`${p.type.text}\` in the code`,
        docs: m.source,
        code: p.location,
        docsSays: docsTypeText(m.type),
        codeSays: p.type.text,
      });
      continue;
    }
    const said = m.type.collection ? undefined : ctx.options.explicitNullability(m.source);
    if (said !== undefined && said !== p.type.nullable) {
      out.push({
        kind: "nullability-mismatch",
        typeName,
        member: m.name,
        message: said
          ? `the docs say ${t.name}.${m.name} is nullable; the code's \`${p.type.text}\` does not allow null`
          : `the docs say ${t.name}.${m.name} is not nullable; the code's \`${p.type.text}\` allows null`,
        docs: m.source,
        code: p.location,
        docsSays: said ? "nullable" : "not nullable",
        codeSays: p.type.text,
      });
    }
  }
  return out;
}

/** Own and inherited members (properties and navigation properties), nearest declaration wins. */
function modelMembers(t: StructuredType, byName: Map<string, StructuredType>): Map<string, ModelMember> {
  const out = new Map<string, ModelMember>();
  const seen = new Set<StructuredType>();
  let cur: StructuredType | undefined = t;
  while (cur && !seen.has(cur)) {
    seen.add(cur);
    for (const p of [...cur.properties, ...cur.navigationProperties]) {
      // Rows such as `@microsoft.graph.downloadUrl` document instance annotations, which code cannot declare as properties.
      if (p.name.includes("@")) continue;
      if (!out.has(p.name)) out.set(p.name, { name: p.name, type: p.type, source: p.source, owner: cur });
    }
    cur = cur.baseType ? byName.get(cur.baseType.toLowerCase()) : undefined;
  }
  return out;
}

function codeMembers(decl: DeclaredStructure, byName: Map<string, DeclaredStructure[]>, renames: RenameMap): Map<string, DeclaredProperty> {
  const out = new Map<string, DeclaredProperty>();
  const seen = new Set<DeclaredStructure>();
  let cur: DeclaredStructure | undefined = decl;
  while (cur && !seen.has(cur)) {
    seen.add(cur);
    for (const p of cur.properties) if (!out.has(p.name)) out.set(p.name, p);
    const base: string | undefined = cur.bases[0];
    cur =
      base === undefined
        ? undefined
        : pickBase(byName.get(base.toLowerCase()) ?? byName.get(docsNameOf(base, renames)) ?? [], cur.namespaces);
  }
  return out;
}

/** A base named without a namespace resolves in the same namespace first, then outward (TypeScript's own lookup order). */
function pickBase(candidates: readonly DeclaredStructure[], namespaces: readonly string[]): DeclaredStructure | undefined {
  for (let n = namespaces.length; n >= 0; n--) {
    const prefix = namespaces.slice(0, n).join(".");
    const hit = candidates.find((c) => c.namespaces.join(".") === prefix);
    if (hit) return hit;
  }
  return candidates[0];
}

function groupStructures(decls: readonly Declaration[]): Map<string, DeclaredStructure[]> {
  const out = new Map<string, DeclaredStructure[]>();
  for (const d of decls) {
    if (d.kind !== "structure") continue;
    const k = d.name.toLowerCase();
    out.set(k, [...(out.get(k) ?? []), d]);
  }
  return out;
}

function lowerIndex<T extends { name: string }>(m: Map<string, T>): Map<string, T> {
  return new Map([...m.values()].map((v) => [v.name.toLowerCase(), v]));
}

function codeName(d: Declaration): string {
  return [...d.namespaces, d.name].join(".");
}

function compareEntries(a: DriftEntry, b: DriftEntry): number {
  return (
    DRIFT_KINDS.indexOf(a.kind) - DRIFT_KINDS.indexOf(b.kind) ||
    cmp(a.typeName.toLowerCase(), b.typeName.toLowerCase()) ||
    cmp(a.member ?? "", b.member ?? "") ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type { ModelItem };
