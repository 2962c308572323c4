/**
 * Where each member key and array element of a (pseudo-)JSON text starts, so a finding can point at the offending
 * key. The docs' example bodies are pseudo-JSON (comments, `...`, missing or trailing commas, unquoted keys); the
 * scanner is as tolerant as the lenient reader in parse/annotation-json.ts so the paths it records are the paths of
 * the value that reader produced: elisions are not elements, and any string or bare word followed by `:` inside an
 * object is a key, with or without the comma before it.
 */

export type JsonPath = readonly (string | number)[];

/** 0-based line and column within the scanned text. */
export interface TextPos {
  line: number;
  column: number;
}

export function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

interface Frame {
  kind: "object" | "array";
  path: JsonPath;
  /** Index of the last element started (arrays). */
  index: number;
  /** Key read and waiting for its value (objects). */
  pendingKey?: string;
}

/** Path (see pathKey) → position of the member's key, of the array element's first character, or of the root. */
export function jsonPositions(text: string): Map<string, TextPos> {
  const out = new Map<string, TextPos>();
  const stack: Frame[] = [];
  let i = 0;
  let line = 0;
  let col = 0;
  const advance = (n: number): void => {
    for (let k = 0; k < n && i < text.length; k++, i++) {
      if (text[i] === "\n") {
        line++;
        col = 0;
      } else col++;
    }
  };
  /** The path of a value starting now, recorded for array elements and the root. */
  const valueStart = (pos: TextPos): JsonPath => {
    const top = stack[stack.length - 1];
    if (!top) {
      if (!out.has(pathKey([]))) out.set(pathKey([]), pos);
      return [];
    }
    if (top.kind === "array") {
      top.index++;
      const p = [...top.path, top.index];
      out.set(pathKey(p), pos);
      return p;
    }
    const key = top.pendingKey;
    top.pendingKey = undefined;
    // A value with no key before it (broken text): it gets a path nobody asks for.
    return key === undefined ? [...top.path, "\u0000"] : [...top.path, key];
  };
  /** After a string or bare word inside an object: is the next significant character a colon? */
  const colonFollows = (from: number): boolean => {
    let j = from;
    while (j < text.length && /\s/.test(text[j])) j++;
    return text[j] === ":";
  };

  while (i < text.length) {
    const c = text[i];
    const pos = { line, column: col };
    if (/\s/.test(c)) advance(1);
    else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") advance(1);
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      advance((end < 0 ? text.length : end + 2) - i);
    } else if (c === "{" || c === "[") {
      const path = valueStart(pos);
      stack.push({ kind: c === "{" ? "object" : "array", path, index: -1 });
      advance(1);
    } else if (c === "}" || c === "]") {
      stack.pop();
      advance(1);
    } else if (c === "," || c === ":") {
      advance(1);
    } else if (c === "." || c === "…") {
      // `...` / `…` elisions stand where a member or element would be; the reader drops them.
      while (i < text.length && (text[i] === "." || text[i] === "…")) advance(1);
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      let value = "";
      while (j < text.length && text[j] !== c) {
        if (text[j] === "\\" && j + 1 < text.length) {
          value += text[j + 1];
          j += 2;
        } else value += text[j++];
      }
      const top = stack[stack.length - 1];
      if (top?.kind === "object" && colonFollows(j + 1)) {
        top.pendingKey = value;
        out.set(pathKey([...top.path, value]), pos);
      } else valueStart(pos);
      advance(j + 1 - i);
    } else {
      const m = /^[^\s,:{}[\]"'/]+/.exec(text.slice(i, i + 200));
      const word = m ? m[0] : c;
      const top = stack[stack.length - 1];
      if (top?.kind === "object" && colonFollows(i + word.length)) {
        top.pendingKey = word;
        out.set(pathKey([...top.path, word]), pos);
      } else valueStart(pos);
      advance(word.length);
    }
  }
  return out;
}
