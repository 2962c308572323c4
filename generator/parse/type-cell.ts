/**
 * Reads the Type column of a Properties / Relationships / parameter table (and other short type texts such as an
 * annotation's `@odata.type` or a response sentence's snippet) into a TypeExpr.
 *
 * Grammar (the notations measured in ../shared/docs/input-format.md §2.3 and §8.4):
 *   cell  := wrap* core wrap*
 *   wrap  := `Collection(` … `)` | `collection of` … | … `collection` | … `[]` | … `(note)` | … `, note`
 *            | … `resource`/`object`/`enum`/`entity`/`type` (a trailing kind word)
 *   core  := one link (`[x](href)`, `[x][]`, `[x][label]`) | one word (`String`, `alertFeedback`, `microsoft.graph.ns.x`)
 * A cell with two links (`[a](a.md) or [b](b.md)`) or with prose around the core is unknown; the text is kept for messages.
 */
import type { PhrasingContent } from "mdast";
import { toString } from "mdast-util-to-string";
import type { EdmPrimitive, TypeExpr } from "./facts.js";

/** Lower-cased spelling (without `Edm.`) → primitive. Spellings measured in ../shared/docs/input-format.md §2.3. */
const PRIMITIVES: ReadonlyMap<string, EdmPrimitive> = new Map<string, EdmPrimitive>([
  ["string", "Edm.String"],
  // A URL is sent as a string; the docs write `Url` where CSDL says Edm.String.
  ["url", "Edm.String"],
  ["uri", "Edm.String"],
  ["boolean", "Edm.Boolean"],
  ["bool", "Edm.Boolean"],
  ["int16", "Edm.Int16"],
  ["int32", "Edm.Int32"],
  ["int", "Edm.Int32"],
  ["integer", "Edm.Int32"],
  ["int64", "Edm.Int64"],
  ["long", "Edm.Int64"],
  ["byte", "Edm.Byte"],
  ["sbyte", "Edm.SByte"],
  ["single", "Edm.Single"],
  ["float", "Edm.Single"],
  ["double", "Edm.Double"],
  ["decimal", "Edm.Decimal"],
  // Dynamics pages write `numeric` (20 rows, beta); it is a decimal amount there.
  ["numeric", "Edm.Decimal"],
  ["datetimeoffset", "Edm.DateTimeOffset"],
  ["datetime", "Edm.DateTimeOffset"],
  ["timestamp", "Edm.DateTimeOffset"],
  ["date", "Edm.Date"],
  ["timeofday", "Edm.TimeOfDay"],
  ["duration", "Edm.Duration"],
  ["timespan", "Edm.Duration"],
  ["guid", "Edm.Guid"],
  ["uuid", "Edm.Guid"],
  ["binary", "Edm.Binary"],
  ["stream", "Edm.Stream"],
  // Free-form JSON: `Json` (47 rows), `Object`, `Untyped JSON object` (projectrome-activity.md).
  ["json", "Edm.Untyped"],
  ["json object", "Edm.Untyped"],
  ["object", "Edm.Untyped"],
  ["untyped", "Edm.Untyped"],
  ["untyped json object", "Edm.Untyped"],
]);

/** The primitive a word names (case-insensitive, optional `Edm.` prefix), or undefined for anything else. */
export function primitiveOf(word: string): EdmPrimitive | undefined {
  const w = word
    .trim()
    .replace(/^edm\./i, "")
    .replace(/\s+/g, " ")
    .toLowerCase();
  return PRIMITIVES.get(w);
}

/** A cell flattened to text runs and links; emphasis and code marks are dropped, the words stay. */
type Part = { kind: "text"; value: string } | { kind: "link"; text: string; href?: string };

/** Reads the children of a GFM table cell. `definitions`: lower-cased reference label → URL. */
export function readTypeCell(cell: PhrasingContent[], definitions: ReadonlyMap<string, string>): TypeExpr {
  const parts: Part[] = [];
  for (const node of cell) flatten(node, definitions, parts);
  const plain = normalizeSpace(cell.map((n) => toString(n)).join(""));
  // Text runs may still hold Markdown links that remark did not parse (undefined `[x][]`, unclosed `[x](x.md`).
  return readParts(
    parts.flatMap((p) => (p.kind === "text" ? splitTextLinks(p.value) : [p])),
    plain,
  );
}

/** Reads a plain string that may contain Markdown link syntax (`Collection(microsoft.graph.x)`, `[user](user.md) collection`). */
export function readTypeText(text: string): TypeExpr {
  const parts = splitTextLinks(text);
  const plain = normalizeSpace(
    parts
      .map((p) => (p.kind === "text" ? p.value : p.text))
      .join("")
      .replace(/\*\*|`/g, ""),
  );
  return readParts(parts, plain);
}

function flatten(node: PhrasingContent, definitions: ReadonlyMap<string, string>, out: Part[]): void {
  switch (node.type) {
    case "text":
      out.push({ kind: "text", value: node.value });
      return;
    case "inlineCode":
      // `` `bool` ``: the code mark is presentation only.
      out.push({ kind: "text", value: node.value });
      return;
    case "html":
      // `<br>` and friends separate words; other inline HTML carries no type.
      out.push({ kind: "text", value: " " });
      return;
    case "break":
      out.push({ kind: "text", value: " " });
      return;
    case "link":
      out.push({ kind: "link", text: toString(node), href: node.url });
      return;
    case "linkReference": {
      const label = (node.label ?? node.identifier).toLowerCase();
      const href = definitions.get(label) ?? definitions.get(node.identifier.toLowerCase());
      out.push(href === undefined ? { kind: "link", text: toString(node) } : { kind: "link", text: toString(node), href });
      return;
    }
    default:
      if ("children" in node) {
        for (const child of node.children as PhrasingContent[]) flatten(child, definitions, out);
      } else if ("value" in node && typeof node.value === "string") {
        out.push({ kind: "text", value: node.value });
      }
  }
}

/**
 * Finds Markdown link syntax left in text: `[x](href)`, `[x](href` (unclosed, seen once in the corpus), `[x][]`,
 * `[x][label]`. Reference links found here have no definition, so they carry no href.
 */
function splitTextLinks(text: string): Part[] {
  const out: Part[] = [];
  const re = /\[([^\]]+)\](?:\(([^)\s]*)\)?|\[([^\]]*)\])/g;
  let last = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > last) out.push({ kind: "text", value: text.slice(last, m.index) });
    const linkText = m[1];
    out.push(m[2] !== undefined && m[2] !== "" ? { kind: "link", text: linkText, href: m[2] } : { kind: "link", text: linkText });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: "text", value: text.slice(last) });
  return out;
}

/** Stands for the one link inside the shape text. A private-use character never appears in the docs. */
const LINK = "\uE000";

function readParts(parts: Part[], plain: string): TypeExpr {
  const links = parts.filter((p): p is Extract<Part, { kind: "link" }> => p.kind === "link");
  const shapeText = parts.map((p) => (p.kind === "text" ? p.value : LINK)).join("");
  const shape = readShape(shapeText);
  if (/unknown\s+type/i.test(plain)) {
    // `** Unknown Type \`microsoft.management….operation\` ** collection`: a generator error message in the docs.
    return { kind: "unknown", text: plain, collection: shape?.collection ?? /\bcollection\b/i.test(plain) };
  }
  // Two links are a union (`[a](a.md) or [b](b.md)`) or prose; neither is one type.
  if (shape === undefined || links.length > 1) return { kind: "unknown", text: plain, collection: false };
  if (shape.core === LINK) {
    const link = links[0];
    const inner = readShape(link.text);
    if (inner === undefined || inner.core === LINK) return { kind: "unknown", text: plain, collection: shape.collection };
    return typeOfWord(inner.core, shape.collection || inner.collection, link.href, plain);
  }
  if (links.length > 0) return { kind: "unknown", text: plain, collection: shape.collection };
  return typeOfWord(shape.core, shape.collection, undefined, plain);
}

function typeOfWord(word: string, collection: boolean, href: string | undefined, plain: string): TypeExpr {
  // A primitive linked to a page (`[DateTimeOffset](timestamp.md)`) is still the primitive.
  const primitive = primitiveOf(word);
  if (primitive !== undefined) return { kind: "primitive", name: primitive, collection };
  // Methods tables say `None` for "returns nothing"; that is not a type named None.
  if (!IDENTIFIER.test(word) || /^none$/i.test(word)) return { kind: "unknown", text: plain, collection };
  const { name, namespace } = splitQualified(word);
  const named: TypeExpr = { kind: "named", name, collection };
  if (namespace !== undefined) named.namespace = namespace;
  if (href !== undefined) named.href = href;
  return named;
}

/** `microsoft.graph.callRecords.session` → namespace `microsoft.graph.callRecords`, name `session`. Other dotted names (`NAV.PostalAddress`) stay whole. */
function splitQualified(word: string): { name: string; namespace?: string } {
  const dot = word.lastIndexOf(".");
  if (dot > 0 && /^microsoft\./i.test(word)) return { name: word.slice(dot + 1), namespace: word.slice(0, dot) };
  return { name: word };
}

const IDENTIFIER = /^[A-Za-z_][\w.]*$/;
const CORE = new RegExp(`^(?:${LINK}|[A-Za-z_][\\w.]*)$`);

/**
 * Peels the wrappers off a type text until one core is left (a word, or the link marker).
 * undefined when what is left is not one core (prose, unions).
 */
function readShape(raw: string): { core: string; collection: boolean } | undefined {
  let s = normalizeSpace(raw.replace(/\*\*|__|`/g, "").replace(/\|/g, " "));
  let collection = false;
  for (let guard = 0; guard < 12; guard++) {
    s = s.replace(/\.$/, "").trim();
    if (CORE.test(s)) return { core: s, collection };
    // Multi-word primitives (`Untyped JSON object`) before the kind-word rule eats `object`.
    if (primitiveOf(s) !== undefined) return { core: s, collection };
    let m: RegExpMatchArray | null;
    if ((m = s.match(/^collection\s*\((.*)\)$/i))) {
      collection = true;
      s = m[1];
    } else if ((m = s.match(/^collection\s+of\s+(.+)$/i))) {
      collection = true;
      // `collection of strings` (g2020): the plural names the item type.
      s = singular(m[1]);
    } else if ((m = s.match(/^(.+?)\s*\bcollection$/i))) {
      // Repeats for `routingPolicy collection collection`.
      collection = true;
      s = m[1];
    } else if ((m = s.match(/^(.+?)\s*\[\]$/))) {
      collection = true;
      s = m[1];
    } else if ((m = s.match(/^(.+?)\s*\([^()]*\)$/))) {
      // `string (url)`, `string (readonly)`: a note.
      s = m[1];
    } else if ((m = s.match(/^([^,]+?)\s*,.*$/))) {
      // `string, maximum size 20`.
      s = m[1];
    } else if ((m = s.match(/^(.+?)\s+(?:resource|resources|object|objects|enum|entity|type|complex type)$/i))) {
      // `[itemAnalytics][] resource`, `[fileHashType](filehashtypeenumtype.md) enum`, `error object`.
      s = m[1];
    } else if ((m = s.match(/^(\S+(?: collection)?)\.\s+[A-Z].*$/i))) {
      // `educationOutcome collection. Holds grades, …`: a description sentence leaked into the Type cell.
      s = m[1];
    } else if ((m = s.match(/^(?:an?|the)\s+(.+)$/i))) {
      s = m[1];
    } else {
      return undefined;
    }
  }
  return undefined;
}

function singular(s: string): string {
  const t = s.trim();
  return /^[A-Za-z]\w*s$/.test(t) && primitiveOf(t) === undefined && primitiveOf(t.slice(0, -1)) !== undefined ? t.slice(0, -1) : t;
}

function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u202f\u200b]+/g, " ").trim();
}
