/**
 * Edm primitive → TypeScript, with the wire format the doc comment should name.
 *
 * Two types per primitive: `ts` is the value's run-time type (what a URL literal of a function parameter takes), and
 * `declared` (when set) is the type written in generated declarations. Declarations follow the published npm typings
 * `@microsoft/microsoft-graph-types`, which users migrate from and mix with, so code written against either compiles
 * against the other (measured: `score.mjs` type agreement):
 * - Edm.Binary is the exception: those typings declare it `number`, but JSON carries binary values base64-encoded,
 *   so a `number` declaration would be false at run time (the examples replay would see strings). It stays `string`,
 *   and the doc comment names the encoding. This costs ~30 properties of agreement with those typings in v1.0.
 * - Edm.Stream and Edm.Untyped are declared `any`, as in those typings (a stream property is never inlined in JSON;
 *   the content is read through `/$value`).
 * - Int64 and Decimal → `number`, like the npm typings: Graph writes them as JSON numbers; precision beyond 2^53 is
 *   lost on parse whatever the type says.
 */
export interface EdmMapping {
  ts: "string" | "number" | "boolean" | "unknown";
  /** The type written in generated declarations when it differs from `ts` (see the module comment). */
  declared?: "number" | "any";
  /** Wire format for the doc comment, when the TS type alone does not say it. */
  format?: string;
  /** How a value is written as a function parameter in a URL: quoted OData string literal or bare. */
  urlLiteral: "quoted" | "bare";
}

const EDM: Readonly<Record<string, EdmMapping>> = {
  "Edm.String": { ts: "string", urlLiteral: "quoted" },
  "Edm.Guid": { ts: "string", format: "GUID", urlLiteral: "bare" },
  "Edm.Date": { ts: "string", format: "ISO 8601 date (yyyy-MM-dd)", urlLiteral: "bare" },
  "Edm.TimeOfDay": { ts: "string", format: "ISO 8601 time of day (HH:mm:ss.fffffff)", urlLiteral: "bare" },
  "Edm.Duration": { ts: "string", format: "ISO 8601 duration (e.g. PT1H30M)", urlLiteral: "quoted" },
  "Edm.DateTimeOffset": {
    ts: "string",
    format: "ISO 8601 date-time in UTC (e.g. 2014-01-01T00:00:00Z)",
    urlLiteral: "bare",
  },
  "Edm.Int16": { ts: "number", format: "16-bit integer", urlLiteral: "bare" },
  "Edm.Int32": { ts: "number", format: "32-bit integer", urlLiteral: "bare" },
  "Edm.Int64": { ts: "number", format: "64-bit integer", urlLiteral: "bare" },
  "Edm.Byte": { ts: "number", format: "unsigned 8-bit integer", urlLiteral: "bare" },
  "Edm.SByte": { ts: "number", format: "signed 8-bit integer", urlLiteral: "bare" },
  "Edm.Single": { ts: "number", format: "single-precision floating point", urlLiteral: "bare" },
  "Edm.Double": { ts: "number", format: "double-precision floating point", urlLiteral: "bare" },
  "Edm.Decimal": { ts: "number", format: "decimal", urlLiteral: "bare" },
  "Edm.Boolean": { ts: "boolean", urlLiteral: "bare" },
  "Edm.Binary": { ts: "string", format: "base64-encoded binary", urlLiteral: "quoted" },
  "Edm.Stream": { ts: "unknown", declared: "any", format: "stream: read the content through the /$value endpoint", urlLiteral: "quoted" },
  "Edm.Untyped": { ts: "unknown", declared: "any", urlLiteral: "quoted" },
};

/** The mapping of an `Edm.*` name (case-insensitive, as OData readers are lenient); undefined for non-Edm names. */
export function edmMapping(typeName: string): EdmMapping | undefined {
  if (!/^edm\./i.test(typeName)) return undefined;
  const exact = EDM[typeName];
  if (exact !== undefined) return exact;
  const lower = typeName.toLowerCase();
  for (const [name, mapping] of Object.entries(EDM)) if (name.toLowerCase() === lower) return mapping;
  // Unknown Edm names (Edm.Geography…): nothing better than unknown.
  return { ts: "unknown", urlLiteral: "quoted" };
}
