/**
 * Example keys: members the Properties tables leave out but the example responses show.
 *
 * Rule: keys that the example responses of two or more API pages show for the type itself (the response
 * annotation's `@odata.type` names it, and the example shows at least half of its Properties rows) and that no
 * table row or JSON-representation key names are members (`openShift.createdDateTime`), typed as the same-named
 * rows elsewhere or by their values; not for base or open types (`property-from-example` info).
 */
import { diagnostic, type Diagnostic } from "../../diagnostics/diagnostic.js";
import type { EdmPrimitive, MemberFacts, PageFacts, Pos, TypeExpr } from "../../parse/facts.js";
import { isPlainObject } from "../../parse/plain-object.js";
import { keyOf, type TypeIndex } from "../type-index.js";
import { isPrimitive, resolveTypeExpr, typeWords } from "../type-resolution.js";
import { allMembers, type DraftMember, loc, splitName, type TypeDraft } from "./drafts.js";

/** Keys of the example response bodies of an API page, by the type their annotation names (`"@odata.type"`). */
export function collectExampleKeys(p: PageFacts, drafts: Map<string, TypeDraft>): void {
  for (const ex of p.api?.examples ?? []) {
    const r = ex.response;
    const named = r?.annotation?.["@odata.type"];
    if (!r || typeof named !== "string" || !isPlainObject(r.bodyJson)) continue;
    const { name, namespace } = splitName(named.replace(/^Collection\((.*)\)$/i, "$1"));
    const d = drafts.get(keyOf(namespace ?? p.namespace ?? "microsoft.graph", name));
    if (!d) continue;
    const body = r.bodyJson;
    const items = Array.isArray(body.value) ? body.value : [body];
    const documented = new Set(d.parts.flatMap((part) => part.facts.properties.map((m) => m.name.toLowerCase())));
    for (const item of items) {
      // The example shows the type as its page documents it: at least half of its Properties rows.
      const shown = isPlainObject(item) ? Object.keys(item).filter((k) => documented.has(k.toLowerCase())).length : 0;
      if (!isPlainObject(item) || shown * 2 < documented.size) continue;
      for (const [key, value] of Object.entries(item)) {
        if (!/^[A-Za-z_]\w*$/.test(key)) continue;
        d.exampleKeys ??= new Map();
        let e = d.exampleKeys.get(key);
        if (!e) d.exampleKeys.set(key, (e = { files: new Set(), values: [], file: p.file, pos: r.pos }));
        e.files.add(p.file);
        e.values.push(value);
      }
    }
  }
}

/** What exampleOnlyMembers needs to know beyond the type's own draft. */
export interface ExampleContext {
  /** The type is a base of others or open: an example may show a derived type's or a dynamic member. */
  excluded: ReadonlySet<string>;
  /** The one type every table row of that name has, across all types. */
  typeOfName: ReadonlyMap<string, TypeExpr>;
}

/** How many API pages must show a key in their example responses before it counts as a member. */
const EXAMPLE_PAGES = 2;

/**
 * Keys that the example responses of at least two API pages show for this very type (the response annotation's
 * `@odata.type` names it) and that no table row or JSON-representation key names (`openShift.createdDateTime`,
 * shown by its get and list pages): members the tables leave out. Not for a type that others derive from or an
 * open type (the example may be a derived or dynamic member). Typed as every table row of that name is typed
 * elsewhere, else by the values (ISO date-time text, other text, true/false, whole or decimal numbers, arrays of
 * one of those); a key whose values show no type, or whose text values all read as member names (`pending`: an
 * undocumented enum's), is left out. `property-from-example` info.
 */
export function* exampleOnlyMembers(
  d: TypeDraft,
  declared: ReadonlySet<string>,
  ctx: ExampleContext,
  diagnostics: Diagnostic[],
): Generator<DraftMember & { pos: Pos }> {
  if (!d.exampleKeys || ctx.excluded.has(keyOf(d.namespace, d.name))) return;
  const lower = new Set([...declared, ...d.parts.flatMap((p) => p.facts.jsonKeys.map((k) => k.name))].map((n) => n.toLowerCase()));
  for (const [name, shown] of d.exampleKeys) {
    if (shown.files.size < EXAMPLE_PAGES || lower.has(name.toLowerCase())) continue;
    const type = ctx.typeOfName.get(name) ?? typeOfValues(shown.values);
    if (!type) continue;
    lower.add(name.toLowerCase());
    diagnostics.push(
      diagnostic(
        "property-from-example",
        loc(shown.file, shown.pos),
        `"${name}" is in the example responses of ${shown.files.size} pages for "${d.name}" but in no Properties table or JSON representation; docs2ts adds it as a property.`,
        `Add a row for "${name}" to the Properties table of the ${d.name} resource page.`,
      ),
    );
    const member: MemberFacts = { name, pos: shown.pos, type, typeText: "", description: "", modifiers: {} };
    yield { member, pageNamespace: d.namespace, file: shown.file, relationship: false, intune: false, pos: shown.pos };
  }
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The one primitive type that every non-null example value shows; undefined when none or when they disagree. */
export function typeOfValues(values: readonly unknown[]): TypeExpr | undefined {
  const types = new Set<string>();
  for (const v of values) {
    if (v === null) continue;
    const t = Array.isArray(v)
      ? v.length > 0 && v.every((x) => scalarType(x) === scalarType(v[0]))
        ? scalarType(v[0])
        : undefined
      : scalarType(v);
    if (!t) return undefined;
    types.add(`${t}${Array.isArray(v) ? "[]" : ""}`);
  }
  if (types.size !== 1) return undefined;
  // Text values that all read as member names (`pending`, `recipient`) are most likely an undocumented enum's: no
  // type can be told, so the key is left out rather than typed String.
  if (values.every((v) => v === null || (typeof v === "string" && /^[a-z][A-Za-z0-9]*$/.test(v)))) return undefined;
  const [t] = [...types];
  const collection = t.endsWith("[]");
  return { kind: "primitive", name: (collection ? t.slice(0, -2) : t) as EdmPrimitive, collection };
}

function scalarType(v: unknown): EdmPrimitive | undefined {
  if (typeof v === "boolean") return "Edm.Boolean";
  if (typeof v === "number") return Number.isInteger(v) ? "Edm.Int32" : "Edm.Double";
  if (typeof v === "string") return ISO_DATE_TIME.test(v) ? "Edm.DateTimeOffset" : "Edm.String";
  return undefined;
}

/** Member name → the one type all table rows of that name have (resolved), for typing example-only keys. */
export function typesByMemberName(list: readonly TypeDraft[], index: TypeIndex): Map<string, TypeExpr> {
  const seen = new Map<string, TypeExpr | null>();
  for (const d of list) {
    for (const { member, pageNamespace } of allMembers(d)) {
      const r = resolveTypeExpr(member.type, index, pageNamespace);
      if (!r.resolved || r.ref.type === "Edm.Untyped") continue;
      const dot = r.ref.type.lastIndexOf(".");
      const expr: TypeExpr = isPrimitive(r.ref.type)
        ? { kind: "primitive", name: r.ref.type as EdmPrimitive, collection: r.ref.collection }
        : { kind: "named", name: r.ref.type.slice(dot + 1), namespace: r.ref.type.slice(0, dot), collection: r.ref.collection };
      const prev = seen.get(member.name);
      if (prev === undefined) seen.set(member.name, expr);
      else if (prev !== null && typeWords(prev) !== typeWords(expr)) seen.set(member.name, null);
    }
  }
  return new Map([...seen].filter((e): e is [string, TypeExpr] => e[1] !== null));
}
