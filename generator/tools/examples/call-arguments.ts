/**
 * A documented request → the arguments of the generated function that should send it: which path variant, the
 * `params` values (path placeholders matched from the URL, function arguments read as OData literals, query
 * placeholders), the body, and the OData query options (`$select`, `$filter`, …) read from the query string.
 *
 * When the request cannot be expressed as a call, the answer says why and whose problem it is: the documentation's
 * (a URL no documented path matches, a body that is not JSON) or the generator's (an option the function does not
 * take). Pure: no I/O.
 */
import type { EmittedFunction, EmittedVariant } from "../../emit/typescript/client.js";
import type { EndpointSegment, ExampleMessageModel } from "../../model/types.js";
import { hasPlaceholder, placeholderPieces } from "../../model/endpoints/placeholders.js";
import { canonicalOptionName, decodeExceptSlash, safeDecode, splitRequestUrl, splitTopLevel } from "./request-url.js";

export type SkipCategory = "documentation" | "generator";

export interface Skip {
  skip: true;
  category: SkipCategory;
  /** Short and stable (the per-reason summary groups by it). */
  reason: string;
  detail?: string;
}

export type ArgumentValue = string | number | boolean | null;

export interface CallArguments {
  skip: false;
  variant: EmittedVariant;
  /** The `params` object (with `path` when the function has several variants); undefined when it takes none. */
  params?: Record<string, ArgumentValue>;
  /** JSON value, bytes, or undefined for no body. */
  body?: unknown;
  /** OData query options, `$`-named. */
  options: Record<string, unknown>;
}

export function skip(category: SkipCategory, reason: string, detail?: string): Skip {
  return detail === undefined ? { skip: true, category, reason } : { skip: true, category, reason, detail };
}

/** Options each kind of generated function accepts (see odata-support.ts EntityQuery / CollectionQuery). */
const ENTITY_OPTIONS = new Set(["$select", "$expand"]);
const COLLECTION_OPTIONS = new Set([...ENTITY_OPTIONS, "$filter", "$orderby", "$top", "$skip", "$count", "$search"]);

/** Hosts a documented request may name and still be a call of the documented API. */
const API_HOST = /^graph\.microsoft\.[a-z.]+$/;

export function callArguments(fn: EmittedFunction, request: ExampleMessageModel): CallArguments | Skip {
  if (request.url === undefined) return skip("documentation", "request has no request line");
  const url = splitRequestUrl(request.url);
  if (url === undefined) return skip("documentation", "request has no request line");
  if (url.host !== undefined && !API_HOST.test(url.host)) {
    return skip("generator", "request goes to another host than the API (not a client call)", url.host);
  }

  let best: ({ variant: EmittedVariant } & VariantMatch) | undefined;
  for (const variant of fn.variants) {
    const matched = matchVariant(variant, url.path, url.query);
    if (matched === "placeholder")
      return skip("documentation", "function argument is a placeholder, not a value that can be sent", url.path);
    if (matched !== undefined && (best === undefined || matched.fixed > best.fixed || (matched.exactCase && !best.exactCase)))
      best = { variant, ...matched };
  }
  if (best === undefined) {
    if (fn.variants.some((v) => endsWithVariant(v, url.path))) {
      // Pages that write `/workbook/...` for `/me/drive/items/{id}/workbook/...`: the function sends the short path.
      return skip(
        "generator",
        "documented path is relative (the docs omit a prefix the example URL has)",
        `${url.path} vs ${fn.variants.map((v) => v.template).join(" | ")}`,
      );
    }
    return skip(
      "documentation",
      "request URL matches no documented path of the endpoint",
      `${url.path} vs ${fn.variants.map((v) => v.template).join(" | ")}`,
    );
  }
  if (!best.exactCase) {
    // Graph paths are case-insensitive, so both spellings work; the client sends the HTTP request section's.
    return skip(
      "documentation",
      "request URL spells a path segment in another case than the documented path",
      `${url.path} vs ${best.variant.template}`,
    );
  }

  const query = queryOptions(fn, best.rest);
  if ("skip" in query) return query;

  const body = bodyArgument(fn, request);
  if (body !== undefined && "skip" in body) return body;

  const params: Record<string, ArgumentValue> = {};
  best.variant.keys.forEach((key, i) => (params[key] = best.values[i]));
  if (fn.variants.length > 1) params.path = best.variant.template;
  return {
    skip: false,
    variant: best.variant,
    ...(fn.variants.length > 1 || best.variant.keys.length > 0 ? { params } : {}),
    ...(body !== undefined ? { body: body.value } : {}),
    options: query.options,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Paths

interface VariantMatch {
  /** One value per variant key, in key order. */
  values: ArgumentValue[];
  /** Query pairs not consumed by the variant's fixed query. */
  rest: [string, string][];
  /** Fixed query pairs the URL carried (the more, the more specific the variant). */
  fixed: number;
  /** The literal segments match with their case too. */
  exactCase: boolean;
}

/** What a regex group holds: a placeholder's value, a quoted one (`''` for `'`), or a call's arguments by name. */
type Capture = "value" | "quoted" | string[];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function capture(captures: Capture[], kind: Capture, source: string): string {
  captures.push(kind);
  return source;
}

/** Documented segment text with `{placeholders}` in it (`code={board-code}`, `'{label}'`): one capture per placeholder. */
function textPattern(text: string, captures: Capture[]): string {
  const pieces = hasPlaceholder(text) ? placeholderPieces(text) : undefined;
  if (pieces === undefined) return escapeRegExp(text);
  return pieces
    .map((p) =>
      "text" in p ? escapeRegExp(p.text) : capture(captures, p.quoted ? "quoted" : "value", p.quoted ? "((?:[^']|'')*)" : "([^/]+?)"),
    )
    .join("");
}

/** Regex source of one segment; `calls` collects the call segments' parameter names in capture order. */
function segmentPattern(s: EndpointSegment, last: boolean, captures: Capture[]): string {
  switch (s.kind) {
    case "literal":
      return `/${textPattern(decodeExceptSlash(s.value), captures)}`;
    case "cast":
      return `/${escapeRegExp(s.type)}`;
    case "dollar":
      return `/${escapeRegExp(s.value)}`;
    case "param":
      return `/${capture(captures, "value", "([^/]+)")}`;
    case "colon":
      // A trailing colon is optional at the end: `/root:/{item-path}` and `/root:/{item-path}:` both address the item.
      return `/${textPattern(s.name, captures)}:/${capture(captures, "value", "(.+?)")}${last ? ":?" : ":"}`;
    case "call":
      captures.push(s.params.map((p) => p.name));
      return s.params.length === 0 ? `/${escapeRegExp(s.name)}(?:\\(\\))?` : `/${escapeRegExp(s.name)}\\((.*?)\\)(?=/|$)`;
  }
}

function matchVariant(variant: EmittedVariant, rawPath: string, query: [string, string][]): VariantMatch | "placeholder" | undefined {
  const captures: Capture[] = [];
  const segments = variant.path.segments;
  const pattern = `^${segments.map((s, i) => segmentPattern(s, i === segments.length - 1, captures)).join("")}/?$`;
  const path = decodeExceptSlash(rawPath);
  const m = new RegExp(pattern, "i").exec(path);
  if (m === null) return undefined;
  const values: ArgumentValue[] = [];
  let group = 1;
  for (const c of captures) {
    if (c === "value" || c === "quoted") {
      const value = safeDecode(m[group++]);
      values.push(c === "quoted" ? value.replace(/''/g, "'") : value);
      continue;
    }
    if (c.length === 0) continue;
    const args = callArgumentValues(m[group++], c);
    if (args === undefined || args === "placeholder") return args;
    values.push(...args);
  }
  const fixed = fixedQuery(variant.path.query, query);
  if (fixed === undefined) return undefined;
  values.push(...fixed.values);
  return { values, rest: fixed.rest, fixed: fixed.count, exactCase: new RegExp(pattern).test(path) };
}

/** The URL ends with the variant's path (at a segment boundary), after some prefix. */
function endsWithVariant(variant: EmittedVariant, rawPath: string): boolean {
  const segments = variant.path.segments;
  if (segments.length === 0) return false;
  const pattern = segments.map((s, i) => segmentPattern(s, i === segments.length - 1, [])).join("");
  return new RegExp(`^/.+${pattern}/?$`, "i").test(decodeExceptSlash(rawPath));
}

/** `a='x',b=2` → values in the order of `names` (matched without case); undefined when a name is missing or extra. */
function callArgumentValues(text: string, names: string[]): ArgumentValue[] | "placeholder" | undefined {
  const given = new Map<string, string>();
  for (const part of splitTopLevel(text, ",")) {
    const eq = part.indexOf("=");
    if (eq < 0) return undefined;
    given.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  if (given.size !== names.length) return undefined;
  const values: ArgumentValue[] = [];
  for (const n of names) {
    const literal = given.get(n.toLowerCase());
    if (literal === undefined) return undefined;
    const decoded = safeDecode(literal);
    // `row=<row>` or `count={n}`: no literal a caller could pass stands for it.
    if (/^(<[^>]*>|\{[^}]*\})$/.test(decoded)) return "placeholder";
    values.push(odataLiteralValue(decoded));
  }
  return values;
}

/** An OData URL literal → the JS value a caller passes: `'it''s'` → "it's", `3` → 3, `null`, `true`; bare text as is. */
export function odataLiteralValue(literal: string): ArgumentValue {
  if (/^'.*'$/s.test(literal)) return literal.slice(1, -1).replace(/''/g, "'");
  // An enum value with its type, `microsoft.graph.timeZoneStandard'Iana'`: callers pass the member name.
  const typed = /^[A-Za-z_][\w.]*'(.*)'$/s.exec(literal);
  if (typed !== null) return typed[1].replace(/''/g, "'");
  if (literal === "null") return null;
  if (literal === "true" || literal === "false") return literal === "true";
  if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(literal) && Number.isFinite(Number(literal))) return Number(literal);
  return literal;
}

/** The variant's fixed query (`startDateTime={start}&$top=1`) against the URL's query pairs. */
function fixedQuery(
  fixedText: string | undefined,
  query: [string, string][],
): { values: string[]; rest: [string, string][]; count: number } | undefined {
  const rest = [...query];
  const values: string[] = [];
  if (fixedText === undefined || fixedText === "") return { values, rest, count: 0 };
  let count = 0;
  for (const pair of fixedText.split("&")) {
    const eq = pair.indexOf("=");
    const name = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? "" : pair.slice(eq + 1);
    const index = rest.findIndex(([n]) => canonicalOptionName(n).toLowerCase() === canonicalOptionName(name).toLowerCase());
    if (index < 0) return undefined;
    const [, given] = rest[index];
    if (/[{}]/.test(value)) {
      // A value with placeholders is an input of the function (see client.ts).
      values.push(safeDecode(given));
    } else {
      if (safeDecode(given).trim() !== safeDecode(value).trim()) return undefined;
      count++;
    }
    rest.splice(index, 1);
  }
  return { values, rest, count };
}

// ---------------------------------------------------------------------------------------------------------------
// Query options and body

function queryOptions(fn: EmittedFunction, pairs: [string, string][]): { options: Record<string, unknown> } | Skip {
  const allowed = fn.query === "collection" ? COLLECTION_OPTIONS : fn.query === "entity" ? ENTITY_OPTIONS : new Set<string>();
  const options: Record<string, unknown> = {};
  for (const [rawName, rawValue] of pairs) {
    const name = canonicalOptionName(rawName);
    if (!name.startsWith("$")) return skip("generator", "query parameter is not an input of the generated function", rawName);
    if (!allowed.has(name)) {
      const what = fn.query === undefined ? "the function takes no query options" : `the function takes no ${name}`;
      return skip("generator", `query option ${name} not offered (${fn.query ?? "no"} query options)`, what);
    }
    if (name in options) return skip("documentation", "query option given twice", name);
    const value = safeDecode(rawValue);
    switch (name) {
      case "$select":
      case "$expand":
        options[name] = splitTopLevel(value, ",").map((v) => v.trim());
        break;
      case "$top":
      case "$skip": {
        const n = Number(value);
        if (value.trim() === "" || !Number.isInteger(n)) return skip("documentation", `${name} value is not an integer`, value);
        options[name] = n;
        break;
      }
      case "$count":
        if (!/^(true|false)$/i.test(value.trim())) return skip("documentation", "$count value is not true or false", value);
        options[name] = value.trim().toLowerCase() === "true";
        break;
      default:
        options[name] = value;
    }
  }
  return { options };
}

const textEncoder = new TextEncoder();

function bodyArgument(fn: EmittedFunction, request: ExampleMessageModel): { value: unknown } | Skip | undefined {
  const text = request.bodyText.trim();
  if (fn.bodyKind === undefined) {
    return text === "" ? undefined : skip("generator", "documented request has a body but the function takes none");
  }
  if (fn.bodyKind === "binary") return { value: textEncoder.encode(request.bodyText) };
  if (text === "") return undefined;
  if (request.bodyJson === undefined) return skip("documentation", "request body is not JSON");
  return { value: request.bodyJson };
}
