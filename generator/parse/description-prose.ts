/**
 * Reads what a Description cell says about its property (phrasings measured in ../shared/docs/input-format.md §2.4,
 * §2.5): placeholders, "Inherited from", inline enum lists ("Possible values are: `a`, `b`."), and modifiers
 * (nullable, read-only, required, key, $filter support …); the cues the model needs are read by description-cues.ts.
 *
 * Input is the cell's Markdown-ish text: inline code stays wrapped in backticks, links may be `[x](href)`.
 *
 * Decisions (the corpus phrasing was measured with grep over v1.0/resources):
 * - `required`/`optional` are read only from a clause that is just that word ("Required.", "Optional, default
 *   value is false", "*Required*", "This property is required.", "Required on create"). The bare word appears in
 *   hundreds of sentences about other things ("the number of character sets required in the password", "a password
 *   is required", "This property is required when a user is created"), so conditional and incidental uses do not count.
 * - `nullable`: "not nullable"/"non-nullable"/"not null" → false; any other `nullable` word → true.
 * - read-only: the words `read-only`/`read only`/`readonly`, except in sentences that describe a value of the
 *   property ("Indicates whether the rule is read-only", "a read-only mode/state/access").
 * - Words inside backticks never count as modifiers (`required` as an enum member).
 * - The "Inherited from …" clause and placeholders are removed from `description`; modifier sentences stay (they
 *   are useful documentation).
 */
import { readDescriptionCues } from "./description-cues.js";
import type { Modifiers } from "./facts.js";

export interface DescriptionFacts {
  description: string;
  inheritedFrom?: string;
  possibleValues?: string[];
  /** See `listedValues` below. */
  listedValues?: string[];
  modifiers: Modifiers;
  /** The description said nothing but a placeholder ("Not yet documented", "**TODO: Add Description**"). */
  placeholder: boolean;
}

export function readDescription(text: string): DescriptionFacts {
  const normalized = normalize(text);
  const { text: withoutPlaceholders, removed } = removePlaceholders(normalized);
  const inherited = readInherited(withoutPlaceholders);
  const description = tidy(inherited.rest);
  const out: DescriptionFacts = {
    description,
    modifiers: { ...readModifiers(normalized), ...readDescriptionCues(description) },
    placeholder: removed && description === "",
  };
  if (inherited.name !== undefined) out.inheritedFrom = inherited.name;
  const values = readPossibleValues(normalized);
  if (values !== undefined) out.possibleValues = values;
  const listed = listedValues(description);
  if (listed !== undefined) out.listedValues = listed;
  return out;
}

function normalize(text: string): string {
  return text
    .replace(/<br\s*\/?>|<\/br>/gi, " ")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .replace(/[\u200b\ufeff]/g, "")
    .trim();
}

function tidy(text: string): string {
  return text
    .replace(/\s+([.,;])/g, "$1")
    .replace(/\s+/g, " ")
    .replace(/^[\s.,;]+/, "")
    .trim();
}

/** "**TODO: Add Description**", "TODO: …" up to the end of its sentence, "Not yet documented". */
function removePlaceholders(text: string): { text: string; removed: boolean } {
  let removed = false;
  const out = text
    .replace(/\*\*\s*TODO\b[^*]*\*\*/gi, () => ((removed = true), " "))
    .replace(/\bTODO\s*:[^.]*(?:\.|$)/gi, () => ((removed = true), " "))
    .replace(/\bNot yet documented\.?/gi, () => ((removed = true), " "));
  return { text: out, removed };
}

/** "Inherited from [deviceConfiguration](…)", "Inherited from **x**", "Inherited from x". */
function readInherited(text: string): { name?: string; rest: string } {
  const re =
    /\bInherited from\s+(?:the\s+)?(?:\[\s*(?:\*\*)?([^\]*]+?)(?:\*\*)?\s*\](?:\([^)]*\)|\[[^\]]*\])?|\*\*([^*]+)\*\*|`([^`]+)`|([A-Za-z_][\w.]*))\s*\.?/i;
  const m = text.match(re);
  if (m === null || m.index === undefined) return { rest: text };
  if (m[4] !== undefined && !plainTypeName(m[0], m[4], text.slice(m.index + m[0].length))) return { rest: text };
  // A sentence's full stop is not part of a plain dotted name ("Inherited from statusBase.").
  const name = (m[1] ?? m[2] ?? m[3] ?? m[4]).trim().replace(/\.+$/, "");
  return { name, rest: text.slice(0, m.index) + " " + text.slice(m.index + m[0].length) };
}

/**
 * An unformatted word after "inherited from" names a type (`statusBase`, `entity`, `microsoft.graph.entity`) unless
 * the phrase is prose: a determiner ("if it is inherited from an ancestor", "inherited from another scope"), "the"
 * before a plain word ("inherited from the default"), or a possessive ("inherited from the DriveItem's …").
 */
const DETERMINERS = new Set([
  "a",
  "an",
  "another",
  "any",
  "each",
  "every",
  "its",
  "their",
  "this",
  "that",
  "these",
  "those",
  "some",
  "one",
  "other",
  "both",
  "his",
  "her",
  "our",
  "your",
]);

function plainTypeName(match: string, word: string, after: string): boolean {
  if (DETERMINERS.has(word.toLowerCase())) return false;
  if (/\bfrom\s+the\s/i.test(match)) return false;
  return !/^['’]/.test(after);
}

/** Sentences split on `. ` / `; ` boundaries; clauses further on commas and parentheses. */
function sentences(text: string): string[] {
  // A closing quote or bracket may follow the full stop: `whether the item is "trending." Read-only.`
  return text
    .split(/(?<=[.;!?]["'”)\]]?)\s+|\s*<br\s*\/?>\s*/i)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function clauses(sentence: string): string[] {
  return sentence
    .split(/[.,;:()]/)
    .map((c) => c.replace(/[*_]/g, "").trim().toLowerCase())
    .filter((c) => c !== "");
}

/** Backticked words are values (`required` as an enum member), not prose about this property; `$filter` stays. */
function maskCode(text: string): string {
  return text.replace(/`[^`]*`/g, (m) => (/^`\$\w+`$/.test(m) ? m.slice(1, -1) : "CODE"));
}

function readModifiers(text: string): Modifiers {
  const mods: Modifiers = {};
  const prose = maskCode(text);
  const sents = sentences(text).map((original) => ({ original, prose: maskCode(original) }));

  if (/\b(?:not|non)[\s-]+nullable\b|\bnot null\b/i.test(prose)) mods.nullable = false;
  else if (/\bnullable\b/i.test(prose)) mods.nullable = true;

  for (const { prose: s } of sents) {
    if (!/\bread[\s-]?only\b/i.test(s)) continue;
    if (/^(?:indicates|specifies|determines|whether|true if|if true)\b/i.test(s)) continue;
    if (/\bread[\s-]?only\s+(?:mode|state|access|permission)/i.test(s)) continue;
    mods.readOnly = true;
  }

  for (const { prose: s } of sents) {
    for (const c of clauses(s)) {
      if (REQUIRED.test(c)) mods.required = true;
      else if (c === "not required") mods.required = false;
      else if (OPTIONAL.test(c)) mods.optional = true;
      else if (/^(?:key|key of the entity|the key|primary key)$/.test(c)) mods.key = true;
    }
  }
  if (/\bkey of the entity\b/i.test(prose)) mods.key = true;

  if (/\breturned only on \$select\b/i.test(prose)) mods.selectOnly = true;

  for (const { original, prose: s } of sents) {
    if (!/\bsupports?\b/i.test(s) || /\b(?:does not|doesn't|not) support/i.test(s)) continue;
    const filter = original.match(/\$filter\b`?\s*(\(([^)]*)\))?/i);
    if (filter !== null) {
      const ops = filter[2] === undefined ? [] : filterOperators(filter[2]);
      mods.filterOperators = [...new Set([...(mods.filterOperators ?? []), ...ops])];
    }
    if (/\$orderby\b/i.test(s)) mods.orderBy = true;
    if (/\$search\b/i.test(s)) mods.search = true;
  }

  // A bold `**Deprecated**` is a value in a list ("Possible states are … and **Deprecated**"), not this property.
  if (/\bdeprecated\b/i.test(prose.replace(/\*\*[^*]*\*\*/g, "BOLD"))) mods.deprecated = true;
  return mods;
}

const REQUIRED =
  /^(?:required|required on create|is required|this (?:property|field|parameter|value) is required|this is a required (?:field|property|parameter|value)(?: .*)?)$/;
const OPTIONAL =
  /^(?:optional|is optional|this (?:property|field|parameter|value) is optional|this is an optional (?:field|property|parameter|value)(?: .*)?)$/;

/** The operators OData `$filter` knows; "and"/"or" are left out because in prose they join the list. */
const FILTER_OPERATORS = new Set([
  "eq",
  "ne",
  "not",
  "in",
  "gt",
  "ge",
  "lt",
  "le",
  "startswith",
  "endswith",
  "contains",
  "any",
  "all",
  "has",
  "count",
]);

function filterOperators(list: string): string[] {
  return [...list.matchAll(/[A-Za-z]+/g)].map((m) => m[0].toLowerCase()).filter((w) => FILTER_OPERATORS.has(w));
}

/**
 * "Possible values are: `a`, `b`, `c`." and its variants ("The possible values are", "Possible values:", "Valid
 * values are", "Allowed values", "Supported values are", "Possible values for **x** are"); items may be backticked,
 * bold, italic or plain words. Plain lists must be single words ("Valid values 0 to 24" is a range, not a list).
 */
function readPossibleValues(text: string): string[] | undefined {
  const cue =
    /\b(?:possible|valid|allowed|supported)\s+(?:values|states)(?:\s+for\s+(?:the\s+)?\S+(?:\s+property)?)?(?:\s+(?:are|is|include))?\s*:?\s*/gi;
  const found: string[] = [];
  for (let m = cue.exec(text); m !== null; m = cue.exec(text)) {
    const items = readList(text.slice(m.index + m[0].length));
    if (items !== undefined) found.push(...items);
  }
  return found.length > 0 ? [...new Set(found)] : undefined;
}

/**
 * Values listed after a colon without a cue word: "The importance of the message: `Low`, `Normal`, `High`." Only
 * backticked items count (at least two, one list per description), so prose after a colon ("Example: …") is not
 * read as values. Kept apart from `possibleValues`, which the model also reads as enum members: this weaker reading
 * only helps to pick an existing enum for a String property.
 */
export function listedValues(text: string): string[] | undefined {
  const m = /:\s*(`[^`]+`(?:\s*(?:,\s*(?:and|or)?|\band\b|\bor\b)\s*`[^`]+`)+)/i.exec(normalize(text));
  return m === null ? undefined : [...m[1].matchAll(/`([^`]+)`/g)].map((v) => v[1].trim());
}

function readList(after: string): string[] | undefined {
  const marked = /^(?:`([^`]+)`|\*\*([^*]+)\*\*|\*([^*]+)\*|_([^_]+)_)/;
  // Between items: a note in parentheses ("(default value)"), an explanation after a dash ("`standard` - Channel
  // inherits …;", channel.md), then a comma, semicolon, "and"/"or" or a slash.
  const separator = /^\s*(?:\([^)]*\))?\s*(?:[-–]\s+[^`;]*?(?=;|,\s*`|$))?\s*(?:,\s*(?:and|or)\b|[,;]|\band\b|\bor\b|\/)?\s*/i;
  const items: string[] = [];
  let rest = after;
  for (;;) {
    const m = rest.match(marked);
    if (m === null) break;
    // `*Binary, Boolean, DateTime, Integer* or *String*` (schemaextension): one emphasis around several values.
    const item = m[1] ?? m[2] ?? m[3] ?? m[4];
    items.push(...(m[1] === undefined ? item.split(",") : [item]).map((i) => i.trim()).filter((i) => i !== ""));
    rest = rest.slice(m[0].length);
    const sep = rest.match(separator);
    if (sep === null || sep[0] === "") break;
    rest = rest.slice(sep[0].length);
  }
  if (items.length > 0) return items;
  // Plain words up to the end of the sentence: "Unknown, Empty, String, Integer."
  const sentence = after.match(/^(.*?)(?:\.(?:\s|$)|$)/)?.[1] ?? "";
  const words = sentence
    .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/i)
    .map((w) => w.trim())
    .filter((w) => w !== "");
  if (words.length >= 2 && words.every((w) => /^[\w-]+$/.test(w))) return words;
  return undefined;
}
