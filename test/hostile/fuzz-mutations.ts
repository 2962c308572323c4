/**
 * Mutations of real pages for the fuzz test: drop a line, duplicate a table row, swap two cells, truncate the file,
 * or inject a hostile string into a name, a type, a description, an enum value, a title, an annotation, a JSON key,
 * a request path, front matter or prose. A mutation is plain data (so fast-check prints a failing case readably) and
 * is applied by a pure function; targets are found by a small line classifier, not by the parser under test.
 */
import fc from "fast-check";
import { INJECTED_IDENTIFIER } from "./invariants.js";

/**
 * The hostile strings of issue 6. Those that carry the injected identifier always carry another word with it, so a
 * name built from the words of the text (`${pwned}` → `pwned`) cannot pass for code the page injected.
 */
export const PAYLOADS: readonly string[] = [
  "*/",
  "/*",
  "${",
  "`",
  '"',
  "'",
  "\u2028",
  "\u2029",
  "</script>",
  "__proto__",
  "constructor",
  "..",
  "/",
  "\\",
  "../../outside",
  "default",
  "a b-c",
  "con",
  `VeryLong${"x".repeat(500)}Name`,
  `*/ export const ${INJECTED_IDENTIFIER} = 1; /*`,
  `\${globalThis.${INJECTED_IDENTIFIER} = 1}`,
  `\`; globalThis.${INJECTED_IDENTIFIER}(); \``,
  `"; globalThis.${INJECTED_IDENTIFIER}(); "`,
  `'; globalThis.${INJECTED_IDENTIFIER}(); '`,
  `\u2028 globalThis.${INJECTED_IDENTIFIER}() \u2029`,
  `</script><script>globalThis.${INJECTED_IDENTIFIER}()</script>`,
];

export const TARGETS = [
  "name",
  "type",
  "description",
  "enum-value",
  "inline-enum-value",
  "title",
  "annotation",
  "json-key",
  "http-path",
  "front-matter",
  "prose",
] as const;
export type Target = (typeof TARGETS)[number];

export type Mutation =
  | { kind: "drop-line"; at: number }
  | { kind: "duplicate-row"; at: number }
  | { kind: "swap-cells"; at: number; a: number; b: number }
  | { kind: "truncate"; perMille: number }
  | { kind: "inject"; target: Target; at: number; payload: number; how: "replace" | "prefix" | "suffix" | "middle" };

/** One page's edits; `copy` also adds the mutated page a second time under another name (duplicate definitions). */
export interface PageEdit {
  page: number;
  mutations: Mutation[];
  copy: boolean;
}

const INDEX = fc.nat({ max: 10_000 });

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("drop-line" as const), at: INDEX }),
  fc.record({ kind: fc.constant("duplicate-row" as const), at: INDEX }),
  fc.record({ kind: fc.constant("swap-cells" as const), at: INDEX, a: fc.nat({ max: 5 }), b: fc.nat({ max: 5 }) }),
  fc.record({ kind: fc.constant("truncate" as const), perMille: fc.nat({ max: 999 }) }),
  // Injection is the point of most of the issue: weighted so about half the mutations inject.
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("inject" as const),
      target: fc.constantFrom(...TARGETS),
      at: INDEX,
      payload: fc.nat({ max: PAYLOADS.length - 1 }),
      how: fc.constantFrom("replace" as const, "prefix" as const, "suffix" as const, "middle" as const),
    }),
  },
);

export const pageEditArb: fc.Arbitrary<PageEdit> = fc.record({
  page: INDEX,
  mutations: fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
  // One edit in ten also copies the page: the same type or endpoint defined twice.
  copy: fc.nat({ max: 9 }).map((n) => n === 0),
});

interface LineInfo {
  fenced: boolean;
  /** The fence's info string (`json`, `http`) for lines inside a fence. */
  fenceLang: string;
  frontMatter: boolean;
  /** A table row that is neither the header nor the separator. */
  tableBody: boolean;
  /** First header cell of the table the row belongs to (`Member`, `Property`, …). */
  tableHeader: string;
}

const SEPARATOR = /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([\w-]*)/;

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n/);
}

/** Cells of a table row, split on unescaped pipes; the outer pipes are not cells. */
export function cells(row: string): string[] {
  const parts = row.trim().split(/(?<!\\)\|/);
  if (parts[0].trim() === "") parts.shift();
  if (parts.length > 0 && parts[parts.length - 1].trim() === "") parts.pop();
  return parts;
}

function joinCells(parts: readonly string[]): string {
  return `|${parts.join("|")}|`;
}

export function classify(lines: readonly string[]): LineInfo[] {
  const out: LineInfo[] = [];
  let fence: string | undefined;
  let lang = "";
  let header = "";
  const frontMatterEnd = lines[0] === "---" ? lines.indexOf("---", 1) : -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const info: LineInfo = { fenced: false, fenceLang: "", frontMatter: i <= frontMatterEnd, tableBody: false, tableHeader: "" };
    const m = FENCE.exec(line);
    if (fence !== undefined) {
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length) fence = undefined;
      else Object.assign(info, { fenced: true, fenceLang: lang });
    } else if (m) {
      fence = m[1];
      lang = m[2].toLowerCase();
    } else if (!info.frontMatter && line.trim().startsWith("|")) {
      if (i + 1 < lines.length && SEPARATOR.test(lines[i + 1])) header = (cells(line)[0] ?? "").trim();
      else if (!SEPARATOR.test(line)) Object.assign(info, { tableBody: true, tableHeader: header });
    }
    out.push(info);
  }
  return out;
}

/** Line indexes a target can change. */
function candidates(lines: readonly string[], info: readonly LineInfo[], target: Target): number[] {
  const pick = (ok: (line: string, i: LineInfo) => boolean) => lines.flatMap((l, n) => (ok(l, info[n]) ? [n] : []));
  switch (target) {
    case "name":
    case "type":
    case "description":
      return pick((_, i) => i.tableBody);
    case "enum-value":
      return pick((_, i) => i.tableBody && /^(members?|values?|names?)$/i.test(i.tableHeader));
    case "inline-enum-value":
      return pick((l, i) => i.tableBody && /`[^`]+`/.test(l));
    case "title":
      return pick((l, i) => !i.fenced && /^#\s/.test(l));
    case "annotation":
      return pick((l) => /"(@odata\.type|baseType|blockType|name)"\s*:\s*"[^"]*"/.test(l));
    case "json-key":
      return pick((l, i) => i.fenced && i.fenceLang === "json" && /^\s*\{?\s*"[^"]*"\s*:/.test(l));
    case "http-path":
      return pick((l, i) => i.fenced && /^\s*[A-Z]+ \//.test(l));
    case "front-matter":
      return pick((l, i) => i.frontMatter && /^\w+:\s*\S/.test(l));
    case "prose":
      return pick((l, i) => !i.fenced && !i.frontMatter && !i.tableBody && l.trim() !== "" && !l.trim().startsWith("|"));
  }
}

function insert(original: string, payload: string, how: Extract<Mutation, { kind: "inject" }>["how"]): string {
  switch (how) {
    case "replace":
      return payload;
    case "prefix":
      return payload + original;
    case "suffix":
      return original + payload;
    case "middle": {
      const mid = Math.floor(original.length / 2);
      return original.slice(0, mid) + payload + original.slice(mid);
    }
  }
}

/** The text a target names inside its line, changed by `edit`; the line itself when the target has no smaller part. */
function injectInLine(line: string, target: Target, edit: (s: string) => string): string {
  const cellEdit = (k: (n: number) => number): string => {
    const parts = cells(line);
    if (parts.length === 0) return edit(line);
    const i = Math.min(Math.max(k(parts.length), 0), parts.length - 1);
    parts[i] = edit(parts[i].trim());
    return joinCells(parts);
  };
  switch (target) {
    case "name":
    case "enum-value":
      return cellEdit(() => 0);
    case "type":
      return cellEdit(() => 1);
    case "description":
      return cellEdit((n) => n - 1);
    case "inline-enum-value":
      return line.replace(/`([^`]+)`/, (_, v: string) => `\`${edit(v)}\``);
    case "title":
      return line.replace(/^(#\s+)(\S+)/, (_, h: string, word: string) => h + edit(word));
    case "annotation":
      return line.replace(/("(?:@odata\.type|baseType|blockType|name)"\s*:\s*")([^"]*)"/, (_, k: string, v: string) => `${k}${edit(v)}"`);
    case "json-key":
      return line.replace(/^(\s*\{?\s*")([^"]*)"/, (_, q: string, k: string) => `${q}${edit(k)}"`);
    case "http-path":
      return line.replace(/^(\s*[A-Z]+ )(\S+)/, (_, m: string, p: string) => m + edit(p));
    case "front-matter":
      return line.replace(/^(\w+:\s*)(.*)$/, (_, k: string, v: string) => k + edit(v));
    case "prose":
      return edit(line);
  }
}

/** Applies one mutation to a page text. Pure; indexes wrap around the candidates, so every mutation applies. */
export function mutate(text: string, m: Mutation): string {
  if (m.kind === "truncate") return text.slice(0, Math.floor((text.length * m.perMille) / 1000));
  const lines = splitLines(text);
  const info = classify(lines);
  const at = (list: number[]): number | undefined => (list.length === 0 ? undefined : list[m.at % list.length]);
  switch (m.kind) {
    case "drop-line": {
      lines.splice(m.at % lines.length, 1);
      break;
    }
    case "duplicate-row": {
      const rows = info.flatMap((i, n) => (i.tableBody ? [n] : []));
      const n = at(rows) ?? m.at % lines.length;
      lines.splice(n, 0, lines[n]);
      break;
    }
    case "swap-cells": {
      const n = at(info.flatMap((i, k) => (i.tableBody ? [k] : [])));
      if (n === undefined) break;
      const parts = cells(lines[n]);
      if (parts.length < 2) break;
      const a = m.a % parts.length;
      const b = m.b % parts.length === a ? (a + 1) % parts.length : m.b % parts.length;
      [parts[a], parts[b]] = [parts[b], parts[a]];
      lines[n] = joinCells(parts);
      break;
    }
    case "inject": {
      const list = candidates(lines, info, m.target);
      const n = at(list.length > 0 ? list : lines.map((_, k) => k));
      if (n === undefined) break;
      const payload = PAYLOADS[m.payload % PAYLOADS.length];
      lines[n] = list.length > 0 ? injectInLine(lines[n], m.target, (s) => insert(s, payload, m.how)) : insert(lines[n], payload, m.how);
      break;
    }
  }
  return lines.join("\n");
}

export interface Page {
  file: string;
  text: string;
}

/** The page set after the edits: edited pages replaced, copies added next to them (`x.copy.md`). */
export function applyEdits(pages: readonly Page[], edits: readonly PageEdit[]): Page[] {
  const out = pages.map((p) => ({ ...p }));
  if (out.length === 0) return out;
  for (const e of edits) {
    const i = e.page % pages.length;
    out[i].text = e.mutations.reduce(mutate, out[i].text);
    if (e.copy && !out.some((p) => p.file === copyName(out[i].file))) out.push({ file: copyName(out[i].file), text: out[i].text });
  }
  return out;
}

function copyName(file: string): string {
  return file.replace(/\.md$/, ".copy.md");
}
