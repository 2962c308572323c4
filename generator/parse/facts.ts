/**
 * Page facts: what the parse stage reads out of one Markdown page, with positions.
 * Parse knows the Markdown dialect of the Graph reference; it knows nothing of TypeScript and does not resolve
 * names across pages (that is the model's job). Everything here is plain JSON-serializable data.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";

export interface Pos {
  line: number;
  column: number;
}

export type PageKind = "api" | "resource" | "enum" | "conceptual";

/** Edm primitive names as CSDL spells them. */
export type EdmPrimitive =
  | "Edm.String"
  | "Edm.Boolean"
  | "Edm.Int16"
  | "Edm.Int32"
  | "Edm.Int64"
  | "Edm.Byte"
  | "Edm.SByte"
  | "Edm.Single"
  | "Edm.Double"
  | "Edm.Decimal"
  | "Edm.DateTimeOffset"
  | "Edm.Date"
  | "Edm.TimeOfDay"
  | "Edm.Duration"
  | "Edm.Guid"
  | "Edm.Binary"
  | "Edm.Stream"
  | "Edm.Untyped";

/** A type as written in a Type cell, a link, a response sentence or an annotation. */
export type TypeExpr =
  | { kind: "primitive"; name: EdmPrimitive; collection: boolean }
  | {
      kind: "named";
      /** The bare type name as written (`user`, `callRecord`); not yet resolved to a definition. */
      name: string;
      /** Present when the text qualified it (`microsoft.graph.callRecords.session` → `microsoft.graph.callRecords`). */
      namespace?: string;
      collection: boolean;
      /** Link target when the name was a link (`../resources/user.md`, `#agegroup-values`). */
      href?: string;
    }
  | { kind: "unknown"; text: string; collection: boolean };

/** What a description sentence says about a property (read from prose, never from TypeScript concerns). */
export interface Modifiers {
  /** true: "Nullable."; false: "Not nullable." / "non-nullable"; absent: the docs say nothing. */
  nullable?: boolean;
  readOnly?: boolean;
  required?: boolean;
  optional?: boolean;
  key?: boolean;
  /** "Returned only on $select". */
  selectOnly?: boolean;
  /** Supported `$filter` operators, e.g. ["eq", "ne", "in"]; [] when "Supports $filter" names none. */
  filterOperators?: string[];
  /** Supports $orderby / $search when said. */
  orderBy?: boolean;
  search?: boolean;
  deprecated?: boolean;
  /** The row calls itself a navigation property ("Navigation property.", "Containment entity.") (description-cues.ts). */
  navigation?: boolean;
  /** The value is a string of its own ("comma-separated list", "string values") (description-cues.ts). */
  stringValued?: boolean;
  /** A range of valid values is documented ("Valid values 4 to 16") (description-cues.ts). */
  validRange?: boolean;
}

/** One row of a Properties / Relationships / Request body / parameters table. */
export interface MemberFacts {
  name: string;
  pos: Pos;
  type: TypeExpr;
  /** The Type cell as plain text, for messages. */
  typeText: string;
  /** The Description cell as plain text (placeholders such as "**TODO: Add Description**" removed). */
  description: string;
  /** "Inherited from [entity](…)" → "entity". */
  inheritedFrom?: string;
  /** "Possible values are: `a`, `b`." → ["a", "b"]. */
  possibleValues?: string[];
  /**
   * Backticked values after a colon without a cue word ("The importance: `Low`, `Normal`, `High`."); weaker than
   * `possibleValues`: only used to pick an existing enum for a String row (added field; optional).
   */
  listedValues?: string[];
  modifiers: Modifiers;
}

export interface ResourceFacts {
  /** From `@odata.type`/`@type` of the resource block, else the first word of the H1. */
  name: string;
  /** From the `@odata.type` prefix, else the page's `Namespace:` line, else `microsoft.graph`. */
  namespace: string;
  pos: Pos;
  description?: string;
  /**
   * undefined: the page does not say; null: it says there is none (`"baseType": null`);
   * otherwise the base as written (annotation `baseType` wins over "Inherits from" prose).
   */
  baseType?: { name: string; namespace?: string; pos: Pos; from: "annotation" | "prose" } | null;
  /**
   * The base named by intro prose ("Inherits from [x]", "A subclass of [x]"), kept even when the annotation also
   * names one, so the model can reconcile the two (added field; optional).
   */
  proseBaseType?: { name: string; namespace?: string; href?: string; pos: Pos };
  /** Types this page says derive from it ("## Derived types", "the derived types are [a], [b]") (added field; optional). */
  derivedTypes?: { name: string; namespace?: string; href?: string; pos: Pos }[];
  /**
   * The page belongs to the Intune family, generated from the Intune service model (it carries the "requires an
   * active Intune license" note); its value-typed properties follow that model's conventions (added field; optional).
   */
  intune?: boolean;
  keyProperty?: string;
  openType?: boolean;
  abstract?: boolean;
  optionalProperties?: string[];
  /** `isMediaEntity` in the annotation. */
  hasStream?: boolean;
  properties: MemberFacts[];
  relationships: MemberFacts[];
  /** Keys of the JSON representation body with their placeholder value text (`"String"`, `"String (timestamp)"`). */
  jsonKeys: {
    name: string;
    placeholder: string | null;
    pos: Pos;
    /** The type the value shows, when it shows one ("String", "String (timestamp)", `true`, `{"@odata.type": …}`, `[…]`) (added field; optional). */
    type?: TypeExpr;
  }[];
  /** Rows of the Methods table (names only; operations come from API pages). */
  methods: {
    text: string;
    pos: Pos;
    /** The Return Type cell, when it reads as a type (added field; optional). */
    returns?: TypeExpr;
  }[];
}

export interface EnumMemberFacts {
  name: string;
  value?: number;
  description?: string;
  pos: Pos;
}

export interface EnumFacts {
  name: string;
  namespace: string;
  pos: Pos;
  members: EnumMemberFacts[];
  /** Where it came from, which decides precedence when definitions conflict. */
  source: "members-page" | "values-table";
  isFlags?: boolean;
  description?: string;
}

export type PathSegment =
  | { kind: "literal"; value: string }
  /** `{id}`; `{id | userPrincipalName}` gives alternatives ["id", "userPrincipalName"]. */
  | { kind: "param"; name: string; alternatives?: string[] }
  /** `users('{id}')` or `users(id='{id}')` key-in-parentheses forms. */
  | { kind: "keyed"; name: string; key: string }
  /** `microsoft.graph.mobileLobApp` type cast or a qualified bound operation name. */
  | { kind: "qualified"; name: string }
  /** `reminderView(startDateTime=…,endDateTime=…)`; args keep the written value text. */
  | { kind: "call"; name: string; args: { name: string; value: string }[] }
  /** `root:/{item-path}:` path-addressed segment; `path` is the text between the colons. */
  | { kind: "colon"; name: string; path: string }
  | { kind: "dollar"; value: string }
  | { kind: "odd"; text: string };

export interface HttpRequestLine {
  method: string;
  /** The path as written, host and version prefix stripped, query string removed, sample keys (GUIDs) read as placeholders. */
  path: string;
  segments: PathSegment[];
  /** The query string as written (without `?`), if any. */
  query?: string;
  pos: Pos;
}

export interface ExampleMessage {
  /** The parsed annotation comment before the block, if any. */
  annotation?: Record<string, unknown>;
  pos: Pos;
  /** Request: method + URL; response: status. */
  method?: string;
  url?: string;
  status?: number;
  headers: { name: string; value: string }[];
  bodyText: string;
  /** Present when the body parsed as JSON (leniently). */
  bodyJson?: unknown;
}

export interface ExampleFacts {
  /** Heading above the request (`Example 1: …`). */
  title?: string;
  request?: ExampleMessage;
  response?: ExampleMessage;
}

export interface ApiFacts {
  title: string;
  /** `entity: operationName` H1 form → operationName; `Verb type` whose verb ends a request path → that segment. */
  titleOperation?: string;
  description?: string;
  requests: HttpRequestLine[];
  functionParameters: MemberFacts[];
  requestBody: {
    /** none: "Do not supply a request body"; table: parameters/properties table; resource: "a JSON representation of the [x] object". */
    kind: "none" | "table" | "resource" | "binary" | "unknown";
    resource?: TypeExpr;
    parameters: MemberFacts[];
    pos?: Pos;
  };
  response: {
    status?: number;
    type?: TypeExpr;
    /** Where `type` was read: the Response prose, or an example response (added field; optional). */
    typeFrom?: "prose" | "example";
    /** "this action returns" / "this function returns" cue. */
    cue?: "action" | "function";
    text: string;
    pos?: Pos;
  };
  requestHeaders: { name: string; description: string; pos: Pos }[];
  permissions: { type: string; scopes: string[]; pos: Pos }[];
  /** OData query options the page says it supports (`$select`, `$filter`, …). */
  queryOptions: string[];
  examples: ExampleFacts[];
}

export interface PageFacts {
  /** The page path as given. */
  file: string;
  kind: PageKind;
  title: string;
  titlePos?: Pos;
  /** The `Namespace:` line under the H1. */
  namespace?: string;
  resources: ResourceFacts[];
  enums: EnumFacts[];
  api?: ApiFacts;
  diagnostics: Diagnostic[];
}
