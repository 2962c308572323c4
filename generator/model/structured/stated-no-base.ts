/**
 * A stated absence of a base. Rule: a page whose resource annotation says `"baseType": null` states that the type
 * derives from nothing, so no base is implied for it (neither the implicit root nor an "Inherited from" row's type):
 * `photo`, `passwordSingleSignOnCredentialSet`. The statement is the page's; the model only stops overriding it.
 */
import type { TypeDraft } from "./drafts.js";

export function statesNoBase(d: TypeDraft): boolean {
  return d.parts.some((p) => p.facts.baseType === null);
}
