/**
 * `docs2ts coverage`: for every type, property, enum and operation, which facts the docs state (with the page and
 * line of the statement) and which the model assumed (with the page and line where the missing statement belongs),
 * read from the provenance the model carries. Totals per page, per area (front matter `ms.prod`) and overall.
 *
 * Facts, per subject:
 * - type: `kind` (entity or complex: the docs never say it, always assumed), `base` (a stated base or a stated
 *   `"baseType": null`; otherwise assumed from "Inherited from" rows, the implicit root, or none), `key` (entity
 *   types that declare one: an annotation's `keyProperty` or "Key" prose, else assumed from an `id` row);
 * - property: `nullable` ("Nullable." / "Not nullable." in its row, or its being the key; else assumed);
 *   navigation properties too;
 * - enum: `unknownFutureValue` (Graph's evolvable-enum sentinel member: stated when the members list it, else
 *   missing, which the model does not add);
 * - operation: `returns` (the Response prose; an example response is an assumption), and one `parameter` fact per
 *   parameter (a parameters table row types it; a call argument no row names is assumed String).
 */
import type { SourceLocation } from "../../diagnostics/diagnostic.js";
import { type Model, type NullabilitySource, type Provenance, qualifiedName } from "../../model/types.js";
import { NO_AREA } from "./areas.js";

export const FACT_KINDS = ["kind", "base", "key", "nullable", "unknownFutureValue", "returns", "parameter"] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface CoverageFact {
  subject: "type" | "property" | "enum" | "operation";
  /** Qualified name: `microsoft.graph.user`, `microsoft.graph.user.displayName`, `microsoft.graph.assignLicense(addLicenses)`. */
  name: string;
  fact: FactKind;
  stated: boolean;
  /** What the model holds: `nullable`, `not nullable`, `entity`, `microsoft.graph.entity`, `none`, `absent`, a type. */
  value: string;
  /** What decided it (`prose`, `annotation`, `default`, `inherited-row`, `id-row`, `example-response`, …). */
  by: string;
  /** Where the statement is (stated), or where it belongs (assumed). */
  file: string;
  line: number;
  area: string;
}

export interface Tally {
  stated: number;
  assumed: number;
}

export interface CoverageTotals extends Tally {
  byFact: Record<FactKind, Tally>;
}

export interface CoverageReport {
  version: 1;
  totals: CoverageTotals;
  areas: ({ area: string; pages: number } & CoverageTotals)[];
  pages: ({ file: string; area: string } & CoverageTotals)[];
  facts: CoverageFact[];
}

export function computeCoverage(model: Model, areas: ReadonlyMap<string, string>): CoverageReport {
  const facts: CoverageFact[] = [];
  const add = (
    subject: CoverageFact["subject"],
    name: string,
    fact: FactKind,
    value: string,
    p: Provenance,
    fallback: SourceLocation,
  ): void => {
    const at = p.at ?? fallback;
    facts.push({
      subject,
      name,
      fact,
      stated: p.stated,
      value,
      by: p.by,
      file: at.file,
      line: at.line,
      area: areas.get(at.file) ?? NO_AREA,
    });
  };
  const nullability = (from: NullabilitySource | undefined): Provenance =>
    from === "stated" || from === "key" ? { stated: true, by: from === "key" ? "key" : "prose" } : { stated: false, by: from ?? "default" };

  const types = [...model.types].sort((a, b) => (qualifiedName(a) < qualifiedName(b) ? -1 : 1));
  for (const t of types) {
    const q = qualifiedName(t);
    add("type", q, "kind", t.kind, { stated: false, by: "inferred" }, t.source);
    add("type", q, "base", t.baseType ?? "none", t.baseFrom ?? { stated: false, by: "default" }, t.source);
    if (t.key) add("type", q, "key", t.key.join(","), t.keyFrom ?? { stated: false, by: "id-row" }, t.source);
    for (const p of [...t.properties, ...t.navigationProperties]) {
      add("property", `${q}.${p.name}`, "nullable", p.nullable ? "nullable" : "not nullable", nullability(p.nullableFrom), p.source);
    }
  }
  for (const e of [...model.enums].sort((a, b) => (qualifiedName(a) < qualifiedName(b) ? -1 : 1))) {
    const has = e.members.some((m) => m.name === "unknownFutureValue");
    add(
      "enum",
      qualifiedName(e),
      "unknownFutureValue",
      has ? "present" : "absent",
      { stated: has, by: has ? "members" : "missing" },
      e.source,
    );
  }
  for (const o of model.operations) {
    const binding = o.bindingType ? `${o.bindingType.type}${o.bindingType.collection ? "[]" : ""}:` : "";
    const q = `${binding}${qualifiedName(o)}`;
    if (o.returnType)
      add("operation", q, "returns", refText(o.returnType), o.returnFrom ?? { stated: false, by: "example-response" }, o.source);
    for (const p of o.parameters)
      add("operation", `${q}(${p.name})`, "parameter", refText(p.type), p.typeFrom ?? { stated: false, by: "call-argument" }, o.source);
  }
  facts.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
  return summarise(facts);
}

function refText(r: { type: string; collection: boolean }): string {
  return r.collection ? `Collection(${r.type})` : r.type;
}

function emptyTotals(): CoverageTotals {
  const byFact = {} as Record<FactKind, Tally>;
  for (const k of FACT_KINDS) byFact[k] = { stated: 0, assumed: 0 };
  return { stated: 0, assumed: 0, byFact };
}

function count(t: CoverageTotals, f: CoverageFact): void {
  const k = f.stated ? "stated" : "assumed";
  t[k]++;
  t.byFact[f.fact][k]++;
}

export function summarise(facts: CoverageFact[]): CoverageReport {
  const totals = emptyTotals();
  const byArea = new Map<string, CoverageTotals & { files: Set<string> }>();
  const byPage = new Map<string, { area: string } & CoverageTotals>();
  for (const f of facts) {
    count(totals, f);
    let a = byArea.get(f.area);
    if (!a) byArea.set(f.area, (a = { ...emptyTotals(), files: new Set() }));
    a.files.add(f.file);
    count(a, f);
    let p = byPage.get(f.file);
    if (!p) byPage.set(f.file, (p = { area: f.area, ...emptyTotals() }));
    count(p, f);
  }
  const areas = [...byArea].sort(([x], [y]) => (x < y ? -1 : 1)).map(([area, { files, ...t }]) => ({ area, pages: files.size, ...t }));
  const pages = [...byPage].sort(([x], [y]) => (x < y ? -1 : 1)).map(([file, t]) => ({ file, ...t }));
  return { version: 1, totals, areas, pages, facts };
}
