/**
 * Doc comments from untrusted documentation text. Descriptions come from Markdown pages anyone can edit; they must
 * never end the comment (`*​/`), start a JSDoc tag that was not meant (`@param` at a line start, `{@link`), carry
 * line separators or control characters into the file, or smuggle markup that hover renderers interpret
 * (`<script>`). Every doc comment the emitter writes is built here; other modules pass plain text.
 */
import type { JSDocStructure } from "ts-morph";
import { StructureKind } from "./structure-kinds.js";
import type { SourceLocation } from "../../diagnostics/diagnostic.js";

/** Make one piece of untrusted text safe inside a `/** … *​/` block. Returns "" for nothing to say. */
export function sanitizeDocText(text: string): string {
  const lines = text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(/\t/g, " ")
    // C0/C1 controls (except newline), DEL, zero-width and bidi controls: invisible in review, meaningful to tools.
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "")
    .split("\n")
    .map((line) => escapeLine(line).trimEnd());
  // Trim blank lines at both ends and collapse runs of blank lines.
  const out: string[] = [];
  for (const line of lines) {
    if (line.trim() === "" && (out.length === 0 || out[out.length - 1] === "")) continue;
    out.push(line.trim() === "" ? "" : line);
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out.join("\n");
}

function escapeLine(line: string): string {
  return (
    line
      .replace(/\*\//g, "*\\/")
      .replace(/\/\*/g, "/\\*")
      // A leading `@` (after optional `*` decoration) would start a block tag; `{@` an inline tag.
      .replace(/^(\s*\**\s*)@/, "$1\\@")
      .replace(/\{@/g, "{\\@")
      .replace(/<(?=[A-Za-z/!?])/g, "&lt;")
  );
}

/** `@see`-style pointer to the page a declaration was read from (the path is untrusted too). */
export function sourceLine(location: SourceLocation | undefined): string | undefined {
  if (location === undefined) return undefined;
  return `Source: ${sanitizeDocText(location.file).replace(/\n/g, " ")}:${location.line}`;
}

/**
 * One JSDoc block from paragraphs (each sanitized; undefined/empty ones are dropped). Returns [] when nothing is
 * left, so callers can spread it into a structure's `docs`.
 */
export function docs(...paragraphs: (string | undefined)[]): JSDocStructure[] {
  const parts = paragraphs
    .filter((p): p is string => p !== undefined)
    .map(sanitizeDocText)
    .filter((p) => p.length > 0);
  if (parts.length === 0) return [];
  return [{ kind: StructureKind.JSDoc, description: parts.join("\n\n") }];
}

/** A whole doc comment as text, for places that print code without ts-morph structures. */
export function docCommentText(...paragraphs: (string | undefined)[]): string {
  const block = docs(...paragraphs);
  if (block.length === 0) return "";
  const body = String(block[0].description)
    .split("\n")
    .map((l) => (l === "" ? " *" : ` * ${l}`))
    .join("\n");
  return `/**\n${body}\n */\n`;
}
