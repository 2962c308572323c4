/**
 * Members named twice.
 *
 * Rule: members are united in page order and the first definition of a member wins; a later row that names it
 * with another type is dropped and reported (`property-type-conflict`) so the writer can reconcile them.
 */
import { diagnostic, type Diagnostic } from "../../diagnostics/diagnostic.js";
import type { MemberFacts, Pos } from "../../parse/facts.js";
import { typeWords } from "../type-resolution.js";
import { loc, type TypeDraft } from "./drafts.js";

/**
 * A row that names a member again (on the same page or another page of the type) with another type is dropped;
 * the first definition is kept, and the later row is reported so the writer can reconcile them.
 */
export function reportTypeConflict(
  d: TypeDraft,
  member: MemberFacts,
  file: string,
  first: { type: string; file: string; pos: Pos } | undefined,
  diagnostics: Diagnostic[],
): void {
  const type = typeWords(member.type);
  if (!first || !type || !first.type || type.toLowerCase() === first.type.toLowerCase()) return;
  diagnostics.push(
    diagnostic(
      "property-type-conflict",
      loc(file, member.pos),
      `"${d.name}.${member.name}" is listed again with type ${type}; docs2ts keeps the first definition (${first.type}, ${first.file}:${first.pos.line}).`,
      "List each property once per type, with the same type on every page that describes the type.",
    ),
  );
}
