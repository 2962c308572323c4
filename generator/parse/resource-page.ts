/**
 * A resource (type) page → the types it defines: name and namespace, base type, key, open/abstract flags,
 * Properties and Relationships rows, JSON representation keys, in-page enum tables.
 */
import type { Root, RootContent, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { truthy } from "./annotation-json.js";
import type { EnumFacts, MemberFacts, Pos, ResourceFacts } from "./facts.js";
import { annotatedBlocks, blockType, jsonKeys } from "./json-representation.js";
import { isMembersTable, readMembersTable } from "./properties-table.js";
import { findSection, type Section, posOf } from "./sections.js";
import { readTable } from "./table.js";

export interface PageContext {
  file: string;
  root: Root;
  sections: Section[];
  /** H1 text. */
  title: string;
  titlePos: Pos;
  namespace: string;
  definitions: ReadonlyMap<string, string>;
}

const PROPERTIES = /^(properties|instance attributes)$/i;
const RELATIONSHIPS = /^relationships$/i;

export function readResources(ctx: PageContext, diagnostics: Diagnostic[]): ResourceFacts[] {
  const blocks = annotatedBlocks(ctx.root.children).filter((b) => blockType(b) === "resource");
  const properties = membersUnder(ctx, PROPERTIES, diagnostics);
  const relationships = membersUnder(ctx, RELATIONSHIPS, diagnostics);
  const methods = methodRows(ctx);
  const intro = introText(ctx);
  const prose = inheritsFromProse(intro);

  const fromBlocks = blocks.map((b, i): ResourceFacts => {
    const a = b.annotation ?? {};
    const odataType = stringField(a, "@odata.type") ?? stringField(a, "@type");
    const { name, namespace } = odataType ? splitQualified(odataType, ctx.namespace) : nameFromTitle(ctx);
    const r: ResourceFacts = {
      name,
      namespace,
      pos: b.pos,
      properties: i === 0 ? properties : [],
      relationships: i === 0 ? relationships : [],
      jsonKeys: jsonKeys(b),
      methods: i === 0 ? methods : [],
    };
    if (i === 0 && intro) r.description = firstSentences(intro);
    if ("baseType" in a) {
      const bt = a.baseType;
      r.baseType =
        typeof bt === "string" && bt.trim()
          ? { ...typeNameParts(bt.trim()), pos: b.pos, from: "annotation" }
          : null;
    } else if (i === 0 && prose) {
      r.baseType = { ...typeNameParts(prose), pos: ctx.titlePos, from: "prose" };
    }
    if (typeof a.keyProperty === "string") r.keyProperty = a.keyProperty;
    if ("openType" in a) r.openType = truthy(a.openType);
    if ("abstract" in a || "isAbstract" in a) r.abstract = truthy(a.abstract ?? a.isAbstract);
    if ("isMediaEntity" in a) r.hasStream = truthy(a.isMediaEntity);
    if (Array.isArray(a.optionalProperties)) r.optionalProperties = a.optionalProperties.filter(isString);
    return r;
  });
  if (fromBlocks.length > 0) return fromBlocks;
  if (properties.length === 0 && relationships.length === 0) return [];
  // A resource page without a resource block (dynamics-*.md): the H1 names the type.
  const { name, namespace } = nameFromTitle(ctx);
  const r: ResourceFacts = { name, namespace, pos: ctx.titlePos, properties, relationships, jsonKeys: [], methods };
  if (intro) r.description = firstSentences(intro);
  if (prose) r.baseType = { ...typeNameParts(prose), pos: ctx.titlePos, from: "prose" };
  return [r];
}

/** Rows of the members tables whose nearest heading matches `title`. */
function membersUnder(ctx: PageContext, title: RegExp, diagnostics: Diagnostic[]): MemberFacts[] {
  const out: MemberFacts[] = [];
  for (const s of ctx.sections) {
    if (!title.test(s.title)) continue;
    for (const n of s.nodes) {
      if (n.type !== "table") continue;
      const t = readTable(n);
      if (!isMembersTable(t)) continue;
      const r = readMembersTable(t, ctx.file, ctx.definitions);
      out.push(...r.members);
      diagnostics.push(...r.diagnostics);
    }
  }
  return out;
}

function methodRows(ctx: PageContext): ResourceFacts["methods"] {
  const s = findSection(ctx.sections, /^methods$/i);
  if (!s) return [];
  return s.nodes
    .filter((n): n is Table => n.type === "table")
    .flatMap((t) => readTable(t).rows.map((r) => ({ text: toString({ type: "paragraph", children: r.cells[0] ?? [] }).trim(), pos: r.pos })))
    .filter((m) => m.text.length > 0);
}

/** Paragraph text between the H1 and the first H2 (the "Namespace:" line excluded). */
export function introText(ctx: PageContext): string {
  const h1 = ctx.sections.find((s) => s.depth === 1);
  const nodes: RootContent[] = h1 ? h1.nodes : ctx.sections[0].nodes;
  return nodes
    .filter((n) => n.type === "paragraph")
    .map((n) => toString(n).replace(/\s+/g, " ").trim())
    .filter((t) => !/^namespace\s*:/i.test(t) && !/^\[!INCLUDE/i.test(t))
    .join(" ")
    .trim();
}

const INHERITS = /\b(?:inherits|inherited|derives|derived)\s+from\s+(?:the\s+)?(?:abstract\s+)?\[?\**`?([A-Za-z_][\w.]*)/i;

export function inheritsFromProse(intro: string): string | undefined {
  const m = INHERITS.exec(intro);
  return m ? m[1].replace(/\.$/, "") : undefined;
}

function firstSentences(text: string): string {
  return text.length > 600 ? text.slice(0, 597) + "…" : text;
}

function nameFromTitle(ctx: PageContext): { name: string; namespace: string } {
  const word = /^`?([A-Za-z_][\w.]*)/.exec(ctx.title)?.[1] ?? "unnamed";
  return splitQualified(word, ctx.namespace);
}

/**
 * `#microsoft.graph.callRecords.session` → name `session`, namespace `microsoft.graph.callRecords`; an unqualified
 * name has no namespace (the model resolves it: the page's namespace first, then microsoft.graph).
 */
export function typeNameParts(text: string): { name: string; namespace?: string } {
  const t = text.replace(/^#/, "").replace(/^Collection\((.*)\)$/i, "$1").replace(/\.$/, "");
  const dot = t.lastIndexOf(".");
  if (dot > 0 && /^microsoft\./i.test(t)) return { namespace: t.slice(0, dot), name: t.slice(dot + 1) };
  return { name: dot > 0 ? t.slice(dot + 1) : t };
}

/** A defined type's identity: qualified text keeps its namespace, otherwise the page's namespace. */
export function splitQualified(text: string, defaultNamespace: string): { name: string; namespace: string } {
  const p = typeNameParts(text);
  return { name: p.name, namespace: p.namespace ?? defaultNamespace };
}

function stringField(a: Record<string, unknown>, key: string): string | undefined {
  const v = a[key];
  return typeof v === "string" && v.trim() ? v.trim() : undefined;
}

function isString(v: unknown): v is string {
  return typeof v === "string";
}

export { posOf };
