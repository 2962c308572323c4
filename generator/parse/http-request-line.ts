/**
 * Reads one line of an HTTP request block (`GET /users/{id | userPrincipalName}/calendar`) into method, path and
 * path segments (the forms measured in ../shared/docs/input-format.md §3.2). Lines that are not requests (C# code, `or`, header lines, generator error
 * text such as `POST ** Collection URI … not found`) read as undefined.
 */
import type { PathSegment } from "./facts.js";

export interface RequestLine {
  method: string;
  /** Host, `/v1.0`|`/beta` prefix and query string removed, sample keys replaced (see sampleKeys); otherwise as written. */
  path: string;
  segments: PathSegment[];
  /** Without the `?`. */
  query?: string;
  /** Sample keys written where a placeholder belongs (GUIDs), read as the placeholders that replace them in `path`. */
  sampleKeys?: string[];
}

const METHODS = "GET|POST|PATCH|PUT|DELETE|HEAD|OPTIONS";
// The method must be followed by a path or a URL; `\s*` accepts `DELETE/identity/…` with no space.
const REQUEST = new RegExp(`^(${METHODS})\\s*((?:/|https?://).*)$`);
// 15 v1.0 lines drop the leading slash (`GET policies/tokenIssuancePolicies`). Accept them only when the first word
// is a path (holds a `/` or is the whole rest), so prose such as "GET the user" is not a request.
const RELATIVE = new RegExp(`^(${METHODS})\\s+([A-Za-z{][^\\s?]*(?:\\?.*)?)$`);

export function readRequestLine(line: string): RequestLine | undefined {
  const trimmed = line.trim();
  const m = trimmed.match(REQUEST) ?? trimmed.match(RELATIVE);
  if (m === null) return undefined;
  const method = m[1];
  let target = m[2].replace(/\s+HTTP\/\d(?:\.\d)?$/i, "").trim();
  target = target.replace(/^https?:\/\/[^/?#\s]*/i, "");
  target = target.replace(/^\/(?:v1\.0|beta)(?=[/?]|$)/i, "");
  const q = queryStart(target);
  const rawPath = (q < 0 ? target : target.slice(0, q)).trim();
  const query = q < 0 ? undefined : target.slice(q + 1).trim();
  const written = rawPath === "" ? "/" : rawPath.startsWith("/") ? rawPath : `/${rawPath}`;
  const sampleKeys: string[] = [];
  const path = written.replace(SAMPLE_KEY, (_, before: string, key: string) => {
    sampleKeys.push(key);
    return `/${before}/{${singular(before)}-id}`;
  });
  const segments = splitSegments(path)
    .map(readSegment)
    .filter((s): s is PathSegment => s !== undefined);
  const out: RequestLine = { method, path, segments };
  if (query !== undefined && query !== "") out.query = query;
  if (sampleKeys.length > 0) out.sampleKeys = sampleKeys;
  return out;
}

/**
 * A GUID right after a plain segment (`/education/classes/acdefc6b-2dc6-…/assignments`): a sample key where the
 * page meant a placeholder. Read as `{class-id}`, so the walk addresses one item and a client takes the key as a
 * parameter instead of sending the sample.
 */
const SAMPLE_KEY = /\/([A-Za-z_]\w*)\/([0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12})(?=\/|$)/gi;

/** `classes` → `class`, `policies` → `policy`, `me` stays. */
function singular(word: string): string {
  return word
    .replace(/ies$/, "y")
    .replace(/(ss|x|ch|sh)es$/, "$1")
    .replace(/([^s])s$/, "$1");
}

/** Index of the `?` that starts the query: the first one outside `{}`, `()`, `<>` and quotes. */
function queryStart(s: string): number {
  let depth = 0;
  let quote = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "'") quote = !quote;
    else if (quote) continue;
    else if (c === "{" || c === "(" || c === "<") depth++;
    else if ((c === "}" || c === ")" || c === ">") && depth > 0) depth--;
    else if (c === "?" && depth === 0) return i;
  }
  return -1;
}

/**
 * Splits on `/` outside brackets and quotes. A colon segment (`root:/{item-path}:`) holds slashes between its
 * colons, so the tokenizer keeps everything from the first `:` to the closing `:` (or the end) in one segment.
 */
function splitSegments(path: string): string[] {
  const out: string[] = [];
  let cur = "";
  let depth = 0;
  let quote = false;
  let inColon = false;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === "'" && depth > 0) quote = !quote;
    if (!quote) {
      if (c === "{" || c === "(" || c === "<") depth++;
      else if ((c === "}" || c === ")" || c === ">") && depth > 0) depth--;
      else if (c === ":" && depth === 0) {
        // An opening colon needs a name before it and a `/` after it (`root:/…`); a closing one ends the segment.
        if (!inColon && cur !== "" && path[i + 1] === "/") inColon = true;
        else if (inColon) {
          out.push(cur + c);
          cur = "";
          inColon = false;
          continue;
        }
      } else if (c === "/" && depth > 0 && !/[)}>]/.test(path.slice(i))) {
        // An unclosed bracket (`range(address='<address>'/entireRow`, range-entirerow.md) must not swallow the rest.
        depth = 0;
        quote = false;
        out.push(cur);
        cur = "";
        continue;
      } else if (c === "/" && depth === 0 && !inColon) {
        out.push(cur);
        cur = "";
        continue;
      }
    }
    cur += c;
  }
  out.push(cur);
  return out;
}

const NAME = /^[A-Za-z_][\w.-]*$/;

function readSegment(raw: string): PathSegment | undefined {
  const text = raw.trim();
  // `//` in a path (41 lines) is a typo, not a segment.
  if (text === "") return undefined;
  let m: RegExpMatchArray | null;

  if ((m = text.match(/^([^:]+):(\/.*?):?$/s))) return { kind: "colon", name: m[1], path: m[2] };
  if (/^\$[A-Za-z]+$/.test(text)) return { kind: "dollar", value: text };

  // `{id}`, `{id | userPrincipalName}`, `{user-id} | user-principal-name`, `{a}|{b}`.
  if (/^\{[^{}]+\}(?:\s*\|\s*\{?[\w.-]+\}?)*$/.test(text)) {
    const names = text
      .split("|")
      .map((a) =>
        a
          .trim()
          .replace(/^\{|\}$/g, "")
          .trim(),
      )
      .filter((a) => a !== "");
    return names.length > 1 ? { kind: "param", name: names[0], alternatives: names } : { kind: "param", name: names[0] };
  }
  // `<resourceId>` and the typo `(team-id)` are placeholders written with the wrong brackets.
  if ((m = text.match(/^<([\w.-]+)>$/)) || (m = text.match(/^\(([\w.-]+)\)$/))) return { kind: "param", name: m[1] };

  // `name(...)`: a call, or a key in parentheses.
  if ((m = text.match(/^([A-Za-z_][\w.]*)\((.*)\)$/s))) return readParenthesized(m[1], m[2].trim());
  // The same with the closing parenthesis missing (a typo): read it as if it were there.
  if ((m = text.match(/^([A-Za-z_][\w.]*)\(([^()]*)$/))) return readParenthesized(m[1], m[2].trim());

  if (/^microsoft\.[\w.]+$/i.test(text)) return { kind: "qualified", name: text };
  if (NAME.test(text)) return { kind: "literal", value: text };
  // `roleTemplateId={roleTemplateId}` (directoryrole-get.md) is OData key-as-segment with an alternate key. The
  // PathSegment union has no form that keeps the `roleTemplateId=` text a client must send, and a plain param would
  // build a wrong URL, so it stays odd for the model to report. `...` and `contoso.com`-like host bits land here too
  // unless they are plain names (contoso.com is a valid NAME and reads as a literal). Sample key values where a
  // placeholder belongs (GUIDs in education pages, `gDbc8U7HGwADDZocJgAAAA==`) are odd too: as literals the model
  // would take them for navigation names.
  return { kind: "odd", text };
}

/**
 * `f()` → call without args; `f(a=1,b='x')` → call; `users('{id}')`, `worksheets({id|name})`, `range(<address>)` and
 * `users(id='{id}')` → keyed. An unnamed single value is OData key syntax; a single named argument is a key only
 * when it is named `id` (otherwise `filterByCurrentUser(on='reviewer')` would read as a key). The key drops its
 * quotes: `users('{id}')` has key `{id}`.
 */
function readParenthesized(name: string, inner: string): PathSegment {
  if (inner === "") return { kind: "call", name, args: [] };
  const items = splitArgs(inner);
  const args = items.map((item) => {
    const eq = item.indexOf("=");
    return eq > 0 && /^[\w-]+$/.test(item.slice(0, eq).trim())
      ? { name: item.slice(0, eq).trim(), value: item.slice(eq + 1).trim() }
      : { name: "", value: item.trim() };
  });
  if (args.length === 1 && (args[0].name === "" || args[0].name.toLowerCase() === "id")) {
    return { kind: "keyed", name, key: unquote(args[0].value) };
  }
  // Unnamed values among several are not OData; keep them with an empty name rather than guess.
  return { kind: "call", name, args };
}

/** Splits on commas outside quotes and brackets. */
function splitArgs(s: string): string[] {
  const out: string[] = [];
  let cur = "";
  let depth = 0;
  let quote = false;
  for (const c of s) {
    if (c === "'") quote = !quote;
    if (!quote) {
      if (c === "(" || c === "{" || c === "<") depth++;
      else if ((c === ")" || c === "}" || c === ">") && depth > 0) depth--;
      else if (c === "," && depth === 0) {
        out.push(cur);
        cur = "";
        continue;
      }
    }
    cur += c;
  }
  out.push(cur);
  return out.map((a) => a.trim()).filter((a) => a !== "");
}

function unquote(s: string): string {
  const m = s.match(/^'(.*)'$/s);
  return m === null ? s : m[1];
}
