/**
 * The docs' template convention for values: a string naming the type instead of a sample value — `"String"`,
 * `"Int32"`, `"Boolean"`, `"String (timestamp)"`, `"Edm.Guid"` (measured in ../shared/docs/input-format.md §2.7). Such a placeholder is
 * correct when the type it names fits the property, and a finding when it names another kind of value.
 */

/** The JSON kind of value an Edm primitive is written as. */
export type ValueFamily = "string" | "number" | "boolean";

const FAMILY_OF: Record<string, ValueFamily> = {
  string: "string",
  guid: "string",
  date: "string",
  datetime: "string",
  datetimeoffset: "string",
  timestamp: "string",
  duration: "string",
  timeofday: "string",
  binary: "string",
  url: "string",
  uri: "string",
  int: "number",
  int16: "number",
  int32: "number",
  int64: "number",
  integer: "number",
  byte: "number",
  sbyte: "number",
  single: "number",
  double: "number",
  decimal: "number",
  float: "number",
  number: "number",
  boolean: "boolean",
  bool: "boolean",
};

/** `"String (timestamp)"` → { name: "String", family: "string" }; undefined for anything that is not a placeholder. */
export function readPlaceholder(value: string): { name: string; family: ValueFamily } | undefined {
  const m = /^\s*(?:Edm\.)?([A-Za-z][A-Za-z0-9]*)\s*(?:\([^)]*\))?\s*$/.exec(value);
  if (!m) return undefined;
  const family = FAMILY_OF[m[1].toLowerCase()];
  // Lower-case words ("string", "date") are placeholders too; but a lower-case "number"/"url"/"uri" is as likely a real value.
  if (!family) return undefined;
  if (m[1] === m[1].toLowerCase() && !["string", "int32", "int64", "boolean", "bool"].includes(m[1])) return undefined;
  return { name: m[1], family };
}

const FAMILY_OF_EDM: Record<string, ValueFamily> = {
  "Edm.String": "string",
  "Edm.Guid": "string",
  "Edm.Date": "string",
  "Edm.DateTimeOffset": "string",
  "Edm.Duration": "string",
  "Edm.TimeOfDay": "string",
  "Edm.Binary": "string",
  "Edm.Int16": "number",
  "Edm.Int32": "number",
  "Edm.Int64": "number",
  "Edm.Byte": "number",
  "Edm.SByte": "number",
  "Edm.Single": "number",
  "Edm.Double": "number",
  "Edm.Decimal": "number",
  "Edm.Boolean": "boolean",
};

/** undefined for Edm.Stream / Edm.Untyped and non-primitive names: any value is accepted there. */
export function familyOfEdm(edm: string): ValueFamily | undefined {
  return FAMILY_OF_EDM[edm];
}
