/**
 * YAML front matter, cut off before remark sees the page. Without this remark reads the block as a thematic break
 * plus a setext heading whose text is the whole YAML. The block is replaced by blank lines so that every position
 * remark reports is still the position in the file.
 */
import { createRequire } from "node:module";
import type * as Yaml from "yaml";
import { isPlainObject } from "./plain-object.js";

/**
 * The YAML library, loaded on the first front matter the fast reader leaves to it (none in the corpus): its load was a
 * fifth of a parse worker's start. A `require` the cache keys see (keys.ts): cached facts still follow yaml's version.
 */
let yaml: typeof Yaml | undefined;

function parseYaml(text: string): unknown {
  yaml ??= createRequire(import.meta.url)("yaml") as typeof Yaml;
  return yaml.parse(text);
}

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
  const simple = simpleFrontMatter(yamlText);
  if (simple) return { data: simple, body, lines };
  try {
    const data: unknown = parseYaml(yamlText);
    return { data: isPlainObject(data) ? data : null, body, lines };
  } catch (e) {
    return { data: null, body, lines, error: e instanceof Error ? e.message.split("\n")[0] : String(e) };
  }
}

/**
 * The usual front matter without the YAML library (it was a twentieth of the parse): every line `key: value`, keys
 * distinct, each value a string that YAML reads exactly as written — a double-quoted string without escapes, a
 * single-quoted one without quotes inside, or a plain scalar that no YAML rule retypes (numbers, booleans, null),
 * continues or comments. Anything else is undefined, and the YAML library reads it (errors included).
 */
export function simpleFrontMatter(yamlText: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  const lines = yamlText.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  for (const line of lines) {
    const m = /^([A-Za-z_][\w.-]*):[ \t]+(\S.*?)[ \t]*\r?$/.exec(line);
    if (!m || Object.hasOwn(out, m[1]) || m[1] === "__proto__") return undefined;
    const value = scalar(m[2]);
    if (value === undefined) return undefined;
    out[m[1]] = value;
  }
  return out;
}

function scalar(v: string): string | undefined {
  if (/^"[^"\\]*"$/.test(v)) return v.slice(1, -1);
  if (/^'[^']*'$/.test(v)) return v.slice(1, -1);
  // Plain: no indicator first, no `: ` or ` #` inside, nothing YAML 1.2's core schema reads as another type.
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(v) || /:(?:\s|$)|\s#|\t/.test(v)) return undefined;
  if (/^(?:~|null|true|false|[-+]?(?:\.inf|\d[\d_]*(?:\.\d*)?(?:e[-+]?\d+)?|\.\d+(?:e[-+]?\d+)?)|\.nan|0o[0-7]+|0x[\da-f]+)$/i.test(v))
    return undefined;
  return v;
}
