/**
 * Endpoints → typed client functions, one exported async function per model Endpoint (name = endpoint.name through
 * the identifier layer), grouped into `client/<group>.ts` by the first segment of the endpoint's first path.
 *
 * Signature: `(client: Client, [params,] [body,] options?) => Promise<Result>`.
 *
 * Several paths (`/me/messages/{id}` and `/users/{user-id}/messages/{id}`): every documented path is callable.
 * `params` is a union with one member per path, discriminated by a `path` field whose literal type is the path
 * template exactly as documented (with its fixed query string, if any, after `?`). The first (page-order) path is
 * the default, so its `path` is optional:
 *   getMessage(client, { id })                                             // GET /me/messages/{id}
 *   getMessage(client, { path: "/users/{user-id}/messages/{id}", "user-id": u, id })
 * Keeping the template as the discriminant makes the choice self-describing in editors, needs no invented names,
 * and a `switch` over it lets TypeScript check that each member carries exactly the placeholders its path needs.
 * With one path `params` is a plain object of its placeholders; with one path and no placeholders it is omitted.
 *
 * Fixed query strings in a documented path: `name={placeholder}` pairs become `params` members like path
 * placeholders (`calendarView?startDateTime={start_datetime}`); pairs that only illustrate a system option
 * (`$filter={property} eq '{value}'`) are dropped, since the caller passes that option; other pairs are sent as written.
 *
 * Path building: literal segments are written at generation time (percent-encoded where not URL-safe);
 * placeholders go through `encodePathSegment`; function-call parameters through `odataLiteral` (quoted strings,
 * bare numbers/booleans; dates, date-times, times and GUIDs are bare OData literals so they are only
 * percent-encoded); a `root:/{item-path}:` placeholder keeps its `/` separators and encodes each part.
 * Strings are concatenated with JSON-escaped literals, never template literals, so no documented text can become
 * code.
 *
 * Body: `body: T` for create/upsert, `Partial<T>` for partial updates, an object of the action parameters (all
 * optional: the service validates them, the docs rarely say which are required), bytes for binary uploads,
 * `{ "@odata.id": string }` for `$ref`.
 *
 * Result: for a type with derived types the `Any<T>` union (discriminated by `@odata.type`, narrowed with the
 * `is<T>` guards) in place of T; `T | undefined` for an update (PATCH/PUT of a T) without a documented response type (204 by default,
 * the entity with `Prefer: return=representation`), `void` for 202/204 and DELETE without a documented body (other undocumented bodies: `unknown`),
 * `Uint8Array` for binary and `$value` content, `string` for `$count`, `Page<T>` for collections, `{ value: T }`
 * for a single primitive or enum result, else the type; a type the model lacks gives `unknown`.
 *
 * Query options: a GET returning an entity or complex type takes `$select` (property names of T, and the result
 * is narrowed with `Pick` through the generic `S`) and `$expand` (navigation property names, nested options
 * allowed); collection GETs add `$filter`, `$orderby`, `$top`, `$skip`, `$count`, `$search`.
 */
import type { FunctionDeclarationStructure, ParameterDeclarationStructure } from "ts-morph";
import { StructureKind } from "./structure-kinds.js";
import type { Endpoint, EndpointPath, Parameter } from "../../model/types.js";
import { paramName } from "../../model/endpoints/drafts.js";
import { hasPlaceholder, placeholderPieces } from "../../model/endpoints/placeholders.js";
import { docCommentText, docs, sourceLine } from "./doc-comments.js";
import { edmMapping } from "./edm-types.js";
import { NameRegistry, propertyAccess, propertyKey, stringLiteral } from "./identifiers.js";
import { COLLECTION_QUERY, ENTITY_QUERY, ODATA_QUERY, SELECTED, type SupportImports } from "./odata-support.js";
import { cmp, type DeclaredType, type ModelSymbols } from "./symbols.js";
import type { TypeRenderer } from "./type-refs.js";

const METHODS = new Set(["GET", "POST", "PATCH", "PUT", "DELETE"]);

/** Runtime names a client file uses (from "../runtime.js"). */
export class RuntimeImports {
  private readonly names = new Set<string>();
  private static readonly TYPES = new Set(["Client", "CallOptions", "Page"]);

  need(name: string): void {
    this.names.add(name);
  }

  statement(): string {
    if (this.names.size === 0) return "";
    const list = [...this.names].sort(cmp).map((n) => (RuntimeImports.TYPES.has(n) ? `type ${n}` : n));
    return `import { ${list.join(", ")} } from "../runtime.js";`;
  }
}

export interface ClientContext {
  symbols: ModelSymbols;
  types: TypeRenderer;
  support: SupportImports;
  runtime: RuntimeImports;
}

/** The file group of an endpoint: the first segment of its first path. */
export function endpointGroup(e: Endpoint): string {
  const first = e.paths[0]?.segments[0];
  if (first === undefined) return "root";
  switch (first.kind) {
    case "literal":
      return first.value;
    case "call":
    case "colon":
      return first.name;
    case "cast":
      return first.type;
    case "dollar":
      return first.value.replace(/^\$/, "");
    case "param":
      return "root";
  }
}

/** Why an endpoint cannot be emitted, or undefined. */
export function unsupportedReason(e: Endpoint): string | undefined {
  if (!METHODS.has(e.method.toUpperCase())) return `HTTP method ${e.method} is not supported by the runtime`;
  if (e.paths.length === 0) return "no documented path";
  return undefined;
}

/**
 * What was emitted for an endpoint, in the terms a caller uses: the function name (claimed by project.ts), the
 * `params` keys of each path variant and the kinds of body, query options and result. `docs2ts examples` reads it
 * to call the generated functions with the documented requests' inputs.
 */
export interface EmittedFunction {
  name: string;
  /** Path variants in `path`-discriminant order (the first is the default; `path` is a member only when several). */
  variants: EmittedVariant[];
  query?: "entity" | "collection";
  bodyKind?: "json" | "binary";
  responseKind: Result["kind"];
}

export interface EmittedVariant {
  template: string;
  path: EndpointPath;
  /** The `params` key of every placeholder: path segments in order (one per call parameter), then query placeholders. */
  keys: string[];
}

/** `name` is the function name already claimed in the global value registry (endpoints claim before guards). */
/** The function declaration of `e` and the record of what it takes and returns, for callers such as `docs2ts examples`. */
export function endpointFunction(
  e: Endpoint,
  name: string,
  ctx: ClientContext,
): { declaration: FunctionDeclarationStructure; emitted: EmittedFunction } {
  const method = e.method.toUpperCase();
  const paths = dedupePaths(e.paths);
  const variants = paths.map((p, i) => pathVariant(p, i, paths.length > 1, e, ctx));
  const parameters: ParameterDeclarationStructure[] = [];
  const param = (name: string, type: string, optional = false) =>
    parameters.push({ kind: StructureKind.Parameter, name, type, hasQuestionToken: optional });

  ctx.runtime.need("Client");
  ctx.runtime.need("CallOptions");
  param("client", "Client");
  const needsParams = variants.length > 1 || variants[0].keys.length > 0;
  // `getMe(client)`: the default variant needs nothing, so `params` may be left out (unless a body follows it).
  const paramsOptional = variants[0].keys.length === 0 && bodyParameter(e, ctx) === undefined;
  if (needsParams) param("params", variants.map((v) => v.typeText).join(" | "), paramsOptional);

  const statements: string[] = [];
  const spec: string[] = [`method: ${stringLiteral(method)}`, "path"];
  if (variants.length === 1) {
    statements.push(`const path = ${variants[0].expression};`);
  } else {
    statements.push("let path: string;", `switch (params${paramsOptional ? "?" : ""}.path) {`);
    for (const v of variants.slice(1)) statements.push(`case ${stringLiteral(v.template)}: path = ${v.expression}; break;`);
    statements.push(`default: path = ${variants[0].expression};`, "}");
  }

  const body = bodyParameter(e, ctx);
  if (body !== undefined) {
    param("body", body.type);
    spec.push("body", ...(body.binary ? [`bodyKind: "binary"`] : []));
  }

  const result = resultOf(e, method, ctx);
  if (result.query !== undefined) {
    ctx.support.need(ODATA_QUERY);
    ctx.support.need(result.query.collection ? COLLECTION_QUERY : ENTITY_QUERY);
    const nav = result.query.navigation.length > 0 ? result.query.navigation.map(stringLiteral).join(" | ") : "never";
    param("options", `CallOptions & ${result.query.collection ? COLLECTION_QUERY : ENTITY_QUERY}<S, ${nav}>`, true);
    spec.push(`query: ${ODATA_QUERY}(options)`);
  } else {
    param("options", "CallOptions", true);
  }
  spec.push(`responseKind: ${stringLiteral(result.kind)}`);
  const emitted: EmittedFunction = {
    name,
    variants: variants.map((v, i) => ({ template: v.template, path: paths[i], keys: v.keys })),
    ...(result.query ? { query: result.query.collection ? ("collection" as const) : ("entity" as const) } : {}),
    ...(body ? { bodyKind: body.binary ? ("binary" as const) : ("json" as const) } : {}),
    responseKind: result.kind,
  };
  statements.push(`return client.request<${result.type}>({ ${spec.join(", ")} }, options);`);

  const declaration: FunctionDeclarationStructure = {
    kind: StructureKind.Function,
    name,
    isExported: true,
    isAsync: true,
    typeParameters: result.query
      ? [{ kind: StructureKind.TypeParameter, name: "S", constraint: `keyof ${result.query.entity} & string`, default: "never" }]
      : [],
    parameters,
    returnType: `Promise<${result.type}>`,
    statements,
    docs: docs(
      e.description,
      paths.map((p) => `${method} ${p.template}${p.query ? `?${p.query}` : ""}`).join("\n"),
      permissionsText(e),
      sourceLine(e.source),
    ),
  };
  return { declaration, emitted };
}

/**
 * The documented paths a caller chooses from: fixed query pairs that only illustrate a system option
 * (`$filter={property} eq '{value}'`) are dropped (the caller passes that option), then duplicates go.
 */
function dedupePaths(paths: EndpointPath[]): EndpointPath[] {
  const seen = new Set<string>();
  const out: EndpointPath[] = [];
  for (const p of paths) {
    const query = effectiveQuery(p.query);
    const path: EndpointPath = { template: p.template, segments: p.segments, ...(query !== undefined ? { query } : {}) };
    const key = variantTemplate(path);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(path);
  }
  return out;
}

/** The system query options generated functions take as `options` members. */
const QUERY_OPTION_NAMES = new Set(["$select", "$expand", "$filter", "$orderby", "$top", "$skip", "$count", "$search"]);

function effectiveQuery(query: string | undefined): string | undefined {
  if (query === undefined) return undefined;
  const kept = query.split("&").filter((pair) => {
    const [name, value = ""] = pair.split(/=(.*)/s);
    return pair !== "" && !(QUERY_OPTION_NAMES.has(name.toLowerCase()) && /[{}]/.test(value));
  });
  return kept.length > 0 ? kept.join("&") : undefined;
}

/** The `path` discriminant: the template as documented, with its fixed query (two variants may differ only there). */
function variantTemplate(p: EndpointPath): string {
  return p.query ? `${p.template}?${p.query}` : p.template;
}

interface PathVariant {
  template: string;
  keys: string[];
  typeText: string;
  expression: string;
}

/** One string piece of the path: a literal (merged when adjacent) or an expression. */
type Piece = { literal: string } | { expression: string };

function pathVariant(p: EndpointPath, index: number, several: boolean, e: Endpoint, ctx: ClientContext): PathVariant {
  // Keys are placeholder names, not JSON names, so they may be renamed: `__proto__` in an object literal would set
  // the prototype instead of a property, and `path` is the variant discriminant.
  const keyNames = new NameRegistry(several ? ["path", "__proto__"] : ["__proto__"]);
  const members: string[] = [];
  const keys: string[] = [];
  if (several) members.push(`path${index === 0 ? "?" : ""}: ${stringLiteral(variantTemplate(p))}`);
  const addKey = (wanted: string, type: string, description?: string): string => {
    const key = keyNames.claim(wanted, `${wanted}_`);
    keys.push(key);
    members.push(`${docCommentText(description)}${propertyKey(key)}: ${type}`);
    return propertyAccess("params", key);
  };

  const pieces: Piece[] = [];
  for (const s of p.segments) {
    pieces.push({ literal: "/" });
    switch (s.kind) {
      case "literal":
        pieces.push(...textPieces(s.value, addKey, ctx));
        break;
      case "cast":
        pieces.push({ literal: encodeLiteral(s.type) });
        break;
      case "dollar":
        pieces.push({ literal: encodeLiteral(s.value) });
        break;
      case "param":
        ctx.runtime.need("encodePathSegment");
        pieces.push({ expression: `encodePathSegment(${addKey(s.name, "string")})` });
        break;
      case "colon": {
        // `root:/{item-path}:` or, addressed from an item given by id, `{parent-id}:/{file-name}:`. The item path
        // keeps its `/` separators (encodeItemPath encodes each part); the closing colon is sent when documented.
        ctx.runtime.need("encodeItemPath");
        pieces.push(...textPieces(s.name, addKey, ctx));
        const access = addKey(s.param, "string", "A path relative to the addressed item; `/` separates its parts.");
        const closed = s !== p.segments[p.segments.length - 1] || /:$/.test(p.template);
        pieces.push({ literal: ":/" }, { expression: `encodeItemPath(${access})` }, ...(closed ? [{ literal: ":" }] : []));
        break;
      }
      case "call": {
        pieces.push({ literal: `${encodeLiteral(s.name)}(` });
        s.params.forEach((cp, i) => {
          const declared = findParameter(e.urlParameters, cp.name);
          const literal = callLiteral(declared, ctx);
          const access = addKey(cp.name, literal.type, declared?.description);
          pieces.push({ literal: `${i > 0 ? "," : ""}${encodeLiteral(cp.name)}=` }, { expression: literal.wrap(access) });
        });
        pieces.push({ literal: ")" });
        break;
      }
    }
  }
  if (p.segments.length === 0) pieces.push({ literal: "/" });
  if (p.query) {
    // `name={placeholder}` pairs of a documented query (`calendarView?startDateTime={start_datetime}`) are inputs like
    // path placeholders; every other pair is fixed text the docs require.
    p.query.split("&").forEach((pair, i) => {
      pieces.push({ literal: i === 0 ? "?" : "&" });
      const [name, value = ""] = pair.split(/=(.*)/s);
      if (!/[{}]/.test(value)) {
        pieces.push({ literal: encodeLiteral(pair, true) });
        return;
      }
      // A whole-value placeholder is named after itself; a value with placeholders inside
      // (`$id=https://graph.microsoft.com/v1.0/users/{user-id}`) is one input named after the parameter.
      const placeholder = /^\{([^{}]+)\}$/.exec(value);
      const wanted = placeholder ? placeholder[1].trim() : name.replace(/^\$/, "");
      ctx.runtime.need("encodePathSegment");
      const access = addKey(wanted, "string", `The \`${name}\` query parameter${placeholder ? "" : ` (documented as \`${value}\`)`}.`);
      pieces.push({ literal: `${encodeLiteral(name, true)}=` }, { expression: `encodePathSegment(${access})` });
    });
  }
  return {
    template: variantTemplate(p),
    keys,
    typeText: objectTypeText(members),
    expression: concat(pieces),
  };
}

/**
 * Documented segment text, with each `{placeholder}` in it (`code={board-code}`, `'{label-name}'`) a `params` member:
 * a quoted one is an OData string (`'` doubled), then each value is encoded as one path segment.
 */
function textPieces(text: string, addKey: (wanted: string, type: string) => string, ctx: ClientContext): Piece[] {
  const parts = hasPlaceholder(text) ? placeholderPieces(text) : undefined;
  // Unpaired braces never get here: the model drops those paths (placeholders.ts).
  if (parts === undefined) return [{ literal: encodeLiteral(text) }];
  return parts.map((part) => {
    if ("text" in part) return { literal: encodeLiteral(part.text) };
    ctx.runtime.need("encodePathSegment");
    const access = addKey(paramName(part.placeholder), "string");
    return { expression: part.quoted ? `encodePathSegment(${access}.replace(/'/g, "''"))` : `encodePathSegment(${access})` };
  });
}

function concat(pieces: Piece[]): string {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if ("literal" in piece && last !== undefined && "literal" in last)
      merged[merged.length - 1] = { literal: last.literal + piece.literal };
    else merged.push(piece);
  }
  return merged.map((piece) => ("literal" in piece ? stringLiteral(piece.literal) : piece.expression)).join(" + ");
}

/**
 * Percent-encode what is not URL-safe in documented literal text (a space, quotes, `#`, non-ASCII), keeping the
 * characters OData paths use (`$ ( ) ' , = : @ .`). In a fixed query string `?`, `&`, `=`, `/` stay too.
 */
function encodeLiteral(text: string, query = false): string {
  const safe = query ? /[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/ : /[A-Za-z0-9\-._~!$&'()*+,;=:@%]/;
  let out = "";
  for (const ch of text) {
    out += safe.test(ch) ? ch : encodeURIComponent(ch).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  }
  return out;
}

function findParameter(list: Parameter[] | undefined, name: string): Parameter | undefined {
  return list?.find((p) => p.name === name) ?? list?.find((p) => p.name.toLowerCase() === name.toLowerCase());
}

/** How a function-call parameter is typed and written into the URL. */
function callLiteral(p: Parameter | undefined, ctx: ClientContext): { type: string; wrap: (access: string) => string } {
  ctx.runtime.need("odataLiteral");
  const quoted = (access: string) => `odataLiteral(${access})`;
  if (p === undefined || p.type.collection) return { type: "string | number | boolean | null", wrap: quoted };
  const nullable = p.nullable ? " | null" : "";
  const edm = edmMapping(p.type.type);
  if (edm !== undefined) {
    if (edm.ts === "unknown") return { type: "string | number | boolean | null", wrap: quoted };
    if (edm.ts === "string" && edm.urlLiteral === "bare") {
      ctx.runtime.need("encodePathSegment");
      return {
        type: `string${nullable}`,
        wrap: (a) => (p.nullable ? `(${a} === null ? "null" : encodePathSegment(${a}))` : `encodePathSegment(${a})`),
      };
    }
    return { type: `${edm.ts}${nullable}`, wrap: quoted };
  }
  const rendered = ctx.types.element(p.type.type);
  // Enum values are strings; structured values have no URL literal form here, so the caller writes one as text.
  const type = rendered.target?.enumType && rendered.text !== "string" ? rendered.text : "string";
  return { type: `${type}${nullable}`, wrap: quoted };
}

function bodyParameter(e: Endpoint, ctx: ClientContext): { type: string; binary: boolean } | undefined {
  const b = e.body;
  if (b === undefined) return undefined;
  switch (b.kind) {
    case "type": {
      const t = ctx.types.render(b.type, false).text;
      return { type: b.partial && !b.type.collection && t !== "unknown" ? `Partial<${t}>` : t, binary: false };
    }
    case "parameters": {
      const seen = new Set<string>();
      const members: string[] = [];
      for (const p of b.parameters) {
        if (seen.has(p.name)) continue;
        seen.add(p.name);
        const rendered = ctx.types.render(p.type, p.nullable);
        members.push(`${docCommentText(p.description, ...rendered.notes)}${propertyKey(p.name)}?: ${rendered.text}`);
      }
      return { type: objectTypeText(members), binary: false };
    }
    case "binary":
      return { type: "Uint8Array | ArrayBuffer", binary: true };
    case "ref":
      return { type: `{ ${propertyKey("@odata.id")}: string }`, binary: false };
  }
}

interface Result {
  type: string;
  kind: "json" | "void" | "binary" | "text";
  query?: { entity: string; collection: boolean; navigation: string[] };
}

function resultOf(e: Endpoint, method: string, ctx: ClientContext): Result {
  const r = e.response;
  const lastSegment = e.paths[0].segments[e.paths[0].segments.length - 1];
  // `$value` is media content in Graph (photos, files, MIME messages): bytes, which callers decode if they want text.
  const dollar = method === "GET" && lastSegment?.kind === "dollar" ? lastSegment.value : undefined;
  if (r.binary || dollar === "$value") return { type: "Uint8Array", kind: "binary" };
  if (dollar === "$count") return { type: "string", kind: "text" };
  if (r.type === undefined && (method === "PATCH" || method === "PUT") && e.body?.kind === "type" && !e.body.type.collection) {
    // Updates answer 204 by default and 200 with the updated entity under `Prefer: return=representation`.
    const updated = ctx.types.render(e.body.type, false).text;
    if (updated !== "unknown") return { type: `${updated} | undefined`, kind: "json" };
  }
  if (r.type === undefined) {
    // 202 Accepted and 204 No Content carry no body; other undocumented bodies stay unknown JSON (empty → undefined).
    const empty = r.status === 202 || r.status === 204 || method === "DELETE";
    return empty ? { type: "void", kind: "void" } : { type: "unknown", kind: "json" };
  }
  const element = ctx.types.element(r.type.type);
  const structured = element.target?.structured !== undefined;
  const query =
    method === "GET" && structured
      ? {
          entity: element.text,
          collection: r.type.collection,
          navigation: ctx.symbols.effectiveNavigationNames(element.target!.qualified),
        }
      : undefined;
  // A type with derived types answers with any of them: the result is the `@odata.type`-discriminated union.
  const target = element.target;
  const union =
    target !== undefined && structured && ctx.symbols.descendants(target.qualified).length > 0 ? unionReference(target, ctx) : undefined;
  const whole = union ?? element.text;
  const item = query ? `${useSelected(ctx)}<${element.text}, S${union ? `, ${union}` : ""}>` : whole;
  if (r.type.collection) {
    ctx.runtime.need("Page");
    return { type: `Page<${item}>`, kind: "json", query };
  }
  if (!structured && element.text !== "unknown") return { type: `{ value: ${item} }`, kind: "json" };
  return { type: item, kind: "json", query };
}

function unionReference(t: DeclaredType, ctx: ClientContext): string {
  const name = ctx.symbols.derivedUnionName(t);
  ctx.types.imports.add(`../models/${t.fileStem}.js`, name);
  return name;
}

function useSelected(ctx: ClientContext): string {
  ctx.support.need(SELECTED);
  return SELECTED;
}

function permissionsText(e: Endpoint): string | undefined {
  const lines = e.permissions.filter((p) => p.scopes.length > 0).map((p) => `- ${p.type}: ${p.scopes.join(", ")}`);
  return lines.length > 0 ? `Permissions:\n${lines.join("\n")}` : undefined;
}

/** An object type literal with one member per line, so each member's doc comment stays above it after prettier. */
function objectTypeText(members: readonly string[]): string {
  return members.length === 0 ? "{}" : `{\n${members.map((m) => `${m};`).join("\n")}\n}`;
}
