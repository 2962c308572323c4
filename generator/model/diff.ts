/**
 * What changed between two model summaries, for people: types, properties, enum members, operations and endpoints
 * added, removed or changed. A change is breaking when code written against the old generated types can stop
 * compiling or start receiving values it does not expect: anything removed, a type changed, a value that may now
 * be null, a new enum member is not breaking (unions widen), a removed one is.
 */
import type { EndpointSummary, ModelSummary, OperationSummary, TypeSummary } from "./summary.js";

export interface ModelChange {
  kind: "added" | "removed" | "changed";
  what: "type" | "property" | "navigation" | "enum" | "enum member" | "operation" | "endpoint";
  name: string;
  before?: string;
  after?: string;
  breaking: boolean;
}

export function diffModels(before: ModelSummary, after: ModelSummary): ModelChange[] {
  const out: ModelChange[] = [];
  keyed(before.types, after.types, (name, a, b) => {
    if (!a) return out.push({ kind: "added", what: "type", name, after: b!.kind, breaking: false });
    if (!b) return out.push({ kind: "removed", what: "type", name, before: a.kind, breaking: true });
    diffType(name, a, b, out);
  });
  keyed(before.enums, after.enums, (name, a, b) => {
    if (!a) return out.push({ kind: "added", what: "enum", name, breaking: false });
    if (!b) return out.push({ kind: "removed", what: "enum", name, breaking: true });
    for (const m of a) if (!b.includes(m)) out.push({ kind: "removed", what: "enum member", name: `${name}.${m}`, breaking: true });
    for (const m of b) if (!a.includes(m)) out.push({ kind: "added", what: "enum member", name: `${name}.${m}`, breaking: false });
  });
  keyed(before.operations, after.operations, (name, a, b) => {
    if (!a) return out.push({ kind: "added", what: "operation", name, after: operationText(b!), breaking: false });
    if (!b) return out.push({ kind: "removed", what: "operation", name, before: operationText(a), breaking: true });
    if (operationText(a) !== operationText(b))
      out.push({ kind: "changed", what: "operation", name, before: operationText(a), after: operationText(b), breaking: true });
  });
  keyed(before.endpoints, after.endpoints, (name, a, b) => {
    if (!a) return out.push({ kind: "added", what: "endpoint", name, after: endpointText(b!), breaking: false });
    if (!b) return out.push({ kind: "removed", what: "endpoint", name, before: endpointText(a), breaking: true });
    if (endpointText(a) !== endpointText(b))
      out.push({ kind: "changed", what: "endpoint", name, before: endpointText(a), after: endpointText(b), breaking: true });
  });
  return out;
}

function diffType(name: string, a: TypeSummary, b: TypeSummary, out: ModelChange[]): void {
  const shape = (t: TypeSummary): string =>
    `${t.kind}${t.base ? ` : ${t.base}` : ""}${t.abstract ? " abstract" : ""}${t.open ? " open" : ""}`;
  if (shape(a) !== shape(b))
    out.push({ kind: "changed", what: "type", name, before: shape(a), after: shape(b), breaking: a.base !== b.base || a.kind !== b.kind });
  for (const [what, x, y] of [
    ["property", a.properties, b.properties],
    ["navigation", a.navigation, b.navigation],
  ] as const) {
    keyed(x, y, (p, t0, t1) => {
      const full = `${name}.${p}`;
      if (t0 === undefined) out.push({ kind: "added", what, name: full, after: t1, breaking: false });
      else if (t1 === undefined) out.push({ kind: "removed", what, name: full, before: t0, breaking: true });
      else if (t0 !== t1)
        out.push({
          kind: "changed",
          what,
          name: full,
          before: t0,
          after: t1,
          breaking: !(t1 === t0.replace(/\?$/, "") && t0.endsWith("?")),
        });
    });
  }
}

function operationText(o: OperationSummary): string {
  const ps = Object.entries(o.parameters)
    .map(([k, v]) => `${k}: ${v}`)
    .join(", ");
  return `${o.kind}(${ps})${o.returns ? `: ${o.returns}` : ""}`;
}

function endpointText(e: EndpointSummary): string {
  return `${e.method} ${e.paths.join(" | ")}${e.body ? ` body ${e.body}` : ""}${e.response ? ` → ${e.response}` : ""}`;
}

function keyed<T>(a: Record<string, T>, b: Record<string, T>, visit: (key: string, x: T | undefined, y: T | undefined) => unknown): void {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const k of keys) visit(k, Object.hasOwn(a, k) ? a[k] : undefined, Object.hasOwn(b, k) ? b[k] : undefined);
}
