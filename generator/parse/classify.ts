/**
 * Page kind by content, never by the `doc_type` front matter (wrong or missing on ~40 pages of the corpus):
 * an HTTP request section → api; an enum title or a Members section → enum; a resource block or a Properties
 * section → resource; else conceptual (these rules agree with the content on all but about 20 pages of the corpus).
 */
import type { PageKind } from "./facts.js";
import { enumNameFromTitle } from "./enum-table.js";
import type { Section } from "./sections.js";

export function classifyPage(sections: readonly Section[], title: string, hasResourceBlock: boolean, hasRequestBlock: boolean): PageKind {
  if (sections.some((s) => /^HTTP requests?$/i.test(s.title))) return "api";
  if (enumNameFromTitle(title) || sections.some((s) => s.depth === 2 && /^members$/i.test(s.title))) return "enum";
  if (hasResourceBlock || sections.some((s) => /^(properties|instance attributes)$/i.test(s.title))) return "resource";
  if (hasRequestBlock) return "api";
  if (sections.some((s) => /\bvalues?$/i.test(s.title))) return "enum";
  return "conceptual";
}
