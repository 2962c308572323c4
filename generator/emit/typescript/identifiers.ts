/**
 * The one escaping layer for names that reach generated code. Every name in the model comes from documentation
 * pages and is untrusted: it may be a reserved word, `__proto__`, contain spaces, dashes, dots, quotes or line
 * separators, or be hundreds of characters long. Nothing else in generator/emit writes a name into code without
 * going through a function here.
 *
 * - Declared names (types, functions, constants) are ASCII identifiers built from the letters/digits of the input
 *   (`a-b c` → `ABC` / `aBC`); they never contain `$` (so `$`-prefixed locals in generated code cannot collide),
 *   never start with a digit and are never reserved words.
 * - Property keys keep the JSON name exactly and are quoted when they are not plain identifiers.
 * - Uniqueness is the job of `NameRegistry`: first claim wins, later claims get a predictable fallback.
 */

/** ECMAScript reserved words plus the strict-mode and TypeScript type-position ones a declaration cannot use. */
const RESERVED_WORDS: ReadonlySet<string> = new Set([
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "import",
  "in",
  "instanceof",
  "new",
  "null",
  "return",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  "yield",
  "let",
  "static",
  "implements",
  "interface",
  "package",
  "private",
  "protected",
  "public",
  "await",
  "arguments",
  "eval",
  "any",
  "boolean",
  "never",
  "number",
  "object",
  "string",
  "symbol",
  "undefined",
  "unknown",
  "bigint",
  "type",
  "keyof",
  "infer",
  "is",
  "asserts",
  "declare",
  "namespace",
  "module",
  "abstract",
  "readonly",
  "async",
  "constructor",
  "__proto__",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
]);

/**
 * Global names generated files refer to (builtins, lib types); a model type with one of these names would shadow
 * it in files that import it, so such names are reserved and get a fallback (`Set` → `TermStoreSet`).
 */
export const BUILTIN_TYPE_NAMES: readonly string[] = [
  "Array",
  "ReadonlyArray",
  "Record",
  "Partial",
  "Pick",
  "Omit",
  "Exclude",
  "Extract",
  "Required",
  "Readonly",
  "Promise",
  "PromiseLike",
  "Uint8Array",
  "ArrayBuffer",
  "Object",
  "String",
  "Number",
  "Boolean",
  "Symbol",
  "BigInt",
  "Function",
  "Date",
  "Error",
  "Map",
  "Set",
  "WeakMap",
  "WeakSet",
  "JSON",
  "Math",
  "AbortSignal",
  "Iterable",
  "AsyncIterable",
  "AsyncIterableIterator",
  "Blob",
  "Headers",
  "Response",
  "Request",
  "URL",
  "NonNullable",
  "ReturnType",
  "Parameters",
  "Awaited",
  "InstanceType",
  "globalThis",
];

/** Longest declared name we produce; longer names are cut and made unique with a hash suffix. */
export const MAX_IDENTIFIER_LENGTH = 120;

const PLAIN_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** True when `name` can be written unquoted as a property key (`default` and `class` can: ES5 allows it). */
export function isPropertyIdentifier(name: string): boolean {
  return PLAIN_IDENTIFIER.test(name);
}

/** A string literal for code: JSON escaping plus the two line separators older tools treat as newlines. */
export function stringLiteral(value: string): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** A property key for an interface member or object literal: the exact JSON name, quoted when needed. */
export function propertyKey(name: string): string {
  // `__proto__` as an unquoted key in an object literal sets the prototype; quote it everywhere for one rule.
  return isPropertyIdentifier(name) && name !== "__proto__" ? name : stringLiteral(name);
}

/** Property access expression on `target` for the JSON name (`x.id`, `x["@odata.type"]`). */
export function propertyAccess(target: string, name: string): string {
  return isPropertyIdentifier(name) && name !== "__proto__" ? `${target}.${name}` : `${target}[${stringLiteral(name)}]`;
}

/** Words of a name: runs of ASCII letters/digits; everything else separates. Camel humps are kept inside a word. */
function words(name: string): string[] {
  return name.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0);
}

/** `managedAllDeviceCertificateState` → `ManagedAllDeviceCertificateState`; `a-b c` → `ABC`. */
export function pascalCase(name: string): string {
  const joined = words(name)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("");
  return finishIdentifier(joined, "Unnamed");
}

/** `ManagedDevice` → `managedDevice`; `a-b c` → `aBC`; reserved words get a `_` suffix (`delete` → `delete_`). */
export function camelCase(name: string): string {
  const ws = words(name);
  const joined = ws.map((w, i) => (i === 0 ? w[0].toLowerCase() + w.slice(1) : w[0].toUpperCase() + w.slice(1))).join("");
  return finishIdentifier(joined, "unnamed");
}

function finishIdentifier(joined: string, empty: string): string {
  let id = joined.length === 0 ? empty : joined;
  if (/^[0-9]/.test(id)) id = `_${id}`;
  if (id.length > MAX_IDENTIFIER_LENGTH) id = `${id.slice(0, MAX_IDENTIFIER_LENGTH - 9)}_${hash8(id)}`;
  if (RESERVED_WORDS.has(id)) id = `${id}_`;
  return id;
}

/** FNV-1a, 8 hex digits: short, deterministic suffix for cut names. */
export function hash8(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * Unique names in one scope. `claim` returns the first free candidate, else the first candidate with a numeric
 * suffix (`Name2`, `Name3`, …). Comparison is exact (TypeScript is case-sensitive); file names use
 * `FileNameRegistry`, which is not.
 */
export class NameRegistry {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.taken.add(this.key(r));
  }

  protected key(name: string): string {
    return name;
  }

  has(name: string): boolean {
    return this.taken.has(this.key(name));
  }

  claim(...candidates: string[]): string {
    for (const c of candidates) {
      if (!this.has(c)) {
        this.taken.add(this.key(c));
        return c;
      }
    }
    const base = candidates[0];
    for (let n = 2; ; n++) {
      const c = `${base}${n}`;
      if (!this.has(c)) {
        this.taken.add(this.key(c));
        return c;
      }
    }
  }
}

/** File stems are compared case-insensitively: `Users.ts` and `users.ts` are one file on macOS and Windows. */
export class FileNameRegistry extends NameRegistry {
  protected override key(name: string): string {
    return name.toLowerCase();
  }
}

/** A safe file stem: letters, digits, `.`, `-`, `_`; no leading dot; bounded length. */
export function fileStem(name: string): string {
  let stem = name.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+/, "");
  if (stem.length === 0) stem = "unnamed";
  if (stem.length > 100) stem = `${stem.slice(0, 91)}_${hash8(name)}`;
  // Windows reserves device names whatever the extension (`con.ts`): such a file cannot exist in a checkout there.
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem.split(".")[0])) stem = stem.replace(/^[^.]*/, "$&_");
  return stem;
}
