/**
 * What the pages *say* about nullability, keyed by the member row's location. The model keeps only a boolean (with
 * a default for silent pages); the drift check needs to know whether the page actually said it.
 */
import type { SourceLocation } from "../../diagnostics/diagnostic.js";
import type { MemberFacts, PageFacts } from "../../parse/facts.js";
import type { ExplicitNullability } from "./drift.js";

export function statedNullability(pages: readonly PageFacts[]): ExplicitNullability {
  const said = new Map<string, boolean>();
  const add = (file: string, members: readonly MemberFacts[]): void => {
    for (const m of members) if (m.modifiers.nullable !== undefined) said.set(key(file, m.pos.line, m.pos.column), m.modifiers.nullable);
  };
  for (const p of pages) {
    for (const r of p.resources) {
      add(p.file, r.properties);
      add(p.file, r.relationships);
    }
    if (p.api) add(p.file, p.api.requestBody.parameters);
  }
  return (loc: SourceLocation) => said.get(key(loc.file, loc.line, loc.column));
}

function key(file: string, line: number, column: number): string {
  return `${file}:${line}:${column}`;
}
