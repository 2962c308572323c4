/**
 * Page positions of the keys inside an example's body. The model gives the code block's fence line and the body
 * text; the body starts after the request/status line and headers, so its first line is found in the page text
 * below the fence, and a key's line/column in the body is shifted to the page (code blocks inside lists are
 * indented in the page but not in the body text).
 */
import type { SourceLocation } from "../../diagnostics/diagnostic.js";
import type { ExampleMessageModel } from "../../model/types.js";
import { type JsonPath, jsonPositions, pathKey } from "./json-positions.js";

/** path → page location; the body's start (else the fence) for paths the scanner did not see. */
export function bodyLocator(pageLines: readonly string[] | undefined, msg: ExampleMessageModel): (path: JsonPath) => SourceLocation {
  const file = msg.source.file;
  const fallback = msg.source;
  if (!pageLines) return () => fallback;
  const bodyLines = msg.bodyText.split(/\r?\n/);
  const first = bodyLines[0]?.trim() ?? "";
  const start = findBodyStart(pageLines, msg.source.line, first);
  if (start === undefined) return () => fallback;
  let positions: Map<string, { line: number; column: number }> | undefined;
  const toPage = (line: number, column: number): SourceLocation => {
    const pageLine = pageLines[start + line] ?? "";
    const bodyLine = bodyLines[line] ?? "";
    // Line 0 of the body text was trimmed at the start; later lines lost only the block's indentation, if any.
    const offset =
      line === 0
        ? Math.max(0, pageLine.indexOf(bodyLine.trimStart()))
        : pageLine.endsWith(bodyLine)
          ? pageLine.length - bodyLine.length
          : 0;
    return { file, line: start + line + 1, column: offset + column + 1 };
  };
  return (path) => {
    positions ??= jsonPositions(msg.bodyText);
    for (let n = path.length; n >= 0; n--) {
      // The nearest recorded ancestor: a path through an elided part still lands near the finding.
      const p = positions.get(pathKey(path.slice(0, n)));
      if (p) return toPage(p.line, p.column);
    }
    return toPage(0, 0);
  };
}

/** 0-based index of the page line holding the body's first line, searched below the fence until the closing fence. */
function findBodyStart(pageLines: readonly string[], fenceLine: number, first: string): number | undefined {
  if (first === "") return undefined;
  for (let i = fenceLine; i < pageLines.length; i++) {
    const t = pageLines[i].trim();
    if (t === first || (t.length > 0 && t.endsWith(first) && /^[>\s]*$/.test(t.slice(0, t.length - first.length)))) return i;
    if (i > fenceLine && /^(```|~~~)/.test(t)) return undefined;
  }
  return undefined;
}
