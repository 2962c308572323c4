/**
 * The html report in a real browser: headless Chromium (Debian's /usr/bin/chromium, or DOCS2TS_CHROMIUM) driven by
 * playwright-core. Opens the page `coverage --reporter html` writes for a small set of pages in three areas, checks
 * that the counts it shows equal the JSON reporter's, that filtering by rule, severity and area hides and recounts,
 * that doc text stays text (a hostile page's markup neither runs nor becomes elements), and saves a screenshot of
 * a phone-sized view under .tmp/test-output/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ruleInfo } from "../../../generator/diagnostics/rules.js";
import { runCli } from "../../support/cli.js";
import { tempDirs } from "../../support/temp-dirs.js";

const CHROMIUM = process.env.DOCS2TS_CHROMIUM ?? "/usr/bin/chromium";
const OUTPUT = resolve(".tmp/test-output");
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.warn(`html-report.browser.test: skipped, no Chromium at ${CHROMIUM} (set DOCS2TS_CHROMIUM or apt-get install chromium)`);

const HOSTILE = `# hostile resource type

## Properties

|Property|Type|Description|
|:---|:---|:---|
|id|String|The identifier.|
|payload|<img src=x onerror="window.__pwned=1">|Shown as text.|
`;

function withArea(area: string, markdown: string): string {
  return `---\nms.prod: ${area}\n---\n${markdown}`;
}

interface JsonReport {
  summary: { errors: number; warnings: number; infos: number };
  diagnostics: { code: string; severity: string; file: string }[];
}

const temp = tempDirs("docs2ts-html-");

describe.skipIf(!haveChromium)("the html report in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let json: JsonReport;
  let coverage: { totals: { stated: number; assumed: number } };
  let dir: string;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openReport(): Promise<void> {
    dir = temp();
    const pages: Record<string, string> = {
      "cards/card.md": withArea("boards", ruleInfo("undefined-type")!.example.markdown),
      "cards/extra.md": withArea("boards", ruleInfo("table-row-extra-cells")!.example.markdown),
      "notes/note.md": withArea("outlook", ruleInfo("property-not-in-table")!.example.markdown),
      "notes/todo.md": withArea("outlook", ruleInfo("todo-placeholder")!.example.markdown),
      "hostile/hostile.md": withArea("<b>hostile</b>", HOSTILE),
    };
    for (const [file, text] of Object.entries(pages)) {
      mkdirSync(join(dir, file, ".."), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    const input = ["--input", dir, "--no-cache", "--workers", "0"];
    const html = join(dir, "report.html");
    expect((await runCli(["coverage", ...input, "--reporter", "html", "--report-file", html])).code).toBe(0);
    const model = await runCli(["model", ...input, "--reporter", "json", "--report-file", join(dir, "findings.json")]);
    expect(model.code).toBeLessThan(2);
    json = JSON.parse(readFileSync(join(dir, "findings.json"), "utf8")) as JsonReport;
    coverage = JSON.parse((await runCli(["coverage", ...input, "--reporter", "json"])).stdout) as typeof coverage;
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(pathToFileURL(html).href);
  }

  const shown = async (id: string): Promise<number> => Number(await page.locator(`#${id}`).textContent());
  const visibleFindings = (section: string): Promise<number> => page.locator(`#${section} li.f:not([hidden])`).count();

  it("shows the JSON reporter's counts, per severity and in both groupings", async () => {
    await openReport();
    const rules = new Set(json.diagnostics.map((d) => d.code));
    // The fixture is worth testing only if it has findings of several rules, severities and areas.
    expect(rules.size).toBeGreaterThanOrEqual(3);
    expect(json.summary.warnings).toBeGreaterThan(0);
    expect(json.summary.infos).toBeGreaterThan(0);
    expect(await shown("count-total")).toBe(json.diagnostics.length);
    expect(await shown("count-error")).toBe(json.summary.errors);
    expect(await shown("count-warning")).toBe(json.summary.warnings);
    expect(await shown("count-info")).toBe(json.summary.infos);
    expect(await visibleFindings("by-page")).toBe(json.diagnostics.length);
    expect(await visibleFindings("by-rule")).toBe(json.diagnostics.length);
    expect(await shown("coverage-stated")).toBe(coverage.totals.stated);
    expect(await shown("coverage-assumed")).toBe(coverage.totals.assumed);
  });

  it("filters by rule, severity and area, recounting what it shows", async () => {
    for (const rule of new Set(json.diagnostics.map((d) => d.code))) {
      await page.selectOption("#filter-rule", rule);
      const expected = json.diagnostics.filter((d) => d.code === rule).length;
      expect(await shown("count-total"), rule).toBe(expected);
      expect(await visibleFindings("by-page"), rule).toBe(expected);
      expect(await visibleFindings("by-rule"), rule).toBe(expected);
    }
    await page.selectOption("#filter-rule", "");
    await page.selectOption("#filter-severity", "info");
    expect(await shown("count-total")).toBe(json.summary.infos);
    expect(await shown("count-warning")).toBe(0);
    await page.selectOption("#filter-severity", "");
    await page.selectOption("#filter-area", "outlook");
    const inOutlook = json.diagnostics.filter((d) => d.file.includes("/notes/")).length;
    expect(inOutlook).toBeGreaterThan(0);
    expect(await shown("count-total")).toBe(inOutlook);
    expect(await page.locator("#coverage tr.cov:not([hidden])").count()).toBe(1);
    // A group with nothing left in it is hidden, not shown empty.
    const groups = await page.locator("#by-page details.g:not([hidden])").count();
    expect(groups).toBe(new Set(json.diagnostics.filter((d) => d.file.includes("/notes/")).map((d) => d.file)).size);
    await page.selectOption("#filter-area", "");
    expect(await shown("count-total")).toBe(json.diagnostics.length);
  });

  it("keeps doc text as text and fits a phone's width", async () => {
    // The test's tsconfig has no DOM types: page-side code is given as text.
    expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
    expect(await page.locator("main img, main b:text-is('hostile')").count()).toBe(0);
    // The payload reached a finding's message, shown as the text it is.
    expect(json.diagnostics.some((d) => d.file.includes("hostile"))).toBe(true);
    expect(await page.locator("#by-page .msg", { hasText: "onerror=" }).count()).toBeGreaterThan(0);
    expect(await page.locator("#filter-area option", { hasText: "<b>hostile</b>" }).count()).toBe(1);
    const overflow = await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
    expect(overflow).toBeLessThanOrEqual(0);
    mkdirSync(OUTPUT, { recursive: true });
    await page.locator("#by-page details.g summary").first().click();
    await page.screenshot({ path: join(OUTPUT, "html-report-phone.png"), fullPage: true });
    expect(existsSync(join(OUTPUT, "html-report-phone.png"))).toBe(true);
  });
});
