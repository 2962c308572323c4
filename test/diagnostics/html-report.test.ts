import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../generator/diagnostics/diagnostic.js";
import { escapeHtml, formatHtml } from "../../generator/diagnostics/html-report.js";
import { formatReport } from "../../generator/diagnostics/reporters.js";

const at = (file: string, line: number) => ({ file, line, column: 1 });
const D: Diagnostic[] = [
  {
    code: "todo-placeholder",
    severity: "warning",
    message: 'The description of "<script>x</script>" is a placeholder.',
    location: at("api/a.md", 12),
  },
  { code: "undefined-type", severity: "warning", message: "Type & more", hint: "Link it.", location: at("resources/b.md", 3) },
  { code: "property-not-in-table", severity: "info", message: "m", location: at("api/a.md", 40) },
];

describe("the html reporter", () => {
  const html = formatHtml({ title: "docs2ts <validate>", diagnostics: D, areas: new Map([["api/a.md", "outlook"]]) });

  it("is one self-contained page: no external script, style, font or image", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<(script|link|img)[^>]*\b(src|href)=/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('name="viewport"');
  });

  it("escapes every doc text", () => {
    expect(html).not.toContain("<script>x</script>");
    expect(html).toContain("&#60;script&#62;x&#60;/script&#62;");
    expect(html).toContain("Type &#38; more");
    expect(html).toContain("<title>docs2ts &#60;validate&#62;</title>");
    expect(escapeHtml(`"'<>&`)).toBe("&#34;&#39;&#60;&#62;&#38;");
  });

  it("lists each finding once by page and once by rule, linking page.md:line, with its rule, severity and area", () => {
    const byPage = html.slice(html.indexOf('id="by-page"'), html.indexOf('id="by-rule"'));
    const byRule = html.slice(html.indexOf('id="by-rule"'));
    for (const part of [byPage, byRule]) expect(part.match(/<li class="f"/g)).toHaveLength(3);
    expect(byPage).toContain('<a class="loc" href="api/a.md#L12">api/a.md:12</a>');
    expect(byPage).toContain('data-rule="todo-placeholder" data-severity="warning" data-area="outlook"');
    expect(byPage).toContain('data-area="(none)"');
    expect(html).toContain('<b id="count-total">3</b>');
    expect(html).toContain('<b id="count-info">1</b>');
    expect(html).toMatch(/<option value="outlook">outlook<\/option>/);
  });

  it("is what --reporter html gives, with the drift and coverage sections only when given", () => {
    const viaReporter = formatReport("html", D, { html: { title: "t" } });
    expect(viaReporter).toContain("<title>t</title>");
    expect(viaReporter).not.toContain('id="drift"');
    expect(viaReporter).not.toContain('id="coverage"');
    const withDrift = formatHtml({
      title: "t",
      diagnostics: [],
      drift: { title: "Drift", entries: [{ kind: "missing-property", name: "user.x<y", message: "m", file: "r/user.md", line: 7 }] },
    });
    expect(withDrift).toContain('<span class="n" id="drift-count">1</span>');
    expect(withDrift).toContain("user.x&#60;y");
    expect(withDrift).toContain('href="r/user.md#L7"');
  });
});
