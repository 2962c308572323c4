/**
 * Annotated code blocks: an `<!-- { "blockType": … } -->` comment right before a fenced block. The resource
 * block's annotation carries baseType/keyProperty/openType/…; its body is pseudo-JSON whose keys name the
 * properties and whose values are placeholders ("String", "String (timestamp)").
 */
import type { Code, RootContent } from "mdast";
import { readAnnotation, readLenientJson } from "./annotation-json.js";
import type { Pos, TypeExpr } from "./facts.js";
import { primitiveOf } from "./type-cell.js";
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

/** Top-level keys of a JSON representation body, with their placeholder text, line and the type the value shows. */
export function jsonKeys(b: AnnotatedBlock): { name: string; placeholder: string | null; pos: Pos; type?: TypeExpr }[] {
  const value = readLenientJson(b.code.value);
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  const lines = b.code.value.split("\n");
  return Object.entries(value as Record<string, unknown>).map(([name, v]) => {
    const i = lines.findIndex((l) => l.includes(`"${name}"`));
    const key: { name: string; placeholder: string | null; pos: Pos; type?: TypeExpr } = {
      name,
      placeholder: typeof v === "string" ? v : null,
      // +1 for the fence line.
      pos: { line: b.pos.line + 1 + Math.max(i, 0), column: 1 },
    };
    const type = placeholderType(v);
    if (type) key.type = type;
    return key;
  });
}

/** Notes in placeholders that name a more precise primitive than the word before them ("String (timestamp)"). */
const NOTE_TYPES: Readonly<Record<string, string>> = {
  timestamp: "DateTimeOffset",
  "iso 8601 duration": "Duration",
  duration: "Duration",
  timeofday: "TimeOfDay",
  binary: "Binary",
  base64: "Binary",
};

/**
 * The type a placeholder value shows: a type word ("String", "Int32", "String (timestamp)"), a `true`/`false` or
 * integer literal, `{"@odata.type": "microsoft.graph.x"}`, or an array of one of those. Sample values ("Brad
 * Cleaver", `null`, objects without `@odata.type`) show no type.
 */
export function placeholderType(v: unknown): TypeExpr | undefined {
  if (Array.isArray(v)) {
    const item = v.length > 0 ? placeholderType(v[0]) : undefined;
    return item ? { ...item, collection: true } : undefined;
  }
  if (typeof v === "boolean") return { kind: "primitive", name: "Edm.Boolean", collection: false };
  if (typeof v === "number")
    return Number.isInteger(v)
      ? { kind: "primitive", name: "Edm.Int32", collection: false }
      : { kind: "primitive", name: "Edm.Double", collection: false };
  if (typeof v === "string") {
    const m = /^\s*([A-Za-z][\w.]*)\s*(?:\(([^)]*)\))?\s*$/.exec(v);
    if (!m) return undefined;
    const note = m[2]?.trim().toLowerCase();
    const fromNote = note !== undefined ? NOTE_TYPES[note] : undefined;
    const primitive = primitiveOf(fromNote ?? m[1]);
    return primitive ? { kind: "primitive", name: primitive, collection: false } : undefined;
  }
  if (typeof v === "object" && v !== null) {
    const t = (v as Record<string, unknown>)["@odata.type"];
    if (typeof t !== "string") return undefined;
    const name = t.replace(/^#/, "").trim();
    const dot = name.lastIndexOf(".");
    if (dot <= 0 || !/^microsoft\./i.test(name)) return undefined;
    return { kind: "named", name: name.slice(dot + 1), namespace: name.slice(0, dot), collection: false };
  }
  return undefined;
}
