/**
 * The OData model: the only thing the stages share. Plain, JSON-serializable, deterministic (every list sorted).
 * `docs2ts model` prints it; `docs2ts metadata` writes it as CSDL; emit turns it into TypeScript.
 */
import type { Diagnostic, SourceLocation } from "../diagnostics/diagnostic.js";

export const MODEL_SCHEMA_VERSION = 1;

/** A reference to a type: `Edm.String`, or a qualified name such as `microsoft.graph.user`. */
export interface TypeRef {
  type: string;
  collection: boolean;
}

export interface Documentation {
  /** Real description text from the page (placeholders never reach here). */
  description?: string;
  /** Where it was read. */
  source: SourceLocation;
}

/**
 * Where the model got a fact from: the docs state it (`stated`, read at `at`), or the model assumed it (a default or
 * an inference from other facts; `by` names which). `docs2ts coverage` reads these; emit never does.
 */
export interface Provenance {
  stated: boolean;
  /** The page and line of the statement; for an assumed fact, where the missing statement belongs when known. */
  at?: SourceLocation;
  /** What decided it: `annotation`, `prose`, `derived-list`, `key-row`, `default`, `inherited-row`, `implicit-root`, … */
  by: string;
}

/**
 * How a property's nullability was decided: `stated` ("Nullable." / "Not nullable." in its row), `key` (the key
 * is never null), `convention` (an Intune-family value type), `default` (nothing said: nullable).
 */
export type NullabilitySource = "stated" | "key" | "convention" | "default";

export interface Property extends Documentation {
  name: string;
  type: TypeRef;
  nullable: boolean;
  /** How `nullable` was decided (the row's `source` is where a statement is or belongs). */
  nullableFrom?: NullabilitySource;
  readOnly?: boolean;
  required?: boolean;
  /** "Returned only on $select". */
  selectOnly?: boolean;
  /** Supported $filter operators the docs name. */
  filterOperators?: string[];
  /** Possible values listed for a string-typed property without an enum type. */
  possibleValues?: string[];
}

export interface NavigationProperty extends Documentation {
  name: string;
  type: TypeRef;
  nullable: boolean;
  /** How `nullable` was decided (`stated` in its row, else `default`: a single target nullable, a collection not). */
  nullableFrom?: NullabilitySource;
  containsTarget: boolean;
}

export interface StructuredType extends Documentation {
  kind: "entity" | "complex";
  namespace: string;
  name: string;
  /** Qualified base type name. */
  baseType?: string;
  /** How the base (or its absence, when a page says `"baseType": null`) was decided; absent: no base, nothing said. */
  baseFrom?: Provenance;
  abstract?: boolean;
  openType?: boolean;
  hasStream?: boolean;
  /** Own key property names (only on the type that declares the key). */
  key?: string[];
  /** How `key` was decided (stated: an annotation's `keyProperty` or a row's "Key" prose; else the `id` row). */
  keyFrom?: Provenance;
  /** Own (not inherited) structural properties, in page order. */
  properties: Property[];
  navigationProperties: NavigationProperty[];
  /** Every page that contributed to this type. */
  sources: SourceLocation[];
}

export interface EnumMember {
  name: string;
  value: number;
  description?: string;
}

export interface EnumType extends Documentation {
  namespace: string;
  name: string;
  isFlags: boolean;
  members: EnumMember[];
}

export interface Parameter {
  name: string;
  type: TypeRef;
  nullable: boolean;
  /** Whether a parameters table typed it (stated) or the model assumed a type (a call argument no row names: String). */
  typeFrom?: Provenance;
  description?: string;
}

/** An OData action or function (bound or unbound), as CSDL knows it. */
export interface Operation extends Documentation {
  kind: "action" | "function";
  namespace: string;
  name: string;
  isBound: boolean;
  /** Binding parameter type when bound. */
  bindingType?: TypeRef;
  parameters: Parameter[];
  returnType?: TypeRef;
  /** How `returnType` was decided: the Response prose (stated) or an example response's annotation or body (assumed). */
  returnFrom?: Provenance;
  isComposable?: boolean;
}

export type EndpointKind =
  "list" | "get" | "create" | "update" | "upsert" | "delete" | "action" | "function" | "ref" | "value" | "delta" | "other";

/** One path segment of an endpoint template (model form of the parse facts' segments). */
export type EndpointSegment =
  | { kind: "literal"; value: string }
  /** A placeholder; `name` is unique within the path (repeated `{id}` are renamed). */
  | { kind: "param"; name: string; written: string }
  | { kind: "cast"; type: string }
  | { kind: "call"; name: string; params: { name: string; param: string }[] }
  | { kind: "colon"; name: string; param: string }
  | { kind: "dollar"; value: string };

export interface EndpointPath {
  /** As written in the docs (after stripping host/version/query). */
  template: string;
  segments: EndpointSegment[];
  /** Fixed query string written in the path (e.g. `$filter=...`), kept verbatim. */
  query?: string;
}

export interface ExampleMessageModel {
  method?: string;
  url?: string;
  status?: number;
  headers: { name: string; value: string }[];
  bodyText: string;
  bodyJson?: unknown;
  annotation?: Record<string, unknown>;
  source: SourceLocation;
}

/** A documented HTTP call: what the typed client exposes. */
export interface Endpoint extends Documentation {
  /** Deterministic, collision-free camelCase name (the client function name). */
  name: string;
  kind: EndpointKind;
  method: string;
  /** Every documented path variant (`/me/…` and `/users/{id}/…`), in page order. */
  paths: EndpointPath[];
  /** The OData operation this endpoint invokes, if any (`namespace.name`). */
  operation?: string;
  /** Body: a type (create/update), action parameters, raw bytes, or none. */
  body?:
    | { kind: "type"; type: TypeRef; partial: boolean }
    | { kind: "parameters"; parameters: Parameter[] }
    | { kind: "binary" }
    | { kind: "ref" };
  /** Function parameters passed in the URL. */
  urlParameters?: Parameter[];
  response: {
    status: number;
    type?: TypeRef;
    /** `$value`/stream content. */
    binary?: boolean;
  };
  requestHeaders: string[];
  queryOptions: string[];
  permissions: { type: string; scopes: string[] }[];
  examples: { title?: string; request?: ExampleMessageModel; response?: ExampleMessageModel }[];
  /** The other pages that document this request line (merged into this endpoint; `source` is the one it follows). */
  alsoDocumentedBy?: SourceLocation[];
}

export interface EntitySet {
  name: string;
  entityType: string;
}

export interface Singleton {
  name: string;
  type: string;
}

export interface Model {
  schemaVersion: number;
  types: StructuredType[];
  enums: EnumType[];
  operations: Operation[];
  endpoints: Endpoint[];
  entitySets: EntitySet[];
  singletons: Singleton[];
  diagnostics: Diagnostic[];
}

export function qualifiedName(t: { namespace: string; name: string }): string {
  return `${t.namespace}.${t.name}`;
}
