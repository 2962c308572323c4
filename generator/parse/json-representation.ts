/**
 * Annotated code blocks: an `<!-- { "blockType": … } -->` comment right before a fenced block. The resource
 * block's annotation carries baseType/keyProperty/openType/…; its body is pseudo-JSON whose keys name the
 * properties and whose values are placeholders ("String", "String (timestamp)").
 */
import type { Code, RootContent } from "mdast";
import { readAnnotation, readLenientJson } from "./annotation-json.js";
import type { Pos } from "./facts.js";
import { posOf } from "./sections.js";

export interface AnnotatedBlock {
  annotation?: Record<string, unknown>;
  code: Code;
  pos: Pos;
}

/** Every fenced code block of `nodes`, with the annotation comment that precedes it (blank lines or one paragraph apart). */
export function annotatedBlocks(nodes: readonly RootContent[]): AnnotatedBlock[] {
  const out: AnnotatedBlock[] = [];
  let pending: Record<string, unknown> | undefined;
  let gap = 0;
  for (const n of nodes) {
    if (n.type === "html") {
      const a = readAnnotation(n.value);
      if (a && typeof a.blockType === "string") {
        pending = a;
        gap = 0;
      }
      continue;
    }
    if (n.type === "code") {
      out.push({ annotation: pending, code: n, pos: posOf(n) });
      pending = undefined;
      continue;
    }
    if (pending && ++gap > 1) pending = undefined;
  }
  return out;
}

export function blockType(b: AnnotatedBlock): string | undefined {
  const t = b.annotation?.blockType;
  return typeof t === "string" ? t.toLowerCase() : undefined;
}

/** Top-level keys of a JSON representation body, with their placeholder text and line. */
export function jsonKeys(b: AnnotatedBlock): { name: string; placeholder: string | null; pos: Pos }[] {
  const value = readLenientJson(b.code.value);
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  const lines = b.code.value.split("\n");
  return Object.entries(value as Record<string, unknown>).map(([name, v]) => {
    const i = lines.findIndex((l) => l.includes(`"${name}"`));
    return {
      name,
      placeholder: typeof v === "string" ? v : null,
      // +1 for the fence line.
      pos: { line: b.pos.line + 1 + Math.max(i, 0), column: 1 },
    };
  });
}
