/**
 * The compact form of a model that generate writes next to its manifest (`.docs2ts-model.json`) and check diffs
 * against: only what decides the generated API (types, properties, enum members, operations, endpoints), no
 * documentation or examples, so it stays small and a doc-only edit is not a model change.
 */
import type { Model, Parameter, TypeRef } from "./types.js";

export const MODEL_SUMMARY_FILE = ".docs2ts-model.json";

export interface TypeSummary {
  kind: "entity" | "complex";
  base?: string;
  abstract?: boolean;
  open?: boolean;
  /** Property name → type text (`Edm.String`, `Collection(microsoft.graph.x)`, `?` suffix when nullable). */
  properties: Record<string, string>;
  navigation: Record<string, string>;
}

export interface OperationSummary {
  kind: "action" | "function";
  binding?: string;
  parameters: Record<string, string>;
  returns?: string;
}

export interface EndpointSummary {
  method: string;
  paths: string[];
  body?: string;
  response?: string;
}

export interface ModelSummary {
  generator: "docs2ts";
  summaryVersion: 1;
  types: Record<string, TypeSummary>;
  enums: Record<string, string[]>;
  operations: Record<string, OperationSummary>;
  endpoints: Record<string, EndpointSummary>;
}

export function typeText(t: TypeRef, nullable = false): string {
  return (t.collection ? `Collection(${t.type})` : t.type) + (nullable ? "?" : "");
}

function params(ps: readonly Parameter[]): Record<string, string> {
  return Object.fromEntries(ps.map((p) => [p.name, typeText(p.type, p.nullable)]));
}

export function summarizeModel(model: Model): ModelSummary {
  const types: Record<string, TypeSummary> = {};
  for (const t of model.types) {
    const s: TypeSummary = {
      kind: t.kind,
      properties: Object.fromEntries(t.properties.map((p) => [p.name, typeText(p.type, p.nullable)])),
      navigation: Object.fromEntries(t.navigationProperties.map((p) => [p.name, typeText(p.type, p.nullable)])),
    };
    if (t.baseType) s.base = t.baseType;
    if (t.abstract) s.abstract = true;
    if (t.openType) s.open = true;
    types[`${t.namespace}.${t.name}`] = s;
  }
  const enums = Object.fromEntries(model.enums.map((e) => [`${e.namespace}.${e.name}`, e.members.map((m) => m.name)]));
  const operations: Record<string, OperationSummary> = {};
  for (const o of model.operations) {
    const s: OperationSummary = { kind: o.kind, parameters: params(o.parameters) };
    if (o.bindingType) s.binding = typeText(o.bindingType);
    if (o.returnType) s.returns = typeText(o.returnType);
    operations[`${o.namespace}.${o.name}${s.binding ? `(${s.binding})` : ""}`] = s;
  }
  const endpoints: Record<string, EndpointSummary> = {};
  for (const e of model.endpoints) {
    const s: EndpointSummary = { method: e.method, paths: e.paths.map((p) => p.template) };
    const b = e.body;
    if (b)
      s.body =
        b.kind === "type"
          ? typeText(b.type) + (b.partial ? " (partial)" : "")
          : b.kind === "parameters"
            ? `{ ${Object.entries(params(b.parameters))
                .map(([k, v]) => `${k}: ${v}`)
                .join(", ")} }`
            : b.kind;
    if (e.response.type) s.response = typeText(e.response.type);
    else if (e.response.binary) s.response = "binary";
    endpoints[e.name] = s;
  }
  return { generator: "docs2ts", summaryVersion: 1, types, enums, operations, endpoints };
}

export function readModelSummary(text: string | undefined): ModelSummary | undefined {
  if (text === undefined) return undefined;
  try {
    const v = JSON.parse(text) as Partial<ModelSummary>;
    return v.generator === "docs2ts" && v.summaryVersion === 1 && v.types && v.enums && v.operations && v.endpoints
      ? (v as ModelSummary)
      : undefined;
  } catch {
    return undefined;
  }
}
