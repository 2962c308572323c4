/**
 * The one Markdown reader: unified + remark-parse + the GFM table extension, built once per process.
 *
 * Tables are the only GFM construct the readers use. remark-gfm would also run autolink literals (a tree walk with
 * regexes over every text node after the parse), footnotes, strikethrough and task lists, which cost ~1/6 of the
 * parse and change no page facts: test/parse/block-scanner.corpus.test.ts compares the facts of every corpus page
 * against unified + remark-parse + remark-gfm on the full page (`parseMarkdownGfm` below), so if a page ever
 * depends on one of them, that test says which.
 */
import { unified, type Processor } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import type { Root } from "mdast";

/** remark-gfm's own registration, reduced to its table parts. */
function remarkGfmTable(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkGfmTable);

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

let fullGfm: Processor<Root> | undefined;

/** The reference reader (all of remark-gfm): what parseMarkdown must agree with on page facts. Built on first use. */
export function parseMarkdownGfm(text: string): Root {
  fullGfm ??= unified().use(remarkParse).use(remarkGfm) as unknown as Processor<Root>;
  return fullGfm.parse(text);
}
