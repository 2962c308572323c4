/**
 * One page → page facts. Front matter is cut off (positions kept), the rest goes through remark once; the
 * readers below work on the mdast with positions.
 */
import type { Definition, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { compareDiagnostics, diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { readApi } from "./api-page.js";
import { classifyPage } from "./classify.js";
import { enumNameFromTitle, enumNameFromValuesHeading, isEnumTable, readEnumTable } from "./enum-table.js";
import type { EnumFacts, PageFacts } from "./facts.js";
import { splitFrontMatter } from "./front-matter.js";
import { annotatedBlocks, blockType } from "./json-representation.js";
import { parseMarkdown } from "./markdown.js";
import { parseReduced } from "./block-scanner.js";
import { readResources, splitQualified, type PageContext } from "./resource-page.js";
import { readSections, type Section } from "./sections.js";
import { readTable } from "./table.js";

export const DEFAULT_NAMESPACE = "microsoft.graph";

export function parsePage(file: string, text: string): PageFacts {
  const diagnostics: Diagnostic[] = [];
  const fm = splitFrontMatter(text);
  if (fm.error) {
    diagnostics.push(
      diagnostic("front-matter-invalid", "warning", { file, line: 2, column: 1 }, `The front matter is not valid YAML (${fm.error}); the page is read without it.`, "Quote values that contain a colon."),
    );
  }
  if (fm.data) reportFrontMatterPlaceholders(file, text, fm.data, diagnostics);
  const root = parseReduced(fm.body, parseMarkdown);
  const sections = readSections(root);
  const h1 = sections.find((s) => s.depth === 1);
  const title = h1?.title ?? (typeof fm.data?.title === "string" ? fm.data.title : "");
  const titlePos = h1?.pos ?? { line: fm.lines + 1, column: 1 };
  const namespace = namespaceLine(h1 ? h1.nodes : sections[0].nodes);
  const ctx: PageContext = {
    file,
    root,
    sections,
    title,
    titlePos,
    namespace: namespace ?? DEFAULT_NAMESPACE,
    definitions: definitionsOf(root),
  };
  const blocks = annotatedBlocks(root.children);
  const kind = classifyPage(
    sections,
    title,
    blocks.some((b) => blockType(b) === "resource"),
    blocks.some((b) => blockType(b) === "request"),
  );
  const facts: PageFacts = { file, kind, title, titlePos, resources: [], enums: [], diagnostics };
  if (namespace) facts.namespace = namespace;
  if (!h1) {
    diagnostics.push(diagnostic("no-title", "warning", { file, line: titlePos.line, column: 1 }, "The page has no H1 title.", "Start the page with `# name resource type` or similar."));
  }
  if (kind === "resource" || kind === "api") facts.resources = readResources(ctx, diagnostics);
  facts.enums = readEnums(ctx, kind);
  if (kind === "api") facts.api = readApi(ctx, diagnostics);
  if (kind === "conceptual" && facts.enums.length === 0) {
    diagnostics.push(
      diagnostic("page-not-understood", "info", { file, line: titlePos.line, column: titlePos.column }, "The page has no HTTP request, Properties, resource block or enum table; nothing is read from it.", "If it documents a type or an API, add the usual section."),
    );
  }
  diagnostics.sort(compareDiagnostics);
  return facts;
}

/** `Namespace: microsoft.graph.callRecords` under the H1. */
function namespaceLine(nodes: readonly RootContent[]): string | undefined {
  for (const n of nodes) {
    if (n.type !== "paragraph") continue;
    const m = /^\s*namespace\s*:\s*`?(microsoft\.[\w.]*\w|[\w.]*\w)`?/i.exec(toString(n));
    if (m) return m[1].startsWith("microsoft.") ? m[1] : `microsoft.graph.${m[1]}`;
  }
  return undefined;
}

function definitionsOf(root: Root): Map<string, string> {
  const map = new Map<string, string>();
  for (const n of root.children) if (n.type === "definition") map.set((n as Definition).label?.toLowerCase() ?? n.identifier, n.url);
  return map;
}

/** Enum tables: the Members section of an enum page, and every `x values` heading followed by a members table. */
function readEnums(ctx: PageContext, kind: string): EnumFacts[] {
  const out: EnumFacts[] = [];
  const pageEnum = enumNameFromTitle(ctx.title);
  for (const s of ctx.sections) {
    const fromHeading = enumNameFromValuesHeading(s.title);
    const isMembers = /^members$/i.test(s.title) && (kind === "enum" || pageEnum !== undefined);
    if (!fromHeading && !isMembers) continue;
    const name = fromHeading ?? pageEnum ?? firstWord(ctx.title);
    if (!name) continue;
    for (const n of s.nodes) {
      if (n.type !== "table") continue;
      const t = readTable(n);
      if (!isEnumTable(t)) continue;
      const id = splitQualified(name, ctx.namespace);
      out.push(readEnumTable(t, id.name, id.namespace, isMembers ? ctx.titlePos : s.pos, isMembers ? "members-page" : "values-table"));
      break;
    }
  }
  return out;
}

function firstWord(title: string): string | undefined {
  return /^`?([A-Za-z_]\w*)/.exec(title)?.[1];
}

function reportFrontMatterPlaceholders(file: string, text: string, data: Record<string, unknown>, diagnostics: Diagnostic[]): void {
  const lines = text.split("\n");
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== "string" || !/\bTODO\b/.test(value)) continue;
    const i = lines.findIndex((l) => l.startsWith(`${key}:`));
    diagnostics.push(
      diagnostic("todo-placeholder", "warning", { file, line: i + 1 || 1, column: 1 }, `Front matter "${key}" is a TODO placeholder.`, `Fill in "${key}".`),
    );
  }
}

export type { Section };
