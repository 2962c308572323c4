/** Builds real GFM table-cell children, the way the page walker hands them to the readers. */
import type { PhrasingContent, Table } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

export function cellOf(cell: string, definitions = ""): PhrasingContent[] {
  const root = unified().use(remarkParse).use(remarkGfm).parse(`|a|\n|-|\n|${cell}|\n\n${definitions}`);
  const table = root.children[0] as Table;
  return table.children[1].children[0].children;
}
