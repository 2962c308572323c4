/**
 * A resource (type) page → the types it defines: name and namespace, base type, key, open/abstract flags,
 * Properties and Relationships rows, JSON representation keys, in-page enum tables.
 */
import type { List, Nodes, Root, RootContent, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { truthy } from "./annotation-json.js";
import type { MemberFacts, Pos, ResourceFacts } from "./facts.js";
import { annotatedBlocks, blockType, jsonKeys } from "./json-representation.js";
import { isMembersTable, readMembersTable } from "./properties-table.js";
import { findSection, type Section, posOf } from "./sections.js";
import { column, readTable } from "./table.js";
import { readTypeCell } from "./type-cell.js";

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

/** The note every page generated from the Intune service model carries under its title. */
const INTUNE_NOTE = /\brequires an? active Intune license\b/i;

const RELATIONSHIPS = /^relationships$/i;

/** `## Properties`, or `## operationError Properties` on the page whose title names operationError (never another type's). */
function propertiesHeading(ctx: PageContext): RegExp {
  const name = nameFromTitle(ctx).name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^(properties|instance attributes|${name} properties)$`, "i");
}

export function readResources(ctx: PageContext, diagnostics: Diagnostic[]): ResourceFacts[] {
  const blocks = annotatedBlocks(ctx.root.children).filter((b) => blockType(b) === "resource");
  const properties = membersUnder(ctx, propertiesHeading(ctx), diagnostics);
  const relationships = membersUnder(ctx, RELATIONSHIPS, diagnostics);
  const methods = methodRows(ctx);
  const intro = introText(ctx);
  const proseLink = inheritsFromProseLink(introMarkdown(ctx)) ?? propertiesSectionBase(ctx);
  const proseName = proseLink?.name || inheritedPropertiesSentence(ctx);
  const prose =
    proseName || proseLink?.href ? { ...typeNameParts(proseName ?? ""), ...(proseLink?.href ? { href: proseLink.href } : {}) } : undefined;
  const derived = derivedTypes(ctx);
  const intune = introNodes(ctx).some((n) => INTUNE_NOTE.test(toString(n)));

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
    // `"baseType": ""` is an unfilled template field (the page says nothing); `null` says "no base".
    if ("baseType" in a && !(typeof a.baseType === "string" && a.baseType.trim() === "")) {
      const bt = a.baseType;
      r.baseType = typeof bt === "string" ? { ...typeNameParts(bt.trim()), pos: b.pos, from: "annotation" } : null;
    } else if (i === 0 && prose?.name) {
      r.baseType = { name: prose.name, ...(prose.namespace ? { namespace: prose.namespace } : {}), pos: ctx.titlePos, from: "prose" };
    }
    if (i === 0 && prose) r.proseBaseType = { ...prose, pos: ctx.titlePos };
    if (i === 0 && derived.length > 0) r.derivedTypes = derived;
    if (intune) r.intune = true;
    if (typeof a.keyProperty === "string") r.keyProperty = a.keyProperty;
    if ("openType" in a) r.openType = truthy(a.openType);
    if ("abstract" in a || "isAbstract" in a) r.abstract = truthy(a.abstract ?? a.isAbstract);
    if ("isMediaEntity" in a) r.hasStream = truthy(a.isMediaEntity);
    if (Array.isArray(a.optionalProperties)) r.optionalProperties = a.optionalProperties.filter(isString);
    return r;
  });
  if (fromBlocks.length > 0) {
    const first = fromBlocks[0];
    const empty =
      first.properties.length === 0 && first.relationships.length === 0 && first.jsonKeys.length === 0
        ? emptyPropertiesTable(ctx)
        : undefined;
    if (empty) {
      diagnostics.push(
        diagnostic(
          "properties-table-empty",
          { file: ctx.file, ...empty },
          `The Properties table of "${first.name}" has no rows and its JSON representation no members; the type is generated without members.`,
          "List the type's properties in the table (or write None if it has none).",
        ),
      );
    }
    return fromBlocks;
  }
  // A type with no members is more than a name only when the page shows methods, derived types or a base for it.
  if (
    properties.length === 0 &&
    relationships.length === 0 &&
    !(statesNoMembers(ctx) && (methods.length > 0 || derived.length > 0 || prose !== undefined))
  )
    return [];
  // A resource page without a resource block (dynamics-*.md): the H1 names the type.
  const { name, namespace } = nameFromTitle(ctx);
  const r: ResourceFacts = { name, namespace, pos: ctx.titlePos, properties, relationships, jsonKeys: [], methods };
  if (intro) r.description = firstSentences(intro);
  if (prose) {
    if (prose.name)
      r.baseType = { name: prose.name, ...(prose.namespace ? { namespace: prose.namespace } : {}), pos: ctx.titlePos, from: "prose" };
    r.proseBaseType = { ...prose, pos: ctx.titlePos };
  }
  if (derived.length > 0) r.derivedTypes = derived;
  if (intune) r.intune = true;
  return [r];
}

/**
 * A page titled "x resource type" whose own Properties section holds no table and no subsection ("None", "No
 * properties are exposed by this type": rbacApplication, search) defines x without members when it also shows
 * methods, derived types or a base for it: other pages link to it as a type, and its entity-ness comes from how they
 * use it. An overview page ("Common properties") defines nothing.
 */
function statesNoMembers(ctx: PageContext): boolean {
  if (!RESOURCE_TYPE_TITLE.test(ctx.title)) return false;
  const s = findSection(ctx.sections, propertiesHeading(ctx));
  if (!s || s.nodes.some((n) => n.type === "table")) return false;
  const next = ctx.sections[s.index + 1];
  return next === undefined || next.depth <= s.depth;
}

/** `# rbacApplication resource type`: the H1 form of a page that documents one type. */
const RESOURCE_TYPE_TITLE = /^`?[A-Za-z_][\w.]*`? resource type$/i;

/** Rows of the members tables whose nearest heading matches `title`. */
/** Where the Properties section holds a table with its header row only (publicError, command in beta). */
function emptyPropertiesTable(ctx: PageContext): Pos | undefined {
  const s = findSection(ctx.sections, propertiesHeading(ctx));
  const table = s?.nodes.find((n): n is Table => n.type === "table");
  return table && table.children.length <= 1 ? posOf(table) : undefined;
}

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
    .flatMap((t) => {
      const table = readTable(t);
      const returnsCol = column(table.header, ["return type", "return types", "returns"]);
      return table.rows.map((r): ResourceFacts["methods"][number] => {
        const m: ResourceFacts["methods"][number] = {
          text: toString({ type: "paragraph", children: r.cells[0] ?? [] }).trim(),
          pos: r.pos,
        };
        const returns = returnsCol >= 0 ? readTypeCell(r.cells[returnsCol] ?? [], ctx.definitions) : undefined;
        if (returns && returns.kind !== "unknown") m.returns = returns;
        return m;
      });
    })
    .filter((m) => m.text.length > 0);
}

/** Paragraph text between the H1 and the first H2 (the "Namespace:" line excluded). */
export function introText(ctx: PageContext): string {
  return introNodes(ctx)
    .filter((n) => n.type === "paragraph")
    .map((n) => toString(n).replace(/\s+/g, " ").trim())
    .filter((t) => !/^namespace\s*:/i.test(t) && !/^\[!INCLUDE/i.test(t))
    .join(" ")
    .trim();
}

function introNodes(ctx: PageContext): RootContent[] {
  const h1 = ctx.sections.find((s) => s.depth === 1);
  return h1 ? h1.nodes : ctx.sections[0].nodes;
}

/** The intro paragraphs with links kept as `[text](href)` and bold as `**x**`, for the inheritance readers. */
function introMarkdown(ctx: PageContext): string {
  return introNodes(ctx)
    .filter((n) => n.type === "paragraph")
    .map((n) => render(n).replace(/\s+/g, " ").trim())
    .filter((t) => !/^namespace\s*:/i.test(t) && !/^\[!INCLUDE/i.test(t))
    .join(" ")
    .trim();
}

/**
 * Child-side wording of inheritance: "Inherits from [x]", "Inherits from base class [x]", "is derived from [x]",
 * "inherits all the properties from [x]", "Inherits metadata properties from [x]",
 * "derives from **x**", "A subclass of [x]", "creates a subclass from [x]", "is a derived type of x",
 * "This resource is a subtype of [x]" (only after "is a": "another model-compliant subtype of x" names a sibling).
 */
const INHERITS =
  /\b(?:(?:inherits(?:\s+(?:all|the|its|metadata))*(?:\s+properties)?|inherited|derives|derived)\s+from|subclass\s+(?:of|from)|\bis\s+a\s+subtype\s+of|derived\s+type\s+of)\s+(?:the\s+)?(?:abstract\s+)?(?:base\s+(?:class|type|resource)\s+)?\[?\**`?([A-Za-z_][\w.]*)/i;

// Articles too: "data derived from a machine learning process" (inferenceData) names no type.
const NOT_A_TYPE = /^(?:a|an|this|that|these|those|it|its|their|which|other|another|descendants|ancestors|base|parent|one|each|any|all)$/i;

/** The cue followed by a link whose text is prose: "Inherits from [Conditional Access Session Control](x.md)". */
const INHERITS_LINK =
  /\b(?:(?:inherits(?:\s+(?:all|the|its|metadata))*(?:\s+properties)?|inherited|derives|derived)\s+from|subclass\s+(?:of|from)|\bis\s+a\s+subtype\s+of|derived\s+type\s+of)\s+(?:the\s+)?(?:abstract\s+)?(?:base\s+(?:class|type|resource)\s+)?\**\[([^\]]+)\]\(([^)\s]*)\)/i;

/** The base named by intro prose (links written `[x](href)`); the first statement wins. */
export function inheritsFromProse(intro: string): string | undefined {
  return inheritsFromProseLink(intro)?.name || undefined;
}

/** Like inheritsFromProse, with the link target; `name` is "" when the link text is not a type name. */
export function inheritsFromProseLink(intro: string): { name: string; href?: string } | undefined {
  for (const sentence of intro.split(/(?<=[.:])\s+(?=[A-Z*[`])/)) {
    // "X is the base type for [a] and [b]" names derived types, not a base.
    if (PARENT_CUE.test(sentence) && !/\b(?:inherits|derives|derived)\s+from\b/i.test(sentence)) continue;
    const link = INHERITS_LINK.exec(sentence);
    if (link) {
      const text = link[1].replace(/[*`]/g, "").trim();
      const named = /^[A-Za-z_][\w.]*$/.test(text);
      return link[2] ? { name: named ? text : "", href: link[2] } : named ? { name: text } : undefined;
    }
    const m = INHERITS.exec(sentence);
    // "is a subclass of this superclass", "derived from descendants": pronouns and plain words are not type names.
    if (m && !NOT_A_TYPE.test(m[1])) return { name: m[1].replace(/\.$/, "") };
  }
  return undefined;
}

/** "The following properties are inherited from **[baseItem][]**." in a section below the intro. */
/** Phrasing with links kept as `[text](href)` and bold as `**x**`, for the inheritance readers. */
function render(n: Nodes): string {
  if (n.type === "text") return n.value;
  if (n.type === "inlineCode") return "`" + n.value + "`";
  if (n.type === "link" || n.type === "linkReference") return `[${toString(n)}](${n.type === "link" ? n.url : ""})`;
  if (n.type === "strong") return "**" + n.children.map(render).join("") + "**";
  return "children" in n ? (n.children as Nodes[]).map(render).join("") : "";
}

/**
 * "chatMessageHostedContent derives from [teamworkHostedContent](…)" above the Properties table, "The **driveItem**
 * resource is derived from [**baseItem**][baseItem]" under JSON representation: outside the intro, only a base
 * written as a link or in bold counts ("properties that are derived from descendants" is not a statement).
 */
function propertiesSectionBase(ctx: PageContext): { name: string; href?: string } | undefined {
  for (const s of ctx.sections) {
    if (s.depth < 2 || /^(methods|examples?|see also)$/i.test(s.title)) continue;
    for (const n of s.nodes) {
      if (n.type !== "paragraph") continue;
      const text = render(n).replace(/\s+/g, " ").trim();
      const found = inheritsFromProseLink(text);
      if (found && (found.href !== undefined || text.includes(`**${found.name}**`) || text.includes(`[${found.name}]`))) return found;
    }
  }
  return undefined;
}

function inheritedPropertiesSentence(ctx: PageContext): string | undefined {
  for (const s of ctx.sections) {
    if (s.depth < 2) continue;
    for (const n of s.nodes) {
      if (n.type !== "paragraph") continue;
      const m = /\b(?:properties|members) (?:are )?inherited from\s+(?:the\s+)?\[?\**`?\[?([A-Za-z_][\w.]*)/i.exec(toString(n));
      if (m) return m[1].replace(/\.$/, "");
    }
  }
  return undefined;
}

/** Parent-side wording: "the derived types are [a], [b]", "Derived types include:", "is the base type for [a]", "[a] and [b] are subclasses of this". */
const PARENT_CUE =
  /\bderived types\b|\bthe derived type is\b|\bbase (?:type|class|resource|entity) for (?:the following\b|each\b|\[|\*\*)|\bsubclasses of this\b/i;

/**
 * "This is a base type for … entities that …, for example, [a], [b]" / "… which can be a [a] or [b]": a base-type
 * sentence whose links after an example marker name derived types (links before it describe the base's use).
 */
const BASE_SENTENCE = /\bbase (?:type|class)\b/i;
const EXAMPLE_MARKER = /\b(?:for example|such as|can be|are)\b/i;

/** "Located risk event types include:" introduces a list of derived types. */
const TYPES_INCLUDE = /\btypes include\s*:\s*$/i;

export interface DerivedTypeFacts {
  name: string;
  namespace?: string;
  /** The link target, for links whose text is prose ("[sign-ins from anonymous IP addresses](anonymousipriskevent.md)"). */
  href?: string;
  pos: Pos;
}

/**
 * Types a page names as deriving from its own type: links of a "Derived types" section (tables and lists), and
 * links in intro sentences with a parent cue (a sentence ending in ":" takes the first link of each item of the
 * list or row of the table after it).
 */
function derivedTypes(ctx: PageContext): DerivedTypeFacts[] {
  const out: DerivedTypeFacts[] = [];
  const add = (text: string, node: Nodes): void => {
    const href =
      node.type === "link"
        ? node.url
        : node.type === "linkReference"
          ? ctx.definitions.get((node.label ?? node.identifier).toLowerCase())
          : undefined;
    const id = typeNameParts(text.replace(/[*`]/g, "").trim());
    const named = /^[A-Za-z_]\w*$/.test(id.name);
    if (!named && !(href && /\.md(?:#.*)?$/i.test(href))) return;
    const item: DerivedTypeFacts = named ? { ...id, pos: posOf(node) } : { name: "", pos: posOf(node) };
    if (href) item.href = href;
    if (out.some((o) => (named && o.name.toLowerCase() === item.name.toLowerCase()) || (!named && o.href === href))) return;
    out.push(item);
  };
  const following = (next: RootContent | undefined): void => {
    if (next?.type === "list") for (const item of (next as List).children) firstLinkIn(item, add);
    if (next?.type === "table") for (const row of next.children.slice(1)) firstLinkIn(row, add);
  };
  for (const s of ctx.sections) {
    if (s.depth === 0 || !/^derived types$/i.test(s.title)) continue;
    for (const n of s.nodes) if (n.type === "table" || n.type === "list") following(n);
  }
  const nodes = introNodes(ctx);
  nodes.forEach((n, i) => {
    if (n.type !== "paragraph") return;
    for (const sentence of sentencesWithLinks(n)) {
      if (/\bderived type of\b/i.test(sentence.text)) continue;
      const endsWithColon = /:\s*$/.test(sentence.text);
      if (PARENT_CUE.test(sentence.text)) {
        for (const l of sentence.links) add(l.text, l.node);
        if (endsWithColon) following(nodes[i + 1]);
      } else if (BASE_SENTENCE.test(sentence.text)) {
        for (const l of sentence.links) if (EXAMPLE_MARKER.test(l.before)) add(l.text, l.node);
      } else if (TYPES_INCLUDE.test(sentence.text)) {
        following(nodes[i + 1]);
      }
    }
  });
  return out;
}

function firstLinkIn(node: Nodes, add: (text: string, node: Nodes) => void): void {
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.shift()!;
    if (n.type === "link" || n.type === "linkReference") {
      add(toString(n), n);
      return;
    }
    if ("children" in n) stack.unshift(...(n.children as Nodes[]));
  }
}

interface SentenceLink {
  text: string;
  node: Nodes;
  /** The sentence text before the link. */
  before: string;
}

/** A paragraph cut into sentences, each with the links it holds. */
function sentencesWithLinks(p: Nodes): { text: string; links: SentenceLink[] }[] {
  const out: { text: string; links: SentenceLink[] }[] = [{ text: "", links: [] }];
  const visit = (n: Nodes): void => {
    if (n.type === "text") {
      const pieces = n.value.split(/(?<=[.!?])\s+/);
      pieces.forEach((piece, i) => {
        if (i > 0) out.push({ text: "", links: [] });
        out[out.length - 1].text += piece;
      });
      return;
    }
    if (n.type === "link" || n.type === "linkReference") {
      const text = toString(n);
      const cur = out[out.length - 1];
      cur.links.push({ text, node: n, before: cur.text });
      cur.text += `[${text}]`;
      return;
    }
    if (n.type === "inlineCode") {
      out[out.length - 1].text += n.value;
      return;
    }
    if ("children" in n) for (const c of n.children as Nodes[]) visit(c);
  };
  visit(p);
  return out.filter((s) => s.text.trim() !== "");
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
  const t = text
    .replace(/^#/, "")
    .replace(/^Collection\((.*)\)$/i, "$1")
    .replace(/\.$/, "");
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
