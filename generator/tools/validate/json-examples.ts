/**
 * Checks the JSON bodies of every example request and response against the model the pages define: the page
 * contradicting itself (an example with a property no table lists, an enum value that is not a member, a number
 * where the table says String). Pure: page text comes in through `ExampleSources` only to locate findings.
 *
 * What each body is checked against:
 * - request: the endpoint's body (a type for create/update, the action's parameters); `$ref`/binary bodies are not.
 * - response: the response annotation's `@odata.type` (+ `isCollection`) when it names a model type, else the
 *   endpoint's response type. A collection is `{"value": [...]}` (or a bare array); a single type whose body has a
 *   `value` array and no `value` property is read as a collection too (401 such responses lack `isCollection`).
 * - inside: each object is its `@odata.type` when it has one (which must be the expected type or derive from it),
 *   else the expected type. Keys starting with `@` (instance annotations) and `name@…` (property annotations of a
 *   known property) are OData's, not the model's. Open types take any key. `null` is accepted everywhere.
 */
import {
  dedupeDiagnostics,
  diagnostic,
  type Diagnostic,
  type RuleId,
  type Severity,
  type SourceLocation,
} from "../../diagnostics/diagnostic.js";
import type { Endpoint, EnumType, ExampleMessageModel, Model, StructuredType, TypeRef } from "../../model/types.js";
import { bodyLocator } from "./example-locations.js";
import type { JsonPath } from "./json-positions.js";
import { familyOfEdm, readPlaceholder } from "./placeholders.js";

export const VALIDATE_RULE_IDS = [
  "example-not-json",
  "example-unknown-property",
  "example-wrong-type",
  "example-enum-value",
  "example-missing-odata-type",
  "example-unknown-odata-type",
  "example-wrong-odata-type",
  "example-value-wrapper",
] as const;

/** Page text by file (lines), to compute where in the page a key is. */
export type ExampleSources = (file: string) => readonly string[] | undefined;

export interface ValidateStats {
  /** Example messages with a non-empty body. */
  bodies: number;
  /** Bodies checked against a model type. */
  checked: number;
  /** JSON bodies with nothing to check against (no body type, unknown response type, `$ref`, binary). */
  unchecked: number;
}

export interface ValidateResult {
  diagnostics: Diagnostic[];
  stats: ValidateStats;
}

export function validateExamples(model: Model, sources: ExampleSources): ValidateResult {
  const index = new ModelIndex(model);
  const diagnostics: Diagnostic[] = [];
  const stats: ValidateStats = { bodies: 0, checked: 0, unchecked: 0 };
  const seen = new Set<ExampleMessageModel>();
  for (const endpoint of model.endpoints) {
    for (const ex of endpoint.examples) {
      for (const [role, msg] of [
        ["request", ex.request],
        ["response", ex.response],
      ] as const) {
        if (!msg || seen.has(msg) || msg.bodyText.trim() === "") continue;
        seen.add(msg);
        stats.bodies++;
        const locate = bodyLocator(sources(msg.source.file), msg);
        const out = (d: Diagnostic): void => void diagnostics.push(d);
        if (msg.bodyJson === undefined) {
          notJson(msg, locate, out);
          continue;
        }
        const walker = new Walker(index, locate, out, `${role} of ${endpoint.name}`);
        const checked = role === "request" ? walker.request(endpoint, msg.bodyJson) : walker.response(endpoint, msg);
        if (checked) stats.checked++;
        else stats.unchecked++;
      }
    }
  }
  return { diagnostics: dedupeDiagnostics(diagnostics), stats };
}

/** Only bodies that are clearly meant to be JSON (they start with `{` or `[`); truncated ones (`...`) are info. */
function notJson(msg: ExampleMessageModel, locate: (p: JsonPath) => SourceLocation, out: (d: Diagnostic) => void): void {
  const text = msg.bodyText.trim();
  if (!/^[{[]/.test(text)) return;
  const truncated = /\.\.\.|…/.test(text);
  out(
    diagnostic(
      "example-not-json",
      locate([]),
      truncated
        ? "The example body is truncated with `...` and is not JSON; it is not checked."
        : "The example body starts like JSON but does not parse, even leniently; it is not checked.",
      truncated
        ? undefined
        : "Fix the JSON (unbalanced brackets, missing quotes or commas); comments, trailing commas and `...` are tolerated.",
      truncated ? "info" : undefined,
    ),
  );
}

type Json = unknown;
type Obj = Record<string, Json>;

function isObj(v: Json): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Lower-case lookups over the model, inheritance flattened once. */
class ModelIndex {
  readonly types = new Map<string, StructuredType>();
  readonly enums = new Map<string, EnumType>();
  private readonly bySimple = new Map<string, (StructuredType | EnumType)[]>();
  private readonly children = new Map<string, StructuredType[]>();
  private readonly memberCache = new Map<StructuredType, Map<string, TypeRef>>();

  constructor(model: Model) {
    for (const t of model.types) {
      this.types.set(qn(t).toLowerCase(), t);
      this.addSimple(t);
      if (t.baseType) {
        const k = t.baseType.toLowerCase();
        this.children.set(k, [...(this.children.get(k) ?? []), t]);
      }
    }
    for (const e of model.enums) {
      this.enums.set(qn(e).toLowerCase(), e);
      this.addSimple(e);
    }
  }

  private addSimple(t: StructuredType | EnumType): void {
    const k = t.name.toLowerCase();
    this.bySimple.set(k, [...(this.bySimple.get(k) ?? []), t]);
  }

  /** `#microsoft.graph.user`, `microsoft.graph.user`, `user` (when unique) → the type. */
  resolve(name: string): StructuredType | EnumType | undefined {
    const n = name.trim().replace(/^#/, "").toLowerCase();
    const hit = this.types.get(n) ?? this.enums.get(n);
    if (hit) return hit;
    const simple = this.bySimple.get(n.split(".").pop() ?? n);
    return simple?.length === 1 ? simple[0] : undefined;
  }

  base(t: StructuredType): StructuredType | undefined {
    return t.baseType ? this.types.get(t.baseType.toLowerCase()) : undefined;
  }

  isOpen(t: StructuredType): boolean {
    for (let cur: StructuredType | undefined = t, n = 0; cur && n < 50; cur = this.base(cur), n++) if (cur.openType) return true;
    return false;
  }

  derivesFrom(t: StructuredType, ancestor: StructuredType): boolean {
    for (let cur: StructuredType | undefined = t, n = 0; cur && n < 50; cur = this.base(cur), n++) if (cur === ancestor) return true;
    return false;
  }

  /** Own and inherited properties and navigation properties. */
  members(t: StructuredType): Map<string, TypeRef> {
    const cached = this.memberCache.get(t);
    if (cached) return cached;
    const out = new Map<string, TypeRef>();
    for (let cur: StructuredType | undefined = t, n = 0; cur && n < 50; cur = this.base(cur), n++) {
      for (const p of [...cur.properties, ...cur.navigationProperties]) if (!out.has(p.name)) out.set(p.name, p.type);
    }
    this.memberCache.set(t, out);
    return out;
  }

  hasDerived(t: StructuredType): boolean {
    return (this.children.get(qn(t).toLowerCase()) ?? []).length > 0;
  }

  /** Types deriving (transitively) from t that declare `name` themselves. */
  derivedDeclaring(t: StructuredType, name: string): StructuredType[] {
    const out: StructuredType[] = [];
    const visit = (x: StructuredType, depth: number): void => {
      if (depth > 50) return;
      for (const c of this.children.get(qn(x).toLowerCase()) ?? []) {
        if ([...c.properties, ...c.navigationProperties].some((p) => p.name === name)) out.push(c);
        else visit(c, depth + 1);
      }
    };
    visit(t, 0);
    return out;
  }
}

class Walker {
  constructor(
    private readonly index: ModelIndex,
    private readonly locate: (path: JsonPath) => SourceLocation,
    private readonly out: (d: Diagnostic) => void,
    /** "response of listUsers", for messages. */
    private readonly context: string,
  ) {}

  /** false when there was nothing to check the body against. */
  request(endpoint: Endpoint, body: Json): boolean {
    const b = endpoint.body;
    if (!b) return false;
    if (b.kind === "type") {
      if (this.kindOf(b.type.type) === undefined) return false;
      this.value(body, b.type, []);
      return true;
    }
    if (b.kind === "parameters") {
      if (!isObj(body)) {
        this.report("example-wrong-type", [], `The ${this.context} is ${describe(body)}; the action takes a JSON object of parameters.`);
        return true;
      }
      const params = new Map(b.parameters.map((p) => [p.name, p.type]));
      for (const [key, v] of Object.entries(body)) {
        if (this.isAnnotation(key, params, true)) continue;
        const type = params.get(key);
        if (type) this.value(v, type, [key]);
        else {
          const near = [...params.keys()].find((k) => k.toLowerCase() === key.toLowerCase());
          this.report(
            "example-unknown-property",
            [key],
            `"${key}" is not a parameter of ${endpoint.operation ?? endpoint.name} (parameters: ${[...params.keys()].join(", ") || "none"}).`,
            near ? `Did you mean "${near}"?` : "Add the parameter to the Request body table, or remove it from the example.",
          );
        }
      }
      return true;
    }
    return false;
  }

  response(endpoint: Endpoint, msg: ExampleMessageModel): boolean {
    const body = msg.bodyJson;
    const ref = this.responseType(endpoint, msg);
    if (!ref) return false;
    const kind = this.kindOf(ref.type);
    if (kind === undefined) return false;
    const valueArray = isObj(body) && Array.isArray(body.value) ? (body.value as Json[]) : undefined;
    if (ref.collection) {
      if (valueArray) valueArray.forEach((el, i) => this.value(el, { ...ref, collection: false }, ["value", i]));
      else if (Array.isArray(body)) body.forEach((el, i) => this.value(el, { ...ref, collection: false }, [i]));
      else return false;
      return true;
    }
    if (kind === "structure") {
      const t = this.index.types.get(ref.type.toLowerCase());
      if (valueArray && t && !this.index.members(t).has("value")) {
        valueArray.forEach((el, i) => this.value(el, ref, ["value", i]));
        return true;
      }
      if (isObj(body) && isObj(body.value) && t && !this.index.members(t).has("value")) {
        // The generated Intune pages wrap a single entity in {"value": {…}}; OData returns it unwrapped. One finding
        // for the wrapper, then the entity inside is checked like any other.
        this.report(
          "example-value-wrapper",
          ["value"],
          `The single ${qn(t)} is wrapped in {"value": …}; a single entity or complex value is returned unwrapped.`,
          'Remove the {"value": …} wrapper, or mark the response as a collection.',
          "warning",
        );
        this.value(body.value, ref, ["value"]);
        return true;
      }
      this.value(body, ref, []);
      return true;
    }
    // A primitive or enum result is wrapped: {"value": …}.
    if (isObj(body) && "value" in body) {
      this.value(body.value, ref, ["value"]);
      return true;
    }
    return false;
  }

  private responseType(endpoint: Endpoint, msg: ExampleMessageModel): TypeRef | undefined {
    const ann = msg.annotation ?? {};
    const written =
      typeof ann["@odata.type"] === "string" ? ann["@odata.type"] : typeof ann["@type"] === "string" ? ann["@type"] : undefined;
    if (written) {
      const m = /^\s*Collection\((.*)\)\s*$/i.exec(written);
      const name = (m ? m[1] : written).trim();
      const collection = m !== null || ann.isCollection === true || ann.isCollection === "true";
      if (/^Edm\./.test(name)) return { type: name, collection };
      const t = this.index.resolve(name);
      if (t) return { type: qn(t), collection };
    }
    return endpoint.response.type;
  }

  private kindOf(type: string): "primitive" | "structure" | "enum" | undefined {
    if (type.startsWith("Edm.")) return familyOfEdm(type) ? "primitive" : undefined;
    const k = type.toLowerCase();
    return this.index.types.has(k) ? "structure" : this.index.enums.has(k) ? "enum" : undefined;
  }

  private value(v: Json, ref: TypeRef, path: JsonPath): void {
    if (v === null || v === undefined) return;
    const kind = this.kindOf(ref.type);
    if (kind === undefined) return;
    if (ref.collection) {
      if (!Array.isArray(v)) {
        this.report(
          "example-wrong-type",
          path,
          `${label(path)} is ${describe(v)}; the docs type it as a collection of ${ref.type}.`,
          "Write a JSON array, or fix the Type column.",
        );
        return;
      }
      v.forEach((el, i) => this.value(el, { type: ref.type, collection: false }, [...path, i]));
      return;
    }
    if (kind === "primitive") this.primitive(v, ref.type, path);
    else if (kind === "enum") this.enumValue(v, this.index.enums.get(ref.type.toLowerCase()) as EnumType, path);
    else this.structured(v, this.index.types.get(ref.type.toLowerCase()) as StructuredType, path);
  }

  private primitive(v: Json, edm: string, path: JsonPath): void {
    const family = familyOfEdm(edm);
    if (!family) return;
    if (typeof v === family) return;
    if (typeof v === "string") {
      const ph = readPlaceholder(v);
      if (ph) {
        if (ph.family !== family) {
          this.report(
            "example-wrong-type",
            path,
            `${label(path)} is the placeholder "${v}", which names a ${ph.family}; the docs type it as ${edm}.`,
            `Write a placeholder or sample value of type ${edm}.`,
          );
        }
        return;
      }
      // OData writes Int64/Decimal as strings under IEEE754Compatible, and NaN/INF as strings.
      if ((edm === "Edm.Int64" || edm === "Edm.Decimal") && /^-?\d+(\.\d+)?$/.test(v.trim())) return;
      if ((edm === "Edm.Double" || edm === "Edm.Single") && /^-?(INF|NaN)$/.test(v.trim())) return;
    }
    this.report(
      "example-wrong-type",
      path,
      `${label(path)} is ${describe(v)}; the docs type it as ${edm} (a JSON ${family}).`,
      "Fix the example value or the Type column.",
    );
  }

  private enumValue(v: Json, e: EnumType, path: JsonPath): void {
    const name = qn(e);
    if (typeof v === "number") {
      if (!e.members.some((m) => m.value === v))
        this.report("example-enum-value", path, `${label(path)} is ${v}, not the value of any member of ${name}.`);
      return;
    }
    if (typeof v !== "string") {
      this.report("example-wrong-type", path, `${label(path)} is ${describe(v)}; the docs type it as the enum ${name} (a JSON string).`);
      return;
    }
    const written = v.trim();
    const ph = readPlaceholder(written);
    if (
      ph?.family === "string" ||
      written.replace(/^#/, "").toLowerCase() === name.toLowerCase() ||
      written.toLowerCase() === e.name.toLowerCase()
    )
      return;
    if (ph) {
      this.report(
        "example-wrong-type",
        path,
        `${label(path)} is the placeholder "${v}", which names a ${ph.family}; the docs type it as the enum ${name}.`,
      );
      return;
    }
    const members = new Set(e.members.map((m) => m.name));
    const lower = new Map(e.members.map((m) => [m.name.toLowerCase(), m.name]));
    // Flags enums are written "a,b"; every enum's value may be the empty string only when a member is "".
    for (const part of written.split(",").map((s) => s.trim())) {
      if (members.has(part)) continue;
      const near = lower.get(part.toLowerCase());
      if (near) {
        this.report(
          "example-enum-value",
          path,
          `${label(path)} is "${part}"; the member of ${name} is spelled "${near}".`,
          undefined,
          "warning",
        );
      } else {
        this.report(
          "example-enum-value",
          path,
          `${label(path)} is "${part}", which is not a member of ${name} (${e.members.map((m) => m.name).join(", ")}).`,
          `Use a listed value, or add "${part}" to the enum's table (${where(e.source)}).`,
        );
      }
    }
  }

  private structured(v: Json, expected: StructuredType, path: JsonPath): void {
    // A complex type with no properties at all (`Json` on the workbook pages) says nothing about its values:
    // strings, numbers and arrays are all it holds in the examples.
    if (expected.kind === "complex" && this.index.members(expected).size === 0 && !this.index.hasDerived(expected)) return;
    if (typeof v === "string") {
      // A placeholder naming the type (`"microsoft.graph.identitySet"`) is the template convention.
      const named = this.index.resolve(v);
      if (named && "properties" in named && this.index.derivesFrom(named, expected)) return;
    }
    if (!isObj(v)) {
      this.report("example-wrong-type", path, `${label(path)} is ${describe(v)}; the docs type it as ${qn(expected)} (a JSON object).`);
      return;
    }
    let actual = expected;
    const written = v["@odata.type"];
    if (typeof written === "string" && written.trim() !== "") {
      const t = this.index.resolve(written);
      if (!t) {
        this.report(
          "example-unknown-odata-type",
          [...path, "@odata.type"],
          `"@odata.type": "${written}" names a type no page defines; the object is checked as ${qn(expected)}.`,
          undefined,
          "warning",
        );
      } else if (!("properties" in t) || !this.index.derivesFrom(t, expected)) {
        this.report(
          "example-wrong-odata-type",
          [...path, "@odata.type"],
          `"@odata.type": "${written}" is not ${qn(expected)} or a type derived from it, which is what the docs say ${path.length ? label(path) : "the body"} is.`,
          "Fix the @odata.type, or the type the page documents for this value.",
        );
        return;
      } else actual = t;
    }
    const members = this.index.members(actual);
    const open = this.index.isOpen(actual);
    for (const [key, child] of Object.entries(v)) {
      if (this.isAnnotation(key, members, open)) continue;
      const ref = members.get(key);
      if (ref) {
        this.value(child, ref, [...path, key]);
        continue;
      }
      if (open) continue;
      const derived = written === undefined ? this.index.derivedDeclaring(actual, key) : [];
      if (derived.length > 0) {
        const names = derived.slice(0, 3).map((d) => `#${qn(d)}`);
        // `"@Odata.type"` (seen in the corpus) is not the annotation: OData names are case-sensitive.
        const misspelled = Object.keys(v).find((k) => k !== "@odata.type" && k.toLowerCase() === "@odata.type");
        this.report(
          "example-missing-odata-type",
          [...path, key],
          `"${key}" is a property of ${derived
            .map((d) => d.name)
            .slice(0, 3)
            .join(
              " / ",
            )}${derived.length > 3 ? " …" : ""}, derived from ${qn(actual)}; the object has no "@odata.type" saying which type it is${misspelled ? ` ("${misspelled}" is not "@odata.type": annotation names are case-sensitive)` : ""}.`,
          `Add "@odata.type": "${names[0]}" to the object.`,
        );
        continue;
      }
      const near = [...members.keys()].find((k) => k.toLowerCase() === key.toLowerCase());
      this.report(
        "example-unknown-property",
        [...path, key],
        `"${key}" is not a property of ${qn(actual)}${actual.baseType ? " or its base types" : ""}.`,
        near ? `Did you mean "${near}"?` : `Add it to the Properties table (${where(actual.source)}), or remove it from the example.`,
      );
    }
  }

  /**
   * `@odata.context`, `@microsoft.graph.downloadUrl`: instance annotations, always fine. `members@odata.bind`,
   * `x@odata.type`: annotations of property x, fine when x is a member (or the target takes any key).
   */
  private isAnnotation(key: string, members: ReadonlyMap<string, unknown>, open = false): boolean {
    const at = key.indexOf("@");
    if (at < 0) return false;
    return at === 0 || open || members.has(key.slice(0, at));
  }

  private report(code: RuleId, path: JsonPath, message: string, hint?: string, severity?: Severity): void {
    this.out(diagnostic(code, this.locate(path), `${message} (${this.context})`, hint, severity));
  }
}

function qn(t: { namespace: string; name: string }): string {
  return `${t.namespace}.${t.name}`;
}

function label(path: JsonPath): string {
  if (path.length === 0) return "The body";
  const last = path[path.length - 1];
  return typeof last === "number" ? `Element ${last} of "${String(path[path.length - 2] ?? "")}"` : `"${last}"`;
}

function describe(v: Json): string {
  if (Array.isArray(v)) return "an array";
  if (v === null) return "null";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + "…" : v)}`;
  return `the ${typeof v} ${String(v)}`;
}

function where(l: SourceLocation): string {
  return `${l.file}:${l.line}`;
}
