/**
 * Placeholders written inside path text: `code={board-code}` (key-as-segment with a named key), `'{label-name}'`
 * (a quoted key segment), `roleTemplateId='{id}'`, `{parent-id}:/{file-name}:` (a colon segment addressed from an
 * item given by id). The parse keeps such segments as text; this module splits that text into fixed text and
 * `{name}` placeholders, so the client makes each placeholder a parameter, `docs2ts examples` reads its value from a
 * URL, and a path whose braces do not pair up (no parameter can be bound to them) is reported and not emitted.
 */
import { diagnostic, type Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Endpoint, EndpointPath } from "../types.js";

export type TextPiece =
  | { text: string }
  /** `quoted`: the placeholder stands between single quotes (`'{x}'`), so its value is an OData string: `'` doubled. */
  | { placeholder: string; quoted: boolean };

/** `code={board-code}` → text "code=", placeholder "board-code"; undefined when a `{` or `}` is left unpaired or empty. */
export function placeholderPieces(text: string): TextPiece[] | undefined {
  const pieces: TextPiece[] = [];
  const pattern = /\{([^{}]*)\}/g;
  let at = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const before = text.slice(at, m.index);
    const name = m[1].trim();
    if (/[{}]/.test(before) || name === "") return undefined;
    if (before !== "") pieces.push({ text: before });
    const quoted = text[m.index - 1] === "'" && text[m.index + m[0].length] === "'";
    pieces.push({ placeholder: name, quoted });
    at = m.index + m[0].length;
  }
  const rest = text.slice(at);
  if (/[{}]/.test(rest)) return undefined;
  if (rest !== "") pieces.push({ text: rest });
  return pieces;
}

export function hasPlaceholder(text: string): boolean {
  return /[{}]/.test(text);
}

/** The first text of the path that would be sent with a literal `{` or `}`, or undefined when every placeholder binds. */
export function unboundText(path: EndpointPath): string | undefined {
  for (const s of path.segments) {
    const texts =
      s.kind === "literal"
        ? [s.value]
        : s.kind === "colon"
          ? [s.name]
          : s.kind === "cast"
            ? [s.type]
            : s.kind === "dollar"
              ? [s.value]
              : s.kind === "call"
                ? [s.name]
                : [];
    for (const t of texts) if (hasPlaceholder(t) && placeholderPieces(t) === undefined) return t;
  }
  for (const pair of path.query?.split("&") ?? []) {
    const value = pair.split(/=(.*)/s)[1] ?? "";
    if (hasPlaceholder(pair.split("=")[0]) || (hasPlaceholder(value) && placeholderPieces(value) === undefined)) return pair;
  }
  return undefined;
}

/**
 * Drops the documented paths a client could only send with a literal `{`/`}` (each with a located finding), and the
 * endpoints left without a path: no function is better than one that sends the placeholder itself.
 */
export function dropUnboundPaths(endpoints: readonly Endpoint[], diagnostics: Diagnostic[]): Endpoint[] {
  const out: Endpoint[] = [];
  for (const e of endpoints) {
    const kept = e.paths.filter((p) => {
      const text = unboundText(p);
      if (text === undefined) return true;
      diagnostics.push(
        diagnostic(
          "placeholder-not-bindable",
          e.source,
          `The request path ${p.template} has "${text}", whose braces do not pair up into a {placeholder}; no client function sends it.`,
          "Write each placeholder as {name}, with nothing but its name between the braces.",
        ),
      );
      return false;
    });
    if (kept.length === 0) continue;
    out.push(kept.length === e.paths.length ? e : { ...e, paths: kept });
  }
  return out;
}
