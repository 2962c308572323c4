/**
 * Documented request URLs and the URLs the generated client sends, brought to one comparable form.
 *
 * Docs write `https://graph.microsoft.com/v1.0/me/events?$select=subject`, relative `/me/events`, or `/beta/...`;
 * the client sends `/me/events?%24select=subject` to its base URL. Equal means: same path after dropping host and
 * version and decoding percent-escapes (function arguments compared by name, whatever their order or spacing), and
 * the same query parameters in any order (system option names without case or the optional `$`, list options
 * compared item by item).
 */

export interface SplitUrl {
  /** Path after host and version, still percent-encoded as written; starts with "/". */
  path: string;
  /** Query pairs as written (not decoded), in order. */
  query: [string, string][];
}

/** The OData system query options a generated function may take (without `$`). */
export const SYSTEM_QUERY_OPTIONS = new Set([
  "select",
  "expand",
  "filter",
  "orderby",
  "top",
  "skip",
  "count",
  "search",
  "skiptoken",
  "deltatoken",
  "format",
  "levels",
  "apply",
  "id",
]);

/** Options whose value is a comma list (compared item by item, spaces after commas ignored). */
const LIST_OPTIONS = new Set(["$select", "$expand", "$orderby"]);

/** Splits a documented or received URL; `host` is the host written (undefined for a relative URL). */
export function splitRequestUrl(url: string): (SplitUrl & { host?: string }) | undefined {
  let rest = url.trim().replace(/#.*$/, "");
  if (rest === "") return undefined;
  let host: string | undefined;
  const absolute = /^(?:[a-z][a-z\d+.-]*:)?\/\/([^/?]+)(.*)$/i.exec(rest) ?? /^(graph\.microsoft\.[a-z.]+)(.*)$/i.exec(rest);
  if (absolute !== null) {
    host = absolute[1].toLowerCase();
    rest = absolute[2];
  }
  if (!rest.startsWith("/")) rest = `/${rest}`;
  // The version segment belongs to the base URL, not to the operation.
  rest = rest.replace(/^\/(?:v1\.0|beta)(?=\/|\?|$)/i, "");
  const q = rest.indexOf("?");
  const path = q < 0 ? rest : rest.slice(0, q);
  const queryText = q < 0 ? "" : rest.slice(q + 1);
  const query: [string, string][] = [];
  for (const part of queryText.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    query.push(eq < 0 ? [part, ""] : [part.slice(0, eq), part.slice(eq + 1)]);
  }
  return { path: path === "" ? "/" : path, query, ...(host !== undefined ? { host } : {}) };
}

/** decodeURIComponent that leaves text with broken escapes as it is (docs write raw `%` in prose-like values). */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Decodes every escape except `%2F` (which would add a path separator), for matching paths segment by segment. */
export function decodeExceptSlash(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) =>
    run
      .split(/(%2[Ff])/)
      .map((p) => (/^%2F$/i.test(p) ? p : safeDecode(p)))
      .join(""),
  );
}

/** Splits on `separator` outside quotes and parentheses: `a,b(c,d),'e,f'` → `a`, `b(c,d)`, `'e,f'`. */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === "(") depth++;
    else if (!quoted && c === ")") depth = Math.max(0, depth - 1);
    else if (!quoted && depth === 0 && c === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** `name(b=2, a='x')` argument lists → `name(a='x',b=2)`; the rest of the decoded path unchanged. */
export function canonicalPath(path: string): string {
  const decoded = safeDecode(path).replace(/\/+$/, "");
  return (decoded === "" ? "/" : decoded).replace(/\(([^()]*)\)/g, (_whole, args: string) => {
    const parts = splitTopLevel(args, ",").map((a) => a.trim());
    if (!parts.every((p) => /^[^=']+=/.test(p))) return `(${parts.join(",")})`;
    const named = parts.map((p) => {
      const eq = p.indexOf("=");
      // `ns.enumType'member'` and `'member'` are the same enum literal (OData 4.01 accepts the unprefixed form).
      return `${p.slice(0, eq).trim()}=${p
        .slice(eq + 1)
        .trim()
        .replace(/^[A-Za-z_][\w.]*'(.*)'$/s, "'$1'")}`;
    });
    return `(${named.sort().join(",")})`;
  });
}

/** The option name as compared: system options lower-cased with their `$`, others as written. */
export function canonicalOptionName(name: string): string {
  const decoded = safeDecode(name);
  const bare = decoded.replace(/^\$/, "").toLowerCase();
  return SYSTEM_QUERY_OPTIONS.has(bare) ? `$${bare}` : decoded;
}

function canonicalOptionValue(name: string, value: string): string {
  const decoded = safeDecode(value).trim();
  if (LIST_OPTIONS.has(name))
    return splitTopLevel(decoded, ",")
      .map((v) => v.trim())
      .join(",");
  if (name === "$count") return decoded.toLowerCase();
  return decoded;
}

/** Query pairs → sorted `name=value` lines, decoded and normalized. */
export function canonicalQuery(pairs: readonly [string, string][]): string[] {
  return pairs
    .map(([n, v]) => {
      const name = canonicalOptionName(n);
      return `${name}=${canonicalOptionValue(name, v)}`;
    })
    .sort();
}
