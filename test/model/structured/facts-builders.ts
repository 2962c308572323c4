/** Page facts and drafts built directly, for the unit tests of the model's structured decisions (no Markdown). */
import type { MemberFacts, Modifiers, PageFacts, ResourceFacts, TypeExpr } from "../../../generator/parse/facts.js";
import type { TypeDraft } from "../../../generator/model/structured/drafts.js";
import { TypeIndex } from "../../../generator/model/type-index.js";
import type { StructuredType } from "../../../generator/model/types.js";

export const NS = "microsoft.graph";
const AT = { line: 1, column: 1 };

/** `String`, `Int32`, … → a primitive; any other word → a named type; `x[]` → a collection. */
export function typeExpr(text: string): TypeExpr {
  const collection = text.endsWith("[]");
  const name = collection ? text.slice(0, -2) : text;
  return /^[A-Z]/.test(name) && !name.includes(".")
    ? { kind: "primitive", name: `Edm.${name}` as Extract<TypeExpr, { kind: "primitive" }>["name"], collection }
    : { kind: "named", name, collection };
}

export function member(
  name: string,
  type: string,
  extra: Partial<Omit<MemberFacts, "modifiers">> & { modifiers?: Modifiers } = {},
): MemberFacts {
  return { name, pos: AT, type: typeExpr(type), typeText: type, description: "", modifiers: {}, ...extra };
}

export function resource(name: string, extra: Partial<ResourceFacts> = {}): ResourceFacts {
  return { name, namespace: NS, pos: AT, properties: [], relationships: [], jsonKeys: [], methods: [], ...extra };
}

export function page(file: string, resources: ResourceFacts[], extra: Partial<PageFacts> = {}): PageFacts {
  return { file, kind: "resource", title: file, resources, enums: [], diagnostics: [], ...extra };
}

/** A draft of one type from one page (`resources/<name>.md`). */
export function draft(name: string, extra: Partial<ResourceFacts> = {}): TypeDraft {
  return {
    namespace: NS,
    name,
    parts: [{ file: `resources/${name.toLowerCase()}.md`, pageNamespace: NS, facts: resource(name, extra) }],
    inheritedRows: [],
    inheritedFrom: [],
    weak: false,
  };
}

/** Drafts by key, and an index that knows them (and the enums named). */
export function draftsOf(list: TypeDraft[], enums: string[] = []): { drafts: Map<string, TypeDraft>; index: TypeIndex } {
  const index = new TypeIndex();
  const drafts = new Map<string, TypeDraft>();
  for (const d of list) {
    drafts.set(`${d.namespace}.${d.name}`.toLowerCase(), d);
    index.add({ kind: "type", namespace: d.namespace, name: d.name });
  }
  for (const e of enums) index.add({ kind: "enum", namespace: NS, name: e });
  return { drafts, index };
}

export function structured(name: string, extra: Partial<StructuredType> = {}): StructuredType {
  return {
    kind: "entity",
    namespace: NS,
    name,
    properties: [],
    navigationProperties: [],
    source: { file: "", line: 1, column: 1 },
    sources: [],
    ...extra,
  };
}

export const key = (name: string): string => `${NS}.${name}`.toLowerCase();
