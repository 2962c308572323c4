/**
 * One client endpoint per name (naming.ts): every documented request line, from every page, goes to the endpoint
 * its name gives, so a method and path documented on several pages is one callable, and the paths of one page
 * that read differently (`/me/…` and `/users/{id}/…`) are different callables.
 *
 * An endpoint's kind, body, response, parameters and description come from one page, the one that documents it
 * most fully: a page that writes the line without a fixed query string (`/me/calendar`, not
 * `/me/calendar?$expand=…`), then the most examples of this line, then the most request lines, then the first page
 * path. Another page that says
 * otherwise (response status or type, body) gets an `endpoint-pages-disagree` finding naming both pages. The
 * documented paths of all its pages are its variants (the `path` discriminant), and each example goes to the
 * endpoint whose path its URL matches (else to its page's first endpoint), so `docs2ts examples` replays it there.
 */
import { diagnostic, type Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Endpoint, EndpointPath } from "../types.js";
import { requestLineName } from "./naming.js";

interface Member {
  endpoint: Endpoint;
  path: EndpointPath;
}

export function mergeEndpoints(endpoints: readonly Endpoint[], diagnostics: Diagnostic[]): Endpoint[] {
  const groups = new Map<string, { name: string; members: Member[] }>();
  for (const e of endpoints) {
    for (const path of e.paths) {
      const name = requestLineName(e.method, path);
      const key = name.toLowerCase();
      const group = groups.get(key) ?? { name, members: [] };
      group.members.push({ endpoint: e, path });
      groups.set(key, group);
    }
  }
  // Examples follow their URL: the group whose path (of the example's own endpoint) matches it.
  const groupOfExample = new Map<Endpoint["examples"][number], string>();
  for (const e of endpoints) {
    const keys = e.paths.map((p) => requestLineName(e.method, p).toLowerCase());
    for (const x of e.examples) {
      const url = x.request?.url;
      const i = url === undefined ? -1 : e.paths.findIndex((p) => urlMatches(p, url));
      groupOfExample.set(x, keys[Math.max(i, 0)]);
    }
  }

  const out: Endpoint[] = [];
  for (const [key, { name, members }] of groups) {
    const sources = [...new Set(members.map((m) => m.endpoint))];
    const plain = (e: Endpoint) => (members.some((m) => m.endpoint === e && !m.path.query) ? 0 : 1);
    const shown = (e: Endpoint) => e.examples.filter((x) => x.request !== undefined && groupOfExample.get(x) === key).length;
    const primary = [...sources].sort((a, b) => plain(a) - plain(b) || shown(b) - shown(a) || byCompleteness(a, b))[0];
    for (const other of sources) {
      if (other === primary) continue;
      const difference = disagreement(primary, other);
      if (difference !== undefined) {
        diagnostics.push(
          diagnostic(
            "endpoint-pages-disagree",
            other.source,
            `${primary.method.toUpperCase()} ${members.find((m) => m.endpoint === other)!.path.template} is also documented by ${primary.source.file}:${primary.source.line}, which says otherwise (${difference}); the client follows ${primary.source.file}.`,
            "Make the pages agree, or drop the request line from the page that should not document it.",
          ),
        );
      }
    }
    const seen = new Set<string>();
    const paths: EndpointPath[] = [];
    // The primary page's spelling first, then the others' in page order.
    for (const m of [...members.filter((m) => m.endpoint === primary), ...members.filter((m) => m.endpoint !== primary)]) {
      const k = normalisedTemplate(m.path);
      if (seen.has(k)) continue;
      seen.add(k);
      paths.push(m.path);
    }
    const examples = sources.flatMap((s) => s.examples.filter((x) => groupOfExample.get(x) === key));
    const others = sources.filter((s) => s !== primary).map((s) => s.source);
    out.push({ ...primary, name, paths, examples, ...(others.length > 0 ? { alsoDocumentedBy: others } : {}) });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Method-independent key of a path: placeholders as `{}`, names in lower case (Graph paths ignore case). */
export function normalisedTemplate(p: EndpointPath): string {
  const text = p.query ? `${p.template}?${p.query}` : p.template;
  return text.replace(/\{[^{}]*\}/g, "{}").toLowerCase();
}

function byCompleteness(a: Endpoint, b: Endpoint): number {
  return (
    b.paths.length - a.paths.length ||
    (a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : a.source.line - b.source.line)
  );
}

function typeText(t: Endpoint["response"]["type"]): string {
  return t === undefined ? "none" : `${t.type}${t.collection ? "[]" : ""}`;
}

/** What two pages of one endpoint document differently, in words, or undefined. */
function disagreement(a: Endpoint, b: Endpoint): string | undefined {
  const parts: string[] = [];
  if (a.response.status !== b.response.status) parts.push(`status ${a.response.status} vs ${b.response.status}`);
  if (typeText(a.response.type).toLowerCase() !== typeText(b.response.type).toLowerCase() || !!a.response.binary !== !!b.response.binary) {
    parts.push(
      `response ${a.response.binary ? "bytes" : typeText(a.response.type)} vs ${b.response.binary ? "bytes" : typeText(b.response.type)}`,
    );
  }
  const body = (e: Endpoint) => (e.body === undefined ? "none" : e.body.kind === "type" ? typeText(e.body.type) : e.body.kind);
  if (body(a).toLowerCase() !== body(b).toLowerCase()) parts.push(`body ${body(a)} vs ${body(b)}`);
  return parts.length > 0 ? parts.join(", ") : undefined;
}

/** The example URL's path (host, version and query dropped) has the template's shape, placeholders matching anything. */
function urlMatches(p: EndpointPath, url: string): boolean {
  let path = url.trim().replace(/^[a-z]+:\/\/[^/]+/i, "");
  path = path.split("?")[0].replace(/^\/(v1\.0|beta)(?=\/|$)/i, "");
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Keep the text as written.
  }
  // Placeholders match any text, argument lists any arguments (the docs write sample values there too).
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  let pattern = "";
  let at = 0;
  const template = p.template.replace(/\/+$/, "");
  for (const m of template.matchAll(/\{[^{}]*\}|\([^()]*\)/g)) {
    // A placeholder is one segment, except an item path after `:/` (`root:/{item-path}:`), which may hold `/`.
    const placeholder = template.slice(0, m.index).endsWith(":/") ? ".+?" : "[^/]+";
    pattern += escape(template.slice(at, m.index)) + (m[0].startsWith("{") ? placeholder : "(?:\\(.*?\\))?");
    at = m.index + m[0].length;
  }
  pattern += escape(template.slice(at));
  return new RegExp(`^${pattern}/?$`, "i").test(decoded);
}
