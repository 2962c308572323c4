/**
 * A page as a list of sections: every heading opens one, and each block belongs to its nearest heading.
 * docfx tab markers (`# [HTTP](#tab/http)`) are depth-1 headings in mdast but not structure: they are dropped,
 * together with the `---` that closes a tab group.
 */
import type { Heading, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Pos } from "./facts.js";

export interface Section {
  depth: number;
  /** Heading text, whitespace folded. */
  title: string;
  pos: Pos;
  /** Blocks directly under this heading, up to the next heading of any depth. */
  nodes: RootContent[];
  /** Index in the page's section list. */
  index: number;
}

/** Section 0 is the preamble before the first heading (depth 0, empty title). */
export function readSections(root: Root): Section[] {
  const sections: Section[] = [{ depth: 0, title: "", pos: { line: 1, column: 1 }, nodes: [], index: 0 }];
  for (const node of root.children) {
    if (node.type === "heading") {
      if (isTabMarker(node)) continue;
      sections.push({
        depth: node.depth,
        title: toString(node).replace(/\s+/g, " ").trim(),
        pos: posOf(node),
        nodes: [],
        index: sections.length,
      });
      continue;
    }
    if (node.type === "thematicBreak") continue;
    sections[sections.length - 1].nodes.push(node);
  }
  return sections;
}

function isTabMarker(h: Heading): boolean {
  const only = h.children.length === 1 ? h.children[0] : undefined;
  return only?.type === "link" && only.url.startsWith("#tab/");
}

/** The blocks of a section and of all its subsections (until a heading of the same or lower depth). */
export function sectionWithSubsections(sections: readonly Section[], s: Section): RootContent[] {
  const out = [...s.nodes];
  for (let i = s.index + 1; i < sections.length && sections[i].depth > s.depth; i++) out.push(...sections[i].nodes);
  return out;
}

export function findSection(sections: readonly Section[], title: RegExp, maxDepth = 6): Section | undefined {
  return sections.find((s) => s.depth > 0 && s.depth <= maxDepth && title.test(s.title));
}

export function findSections(sections: readonly Section[], title: RegExp): Section[] {
  return sections.filter((s) => s.depth > 0 && title.test(s.title));
}

export function posOf(node: { position?: { start: { line: number; column: number } } }): Pos {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}
