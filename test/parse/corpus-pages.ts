/**
 * Test helper for the reader corpus tests: finds the corpus and walks its pages with the generator's Markdown stack.
 * This is a deliberately small stand-in for the page walker (nearest heading, header-named columns) so the readers
 * can be measured on real cells; it is not the parse stage.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Heading, PhrasingContent, Root, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

export const corpusV1 = resolve(process.env.DOCS2TS_CORPUS ?? "../shared/corpus", "graph-docs-2021-07", "v1.0");
export const hasCorpus = existsSync(corpusV1);
export const noCorpusMessage = `corpus not found at ${corpusV1} (set DOCS2TS_CORPUS); skipping the corpus run`;

export function pages(folder: "resources" | "api"): { file: string; text: string }[] {
  const dir = join(corpusV1, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => ({ file: `${folder}/${f}`, text: readFileSync(join(dir, f), "utf8") }));
}

/** Blanks the front matter but keeps its lines, so positions stay page positions. */
export function withoutFrontMatter(text: string): string {
  const m = text.match(/^---\n[\s\S]*?\n---\n/);
  return m === null ? text : m[0].replace(/[^\n]/g, "") + text.slice(m[0].length);
}

export function parseMarkdown(text: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(withoutFrontMatter(text));
}

export function definitionsOf(root: Root): Map<string, string> {
  const out = new Map<string, string>();
  for (const node of root.children) if (node.type === "definition") out.set(node.identifier.toLowerCase(), node.url);
  return out;
}

/** Tables whose nearest heading text matches `section`, with the column index of `column` (by header name). */
export function tablesUnder(root: Root, section: RegExp): { heading: string; table: Table; header: string[] }[] {
  const out: { heading: string; table: Table; header: string[] }[] = [];
  let heading = "";
  for (const node of root.children) {
    if (node.type === "heading") heading = toString(node as Heading).trim();
    else if (node.type === "table" && section.test(heading)) {
      const header = node.children[0].children.map((c) => toString(c).trim().toLowerCase());
      out.push({ heading, table: node, header });
    }
  }
  return out;
}

export function cellChildren(table: Table, row: number, column: number): PhrasingContent[] {
  return table.children[row]?.children[column]?.children ?? [];
}

/**
 * Fenced code blocks whose nearest heading matches `section`. A line scanner rather than remark: the API folder is
 * large and remark would spend most of the test's time on prose the test does not look at.
 */
export function codeUnder(text: string, section: RegExp): { lang: string; value: string }[] {
  const out: { lang: string; value: string }[] = [];
  let heading = "";
  let fence: { marker: string; lang: string; lines: string[] } | undefined;
  for (const line of withoutFrontMatter(text).split("\n")) {
    if (fence !== undefined) {
      if (line.trim().startsWith(fence.marker)) {
        if (section.test(heading)) out.push({ lang: fence.lang, value: fence.lines.join("\n") });
        fence = undefined;
      } else fence.lines.push(line);
      continue;
    }
    const open = line.match(/^\s{0,3}(`{3,}|~{3,})\s*([^\s`]*)/);
    if (open !== null) fence = { marker: open[1], lang: open[2], lines: [] };
    else {
      const h = line.match(/^#{1,6}\s+(.*?)\s*#*\s*$/);
      if (h !== null) heading = h[1];
    }
  }
  return out;
}
