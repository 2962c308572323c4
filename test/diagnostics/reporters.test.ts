import { describe, expect, it } from "vitest";
import { diagnostic, type Diagnostic } from "../../generator/diagnostics/diagnostic.js";
import { escapeGithubData, escapeGithubProperty, formatGithub } from "../../generator/diagnostics/github-annotations.js";
import { formatJson, formatPretty, formatReport, summaryLine } from "../../generator/diagnostics/reporters.js";
import { RULES } from "../../generator/diagnostics/rules.js";
import { artifactUri, formatSarif } from "../../generator/diagnostics/sarif.js";

const todo = diagnostic(
  "todo-placeholder",
  { file: "docs/card.md", line: 48, column: 11 },
  'The description of "id" is a placeholder.',
  "Replace it.",
);
const cycle = diagnostic("inheritance-cycle", { file: "docs/a.md", line: 1, column: 1 }, '"a" inherits from itself.');
const info = diagnostic("page-not-understood", { file: "docs/overview.md", line: 3, column: 2 }, "Nothing is read.");

describe("pretty", () => {
  it("starts with PATH:LINE:COL, then severity, rule id and message, like tsc; the hint on its own line", () => {
    expect(formatPretty(todo)).toBe(
      'docs/card.md:48:11 - warning todo-placeholder: The description of "id" is a placeholder.\n    hint: Replace it.',
    );
    expect(formatPretty(cycle)).toBe('docs/a.md:1:1 - error inheritance-cycle: "a" inherits from itself.');
  });

  it("colours only when asked, with tsc's palette", () => {
    expect(formatPretty(cycle, { color: false })).not.toContain("\u001b[");
    expect(formatPretty(cycle, { color: true })).toBe(
      '\u001b[36mdocs/a.md\u001b[39m:\u001b[33m1\u001b[39m:\u001b[33m1\u001b[39m - \u001b[31merror\u001b[39m \u001b[90minheritance-cycle\u001b[39m: "a" inherits from itself.',
    );
  });

  it("hides infos unless verbose, and sums up every finding", () => {
    expect(formatReport("pretty", [cycle, info])).toBe(
      'docs/a.md:1:1 - error inheritance-cycle: "a" inherits from itself.\ndocs2ts: 1 errors, 0 warnings, 1 infos (inheritance-cycle=1 page-not-understood=1)\n',
    );
    expect(formatReport("pretty", [info])).toBe("");
    expect(formatReport("pretty", [info], { verbose: true })).toContain(
      "docs/overview.md:3:2 - info page-not-understood: Nothing is read.\n",
    );
  });

  it("counts rules most frequent first", () => {
    expect(summaryLine([todo, todo, cycle])).toBe("docs2ts: 1 errors, 2 warnings, 0 infos (todo-placeholder=2 inheritance-cycle=1)");
  });
});

describe("json", () => {
  it("is one JSON document holding every finding, infos included", () => {
    const text = formatReport("json", [todo, info]);
    expect(JSON.parse(text)).toEqual({
      version: 1,
      summary: { errors: 0, warnings: 1, infos: 1 },
      diagnostics: [
        {
          file: "docs/card.md",
          line: 48,
          column: 11,
          severity: "warning",
          code: "todo-placeholder",
          message: 'The description of "id" is a placeholder.',
          hint: "Replace it.",
        },
        { file: "docs/overview.md", line: 3, column: 2, severity: "info", code: "page-not-understood", message: "Nothing is read." },
      ],
    });
    expect(formatJson([])).toBe(
      '{\n  "version": 1,\n  "summary": {\n    "errors": 0,\n    "warnings": 0,\n    "infos": 0\n  },\n  "diagnostics": []\n}\n',
    );
  });
});

describe("github", () => {
  it("writes one workflow command per finding", () => {
    expect(formatGithub(cycle)).toBe('::error file=docs/a.md,line=1,col=1,title=inheritance-cycle::"a" inherits from itself.');
    expect(formatGithub(todo)).toBe(
      '::warning file=docs/card.md,line=48,col=11,title=todo-placeholder::The description of "id" is a placeholder.%0Ahint: Replace it.',
    );
    expect(formatGithub(info)).toBe("::notice file=docs/overview.md,line=3,col=2,title=page-not-understood::Nothing is read.");
  });

  it("escapes %, CR and LF in the message and also : and , in properties, so page text cannot forge a command", () => {
    expect(escapeGithubData("100% a\r\nb")).toBe("100%25 a%0D%0Ab");
    expect(escapeGithubProperty("C:\\docs,x\n%")).toBe("C%3A\\docs%2Cx%0A%25");
    const forged = diagnostic(
      "undefined-type",
      { file: "a,b:c.md", line: 2, column: 3 },
      'Type "x\n::error file=/etc/passwd::owned" is not defined.',
    );
    const line = formatGithub(forged);
    expect(line).toBe(
      '::warning file=a%2Cb%3Ac.md,line=2,col=3,title=undefined-type::Type "x%0A::error file=/etc/passwd::owned" is not defined.',
    );
    expect(line.split("\n")).toHaveLength(1);
  });

  it("hides infos unless verbose and ends with the summary", () => {
    const text = formatReport("github", [info, cycle]);
    expect(text.split("\n").filter((l) => l.startsWith("::"))).toEqual([
      '::error file=docs/a.md,line=1,col=1,title=inheritance-cycle::"a" inherits from itself.',
    ]);
    expect(text.endsWith("docs2ts: 1 errors, 0 warnings, 1 infos (inheritance-cycle=1 page-not-understood=1)\n")).toBe(true);
  });
});

describe("sarif", () => {
  interface SarifLog {
    version: string;
    $schema: string;
    runs: Array<{
      tool: { driver: { name: string; rules: Array<{ id: string; defaultConfiguration?: { level: string } }> } };
      results: Array<{
        ruleId: string;
        ruleIndex: number;
        level: string;
        message: { text: string };
        locations?: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }>;
        properties?: { hint: string };
      }>;
    }>;
  }

  it("is SARIF 2.1.0 with the registry as rules and located results", () => {
    const log = JSON.parse(formatSarif([todo, cycle, info])) as SarifLog;
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe("docs2ts");
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(run.tool.driver.rules.find((r) => r.id === "inheritance-cycle")?.defaultConfiguration?.level).toBe("error");
    expect(run.tool.driver.rules.find((r) => r.id === "page-not-understood")?.defaultConfiguration?.level).toBe("note");
    expect(run.results.map((r) => r.level)).toEqual(["warning", "error", "note"]);
    expect(run.results[0]).toEqual({
      ruleId: "todo-placeholder",
      ruleIndex: RULES.findIndex((r) => r.id === "todo-placeholder"),
      level: "warning",
      message: { text: 'The description of "id" is a placeholder.' },
      locations: [{ physicalLocation: { artifactLocation: { uri: "docs/card.md" }, region: { startLine: 48, startColumn: 11 } } }],
      properties: { hint: "Replace it." },
    });
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it("adds rules the registry lacks so every ruleIndex is valid", () => {
    const odd: Diagnostic = { ...cycle, code: "some-new-rule" };
    const run = (JSON.parse(formatSarif([odd])) as SarifLog).runs[0];
    expect(run.tool.driver.rules[run.results[0].ruleIndex].id).toBe("some-new-rule");
  });

  it("writes paths as URI references: segments percent-encoded, backslashes as separators, absolute paths as file URIs", () => {
    expect(artifactUri("docs/my page#1.md")).toBe("docs/my%20page%231.md");
    expect(artifactUri("docs\\api\\x.md")).toBe("docs/api/x.md");
    expect(artifactUri("/work/docs/x y.md")).toBe("file:///work/docs/x%20y.md");
    expect(artifactUri("C:\\docs\\x.md")).toBe("file:///C:/docs/x.md");
    expect(artifactUri("../shared/x.md")).toBe("../shared/x.md");
  });

  it("keeps message text intact through JSON (quotes, newlines, U+2028) and clamps positions to 1", () => {
    const nasty = diagnostic("undefined-type", { file: "a.md", line: 0, column: 0 }, 'say "hi"\n\u2028 */ ${x}');
    const run = (JSON.parse(formatSarif([nasty])) as SarifLog).runs[0];
    expect(run.results[0].message.text).toBe('say "hi"\n\u2028 */ ${x}');
    expect(run.results[0].locations?.[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 1 });
    const nowhere = diagnostic("inheritance-cycle", { file: "", line: 1, column: 1 }, "x");
    expect((JSON.parse(formatSarif([nowhere])) as SarifLog).runs[0].results[0].locations).toBeUndefined();
  });
});
