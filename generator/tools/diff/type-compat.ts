/**
 * Does a code property type say what the docs say? The Edm → TypeScript mapping the drift check accepts:
 *
 * | docs (Edm)                                                    | code accepted                               |
 * |---------------------------------------------------------------|---------------------------------------------|
 * | String, Guid, Date, DateTimeOffset, Duration, TimeOfDay       | `string`                                    |
 * | Int16/32, Byte, SByte, Single, Double                         | `number`                                    |
 * | Int64, Decimal                                                | `number` or `string` (IEEE754Compatible)    |
 * | Boolean                                                       | `boolean`                                   |
 * | Binary                                                        | `string` (base64); also `number` (*)        |
 * | Stream, Untyped, names the docs do not define                 | anything                                    |
 * | an enum                                                       | a reference to it by name, or string literals |
 * | a structured type                                             | a reference to it by name                   |
 * | a collection of X                                             | an array of X                               |
 *
 * `any`/`unknown` in the code is accepted for every docs type: it is loose, not wrong.
 * (*) `@microsoft/microsoft-graph-types` 2.3.0 types every Edm.Binary property as `number`; that is a bug of those
 * typings (the wire form is a base64 string), not docs drift, so it is tolerated rather than reported thousands of times.
 */
import type { TypeRef } from "../../model/types.js";
import { docsNameOf, lastSegment, type RenameMap } from "./match.js";
import type { DeclaredPropertyType, TsShape } from "./typescript-declarations.js";

const STRING_EDM = new Set(["Edm.String", "Edm.Guid", "Edm.Date", "Edm.DateTimeOffset", "Edm.Duration", "Edm.TimeOfDay"]);
const NUMBER_EDM = new Set(["Edm.Int16", "Edm.Int32", "Edm.Byte", "Edm.SByte", "Edm.Single", "Edm.Double"]);
const WIDE_NUMBER_EDM = new Set(["Edm.Int64", "Edm.Decimal"]);
const ANYTHING_EDM = new Set(["Edm.Stream", "Edm.Untyped"]);

/** What the model says a name is; undefined for names it does not define. */
export type KindOf = (qualifiedName: string) => "enum" | "structure" | undefined;

export function typesAgree(docs: TypeRef, code: DeclaredPropertyType, kindOf: KindOf, renames: RenameMap): boolean {
  if (isLoose(code.element)) return true;
  if (ANYTHING_EDM.has(docs.type)) return true;
  const kind = docs.type.startsWith("Edm.") ? "primitive" : kindOf(docs.type);
  if (kind === undefined) return true;
  if (docs.collection !== code.collection) return false;
  const el = code.element;
  if (kind === "primitive") {
    if (STRING_EDM.has(docs.type)) return isKeyword(el, "string");
    if (NUMBER_EDM.has(docs.type)) return isKeyword(el, "number");
    if (WIDE_NUMBER_EDM.has(docs.type)) return isKeyword(el, "number") || isKeyword(el, "string") || isKeyword(el, "bigint");
    if (docs.type === "Edm.Boolean") return isKeyword(el, "boolean");
    if (docs.type === "Edm.Binary") return isKeyword(el, "string") || isKeyword(el, "number");
    return true;
  }
  const docsName = lastSegment(docs.type).toLowerCase();
  if (kind === "enum" && el.kind === "literals") return true;
  return el.kind === "ref" && docsNameOf(el.name, renames) === docsName;
}

/** The docs type as a person reads it: `Edm.String`, `microsoft.graph.user[]`. */
export function docsTypeText(t: TypeRef): string {
  return t.collection ? `Collection(${t.type})` : t.type;
}

function isLoose(s: TsShape): boolean {
  return s.kind === "keyword" && (s.name === "any" || s.name === "unknown");
}

function isKeyword(s: TsShape, name: string): boolean {
  return s.kind === "keyword" && s.name === name;
}
