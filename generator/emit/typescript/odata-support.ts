/**
 * `odata.ts` of the output: the few helpers generated models and client functions share that are not part of the
 * hand-written runtime (which knows nothing of the model): the `@odata.type` inheritance table and guard helper,
 * `$select`/`$expand` result typing, and the query-option picker.
 */
import { stringLiteral } from "./identifiers.js";
import { cmp, odataTypeLiteral, type ModelSymbols } from "./symbols.js";

export const ODATA_TYPED = "ODataTyped";
export const IS_ODATA_TYPE = "isODataType";
export const ODATA_BASE_TYPES = "odataBaseTypes";
export const SELECTED = "Selected";
export const ENTITY_QUERY = "EntityQuery";
export const COLLECTION_QUERY = "CollectionQuery";
export const ODATA_QUERY = "odataQuery";

/** Every name odata.ts exports (reserved in the global registries). */
export const SUPPORT_TYPE_NAMES = [ODATA_TYPED, SELECTED, ENTITY_QUERY, COLLECTION_QUERY, "Expandable"];
export const SUPPORT_VALUE_NAMES = [IS_ODATA_TYPE, ODATA_BASE_TYPES, ODATA_QUERY];
const TYPE_ONLY = new Set(SUPPORT_TYPE_NAMES);

/** Which odata.ts names one generated file uses. */
export class SupportImports {
  private readonly names = new Set<string>();

  need(name: string): void {
    this.names.add(name);
  }

  /** Import statement text for a file under models/ or client/ ("" when nothing is needed). */
  statement(): string {
    if (this.names.size === 0) return "";
    const list = [...this.names].sort(cmp).map((n) => (TYPE_ONLY.has(n) ? `type ${n}` : n));
    return `import { ${list.join(", ")} } from "../odata.js";`;
  }
}

/** The text of odata.ts (before formatting). */
export function odataSupportSource(symbols: ModelSymbols): string {
  const entries: string[] = [];
  for (const t of [...symbols.types.values()].sort((a, b) => cmp(a.qualified, b.qualified))) {
    const base = symbols.baseOf(t.qualified);
    if (base !== undefined) entries.push(`[${stringLiteral(odataTypeLiteral(t))}, ${stringLiteral(odataTypeLiteral(base))}]`);
  }
  return `import type { QueryValue } from "./runtime.js";

/** A value that may carry an OData type annotation. */
export type ${ODATA_TYPED} = { readonly "@odata.type"?: string | null };

/** Derived \`@odata.type\` → its base type, for every type of the model that has a base. */
export const ${ODATA_BASE_TYPES}: ReadonlyMap<string, string> = new Map<string, string>([
${entries.join(",\n")}
]);

/**
 * True when \`value["@odata.type"]\` names \`typeName\` (\`#ns.name\`) or a type derived from it. Graph writes the
 * annotation with a leading "#"; it is accepted without one too. A value without \`@odata.type\` gives false: Graph
 * omits the annotation when the value has the declared type, so only the declared type is known then.
 */
export function ${IS_ODATA_TYPE}(value: ${ODATA_TYPED} | null | undefined, typeName: string): boolean {
  const written = value?.["@odata.type"];
  if (typeof written !== "string" || written === "") return false;
  let current: string | undefined = written.startsWith("#") ? written : \`#\${written}\`;
  // The table is acyclic by construction; the bound only guards against a hand-edited one.
  for (let depth = 0; current !== undefined && depth < 1000; depth++) {
    if (current === typeName) return true;
    current = ${ODATA_BASE_TYPES}.get(current);
  }
  return false;
}

/**
 * The result of a GET with \`$select\`: only the selected properties of T (and \`@odata.type\`); without one, \`All\`
 * (T, or the union of T and its derived types).
 */
export type ${SELECTED}<T, S extends keyof T, All = T> = [S] extends [never] ? All : Pick<T, S | Extract<"@odata.type", keyof T>>;

/** A navigation property name for \`$expand\`, optionally with nested options: \`manager($select=id)\`. */
export type Expandable<N extends string> = N | \`\${N}(\${string})\`;

/** Query options of a GET that returns one entity. */
export interface ${ENTITY_QUERY}<S extends string, N extends string> {
  $select?: readonly S[];
  $expand?: readonly Expandable<N>[];
}

/** Query options of a GET that returns a collection. */
export interface ${COLLECTION_QUERY}<S extends string, N extends string> extends ${ENTITY_QUERY}<S, N> {
  $filter?: string;
  $orderby?: string | readonly string[];
  $top?: number;
  $skip?: number;
  $count?: boolean;
  $search?: string;
}

/** The \`$\`-prefixed query options of a call's options object, for RequestSpec.query. */
export function ${ODATA_QUERY}(options: object | undefined): Record<string, QueryValue> {
  const query: Record<string, QueryValue> = {};
  for (const [name, value] of Object.entries(options ?? {})) {
    // The generated signatures only admit QueryValue-typed $ options; the cast restates that for Object.entries.
    if (name.startsWith("$")) query[name] = value as QueryValue;
  }
  return query;
}
`;
}
