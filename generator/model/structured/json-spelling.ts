/**
 * JSON spelling of member names.
 *
 * Rule: a row name that differs from a JSON-representation key only in case takes the JSON spelling
 * (`property-name-case` warning): the JSON shows the payload as sent, and names are case-sensitive on the wire.
 */
import { diagnostic, type Diagnostic } from "../../diagnostics/diagnostic.js";
import type { MemberFacts } from "../../parse/facts.js";
import { loc, type TypeDraft } from "./drafts.js";

/**
 * A row name that differs from a JSON-representation key only in case (`printerID` / `printerId`) takes the JSON
 * spelling: the JSON shows the payload as sent, and property names are case-sensitive on the wire.
 */
export function withJsonSpelling(d: TypeDraft, member: MemberFacts, file: string, diagnostics: Diagnostic[]): MemberFacts {
  for (const p of d.parts) {
    const k = p.facts.jsonKeys.find((j) => j.name !== member.name && j.name.toLowerCase() === member.name.toLowerCase());
    if (!k || p.facts.jsonKeys.some((j) => j.name === member.name)) continue;
    diagnostics.push(
      diagnostic(
        "property-name-case",
        loc(file, member.pos),
        `"${member.name}" of "${d.name}" is spelled "${k.name}" in the JSON representation; docs2ts uses "${k.name}".`,
        "Spell the property the same way in the table and in the JSON representation (names are case-sensitive).",
      ),
    );
    return { ...member, name: k.name };
  }
  return member;
}
