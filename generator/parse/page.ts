/**
 * One page → page facts. Front matter is cut off (positions kept), the rest goes through remark once; the
 * readers below work on the mdast with positions.
 */
import type { Definition, Html, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { compareDiagnostics, diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { annotationError, jsonNestingDepth, MAX_JSON_DEPTH } from "./annotation-json.js";
import { readApi } from "./api-page.js";
import { classifyPage } from "./classify.js";
import { attachValueTables } from "./value-tables.js";
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
      diagnostic(
        "front-matter-invalid",
        { file, line: 2, column: 1 },
        `The front matter is not valid YAML (${fm.error}); the page is read without it.`,
        "Quote values that contain a colon.",
      ),
    );
  }
  if (fm.data) reportFrontMatterPlaceholders(file, text, fm.data, diagnostics);
  diagnostics.push(...replacementCharacters(file, text));
  const root = parseReduced(fm.body, parseMarkdown);
  diagnostics.push(...commentFindings(file, root), ...deepJsonFindings(file, root));
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
    diagnostics.push(
      diagnostic(
        "no-title",
        { file, line: titlePos.line, column: 1 },
        "The page has no H1 title.",
        "Start the page with `# name resource type` or similar.",
      ),
    );
  }
  if (kind === "resource" || kind === "api") facts.resources = readResources(ctx, diagnostics);
  if (kind === "resource") attachValueTables(sections, facts.resources);
  facts.enums = readEnums(ctx, kind, diagnostics);
  if (kind === "api") facts.api = readApi(ctx, diagnostics);
  if (kind === "resource" && facts.resources.length === 0 && facts.enums.length === 0) {
    // Properties and Relationships both "None" and no resource block: there is nothing to make a type from, and a
    // type with no members and no base would only be a name.
    diagnostics.push(
      diagnostic(
        "page-not-understood",
        { file, line: titlePos.line, column: titlePos.column },
        "The resource page lists no properties, relationships or resource block; no type is made from it.",
        "List the type's properties (or its base type in a resource block), or make it a conceptual page.",
      ),
    );
  }
  if (kind === "conceptual" && facts.enums.length === 0) {
    diagnostics.push(
      diagnostic(
        "page-not-understood",
        { file, line: titlePos.line, column: titlePos.column },
        "The page has no HTTP request, Properties, resource block or enum table; nothing is read from it.",
        "If it documents a type or an API, add the usual section.",
      ),
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
function readEnums(ctx: PageContext, kind: string, diagnostics: Diagnostic[]): EnumFacts[] {
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
      const read = readEnumTable(
        t,
        ctx.file,
        id.name,
        id.namespace,
        isMembers ? ctx.titlePos : s.pos,
        isMembers ? "members-page" : "values-table",
      );
      out.push(read.enum);
      diagnostics.push(...read.diagnostics);
      break;
    }
  }
  return out;
}

/**
 * U+FFFD in the page text: bytes that were not UTF-8 when the page was read (or a replacement character saved into
 * the file). Either way a character is lost and the word around it, often a name, is not what was written. One
 * finding per line, at the first one: a page in another encoding has them on many lines, each a separate fix.
 */
function replacementCharacters(file: string, text: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!text.includes("\uFFFD")) return out;
  // Lines end where remark ends them (CR, LF or CRLF), so the finding's line is the one every other finding uses.
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const at = line.indexOf("\uFFFD");
    if (at < 0) return;
    const count = line.split("\uFFFD").length - 1;
    // Control characters (a binary file read as a page) would garble a terminal; the word is only there to find the spot.
    const word = ((/\S*$/.exec(line.slice(0, at))?.[0] ?? "") + (/^\S*/.exec(line.slice(at))?.[0] ?? "")).replace(/\p{Cc}/gu, "");
    out.push(
      diagnostic(
        "replacement-character",
        { file, line: i + 1, column: at + 1 },
        `"${word.length > 60 ? word.slice(0, 57) + "…" : word}" holds ${count === 1 ? "a U+FFFD replacement character" : `${count} U+FFFD replacement characters`}: the bytes here are not valid UTF-8, so what was written here is lost (a name spelt with it matches nothing).`,
        "Save the page as UTF-8 (it may be in another encoding, such as Windows-1252) and retype the damaged characters.",
      ),
    );
  });
  return out;
}

/**
 * HTML comments at the top level that lose content silently: one never closed (CommonMark runs it to the end of the
 * page, hiding everything after it) and an annotation (`<!-- { … } -->`) that does not parse even leniently (its
 * blockType, @odata.type, baseType … are not read). Top level only: those are the annotations the readers use, and
 * the block scanner keeps them all, so the reduced and the full parse agree.
 */
function commentFindings(file: string, root: Root): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const n of root.children) {
    if (n.type !== "html" || !/^\s*<!--/.test(n.value)) continue;
    const loc = { file, line: n.position?.start.line ?? 1, column: n.position?.start.column ?? 1 };
    const comment = /^\s*(<!--[\s\S]*?-->)/.exec(n.value)?.[1];
    if (comment === undefined) {
      out.push(unterminatedComment(loc, n));
      continue;
    }
    const error = annotationError(comment);
    if (error !== undefined) {
      out.push(
        diagnostic(
          "annotation-not-json",
          { file, ...offsetPos(comment, error.offset, loc) },
          `This annotation comment starts like JSON but does not parse, even leniently (${error.reason}); docs2ts ignores it, so the block it annotates is read without its blockType, @odata.type or other keys.`,
          'Write the annotation as JSON: quote keys and string values and balance the brackets, e.g. `<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.x" } -->`.',
        ),
      );
    }
  }
  return out;
}

/** Code blocks nesting `{`/`[` deeper than MAX_JSON_DEPTH: not read as JSON (annotation-json.ts), reported here. */
function deepJsonFindings(file: string, root: Root): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const n of root.children) {
    if (n.type !== "code" || jsonNestingDepth(n.value) <= MAX_JSON_DEPTH) continue;
    out.push(
      diagnostic(
        "json-too-deep",
        { file, line: n.position?.start.line ?? 1, column: n.position?.start.column ?? 1 },
        `This code block nests brackets more than ${MAX_JSON_DEPTH} levels deep; docs2ts does not read it as JSON.`,
        `Shorten the example: real payloads nest a few levels, elide the rest with "...".`,
      ),
    );
  }
  return out;
}

/** The file position of `offset` in `text`, which starts at `start`. */
function offsetPos(text: string, offset: number, start: { line: number; column: number }): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return before.length === 1
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + before.length - 1, column: before[before.length - 1].length + 1 };
}

function unterminatedComment(loc: { file: string; line: number; column: number }, n: Html): Diagnostic {
  const lines = (n.position?.end.line ?? loc.line) - loc.line;
  const what = /^\s*<!--\s*\{/.test(n.value) ? "annotation comment" : "HTML comment";
  return diagnostic(
    "comment-unterminated",
    loc,
    `This ${what} is never closed with \`-->\`, so it runs to the end of the page: the ${lines} line${lines === 1 ? "" : "s"} after it are hidden (from docs2ts and from the published page).`,
    "Close the comment with `-->` where it should end; an annotation ends with `} -->` on the line before its code block.",
  );
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
      diagnostic(
        "todo-placeholder",
        { file, line: i + 1 || 1, column: 1 },
        `Front matter "${key}" is a TODO placeholder.`,
        `Fill in "${key}".`,
      ),
    );
  }
}

export type { Section };
