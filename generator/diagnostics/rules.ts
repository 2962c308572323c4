/**
 * The rule registry: every rule id docs2ts can report, with its severity and the text docs/diagnostics.md and the
 * SARIF reporter show for it. `RuleId` is typed from it and `diagnostic()` takes only a `RuleId` and reads the
 * severity here, so an unlisted id does not compile and a severity is written once. test/diagnostics/rules.test.ts
 * runs each rule's example page and checks the finding it documents.
 */
import type { Severity } from "./severity.js";

export interface RuleInfo {
  /** Stable id: lower-case words joined by dashes. Never renamed once released (configs and suppressions name it). */
  id: string;
  /** The severity `diagnostic()` reports it with; `--rule-severity` can change it. */
  defaultSeverity: Severity;
  /** Another severity the rule is reported with in a case its trigger names (`diagnostic(…, severity)`). */
  alsoReportedAs?: Severity;
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

/** An API page whose request example has the given body, for the `docs2ts validate` rules. */
function createCard(body: string): string {
  return [
    "# Create card",
    "",
    "## HTTP request",
    "",
    "```http",
    "POST /cards",
    "```",
    "",
    "## Response",
    "",
    "If successful, this method returns a `201 Created` response code and a [card](card.md) object in the response body.",
    "",
    "## Example",
    "",
    "### Request",
    "",
    '<!-- { "blockType": "request", "name": "create_card" } -->',
    "```http",
    "POST https://graph.microsoft.com/v1.0/cards",
    "Content-Type: application/json",
    "",
    body,
    "```",
    "",
  ].join("\n");
}

const EXAMPLE_TYPES: Readonly<Record<string, string>> = {
  "card.md": `# card resource type\n\n## Properties\n${PROPERTIES}|id|String|The id.|\n|title|String|The title.|\n|status|cardStatus|The status.|\n\n${CARD_STATUS_VALUES}|open|Open.|\n|done|Done.|\n`,
  "taskcard.md": `# taskCard resource type\n\nInherits from [card](card.md).\n\n## Properties\n${PROPERTIES}|dueDateTime|DateTimeOffset|When it is due.|\n`,
  "board.md": `# board resource type\n\n## Properties\n${PROPERTIES}|id|String|The id.|\n`,
};

export const RULES = [
  {
    id: "parse-failed",
    defaultSeverity: "error",
    summary: "docs2ts could not read the page at all (an internal failure of the parse stage); the run goes on without it.",
    trigger: "The parse stage threw on this page. Nothing is read from it; every other page is still read.",
    fix: "Report it with the page attached: it is a docs2ts bug. Meanwhile, the page's content is missing from the output.",
    example: {
      markdown: "# page\n",
      finding: "page.md:1:1 - error parse-failed: docs2ts could not read this page: …",
      illustrative: true,
    },
  },
  {
    id: "front-matter-invalid",
    defaultSeverity: "warning",
    summary: "The YAML front matter does not parse; the page is read without it.",
    trigger: "The block between the leading `---` lines is not valid YAML, most often an unquoted value that contains `: `.",
    fix: 'Quote the value (`title: "driveItem: createUploadSession"`) or remove the stray colon.',
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
    summary: "A row of a properties, parameters or enum table has a name cell that is empty or not a name; the row is skipped.",
    trigger:
      "Usually a description broken over two source lines (the second line becomes its own row), an unescaped `|` inside a cell shifting the cells, or a row whose name cell is empty (also in enum tables).",
    fix: "Keep each row on one source line (use `<br>` for line breaks) and escape pipes inside cells as `\\|`.",
    example: {
      markdown: `# board resource type\n\n## Properties\n${PROPERTIES}|displayName|String|The name\nshown to users.|\n`,
      finding: 'page.md:7:1 - warning table-row-not-a-member: Row "shown to users." is not a property row: its name cell is not a name.',
    },
  },
  {
    id: "table-row-extra-cells",
    defaultSeverity: "warning",
    summary: "A table row has more cells than the header has columns; the published page drops the extra cells.",
    trigger:
      "Almost always an unescaped `|` in a cell: GFM splits cells at every `|` that is not escaped, even inside backticks. Past a Description column docs2ts joins the extra cells back into it; otherwise it drops them like GFM.",
    fix: "Escape a `|` that is part of the text as `\\|` (also inside backticks), or add the missing column to the header.",
    example: {
      markdown: `# board resource type\n\n## Properties\n${PROPERTIES}|mode|String|Either \`a|b\` or c.|\n`,
      finding:
        'page.md:6:23 - warning table-row-extra-cells: Row "mode" has more cells than the table has columns (3); the cells from here on ("b` or c.") are past the last column: docs2ts reads them as part of the Description cell, but the published page drops them.',
    },
  },
  {
    id: "enum-member-duplicate",
    defaultSeverity: "warning",
    summary: "An enum table lists the same member twice; docs2ts keeps the first row.",
    trigger: "Two rows of one `Members` or `x values` table with the same member name (exact spelling).",
    fix: "Remove the repeated row, or give it its own name if it is a different member.",
    example: {
      markdown: "# cardStatus enum type\n\n## Members\n|Member|Value|Description|\n|:---|:---|:---|\n|open|0|Open.|\n|open|1|Done.|\n",
      finding:
        'page.md:7:1 - warning enum-member-duplicate: Member "open" (value 1) of enum "cardStatus" is listed again; docs2ts keeps the first row (value 0), line 6, and drops this one.',
    },
  },
  {
    id: "annotation-not-json",
    defaultSeverity: "warning",
    summary: "An annotation comment (`<!-- { … } -->`) does not parse even leniently; the block it annotates is read without it.",
    trigger:
      "A top-level HTML comment starting with `{` that is not JSON even with trailing commas, comments and unquoted keys allowed: unquoted values, unbalanced brackets, a missing quote. The finding points at the first character the reader cannot read.",
    fix: 'Write the annotation as JSON: quote keys and string values, balance the brackets (`<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.x" } -->`).',
    example: {
      markdown: `# card resource type\n\n## Properties\n${PROPERTIES}|id|String|The id.|\n\n## JSON representation\n\n<!-- { "blockType": resource } -->\n\`\`\`json\n{ "id": "String" }\n\`\`\`\n`,
      finding:
        "page.md:10:21 - warning annotation-not-json: This annotation comment starts like JSON but does not parse, even leniently (invalid character 'r'); docs2ts ignores it, so the block it annotates is read without its blockType, @odata.type or other keys.",
    },
  },
  {
    id: "comment-unterminated",
    defaultSeverity: "warning",
    summary: "An HTML comment is never closed, so it hides the rest of the page.",
    trigger:
      "A top-level `<!--` with no `-->` after it: CommonMark runs the comment to the end of the page, so every section after it is lost (and not published).",
    fix: "Close the comment with `-->` where it should end; an annotation ends with `} -->` on the line before its code block.",
    example: {
      markdown: `# card resource type\n\n## Properties\n${PROPERTIES}|id|String|The id.|\n\n## JSON representation\n\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.card"\n\`\`\`json\n{ "id": "String" }\n\`\`\`\n`,
      finding:
        "page.md:10:1 - warning comment-unterminated: This annotation comment is never closed with `-->`, so it runs to the end of the page: the 4 lines after it are hidden (from docs2ts and from the published page).",
    },
  },
  {
    id: "replacement-character",
    defaultSeverity: "warning",
    summary: "The page holds U+FFFD replacement characters: bytes that are not valid UTF-8, so the characters written there are lost.",
    trigger:
      "A page saved in another encoding (Windows-1252, UTF-16) or a `\uFFFD` character in the file. One finding per line, at the first such character; a name containing one matches nothing.",
    fix: "Save the page as UTF-8 and retype the damaged characters.",
    example: {
      markdown: `# board resource type\n\n## Properties\n${PROPERTIES}|id|String|The board\uFFFDs id.|\n`,
      finding:
        'page.md:6:21 - warning replacement-character: "board\uFFFDs" holds a U+FFFD replacement character: the bytes here are not valid UTF-8, so what was written here is lost (a name spelt with it matches nothing).',
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
    id: "operation-binding-unknown",
    defaultSeverity: "info",
    summary: "An action or function is called on a path whose type docs2ts cannot follow; it is not exported as an OData operation.",
    trigger:
      "A request line such as `POST /me/things/{id}/archive` whose segments do not lead from a documented entity set or singleton to a type.",
    fix: "Start the path at a documented entity set or singleton, or name the bound type in the title (`# board: archive`).",
    example: {
      markdown:
        "# board: archive\n\n## HTTP request\n\n```http\nPOST /me/things/{id}/archive\n```\n\n## Response\n\nIf successful, this action returns a `204 No Content` response code.\n",
      finding:
        'page.md:6:1 - info operation-binding-unknown: "archive" is called on a path whose type docs2ts cannot follow, so it is not exported as an OData operation.',
    },
  },
  {
    id: "property-not-in-table",
    defaultSeverity: "info",
    summary:
      "A property appears in the JSON representation but in no Properties or Relationships table; its type is read from the JSON value.",
    trigger: "A key of the `blockType: resource` JSON block with no row of the same name in the page's tables.",
    fix: "Add a row for the property to the Properties table, or remove it from the JSON representation.",
    example: {
      markdown: `# card resource type\n\n## Properties\n${PROPERTIES}|title|String|The title.|\n\n## JSON representation\n\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.card" } -->\n\`\`\`json\n{\n  "title": "String",\n  "priority": 1024\n}\n\`\`\`\n`,
      finding:
        'page.md:14:1 - info property-not-in-table: "priority" is in the JSON representation of "card" but in no Properties or Relationships table; docs2ts reads its type from the JSON value.',
    },
  },
  {
    id: "property-from-example",
    defaultSeverity: "info",
    summary:
      "Example responses of two or more API pages show a key for a type that its tables and JSON representation do not name; docs2ts adds it as a property.",
    trigger:
      "A key of the example response bodies (annotation `@odata.type` naming the type; each showing at least half of its Properties rows) on two or more pages, for a type that no other type derives from and that is not open; typed as same-named rows elsewhere, else by its values.",
    fix: "Add a row for the property to the Properties table of the type's resource page.",
    example: {
      markdown: `# Get card\n\n## HTTP request\n\n\`\`\`http\nGET /cards/{id}\n\`\`\`\n\n## Response\n\nIf successful, this method returns a \`200 OK\` response code and a [card](card.md) object in the response body.\n\n## Example\n\n### Response\n\n<!-- { "blockType": "response", "@odata.type": "microsoft.graph.card" } -->\n\`\`\`http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\n  "title": "A",\n  "createdDateTime": "2021-01-01T00:00:00Z"\n}\n\`\`\`\n`,
      otherPages: {
        "card.md": `# card resource type\n\n## Properties\n${PROPERTIES}|title|String|The title.|\n`,
        "card-list.md": `# Get card again\n\n## HTTP request\n\n\`\`\`http\nGET /cards/{id}\n\`\`\`\n\n## Response\n\nIf successful, this method returns a \`200 OK\` response code and a [card](card.md) object in the response body.\n\n## Example\n\n### Response\n\n<!-- { "blockType": "response", "@odata.type": "microsoft.graph.card" } -->\n\`\`\`http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\n  "title": "B",\n  "createdDateTime": "2021-01-01T00:00:00Z"\n}\n\`\`\`\n`,
      },
      finding:
        'card-list.md:18:1 - info property-from-example: "createdDateTime" is in the example responses of 2 pages for "card" but in no Properties table or JSON representation; docs2ts adds it as a property.',
    },
  },
  {
    id: "property-name-case",
    defaultSeverity: "warning",
    summary:
      "A table row spells a property differently (only in letter case) from the JSON representation or the request paths; docs2ts uses the wire spelling.",
    trigger:
      "A Properties or Relationships row whose name equals a JSON-representation key except for case, or an all-lower-case row name that the request paths write in camelCase (`openshifts` vs `/schedule/openShifts`).",
    fix: "Spell the property the same way in the table, the JSON representation and the request paths (names are case-sensitive).",
    example: {
      markdown: `# card resource type\n\n## Properties\n${PROPERTIES}|Title|String|The title.|\n\n## JSON representation\n\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.card" } -->\n\`\`\`json\n{\n  "title": "String"\n}\n\`\`\`\n`,
      finding:
        'page.md:6:1 - warning property-name-case: "Title" of "card" is spelled "title" in the JSON representation; docs2ts uses "title".',
    },
  },
  {
    id: "navigation-from-path",
    defaultSeverity: "info",
    summary: "A request path addresses a member that the type's tables do not list; docs2ts reads it as a navigation property.",
    trigger:
      "A list, create, get or put page whose path ends in a literal segment below an addressed entity (`GET /users/{id}/joinedTeams`) that is no documented member or operation, and whose response is an entity type named like the segment (or a plural).",
    fix: "Add the member to the Relationships table of the owning type's resource page.",
    example: {
      markdown: `# List joinedTeams\n\n## HTTP request\n\n\`\`\`http\nGET /users/{id}/joinedTeams\n\`\`\`\n\n## Response\n\nIf successful, this method returns a \`200 OK\` response code and a collection of [team](team.md) objects in the response body.\n`,
      otherPages: {
        "user.md": `# user resource type\n\n## Properties\n${PROPERTIES}|id|String|The id.|\n`,
        "team.md": `# team resource type\n\n## Properties\n${PROPERTIES}|id|String|The id.|\n`,
        "user-get.md": `# Get user\n\n## HTTP request\n\n\`\`\`http\nGET /users/{id}\n\`\`\`\n\n## Response\n\nIf successful, this method returns a \`200 OK\` response code and a [user](user.md) object in the response body.\n`,
      },
      finding:
        'page.md:6:1 - info navigation-from-path: "joinedTeams" is addressed below user in this request path but is not listed in the Relationships table of user; it is read as a navigation property to a collection of microsoft.graph.team.',
    },
  },
  {
    id: "navigation-collection-from-path",
    defaultSeverity: "warning",
    summary: "A navigation property documented as single-valued is addressed by key in a request path; docs2ts reads it as a collection.",
    trigger:
      "A request path that ends in a key (or a key and `$ref`/`$value`) right after a single-valued navigation property of an addressed entity (`DELETE /servicePrincipals/{id}/appRoleAssignedTo/{id}`), on a page that reads or writes that member's type or none.",
    fix: "Write `collection` in the Type cell of the Relationships row.",
    example: {
      markdown: `# Delete photo\n\n## HTTP request\n\n\`\`\`http\nDELETE /users/{id}/photo/{photo-id}\n\`\`\`\n\n## Response\n\nIf successful, this method returns a \`204 No Content\` response code.\n`,
      otherPages: {
        "user.md": `# user resource type\n\n## Properties\n${PROPERTIES}|id|String|The id.|\n\n## Relationships\n\n|Relationship|Type|Description|\n|:---|:---|:---|\n|photo|[photo](photo.md)|The photos.|\n`,
        "photo.md": `# photo resource type\n\n## Properties\n${PROPERTIES}|id|String|The id.|\n`,
        "user-get.md": `# Get user\n\n## HTTP request\n\n\`\`\`http\nGET /users/{id}\n\`\`\`\n\n## Response\n\nIf successful, this method returns a \`200 OK\` response code and a [user](user.md) object in the response body.\n`,
      },
      finding:
        'user.md:12:1 - warning navigation-collection-from-path: "photo" is documented as a single microsoft.graph.photo, but the request path /users/{id}/photo/{photo-id} addresses it by key; it is read as a collection.',
    },
  },
  {
    id: "property-type-conflict",
    defaultSeverity: "warning",
    summary:
      "A property is listed twice for one type (on one page or on two pages of the type) with different types; docs2ts keeps the first.",
    trigger:
      "Two Properties or Relationships rows of the same name and type (pages sorted by path, then line) whose Type cells name different types.",
    fix: "List each property once per type, with the same type on every page that describes the type.",
    example: {
      markdown: `# card resource type\n\n## Properties\n${PROPERTIES}|id|String|The id.|\n|id|Int32|The id again.|\n`,
      finding:
        'page.md:7:1 - warning property-type-conflict: "card.id" is listed again with type Edm.Int32; docs2ts keeps the first definition (Edm.String, page.md:6).',
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
    trigger:
      '`"baseType": "microsoft.graph.x"` in the resource annotation or an `Inherits from [x](x.md)` line names a type no page defines.',
    fix: "Add the base type's page to the input, or fix its name.",
    example: {
      markdown: `# card resource type\n\nInherits from [item](item.md).\n\n## Properties\n${PROPERTIES}|title|String|The title.|\n`,
      finding: 'page.md:1:1 - warning undefined-base-type: Base type "item" of "card" is not defined on any page.',
    },
  },
  {
    id: "base-type-without-page",
    defaultSeverity: "warning",
    summary:
      "Two or more pages name a base type that no page defines; it is declared without members so the derived types keep their base.",
    trigger: '`Derived from [x](x.md)` lines or `"baseType"` annotations on the pages of two or more types name a type no page defines.',
    fix: "Add the base type's page to the input, or fix its name.",
    example: {
      markdown: `# card resource type\n\nDerived from [item](item.md).\n\n## Properties\n${PROPERTIES}|title|String|The title.|\n`,
      otherPages: {
        "note.md": `# note resource type\n\nDerived from [item](item.md).\n\n## Properties\n${PROPERTIES}|text|String|The text.|\n`,
      },
      finding:
        'page.md:1:1 - warning base-type-without-page: Base type "item" of "card" is not defined on any page; 2 types derive from it, so it is declared without members.',
    },
  },
  {
    id: "sample-key-in-path",
    defaultSeverity: "info",
    summary: "A request line writes a sample key (a GUID) where a placeholder belongs; docs2ts reads it as a placeholder.",
    trigger: "A GUID right after a segment name in a line of the HTTP request section (`GET /education/classes/acdefc6b-…/assignments`).",
    fix: "Write a placeholder such as `{class-id}` in the HTTP request section; keep sample values for the examples.",
    example: {
      markdown: "# Get board\n\n## HTTP request\n\n```http\nGET /boards/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0\n```\n",
      finding:
        'page.md:6:1 - info sample-key-in-path: The request line writes sample key "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0" where a placeholder belongs; docs2ts reads /boards/{board-id}.',
    },
  },
  {
    id: "placeholder-not-bindable",
    defaultSeverity: "warning",
    summary: "A request path has a brace that is not part of a `{placeholder}`; the client has no function for that path.",
    trigger:
      "A path in the HTTP request section with an unpaired `{` or `}`, or empty braces (`GET /boards/{board-id}/cards/{card-id`); a client would send the brace literally.",
    fix: "Write each placeholder as `{name}`, with nothing but its name between the braces.",
    example: {
      markdown: "# Get card\n\n## HTTP request\n\n```http\nGET /boards/{board-id}/cards/{card-id\n```\n",
      finding:
        'page.md:6:1 - warning placeholder-not-bindable: The request path /boards/{board-id}/cards/{card-id has "{card-id", whose braces do not pair up into a {placeholder}; no client function sends it.',
    },
  },
  {
    id: "endpoint-pages-disagree",
    defaultSeverity: "warning",
    summary:
      "Two pages document the same request line and disagree on its response or body; the client's one function follows the page that documents it most fully.",
    trigger:
      "The same method and path (placeholders aside) in the HTTP request sections of two pages whose response status, response type or request body differ. The page that writes the line without a fixed query string, then with the most examples of it, then the most request lines, then the first file path is followed.",
    fix: "Make the pages agree, or drop the request line from the page that should not document it.",
    example: {
      markdown:
        "# Get board\n\n## HTTP request\n\n```http\nGET /boards/{id}\n```\n\n## Response\n\nIf successful, this method returns a `200 OK` response code and a [board](board.md) object in the response body.\n",
      otherPages: {
        "other.md":
          "# Check board\n\n## HTTP request\n\n```http\nGET /boards/{board-id}\n```\n\n## Response\n\nIf successful, this method returns a `204 No Content` response code.\n",
      },
      finding:
        "page.md:6:1 - warning endpoint-pages-disagree: GET /boards/{id} is also documented by other.md:6, which says otherwise (status 204 vs 200, …); the client follows other.md.",
    },
  },
  {
    id: "properties-table-empty",
    defaultSeverity: "warning",
    summary:
      "A type's Properties table has only its header row and its JSON representation no members; the type is generated without members.",
    trigger: "`## Properties` followed by a table with a header and no rows, beside an empty JSON representation (`{ }`).",
    fix: "List the type's properties in the table, or write None if it has none.",
    example: {
      markdown: `# card resource type\n\n## Properties\n${PROPERTIES}\n## JSON representation\n\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.card" } -->\n\`\`\`json\n{ }\n\`\`\`\n`,
      finding:
        'page.md:4:1 - warning properties-table-empty: The Properties table of "card" has no rows and its JSON representation no members; the type is generated without members.',
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
    id: "base-type-conflict",
    defaultSeverity: "warning",
    summary: "Pages disagree about a type's base type; docs2ts uses the most authoritative statement.",
    trigger:
      "The `baseType` of the resource annotation, an `Inherits from [x](x.md)` sentence and the base type's own list of derived types name different bases, and neither derives from the other.",
    fix: "Make the annotation, the Inherits-from sentence and the base page's derived types agree.",
    example: {
      markdown: `# card resource type\n\nInherits from [item](item.md).\n\n## Properties\n${PROPERTIES}|title|String|The title.|\n\n## JSON representation\n\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.card", "baseType": "microsoft.graph.entity" } -->\n\`\`\`json\n{ "title": "String" }\n\`\`\`\n`,
      otherPages: {
        "item.md": `# item resource type\n\n## Properties\n${PROPERTIES}|name|String|The name.|\n`,
        "entity.md": `# entity resource type\n\n## Properties\n${PROPERTIES}|id|String|The id.|\n`,
      },
      finding:
        'page.md:1:1 - warning base-type-conflict: "card" is said to derive from "item" here (prose) but from "entity" at page.md:13 (annotation); docs2ts uses "entity".',
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
    id: "example-not-json",
    defaultSeverity: "error",
    alsoReportedAs: "info",
    summary: "An example request or response body starts like JSON but does not parse; it is not checked. (`docs2ts validate`)",
    trigger:
      "A body starting with `{` or `[` that does not parse even leniently (comments, trailing commas and `...` are tolerated). A body truncated with `...` is reported as info instead.",
    fix: "Fix the JSON: balance the brackets, quote the keys and strings, separate members with commas.",
    example: {
      markdown: createCard('{ "title": "x", }}'),
      otherPages: EXAMPLE_TYPES,
      finding:
        "page.md:22:1 - error example-not-json: The example body starts like JSON but does not parse, even leniently; it is not checked.",
    },
  },
  {
    id: "json-too-deep",
    defaultSeverity: "warning",
    summary: "A code block nests brackets too deep to be read as JSON; it is ignored.",
    trigger: "A fenced code block (a JSON representation or an example) whose `{` and `[` nest more than 100 levels deep.",
    fix: "Shorten the example: real payloads nest a few levels; elide the rest with `...`.",
    example: {
      markdown: `# card resource type\n\n## Properties\n${PROPERTIES}|id|String|The id.|\n\n## JSON representation\n\n\`\`\`json\n${"[".repeat(101)}${"]".repeat(101)}\n\`\`\`\n`,
      finding:
        "page.md:10:1 - warning json-too-deep: This code block nests brackets more than 100 levels deep; docs2ts does not read it as JSON.",
    },
  },
  {
    id: "name-clash",
    defaultSeverity: "error",
    summary: "Two kinds of definition share one name: an enum and a type, or a type and a namespace.",
    trigger:
      "An enum page or values table names an enum that a resource page also defines as a type (the type is kept, the enum dropped), or a type's qualified name is also a namespace.",
    fix: "Rename one of the two, or link the property to the one it means.",
    example: {
      markdown: `# cardStatus enum type\n\n## Members\n\n|Member|Description|\n|:---|:---|\n|open|Open.|\n`,
      otherPages: {
        "cardstatus-resource.md": `# cardStatus resource type\n\n## Properties\n${PROPERTIES}|id|String|The id.|\n`,
      },
      finding:
        'page.md:1:1 - error name-clash: Enum "microsoft.graph.cardStatus" has the name of the resource type "microsoft.graph.cardStatus" (cardstatus-resource.md:1); docs2ts keeps the type and drops the enum.',
    },
  },
  {
    id: "example-wrong-type",
    defaultSeverity: "error",
    summary: "A value in an example body does not have the JSON type the docs give the property. (`docs2ts validate`)",
    trigger:
      "A number where the Type column says String, an object where it says a collection, a placeholder naming another kind of value, and so on.",
    fix: "Fix the example value, or the Type column if the example is right.",
    example: {
      markdown: createCard('{ "title": 42 }'),
      otherPages: EXAMPLE_TYPES,
      finding:
        'page.md:22:3 - error example-wrong-type: "title" is the number 42; the docs type it as Edm.String (a JSON string). (request of postCards)',
    },
  },
  {
    id: "example-unknown-property",
    defaultSeverity: "error",
    summary: "An example body has a property (or action parameter) the docs do not define. (`docs2ts validate`)",
    trigger: "A key of an example object that is not a property of the type (or its base types) nor an instance annotation.",
    fix: "Fix the spelling (the hint suggests the nearest name), add the property to the Properties table, or remove it from the example.",
    example: {
      markdown: createCard('{ "titel": "Order banners" }'),
      otherPages: EXAMPLE_TYPES,
      finding: 'page.md:22:3 - error example-unknown-property: "titel" is not a property of microsoft.graph.card. (request of postCards)',
    },
  },
  {
    id: "example-enum-value",
    defaultSeverity: "error",
    alsoReportedAs: "warning",
    summary: "An enum value in an example body is not a member of the enum. (`docs2ts validate`)",
    trigger: "A string (or number) for an enum-typed property that names no member; a member spelt with other letter case is a warning.",
    fix: "Use a listed member, or add the value to the enum's table.",
    example: {
      markdown: createCard('{ "status": "closed" }'),
      otherPages: EXAMPLE_TYPES,
      finding:
        'page.md:22:3 - error example-enum-value: "status" is "closed", which is not a member of microsoft.graph.cardStatus (open, done). (request of postCards)',
    },
  },
  {
    id: "example-unknown-odata-type",
    defaultSeverity: "warning",
    summary:
      "An `@odata.type` in an example body names a type no page defines; the object is checked as the documented type. (`docs2ts validate`)",
    trigger: '`"@odata.type": "#microsoft.graph.x"` where no input page defines `x`.',
    fix: "Fix the type name, or add the type's page to the input.",
    example: {
      markdown: createCard('{ "@odata.type": "#microsoft.graph.task", "title": "x" }'),
      otherPages: EXAMPLE_TYPES,
      finding:
        'page.md:22:3 - warning example-unknown-odata-type: "@odata.type": "#microsoft.graph.task" names a type no page defines; the object is checked as microsoft.graph.card. (request of postCards)',
    },
  },
  {
    id: "example-wrong-odata-type",
    defaultSeverity: "error",
    summary: "An `@odata.type` in an example body names a type that is not the documented type or derived from it. (`docs2ts validate`)",
    trigger: 'The body of a request documented as `card` says `"@odata.type": "#microsoft.graph.board"`.',
    fix: "Fix the `@odata.type`, or the type the page documents for the value.",
    example: {
      markdown: createCard('{ "@odata.type": "#microsoft.graph.board", "title": "x" }'),
      otherPages: EXAMPLE_TYPES,
      finding:
        'page.md:22:3 - error example-wrong-odata-type: "@odata.type": "#microsoft.graph.board" is not microsoft.graph.card or a type derived from it, which is what the docs say the body is. (request of postCards)',
    },
  },
  {
    id: "example-missing-odata-type",
    defaultSeverity: "error",
    summary: "An example object uses a property of a derived type without an `@odata.type` saying which type it is. (`docs2ts validate`)",
    trigger: "A property that only a type derived from the documented type has, in an object with no `@odata.type`.",
    fix: 'Add `"@odata.type": "#microsoft.graph.derivedType"` to the object (the hint names it).',
    example: {
      markdown: createCard('{ "title": "x", "dueDateTime": "2021-08-20T16:00:00Z" }'),
      otherPages: EXAMPLE_TYPES,
      finding:
        'page.md:22:17 - error example-missing-odata-type: "dueDateTime" is a property of taskCard, derived from microsoft.graph.card; the object has no "@odata.type" saying which type it is. (request of postCards)',
    },
  },
  {
    id: "example-value-wrapper",
    defaultSeverity: "warning",
    summary: 'A response example wraps a single entity in `{"value": …}`; OData returns single values unwrapped. (`docs2ts validate`)',
    trigger:
      'A response documented as one object (not a collection) whose example body is `{"value": {…}}`, and the type has no `value` property.',
    fix: 'Remove the `{"value": …}` wrapper, or document the response as a collection.',
    example: {
      markdown: [
        "# Get card",
        "",
        "## HTTP request",
        "",
        "```http",
        "GET /cards/{id}",
        "```",
        "",
        "## Response",
        "",
        "If successful, this method returns a `200 OK` response code and a [card](card.md) object in the response body.",
        "",
        "## Example",
        "",
        "### Response",
        "",
        '<!-- { "blockType": "response", "@odata.type": "microsoft.graph.card" } -->',
        "```http",
        "HTTP/1.1 200 OK",
        "Content-type: application/json",
        "",
        '{ "value": { "id": "1", "title": "x" } }',
        "```",
        "",
      ].join("\n"),
      otherPages: EXAMPLE_TYPES,
      finding:
        'page.md:22:3 - warning example-value-wrapper: The single microsoft.graph.card is wrapped in {"value": …}; a single entity or complex value is returned unwrapped. (response of getCard)',
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
] as const satisfies readonly RuleInfo[];

/** Every rule id docs2ts can report: `diagnostic()` takes nothing else. */
export type RuleId = (typeof RULES)[number]["id"];

const BY_ID = new Map<string, RuleInfo>(RULES.map((r) => [r.id, r]));

export function ruleInfo(id: string): RuleInfo | undefined {
  return BY_ID.get(id);
}

export function isKnownRule(id: string): id is RuleId {
  return BY_ID.has(id);
}
