/**
 * An API page → the HTTP requests it documents: request lines, function parameters, request body, response,
 * headers, permissions, supported query options and the example request/response pairs.
 */
import type { Code, Link, Paragraph, RootContent, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { ApiFacts, ExampleFacts, HttpRequestLine, MemberFacts, TypeExpr } from "./facts.js";
import { readExampleMessage } from "./http-example-block.js";
import { readRequestLine } from "./http-request-line.js";
import { truthy } from "./annotation-json.js";
import { annotatedBlocks, blockType } from "./json-representation.js";
import { isMembersTable, readMembersTable } from "./properties-table.js";
import { introText, type PageContext } from "./resource-page.js";
import { findSection, findSections, posOf, sectionWithSubsections, type Section } from "./sections.js";
import { column, NAME_ALIASES, readTable, type ReadTable, TYPE_ALIASES } from "./table.js";
import { readTypeText } from "./type-cell.js";

export function readApi(ctx: PageContext, diagnostics: Diagnostic[]): ApiFacts {
  const api: ApiFacts = {
    title: ctx.title,
    requests: readRequests(ctx, diagnostics),
    functionParameters: [],
    requestBody: readRequestBody(ctx, diagnostics),
    response: { text: "" },
    requestHeaders: readHeaders(ctx),
    permissions: readPermissions(ctx, diagnostics),
    queryOptions: readQueryOptions(ctx),
    examples: readExamples(ctx),
  };
  api.functionParameters = readFunctionParameters(ctx, api.requests, diagnostics);
  api.response = readResponse(ctx, api.examples);
  const titleOp = titleOperation(ctx.title, api.requests);
  if (titleOp) api.titleOperation = titleOp;
  const intro = introText(ctx);
  if (intro) api.description = intro;
  return api;
}

/**
 * The operation an H1 names: `entity: operationName`, or `Verb type` whose verb is the last segment of a request
 * line (`# Start synchronizationJob` over `POST …/jobs/{jobId}/start`; not `# Get user`, whose path ends elsewhere).
 */
function titleOperation(title: string, requests: readonly HttpRequestLine[]): string | undefined {
  const colon = /^\s*[\w.]+\s*:\s*([A-Za-z_]\w*)\s*$/.exec(title)?.[1];
  if (colon) return colon;
  const verb = /^\s*([A-Z][a-z]+)\s+[A-Za-z_][\w.]*\s*$/.exec(title)?.[1].toLowerCase();
  const last = (r: HttpRequestLine) => r.segments.at(-1);
  const named = verb ? requests.map(last).find((s) => s?.kind === "literal" && s.value.toLowerCase() === verb) : undefined;
  return named?.kind === "literal" ? named.value : undefined;
}

function readRequests(ctx: PageContext, diagnostics: Diagnostic[]): HttpRequestLine[] {
  const sections = requestSections(ctx.sections);
  const out: HttpRequestLine[] = [];
  for (const s of sections)
    for (const n of sectionWithSubsections(ctx.sections, s)) if (n.type === "code") out.push(...requestLinesOf(n, ctx.file, diagnostics));
  if (sections.length === 0) out.push(...requestLinesBeforeExamples(ctx, diagnostics));
  if (out.length === 0) {
    const at = sections[0]?.pos ?? ctx.titlePos;
    diagnostics.push(
      diagnostic(
        "no-http-request",
        { file: ctx.file, line: at.line, column: at.column },
        sections.length > 0
          ? "The HTTP request section has no request line (`METHOD /path`) in a code block; no client function is made."
          : "The page has no HTTP request section and no request line (`METHOD /path`) in a code block before its examples; no client function is made.",
        "Put the request lines in a ```http block under ## HTTP request.",
      ),
    );
  }
  return out;
}

/** `HTTP request`, and the variants that qualify it: `HTTP request (to upload a new file)` (driveitem-put-content.md). */
function requestSections(sections: readonly Section[]): Section[] {
  return sections.filter((s) => s.depth > 0 && HTTP_REQUEST_TITLE.test(s.title));
}

const HTTP_REQUEST_TITLE = /^HTTP requests?\b/i;

function requestLinesOf(n: Code, file: string, diagnostics: Diagnostic[]): HttpRequestLine[] {
  const base = posOf(n);
  const out: HttpRequestLine[] = [];
  n.value.split("\n").forEach((line, i) => {
    const r = readRequestLine(line);
    if (!r) return;
    const { sampleKeys, ...request } = r;
    const pos = { line: base.line + 1 + i, column: 1 };
    if (sampleKeys) {
      diagnostics.push(
        diagnostic(
          "sample-key-in-path",
          { file, ...pos },
          `The request line writes sample key${sampleKeys.length > 1 ? "s" : ""} ${sampleKeys.map((k) => `"${k}"`).join(", ")} where a placeholder belongs; docs2ts reads ${request.path}.`,
          "Write a placeholder such as {class-id} in the HTTP request section; keep sample values for the examples.",
        ),
      );
    }
    out.push({ ...request, pos });
  });
  return out;
}

/**
 * Pages without an HTTP request heading put the request lines under headings of their own ("Get the tenant's
 * root site", site-get.md) or under the permissions (chat-post-members.md): the request lines of code blocks before
 * the first example, except blocks annotated as example requests or responses.
 */
function requestLinesBeforeExamples(ctx: PageContext, diagnostics: Diagnostic[]): HttpRequestLine[] {
  const out: HttpRequestLine[] = [];
  for (const s of ctx.sections) {
    if (EXAMPLE_HEADING.test(s.title)) break;
    const examples = new Set(
      annotatedBlocks(s.nodes)
        .filter((b) => blockType(b) === "request" || blockType(b) === "response")
        .map((b) => b.code),
    );
    for (const n of s.nodes) if (n.type === "code" && !examples.has(n)) out.push(...requestLinesOf(n, ctx.file, diagnostics));
  }
  return out;
}

const EXAMPLE_HEADING = /^(?:examples?\b|request$)/i;

/**
 * The `Function parameters` table; failing that, the rows of a `Path parameters` table that name no placeholder of
 * the request lines: `range-cell.md` writes `GET …/range/cell` and lists `row` and `column` as "path parameters",
 * which only a function call (`cell(row=…,column=…)`) can carry.
 */
function readFunctionParameters(ctx: PageContext, requests: readonly HttpRequestLine[], diagnostics: Diagnostic[]): MemberFacts[] {
  const declared = membersOf(ctx, findSection(ctx.sections, /^function parameters$/i), diagnostics);
  if (declared.length > 0) return declared;
  const pathSection = findSection(ctx.sections, /^path parameters$/i);
  if (!pathSection || requests.length === 0) return [];
  const placeholders = new Set(
    requests.flatMap((r) => [...r.path.matchAll(/[{<]([^}>]+)[}>]/g)].flatMap((m) => m[1].split("|").map(normalizedName))),
  );
  return membersOf(ctx, pathSection, []).filter((m) => !placeholders.has(normalizedName(m.name)));
}

function normalizedName(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, "");
}

function membersOf(ctx: PageContext, s: Section | undefined, diagnostics: Diagnostic[]): MemberFacts[] {
  if (!s) return [];
  const out: MemberFacts[] = [];
  for (const n of sectionWithSubsections(ctx.sections, s)) {
    if (n.type !== "table") continue;
    const t = valueColumnAsType(readTable(n));
    if (!isMembersTable(t)) continue;
    const r = readMembersTable(t, ctx.file, ctx.definitions);
    out.push(...r.members);
    diagnostics.push(...r.diagnostics);
  }
  return out;
}

/**
 * Parameter tables headed `Name | Value | Description` (driveitem-checkin.md, site-follow.md) put the type in the
 * `Value` column. It is read as the type column when the table has none and every value cell reads as a type.
 */
function valueColumnAsType(t: ReadTable): ReadTable {
  if (column(t.header, TYPE_ALIASES) >= 0) return t;
  const valueCol = column(t.header, ["value"]);
  if (valueCol < 0 || column(t.header, NAME_ALIASES) < 0 || t.rows.length === 0) return t;
  const typed = t.rows.every(
    (row) => readTypeText(toString({ type: "paragraph", children: row.cells[valueCol] ?? [] }).trim()).kind !== "unknown",
  );
  return typed ? { ...t, header: t.header.map((h, i) => (i === valueCol ? "Type" : h)) } : t;
}

function readRequestBody(ctx: PageContext, diagnostics: Diagnostic[]): ApiFacts["requestBody"] {
  const s = findSection(ctx.sections, /^request body$/i);
  if (!s) return { kind: "unknown", parameters: [] };
  const nodes = sectionWithSubsections(ctx.sections, s);
  const text = nodes
    .filter((n) => n.type === "paragraph")
    .map((n) => toString(n))
    .join(" ");
  const parameters = membersOf(ctx, s, diagnostics);
  const pos = s.pos;
  if (parameters.length > 0) return { kind: "table", parameters, pos, ...resourceOf(nodes, text) };
  if (/do not supply|don't supply|no request body|not supply a request body/i.test(text)) return { kind: "none", parameters, pos };
  const res = resourceOf(nodes, text);
  if (res.resource) return { kind: "resource", parameters, pos, resource: res.resource };
  const linked = linkedResource(s.nodes);
  if (linked) return { kind: "resource", parameters, pos, resource: linked };
  if (/binary|stream|byte/i.test(text)) return { kind: "binary", parameters, pos };
  return { kind: "unknown", parameters, pos };
}

/** "a JSON representation of the [x](…) object" → x. */
function resourceOf(nodes: readonly RootContent[], text: string): { resource?: TypeExpr } {
  if (!/json representation|json object/i.test(text)) return {};
  const link = firstLink(nodes);
  return link ? { resource: linkType(link) } : {};
}

/**
 * Prose that links one resource page as the body: "Provide the new [openShift](…) object in the request body",
 * "supply the values of the relevant [printJob](…) fields", "For the list of properties, see
 * [conditionalAccessPolicy](…)", "A [teamsTab](…).". Not a reference to one ("the identifier of the [x] object (using
 * an `@odata.id` property)", "the catalog app's generated app ID") nor an array of them (the body is then no object
 * of that type).
 */
function linkedResource(nodes: readonly RootContent[]): TypeExpr | undefined {
  const paragraphs = nodes.filter((n) => n.type === "paragraph");
  const text = paragraphs.map((n) => toString(n)).join(" ");
  if (/\bids?\b|identifier|odata\.id|\barray\b|\bcollection\b|\blist of\b(?! (?:the )?properties)/i.test(text)) return undefined;
  const links = new Map<string, Link>();
  for (const n of paragraphs) for (const l of linksIn(n, isResourcePageLink)) links.set(l.url.replace(/#.*$/, "").toLowerCase(), l);
  return links.size === 1 ? linkType([...links.values()][0]) : undefined;
}

/** A link to a page of the resources folder (`../resources/x.md`, `x.md#properties` there). */
function isResourcePageLink(l: Link): boolean {
  return /(?:^|\/)resources\/[^/]+\.md(?:#|$)/i.test(l.url);
}

/**
 * The H2 Response section: status and type from its prose. When the prose names no type (reports, `true`/`false`
 * results, "a JSON collection of **x**"), the example responses say it: their annotation's `@odata.type` /
 * `isCollection`, else a `{"value": …}` body holding a primitive.
 */
function readResponse(ctx: PageContext, examples: readonly ExampleFacts[]): ApiFacts["response"] {
  const r = readResponseProse(ctx);
  if (!r.type && !NO_BODY.test(r.text)) {
    const t = exampleResponseType(examples);
    if (t) {
      r.type = t;
      r.typeFrom = "example";
    }
  } else if (r.type) r.typeFrom = "prose";
  return r;
}

function readResponseProse(ctx: PageContext): ApiFacts["response"] {
  const s = responseSection(ctx.sections);
  if (!s) return { text: "" };
  const paragraphs = s.nodes.filter((n): n is Paragraph => n.type === "paragraph");
  const text = paragraphs
    .map((p) => toString(p))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  const r: ApiFacts["response"] = { text, pos: s.pos };
  const status = /\b([1-5]\d\d)\b/.exec(text);
  if (status) r.status = Number(status[1]);
  const first = paragraphs[0];
  const link = first ? firstLink([first]) : undefined;
  if (link) {
    const t = linkType(link);
    const [before = "", ...rest] = toString(first).split(toString(link));
    const after = rest.join(toString(link));
    // "a collection of [x] objects", "a list of [x]", and the Intune/OneNote form "a [x] collection in the body".
    if (/\b(?:collection|list|array)\s+of\s*(?:the\s+)?$/i.test(before) || /\bcollection\b/i.test(before.slice(-40))) t.collection = true;
    if (/^\s*(?:objects?\s+|resources?\s+|entities\s+)?collection\b/i.test(after)) t.collection = true;
    r.type = t;
  } else {
    // "returns a String collection", "an Int32" and the like.
    const m =
      /\b(?:returns?|and)\s+(?:an?\s+)?(?:`)?(String|Int32|Int64|Boolean|Double|DateTimeOffset|Binary|Stream)(?:`)?(\s+collection)?\b/.exec(
        text,
      );
    if (m) {
      const t = readTypeText(m[1] + (m[2] ?? ""));
      if (t.kind !== "unknown") r.type = t;
    }
  }
  const cue = /this (action|function) returns/i.exec(text);
  if (cue) r.cue = cue[1].toLowerCase() as "action" | "function";
  return r;
}

/**
 * The H2 `Response` describes the response; `Response` headings inside the examples describe one example. Pages
 * that write every section as H3 (`### HTTP Request`, `### Response`, `### Example`) have no H2 one: then the first
 * `Response` heading before the first example heading is the description.
 */
function responseSection(sections: readonly Section[]): Section | undefined {
  const isResponse = (x: Section): boolean => /^responses?$/i.test(x.title);
  const h2 = sections.find((x) => x.depth <= 2 && isResponse(x));
  if (h2) return h2;
  const firstExample = sections.find((x) => EXAMPLE_HEADING.test(x.title))?.index ?? Infinity;
  return sections.find((x) => isResponse(x) && x.index < firstExample);
}

/** "It does not return anything in the response body." and the like: examples' types must not override it. */
const NO_BODY = /\b(?:does not|doesn't|will not|won't) return anything\b|\bno (?:response )?body\b|\bempty (?:response )?body\b/i;

/**
 * The type the example responses declare: the first annotation `@odata.type` naming a structured type, else the
 * first naming any type (`stream`), then a `{"value": …}` body. A `"value": [` body makes it a collection even
 * without `isCollection` (the docs leave it out on 401 such responses).
 */
function exampleResponseType(examples: readonly ExampleFacts[]): TypeExpr | undefined {
  const declared: { t: TypeExpr; body: unknown }[] = [];
  for (const x of examples) {
    const a = x.response?.annotation;
    const text = a?.["@odata.type"] ?? a?.["@type"];
    if (typeof text !== "string" || text.trim() === "" || /^(?:microsoft\.graph\.)?none$/i.test(text.trim())) continue;
    const t = readTypeText(text.trim().replace(/^#/, ""));
    if (t.kind === "unknown") continue;
    if (truthy(a?.isCollection) || hasValueArray(x.response?.bodyJson)) t.collection = true;
    declared.push({ t, body: x.response?.bodyJson });
  }
  const pick = declared.find((d) => d.t.kind === "named") ?? declared[0];
  if (pick) return pick.t;
  for (const x of examples) {
    const t = valueBodyType(x.response?.bodyJson);
    if (t) return t;
  }
  return undefined;
}

function hasValueArray(body: unknown): boolean {
  return body !== null && typeof body === "object" && !Array.isArray(body) && Array.isArray((body as Record<string, unknown>).value);
}

/** `{"value": true}` → Boolean; `{"value": ["a"]}` → String collection; anything else says nothing. */
function valueBodyType(body: unknown): TypeExpr | undefined {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return undefined;
  const keys = Object.keys(body).filter((k) => !k.startsWith("@"));
  if (keys.length !== 1 || keys[0] !== "value") return undefined;
  const v = (body as Record<string, unknown>).value;
  const collection = Array.isArray(v);
  const sample = collection ? (v as unknown[])[0] : v;
  const name =
    typeof sample === "boolean"
      ? "Edm.Boolean"
      : typeof sample === "string"
        ? "Edm.String"
        : typeof sample === "number"
          ? Number.isInteger(sample)
            ? "Edm.Int32"
            : "Edm.Double"
          : undefined;
  return name ? { kind: "primitive", name, collection } : undefined;
}

/** The first link that can name a type: to a page or an anchor, not to the errors or concepts pages. */
function firstLink(nodes: readonly RootContent[]): Link | undefined {
  const typeLink = (l: Link): boolean => /\.md|^#|\/resources?\//i.test(l.url) && !/error|concepts/i.test(l.url);
  for (const n of nodes) {
    const found = linksIn(n, typeLink)[0];
    if (found) return found;
  }
  return undefined;
}

/** The links under a node that pass `test`, in document order. */
function linksIn(n: RootContent | Link, test: (l: Link) => boolean): Link[] {
  if (n.type === "link") return test(n) ? [n] : [];
  return "children" in n ? (n.children as RootContent[]).flatMap((c) => linksIn(c, test)) : [];
}

function linkType(link: Link): TypeExpr {
  const t = readTypeText(toString(link).trim());
  if (t.kind === "named") t.href = link.url;
  return t;
}

function readHeaders(ctx: PageContext): ApiFacts["requestHeaders"] {
  const out: ApiFacts["requestHeaders"] = [];
  for (const s of findSections(ctx.sections, /^(optional )?request headers?$/i)) {
    for (const n of s.nodes) {
      if (n.type !== "table") continue;
      const t = readTable(n);
      const nameCol = Math.max(column(t.header, ["header", "name", "header name", "request header"]), 0);
      const descCol = column(t.header, ["description", "value"]);
      for (const row of t.rows) {
        const name = toString({ type: "paragraph", children: row.cells[nameCol] ?? [] })
          .replace(/[:`*]/g, "")
          .trim();
        if (!name) continue;
        const description = descCol >= 0 ? toString({ type: "paragraph", children: row.cells[descCol] ?? [] }).trim() : "";
        out.push({ name, description, pos: row.pos });
      }
    }
  }
  return out;
}

function readPermissions(ctx: PageContext, diagnostics: Diagnostic[]): ApiFacts["permissions"] {
  const out: ApiFacts["permissions"] = [];
  for (const s of findSections(ctx.sections, /^(permissions|prerequisites)\b/i)) {
    for (const n of sectionWithSubsections(ctx.sections, s)) {
      if (n.type !== "table") continue;
      for (const row of readTable(n as Table).rows) {
        const type = toString({ type: "paragraph", children: row.cells[0] ?? [] }).trim();
        const cell = toString({ type: "paragraph", children: row.cells[1] ?? [] }).trim();
        if (/TODO/i.test(cell)) {
          const p = row.cellPos[1] ?? row.pos;
          diagnostics.push(
            diagnostic(
              "todo-placeholder",
              { file: ctx.file, line: p.line, column: p.column },
              `The permissions for "${type}" are a placeholder, not documentation.`,
              "List the permission scopes, or write `Not supported.`",
            ),
          );
          out.push({ type, scopes: [], pos: row.pos });
          continue;
        }
        const scopes = /not (supported|applicable)/i.test(cell)
          ? []
          : cell
              .split(/[,;]|\s+and\s+/)
              .map((x) => x.trim())
              .filter((x) => /^[A-Za-z][\w.-]*$/.test(x));
        out.push({ type, scopes, pos: row.pos });
      }
    }
  }
  return out;
}

const QUERY_OPTIONS = [
  "$select",
  "$expand",
  "$filter",
  "$orderby",
  "$top",
  "$skip",
  "$count",
  "$search",
  "$skiptoken",
  "$deltatoken",
  "$format",
];

function readQueryOptions(ctx: PageContext): string[] {
  const s = findSection(ctx.sections, /query parameters$/i);
  if (!s) return [];
  const text = sectionWithSubsections(ctx.sections, s)
    .map((n) => toString(n))
    .join(" ");
  if (/does not support|doesn't support/i.test(text) && !/\$\w+/.test(text.replace(/does not support[^.]*\./gi, ""))) return [];
  const lower = text.toLowerCase();
  return QUERY_OPTIONS.filter((o) => lower.includes(o));
}

/**
 * Request/response pairs: annotated blocks pair by position (a response closes the pending request). Pages with no
 * annotations (Intune) use the nearest heading: a block under "Request" or "Response".
 */
function readExamples(ctx: PageContext): ExampleFacts[] {
  const out: ExampleFacts[] = [];
  let pending: ExampleFacts | undefined;
  const httpSections = requestSections(ctx.sections);
  const inHttpSection = (s: Section): boolean =>
    httpSections.some((h) => s === h || (s.index > h.index && s.depth > h.depth && s.index < nextSameDepth(ctx.sections, h)));
  let title: string | undefined;
  for (const s of ctx.sections) {
    if (inHttpSection(s)) continue;
    if (/^example/i.test(s.title)) title = s.title;
    const heading = s.title.toLowerCase();
    for (const b of annotatedBlocks(s.nodes)) {
      const kind = blockType(b);
      const lang = (b.code.lang ?? "").toLowerCase();
      let role: "request" | "response" | undefined;
      if (kind === "request" || kind === "response") role = kind;
      else if (kind === undefined && /^(http|json)?$/.test(lang)) {
        if (/^request\b/.test(heading) && /^(GET|POST|PATCH|PUT|DELETE)\s/i.test(b.code.value.trim())) role = "request";
        else if (/^response\b/.test(heading) && /^HTTP/i.test(b.code.value.trim())) role = "response";
      }
      if (!role) continue;
      const msg = readExampleMessage(b.code.value, b.pos, b.annotation, role);
      if (role === "request") {
        if (pending) out.push(pending);
        pending = { request: msg };
        if (title) pending.title = title;
      } else {
        const pair: ExampleFacts = pending ?? {};
        if (!pending && title) pair.title = title;
        pair.response = msg;
        out.push(pair);
        pending = undefined;
      }
    }
  }
  if (pending) out.push(pending);
  return out;
}

function nextSameDepth(sections: readonly Section[], s: Section): number {
  for (let i = s.index + 1; i < sections.length; i++) if (sections[i].depth <= s.depth) return i;
  return sections.length;
}
