/**
 * The rule part of docs/diagnostics.md, rendered from the registry so the reference cannot drift from the code.
 * test/diagnostics/reference-doc.test.ts fails when the page's generated part differs; regenerate it with
 * `npx tsx generator/diagnostics/reference-doc.ts docs/diagnostics.md`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { RULES, type RuleInfo } from "./rules.js";

export const BEGIN_MARKER = "<!-- BEGIN GENERATED RULES: npx tsx generator/diagnostics/reference-doc.ts docs/diagnostics.md -->";
export const END_MARKER = "<!-- END GENERATED RULES -->";

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** A fence longer than any backtick run in the text, so examples holding fences stay one block. */
function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return "`".repeat(longest + 1);
}

function codeBlock(lang: string, text: string): string[] {
  const f = fence(text);
  return [`${f}${lang}`, text.replace(/\n$/, ""), f];
}

function ruleSection(r: RuleInfo): string {
  const out = fence(r.example.finding);
  const others = Object.entries(r.example.otherPages ?? {}).flatMap(([file, text]) => [
    "",
    `with \`${file}\`:`,
    "",
    ...codeBlock("markdown", text),
  ]);
  return [
    `### \`${r.id}\``,
    "",
    `**Default severity:** ${r.defaultSeverity}. ${r.summary}`,
    "",
    `**Triggered by:** ${r.trigger}`,
    "",
    "**Example** (`page.md`):",
    "",
    ...codeBlock("markdown", r.example.markdown),
    ...others,
    "",
    "**Finding:**",
    "",
    `${out}text`,
    r.example.finding,
    out,
    "",
    `**Fix:** ${r.fix}`,
  ].join("\n");
}

export function renderRuleReference(rules: readonly RuleInfo[] = RULES): string {
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : 1));
  const table = [
    "| Rule | Default severity | Summary |",
    "|:---|:---|:---|",
    ...sorted.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.defaultSeverity} | ${cell(r.summary)} |`),
  ].join("\n");
  return [BEGIN_MARKER, "", "## Rules", "", table, "", ...sorted.map((r) => ruleSection(r) + "\n"), END_MARKER].join("\n");
}

/** The page with its generated part replaced by `generated`; throws when the markers are missing. */
export function replaceGeneratedPart(page: string, generated: string): string {
  const begin = page.indexOf(BEGIN_MARKER);
  const end = page.indexOf(END_MARKER);
  if (begin < 0 || end < begin) throw new Error("docs/diagnostics.md: generated-part markers not found");
  return page.slice(0, begin) + generated + page.slice(end + END_MARKER.length);
}

// Run as a script: rewrite the generated part of the given page in place.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2] ?? "docs/diagnostics.md";
  writeFileSync(file, replaceGeneratedPart(readFileSync(file, "utf8"), renderRuleReference()));
}
