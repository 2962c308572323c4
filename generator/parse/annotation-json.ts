/**
 * Lenient JSON for the docs: the `<!-- { … } -->` annotation comments before JSON and HTTP blocks, and the
 * pseudo-JSON of resource representations and examples: comments, trailing commas, unquoted keys, `...` elisions.
 */
import JSON5 from "json5";
import { isPlainObject } from "./plain-object.js";

/**
 * The object inside an annotation comment, or undefined when the comment is not a JSON object
 * (uuid stamps, notes, commented-out request paths such as `<!-- GET /groups/{id}/events -->`).
 */
export function readAnnotation(htmlComment: string): Record<string, unknown> | undefined {
  const m = htmlComment.trim().match(/^<!--([\s\S]*?)-->$/);
  const body = (m === null ? htmlComment : m[1]).trim();
  if (!body.startsWith("{")) return undefined;
  const value = readLenientJson(body);
  return isPlainObject(value) ? value : undefined;
}

/**
 * Why an annotation comment that starts like JSON (`<!-- {`) is not read: the first thing the JSON5 reader stops at
 * in the text as written, and its offset in `htmlComment`. undefined when the comment is read, or is no JSON at all.
 */
export function annotationError(htmlComment: string): { reason: string; offset: number } | undefined {
  const m = /^<!--([\s\S]*?)-->$/.exec(htmlComment.trim());
  if (m === null || !m[1].trim().startsWith("{") || readAnnotation(htmlComment) !== undefined) return undefined;
  const bodyStart = htmlComment.indexOf("{");
  const body = m[1].trim();
  try {
    const value: unknown = JSON5.parse(escapeLineSeparators(body));
    // It parses, but not to an object (`{` cannot start anything else, so this is unreachable in practice).
    return { reason: `it is a ${Array.isArray(value) ? "list" : typeof value}, not an object`, offset: bodyStart };
  } catch (e) {
    const at = e as { message?: unknown; lineNumber?: unknown; columnNumber?: unknown };
    const message = typeof at.message === "string" ? at.message.replace(/^JSON5:\s*/, "").replace(/ at \d+:\d+$/, "") : "not JSON";
    // JSON5 names the line break that ends an unclosed string; say what the writer has to look for instead.
    const reason = /'\\n'|'\\r'/.test(message) ? "a string is not closed before the end of its line" : message;
    const line = typeof at.lineNumber === "number" ? at.lineNumber : 1;
    const col = typeof at.columnNumber === "number" ? at.columnNumber : 1;
    const lines = body.split("\n");
    const inBody = Math.min(body.length, lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + col - 1);
    return { reason, offset: bodyStart + inBody };
  }
}

/** Parses JSON the way the docs write it; undefined when even the repaired text does not parse. */
export function readLenientJson(text: string): unknown | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    // fall through to the repairs
  }
  const repair = (t: string) => addMissingCommas(removeTrailingCommas(removeEllipses(stripComments(t))));
  // A line break inside a string (a wrapped `suppressions` message in rangeformat-update.md) is the last repair:
  // with an unbalanced quote it would glue the rest of the text into one string.
  const candidates = [repair(trimmed), repair(joinBrokenStrings(trimmed)), trimmed];
  for (const candidate of candidates) {
    try {
      // JSON5 also takes unquoted keys, single quotes and whatever comments the stripper left alone. Raw U+2028/U+2029
      // are escaped first: JSON5 would print a warning to the console about them, in the middle of a json/sarif report.
      return JSON5.parse(escapeLineSeparators(candidate));
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

/** Raw U+2028/U+2029 escaped: JSON5 prints a console warning about them, which would land inside a json/sarif report. */
function escapeLineSeparators(text: string): string {
  return text.replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** The docs write booleans both as `true` and as the string `"true"` (`"truncated": "true"`, `"abstract": "true"`). */
export function truthy(v: unknown): boolean {
  return v === true || (typeof v === "string" && v.trim().toLowerCase() === "true");
}

/** Calls `onCode` for every run of text outside string literals; strings are copied as they are. */
function mapOutsideStrings(text: string, onCode: (code: string) => string): string {
  let out = "";
  let code = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      out += onCode(code);
      code = "";
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else {
      code += c;
      i++;
    }
  }
  return out + onCode(code);
}

/**
 * Adds the comma a member line forgot (`"tocPath": ""⏎ "suppressions": []` in teamsappinstallation.md): a value end
 * followed by a line break and a quoted key. Raw line breaks never sit inside valid JSON strings, so this cannot
 * touch string content of a body that would otherwise parse.
 */
function addMissingCommas(text: string): string {
  return text.replace(/("|\d|\btrue|\bfalse|\bnull|\}|\])([ \t]*\r?\n\s*)(?=")/g, "$1,$2");
}

/** Replaces raw line breaks inside string literals by a space; JSON forbids them, the docs wrap long strings. */
function joinBrokenStrings(text: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString && c === "\\") {
      out += c + (text[i + 1] ?? "");
      i++;
      continue;
    }
    if (c === '"') inString = !inString;
    out += inString && (c === "\n" || c === "\r") ? " " : c;
  }
  return out;
}

/** Removes `/* … *\/` and `// …` comments outside strings (a `//` inside `"https://…"` stays). */
function stripComments(text: string): string {
  // Block comments may span strings in theory; in the docs they hold plain words (`/* relationships */`).
  let out = "";
  let i = 0;
  let inString = false;
  while (i < text.length) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === "\\" && i + 1 < text.length) {
        out += text[i + 1];
        i += 2;
        continue;
      }
      if (c === '"' || c === "\n") inString = false;
      i++;
    } else if (c === '"') {
      inString = true;
      out += c;
      i++;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 2;
      out += " ";
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Drops `...`/`…` elisions standing where a member or element would be (`[ {…}, ... ]`, a `...` line). */
function removeEllipses(text: string): string {
  return mapOutsideStrings(text, (code) => code.replace(/(?:\.{3,}|…)/g, ""));
}

/** Removes commas before `}`/`]`, doubled commas and commas right after `{`/`[` (left behind by removed elisions). */
function removeTrailingCommas(text: string): string {
  return mapOutsideStrings(text, (code) =>
    code
      .replace(/,(\s*,)+/g, ",")
      .replace(/,(\s*[}\]])/g, "$1")
      .replace(/([{[]\s*),/g, "$1"),
  );
}
