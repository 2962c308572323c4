/**
 * The rule registry: every rule id docs2ts can report, with its default severity and the text docs/diagnostics.md
 * and the SARIF reporter show for it. test/diagnostics/rules.test.ts fails when the source emits an id that is not
 * listed here (or with another severity than `defaultSeverity`), so the reference stays complete as rules are added.
 */
import type { Severity } from "./diagnostic.js";

export interface RuleInfo {
  /** Stable id: lower-case words joined by dashes. Never renamed once released (configs and suppressions name it). */
  id: string;
  /** The severity the code reports it with; `--rule-severity` can change it. */
  defaultSeverity: Severity;
  /** One line: what the finding means. */
  summary: string;
  /** What in a page triggers it. */
  trigger: string;
  /** How to fix the page. */
  fix: string;
  /**
   * A minimal page (`page.md`) that triggers it, any other pages it needs, and the first `pretty` line it gives
   * (`…` stands for any text). test/diagnostics/rules.test.ts runs the pipeline on it and checks the finding.
   */
  example: {
    markdown: string;
    otherPages?: Readonly<Record<string, string>>;
    finding: string;
    /** The rule comes from a stage the example test does not run (example validation, drift): shown, not checked. */
    illustrative?: true;
  };
}

// Page pieces the examples share.
const PROPERTIES = "|Property|Type|Description|\n|:---|:---|:---|\n";
const CARD_STATUS_VALUES = "### cardStatus values\n\n|Member|Description|\n|:---|:---|\n";

export const RULES: readonly RuleInfo[] = [
  {
    id: "front-matter-invalid",
    defaultSeverity: "warning",
    summary: "The YAML front matter does not parse; the page is read without it.",
    trigger: "The block between the leading `---` lines is not valid YAML, most often an unquoted value that contains `: `.",
    fix: "Quote the value (`title: \"driveItem: createUploadSession\"`) or remove the stray colon.",
    example: {
      markdown: "---\ntitle: driveItem: createUploadSession\n---\n# driveItem: createUploadSession\n",
      finding: "page.md:2:1 - warning front-matter-invalid: The front matter is not valid YAML (…); the page is read without it.",
    },
  },
  {
    id: "todo-placeholder",
    defaultSeverity: "warning",
    summary: "A front-matter value, a description or a permissions cell is a TODO placeholder, not documentation.",
    trigger:
      "A front-matter string containing `TODO`, a property description such as `**TODO: Add Description**`, or a permissions-table cell containing `TODO`.",
    fix: "Write the real text. The generated code keeps the member but has no doc comment (or no scopes) for it.",
    example: {
      markdown: `# board resource type\n\n## Properties\n${PROPERTIES}|id|String|**TODO: Add Description**|\n`,
      finding: 'page.md:6:11 - warning todo-placeholder: The description of "id" is a placeholder, not documentation.',
    },
  },
  {
    id: "no-title",
    defaultSeverity: "warning",
    summary: "The page has no H1 title.",
    trigger: "No `# …` heading other than tab markers such as `# [HTTP](#tab/http)`.",
    fix: "Start the page body with `# name resource type`, `# Get name` or similar.",
    example: {
      markdown: `## Properties\n${PROPERTIES}|id|String|The id.|\n`,
      finding: "page.md:1:1 - warning no-title: The page has no H1 title.",
    },
  },
  {
    id: "page-not-understood",
    defaultSeverity: "info",
    summary: "Nothing is read from the page: it has no HTTP request, Properties table, resource block or enum table.",
    trigger: "A conceptual page (overview, root, concepts) or a page whose sections are named in a way docs2ts does not know.",
    fix: "Nothing, if the page is conceptual. Otherwise add the usual section: `## HTTP request`, `## Properties`, or a `Members` / `x values` table.",
    example: {
      markdown: "# Working with boards\n\nBoards hold cards.\n",
      finding:
        "page.md:1:1 - info page-not-understood: The page has no HTTP request, Properties, resource block or enum table; nothing is read from it.",
    },
  },
  {
    id: "table-row-not-a-member",
    defaultSeverity: "warning",
    summary: "A row of a properties or parameters table has a name cell that is not a name; the row is skipped.",
    trigger:
      "Usually a description broken over two source lines (the second line becomes its own row), or an unescaped `|` inside a cell shifting the cells.",
    fix: "Keep each row on one source line (use `<br>` for line breaks) and escape pipes inside cells as `\\|`.",
    example: {
      markdown: `# board resource type\n\n## Properties\n${PROPERTIES}|displayName|String|The name\nshown to users.|\n`,
      finding: 'page.md:7:1 - warning table-row-not-a-member: Row "shown to users." is not a property row: its name cell is not a name.',
    },
  },
  {
    id: "unknown-type-notation",
    defaultSeverity: "warning",
    summary: "A Type cell does not name a type docs2ts can read; the member is typed as untyped JSON.",
    trigger: "A Type cell that is neither a primitive (`String`, `Int32`, …), a link to a type page, nor `x collection` / `Collection(x)`.",
    fix: "Write a primitive, a link to the type's resource page (`[card](card.md)`), or `card collection`.",
    example: {
      markdown: `# board resource type\n\n## Properties\n${PROPERTIES}|owner|see below|The owner.|\n`,
      finding:
        'page.md:6:7 - warning unknown-type-notation: The type of "owner" ("see below") is not a type docs2ts can read; it is typed as untyped JSON.',
    },
  },
  {
    id: "no-http-request",
    defaultSeverity: "warning",
    summary: "An HTTP request section has no `METHOD /path` line; no client function is generated for the page.",
    trigger: "`## HTTP request` is followed by prose only, or its code block holds no line starting with an HTTP method.",
    fix: "Put the request lines in a fenced ```http block under `## HTTP request`.",
    example: {
      markdown: "# Get board\n\n## HTTP request\n\nSend a GET request to the board.\n",
      finding:
        "page.md:3:1 - warning no-http-request: The HTTP request section has no request line (`METHOD /path`) in a code block; no client function is made.",
    },
  },
  {
    id: "undefined-type",
    defaultSeverity: "warning",
    summary: "A type named by a page (property, parameter or response) is not defined on any page; it is typed as untyped JSON.",
    trigger: "A Type cell, link or response sentence names a type for which no input page has a resource or enum definition.",
    fix: "Add the missing type's page to the input, or fix the type's name or link.",
    example: {
      markdown: `# board resource type\n\n## Properties\n${PROPERTIES}|owner|[boardOwner](boardowner.md)|The owner.|\n`,
      finding:
        'page.md:6:1 - warning undefined-type: Type "boardOwner" of "board.owner" is not defined on any page; it is typed as untyped JSON.',
    },
  },
  {
    id: "undefined-base-type",
    defaultSeverity: "warning",
    summary: "The base type a page names is not defined on any page; the type is generated without a base.",
    trigger: "`\"baseType\": \"microsoft.graph.x\"` in the resource annotation or an `Inherits from [x](x.md)` line names a type no page defines.",
    fix: "Add the base type's page to the input, or fix its name.",
    example: {
      markdown: `# card resource type\n\nInherits from [item](item.md).\n\n## Properties\n${PROPERTIES}|title|String|The title.|\n`,
      finding: 'page.md:1:1 - warning undefined-base-type: Base type "item" of "card" is not defined on any page.',
    },
  },
  {
    id: "inheritance-cycle",
    defaultSeverity: "error",
    summary: "A type inherits from itself through its base types; its base type is dropped.",
    trigger: "Pages whose `baseType` annotations or `Inherits from` lines form a loop (a → b → a).",
    fix: "Fix the `baseType` / `Inherits from` statements so that the chain ends (usually at `entity`).",
    example: {
      markdown: `# a resource type\n\nInherits from [b](b.md).\n\n## Properties\n${PROPERTIES}|x|String|X.|\n`,
      otherPages: { "b.md": `# b resource type\n\nInherits from [a](page.md).\n\n## Properties\n${PROPERTIES}|y|String|Y.|\n` },
      finding: 'page.md:1:1 - error inheritance-cycle: "a" inherits from itself through its base types; its base type is dropped.',
    },
  },
  {
    id: "enum-conflict",
    defaultSeverity: "warning",
    summary: "The same enum is defined on several pages with different members; docs2ts uses the union.",
    trigger: "Two `x values` tables or enum pages of equal standing for the same enum name list different members.",
    fix: "Keep one definition of each enum (usually its enum page) and link to it, or make the tables agree.",
    example: {
      markdown: `# card resource type\n\n## Properties\n${PROPERTIES}|status|cardStatus|The status.|\n\n${CARD_STATUS_VALUES}|open|Open.|\n`,
      otherPages: {
        "board.md": `# board resource type\n\n## Properties\n${PROPERTIES}|status|cardStatus|The status.|\n\n${CARD_STATUS_VALUES}|done|Done.|\n`,
      },
      finding:
        'page.md:8:1 - warning enum-conflict: Enum "cardStatus" is also defined at board.md:8 with other members; docs2ts uses the union.',
    },
  },
  {
    id: "suppression-invalid",
    defaultSeverity: "warning",
    summary: "A `<!-- docs2ts-ignore … -->` comment names no rule or a rule id docs2ts does not know; it suppresses nothing for that name.",
    trigger: "`<!-- docs2ts-ignore -->` without a rule id, or a misspelt id such as `<!-- docs2ts-ignore todo-placholder -->`.",
    fix: "Name the rule ids to ignore, comma-separated, exactly as this page lists them.",
    example: {
      markdown: `# board resource type\n\n## Properties\n<!-- docs2ts-ignore todo-placholder -->\n${PROPERTIES}|id|String|The id.|\n`,
      finding: 'page.md:4:1 - warning suppression-invalid: "todo-placholder" is not a docs2ts rule id; nothing is suppressed for it.',
    },
  },
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleInfo(id: string): RuleInfo | undefined {
  return BY_ID.get(id);
}

export function isKnownRule(id: string): boolean {
  return BY_ID.has(id);
}
