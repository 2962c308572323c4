/**
 * Hostile input pages, written for this suite (no corpus text): each case is a small folder of pages that is broken,
 * huge, binary or full of strings that try to escape a comment, a string literal or the output folder.
 */

export interface HostileCase {
  name: string;
  /** Relative path → page content. */
  files: Record<string, string | Buffer>;
  /** Rule ids that must each appear at least once, located in one of the files. */
  expectRules?: string[];
  /** Strings that must survive somewhere in the generated output (so "safe" is not "dropped everything"). */
  expectOutput?: string[];
  /** Seconds the case may take (generate + type-check). */
  budget?: number;
}

const PROPS = "| Property | Type | Description |\n|:---|:---|:---|\n";
const EVIL = "*/ export const pwned = 1; /* ${globalThis.pwned = 1} `tick` \"dq\" 'sq' \\ back \u2028 ls \u2029 ps </script>";

function resource(
  name: string,
  rows: string,
  opts: { base?: string; namespace?: string; extra?: string; annotationName?: string } = {},
): string {
  const ns = opts.namespace ?? "microsoft.graph";
  const annotation = {
    blockType: "resource",
    "@odata.type": `${ns}.${opts.annotationName ?? name}`,
    ...(opts.base ? { baseType: `${ns}.${opts.base}` } : {}),
  };
  return [
    `# ${name} resource type`,
    "",
    `Namespace: ${ns}`,
    "",
    `Represents a ${name}.${opts.base ? ` Inherits from [${opts.base}](${opts.base}.md).` : ""}`,
    "",
    "## Properties",
    PROPS + rows,
    opts.extra ?? "",
    "## JSON representation",
    "",
    `<!-- ${JSON.stringify(annotation)} -->`,
    "```json",
    "{ }",
    "```",
    "",
  ].join("\n");
}

function apiPage(
  title: string,
  requestLine: string,
  response = "If successful, this method returns a `200 OK` response code and a [board](../resources/board.md) object in the response body.",
): string {
  return [
    `# ${title}`,
    "",
    "Namespace: microsoft.graph",
    "",
    "Does something.",
    "",
    "## HTTP request",
    "",
    "```http",
    requestLine,
    "```",
    "",
    "## Response",
    "",
    response,
    "",
  ].join("\n");
}

const BOARD = resource("board", "|id|String|The id.|\n|displayName|String|The name.|\n");

function bigTable(rows: number): string {
  const out: string[] = [];
  for (let i = 0; i < rows; i++)
    out.push(`|prop${i}|${i % 3 === 0 ? "Int32" : i % 3 === 1 ? "String" : "[board](board.md)"}|Property number ${i}. Nullable.|`);
  return out.join("\n") + "\n";
}

/** About 10 MB: a valid resource page whose description is followed by megabytes of prose paragraphs. */
function tenMegabytePage(): string {
  const paragraph =
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit; sed do eiusmod tempor incididunt ut labore. ".repeat(10) + "\n\n";
  const prose = paragraph.repeat(Math.ceil((10 * 1024 * 1024) / paragraph.length));
  return resource("hugePage", "|id|String|The id.|\n|title|String|The title.|\n", { extra: "\n## Remarks\n\n" + prose });
}

export function hostileCases(): HostileCase[] {
  const long = "x".repeat(500);
  return [
    {
      name: "rows with too few and too many cells",
      files: {
        "resources/board.md": BOARD,
        "resources/card.md": resource(
          "card",
          "|id|String|The id.|\n|title|String|\n|notes|String|A note.|extra|cells|here|\n|lonely|\n||String|No name.|\n",
        ),
      },
      expectRules: ["unknown-type-notation", "table-row-extra-cells", "table-row-not-a-member"],
    },
    {
      name: "unescaped pipes and a description broken over lines",
      files: {
        "resources/board.md": BOARD,
        "resources/card.md": resource(
          "card",
          "|id|String|The id.|\n|mode|String|Either a|b or c|d.|\n|title|String|The title\ncontinues here.|\n|status|String|A `code | with pipe` inside.|\n",
        ),
      },
      expectRules: ["table-row-not-a-member", "table-row-extra-cells"],
    },
    {
      name: "unterminated and invalid annotation JSON",
      files: {
        "resources/board.md": BOARD,
        "resources/card.md":
          "# card resource type\n\n## Properties\n" +
          PROPS +
          '|id|String|The id.|\n\n## JSON representation\n\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.card", \n```json\n{ "id": "String" }\n```\n',
        "resources/task.md":
          "# task resource type\n\n## Properties\n" +
          PROPS +
          '|id|String|The id.|\n\n## JSON representation\n\n<!-- { blockType: resource, @odata.type: [microsoft.graph.task, baseType: } -->\n```json\n{ "id": "String",, }\n```\n',
        "api/card-get.md":
          '# Get card\n\n## HTTP request\n\n<!-- { "blockType": "request", "name": -->\n```http\nGET /cards/{id}\n```\n\n## Response\n\nIf successful, this method returns a `200 OK` response code and a [card](../resources/card.md) object in the response body.\n\n## Example\n\n<!-- { "blockType": "response", "@odata.type": "microsoft.graph.card" -->\n```http\nHTTP/1.1 200 OK\n\n{ "id": \n```\n',
      },
      expectRules: ["comment-unterminated", "annotation-not-json"],
    },
    {
      name: "duplicate and conflicting definitions",
      files: {
        "resources/board.md": BOARD,
        "resources/card.md": resource(
          "card",
          "|id|String|The id.|\n|id|Int32|The id again.|\n|title|String|The title.|\n|Title|Boolean|Differs in case.|\n",
        ),
        "resources/card-again.md": resource("card", "|id|Guid|Another id.|\n|title|Int64|Another title.|\n", { base: "board" }),
        "resources/status.md":
          "# status enum type\n\n## Members\n|Member|Value|Description|\n|:---|:---|:---|\n|a|0|A.|\n|a|1|A again.|\n|b|0|Same value.|\n",
        "resources/status2.md": "# status enum type\n\n## Members\n|Member|Value|Description|\n|:---|:---|:---|\n|x|0|X.|\n",
      },
      expectRules: ["enum-conflict", "enum-member-duplicate"],
    },
    {
      name: "inheritance cycles, including a type deriving from itself",
      files: {
        "resources/a.md": resource("a", "|x|String|X.|\n", { base: "b" }),
        "resources/b.md": resource("b", "|y|String|Y.|\n", { base: "c" }),
        "resources/c.md": resource("c", "|z|String|Z.|\n", { base: "a" }),
        "resources/self.md": resource("self", "|s|String|S.|\n", { base: "self" }),
      },
      expectRules: ["inheritance-cycle"],
    },
    {
      name: "references to undefined types",
      files: {
        "resources/card.md": resource(
          "card",
          "|owner|[ghost](ghost.md)|Undefined.|\n|many|[phantom](phantom.md) collection|Undefined too.|\n|odd|microsoft.graph.nowhere|Qualified.|\n",
          { base: "missingBase" },
        ),
        "api/card-get.md": apiPage(
          "Get card",
          "GET /cards/{id}",
          "If successful, this method returns a `200 OK` response code and a [spectre](../resources/spectre.md) object in the response body.",
        ),
      },
      expectRules: ["undefined-type", "undefined-base-type"],
    },
    {
      name: "comment, template and quote breakers in descriptions, titles and enum values",
      files: {
        "resources/board.md": resource(
          "board",
          `|id|String|${EVIL}|\n|displayName|String|Ends with a backslash \\|\n|state|[evilEnum](evilenum.md)|${EVIL}|\n`,
        ),
        "resources/evilenum.md": [
          "# evilEnum enum type",
          "",
          `Namespace: microsoft.graph`,
          "",
          EVIL,
          "",
          "## Members",
          "|Member|Value|Description|",
          "|:---|:---|:---|",
          `|*/|0|${EVIL}|`,
          "|${x}|1|Template.|",
          "|`tick`|2|Backtick.|",
          '|"dq"|3|Quote.|',
          "|a\u2028b|4|Line separator.|",
          "|default|5|Reserved.|",
          "|__proto__|6|Proto.|",
          "|`__proto__`|7|Really __proto__.|",
          "|`constructor`|8|Ctor.|",
          "",
        ].join("\n"),
        "api/board-get.md": apiPage(`Get board ${EVIL}`, "GET /boards/{id}"),
      },
      expectOutput: ["board", "evilEnum"],
    },
    {
      name: "reserved words and names with spaces or dashes",
      files: {
        "resources/default.md": resource(
          "default",
          "|default|String|D.|\n|class|String|C.|\n|constructor|Int32|Ctor.|\n|__proto__|String|Proto.|\n|display name|String|Space.|\n|x-ms-id|String|Dashes.|\n|hasOwnProperty|Boolean|Shadow.|\n|toString|String|Shadow.|\n|`__proto__`|String|Code-spanned, so really __proto__.|\n|\\_\\_defineGetter\\_\\_|String|Escaped underscores.|\n",
        ),
        "resources/class.md": resource("class", "|id|String|The id.|\n", { base: "default" }),
        "resources/constructor.md": resource("constructor", "|prototype|[class](class.md)|P.|\n"),
        "resources/proto.md": resource("__proto__", "|then|String|Thenable trap.|\n"),
        "resources/spaced.md": resource("my type", "|id|String|The id.|\n", { annotationName: "my type" }),
        "resources/dashed.md": resource("my-type", "|id|String|The id.|\n"),
        "api/default-get.md": apiPage("Get default", "GET /default/{class}/constructor/{__proto__}"),
      },
    },
    {
      name: "type and path names with slashes, backslashes, dot-dot and 500 characters",
      files: {
        "resources/board.md": BOARD,
        "resources/slash.md": resource("a/b", "|id|String|The id.|\n", { annotationName: "../../../../tmp/escape" }),
        "resources/backslash.md": resource("a\\b", "|id|String|The id.|\n", { annotationName: "..\\..\\escape" }),
        "resources/dots.md": resource("..", "|id|String|The id.|\n|up|[..](../../x.md)|Up.|\n", { namespace: "microsoft.graph.." }),
        "resources/long.md": resource(long, `|${long}|String|Long.|\n|ref|[${long}](long.md)|Self.|\n`),
        "api/escape-get.md": apiPage("Get escape", "GET /../../../tmp/escape/{id}"),
        "api/con-get.md": apiPage("Get con", "GET /con/{id}/aux/nul"),
        "api/back-get.md": apiPage("Get back", "GET /a\\..\\b/c:d/{id}"),
        "api/long-get.md": apiPage("Get long", `GET /${long}/{id}`),
      },
    },
    {
      name: "empty and whitespace-only files",
      files: { "resources/empty.md": "", "resources/blank.md": "\n\n   \n\t\n", "resources/board.md": BOARD },
      expectRules: ["no-title"],
    },
    {
      name: "a binary file with a .md name",
      files: {
        "resources/board.md": BOARD,
        "resources/image.md": Buffer.from([
          0x89,
          0x50,
          0x4e,
          0x47,
          0x0d,
          0x0a,
          0x1a,
          0x0a,
          0x00,
          0x00,
          0x00,
          0x0d,
          0x49,
          0x48,
          0x44,
          0x52,
          ...Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) % 256),
        ]),
      },
      expectRules: ["no-title"],
    },
    {
      name: "invalid UTF-8 in a table and the title",
      files: {
        "resources/board.md": Buffer.concat([
          Buffer.from("# bo"),
          Buffer.from([0xff, 0xfe]),
          Buffer.from("ard resource type\n\n## Properties\n" + PROPS + "|id|String|Bad "),
          Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x82]),
          Buffer.from(" bytes.|\n|na"),
          Buffer.from([0xed, 0xa0, 0x80]),
          Buffer.from("me|String|Surrogate half.|\n"),
        ]),
      },
      expectRules: ["replacement-character"],
    },
    {
      name: "a 10 MB page",
      files: { "resources/hugepage.md": tenMegabytePage() },
      expectOutput: ["hugePage"],
      budget: 120,
    },
    {
      name: "a JSON example nested 5,000 deep in an api page, and an annotation nested as deep",
      files: {
        "resources/board.md": BOARD,
        "api/board-get.md": [
          apiPage("Get board", "GET /boards/{id}"),
          "## Example",
          "",
          '<!-- { "blockType": "response", "@odata.type": "microsoft.graph.board" } -->',
          "```http",
          "HTTP/1.1 200 OK",
          "Content-type: application/json",
          "",
          '{"a":'.repeat(5000) + "1" + "}".repeat(5000),
          "```",
          "",
          "<!-- " + '{"b":['.repeat(5000) + "]}".repeat(5000) + " -->",
          "",
        ].join("\n"),
      },
      expectRules: ["json-too-deep", "annotation-not-json"],
      expectOutput: ["getBoard"],
    },
    {
      name: "an enum and a resource type with the same name",
      files: {
        "resources/board.md": resource("board", "|id|String|The id.|\n|status|[boardStatus](boardstatus.md)|The status.|\n"),
        "resources/boardstatus.md":
          "# boardStatus enum type\n\nNamespace: microsoft.graph\n\n## Members\n\n|Member|Description|\n|:---|:---|\n|open|Open.|\n",
        "resources/boardstatus-resource.md": resource("boardStatus", "|id|String|The id.|\n"),
      },
      expectRules: ["name-clash"],
      expectOutput: ["BoardStatus"],
    },
    {
      name: "a 10,000-row table",
      files: { "resources/board.md": BOARD, "resources/wide.md": resource("wide", bigTable(10_000)) },
      expectOutput: ["prop9999"],
      budget: 300,
    },
  ];
}
