/**
 * YAML front matter, cut off before remark sees the page. Without this remark reads the block as a thematic break
 * plus a setext heading whose text is the whole YAML. The block is replaced by blank lines so that every position
 * remark reports is still the position in the file.
 */
import { parse as parseYaml } from "yaml";

export interface FrontMatter {
  data: Record<string, unknown> | null;
  /** The page text with the front matter blanked out (same number of lines). */
  body: string;
  /** The YAML error message, when the block did not parse (the page is still read). */
  error?: string;
  /** Line count of the front matter block (0 when absent). */
  lines: number;
}

const OPEN = /^---[ \t]*\r?\n/;

export function splitFrontMatter(text: string): FrontMatter {
  if (!OPEN.test(text)) return { data: null, body: text, lines: 0 };
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/g;
  close.lastIndex = 3;
  const m = close.exec(text);
  if (!m) return { data: null, body: text, lines: 0 };
  const end = m.index + m[0].length;
  const block = text.slice(0, end);
  const yamlText = text.slice(text.indexOf("\n") + 1, m.index + 1);
  const lines = (block.match(/\n/g) ?? []).length;
  const body = "\n".repeat(lines) + text.slice(end);
  try {
    const data: unknown = parseYaml(yamlText);
    return { data: isRecord(data) ? data : null, body, lines };
  } catch (e) {
    return { data: null, body, lines, error: e instanceof Error ? e.message.split("\n")[0] : String(e) };
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
