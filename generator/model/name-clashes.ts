/**
 * Names two kinds of definition share (case-insensitively, as types resolve): an enum and a structured type with the
 * same qualified name (the type wins and the enum would vanish), or a type whose qualified name is also a namespace
 * (`microsoft.graph.security` the entity and `microsoft.graph.security.alert`'s namespace: one models file name for
 * both). Each is a located error naming both pages; what the model keeps does not change. Pure.
 */
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { EnumFacts, Pos } from "../parse/facts.js";
import type { TypeDraft } from "./structured/drafts.js";

interface EnumSource {
  facts: EnumFacts;
  file: string;
}

export function reportNameClashes(
  drafts: ReadonlyMap<string, TypeDraft>,
  enumFacts: ReadonlyMap<string, readonly EnumSource[]>,
  diagnostics: Diagnostic[],
): void {
  for (const [key, sources] of enumFacts) {
    const draft = drafts.get(key);
    const type = draft && typeSource(draft);
    if (!draft || !type) continue;
    const e = [...sources].sort(bySource)[0];
    diagnostics.push(
      diagnostic(
        "name-clash",
        at(e.file, e.facts.pos),
        `Enum "${e.facts.namespace}.${e.facts.name}" has the name of the ${draft.weak ? "type" : "resource type"} "${draft.namespace}.${draft.name}" (${type.file}:${type.pos.line}); docs2ts keeps the type and drops the enum.`,
        "Rename one of them, or link the property to the right one.",
      ),
    );
  }
  const namespaces = new Map<string, { namespace: string; file: string; pos: Pos }>();
  const noteNamespace = (namespace: string, file: string, pos: Pos): void => {
    const k = namespace.toLowerCase();
    const seen = namespaces.get(k);
    if (!seen || file < seen.file) namespaces.set(k, { namespace, file, pos });
  };
  for (const d of drafts.values()) {
    const source = typeSource(d);
    if (source && !d.weak) noteNamespace(d.namespace, source.file, source.pos);
  }
  for (const sources of enumFacts.values()) for (const s of sources) noteNamespace(s.facts.namespace, s.file, s.facts.pos);
  for (const [key, d] of [...drafts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const ns = namespaces.get(key);
    const type = typeSource(d);
    if (!ns || !type) continue;
    diagnostics.push(
      diagnostic(
        "name-clash",
        at(type.file, type.pos),
        `Type "${d.namespace}.${d.name}" has the name of the namespace "${ns.namespace}" (defined at ${ns.file}:${ns.pos.line}); their models files would have one name.`,
        "Rename the type or the namespace.",
      ),
    );
  }
}

function typeSource(d: TypeDraft): { file: string; pos: Pos } | undefined {
  const part = [...d.parts].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))[0];
  if (part) return { file: part.file, pos: part.facts.pos };
  if (d.namedAt) return { file: d.namedAt.file, pos: { line: d.namedAt.line, column: d.namedAt.column } };
  return undefined;
}

function bySource(a: EnumSource, b: EnumSource): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.facts.pos.line - b.facts.pos.line;
}

function at(file: string, pos: Pos): { file: string; line: number; column: number } {
  return { file, line: pos.line, column: pos.column };
}
