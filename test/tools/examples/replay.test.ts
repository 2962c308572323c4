import { describe, expect, it } from "vitest";
import { runCli } from "../../support/cli.js";

const FIXTURES = "test/tools/examples/fixtures/pages";

describe("docs2ts examples", () => {
  it("passes every example pair of input-docs and ends with the summary line", async () => {
    const r = await runCli(["examples", "--input", "input-docs"]);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[lines.length - 1]).toMatch(/^\d+ passed, 0 failed, 0 skipped$/);
    expect(Number(/^(\d+) passed/.exec(lines[lines.length - 1])![1])).toBeGreaterThanOrEqual(14);
    expect(r.code).toBe(0);
  }, 60_000);

  it("locates a failed pair with its difference, says why pairs were skipped, and exits 1", async () => {
    const r = await runCli(["examples", "--input", FIXTURES]);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[lines.length - 1]).toBe("3 passed, 1 failed, 2 skipped");
    // The function parameter is a String: the client quotes it, the page's example does not.
    expect(r.stdout).toContain(
      `${FIXTURES}/api/widget-measure.md:36:1 - getWidgetMeasure: path: documented /widgets/w1/measure(unit=cm), sent /widgets/w1/measure(unit='cm')`,
    );
    expect(r.stdout).toMatch(/ {6}1 {2}documentation error: request URL matches no documented path of the endpoint/);
    expect(r.stdout).toMatch(/ {6}1 {2}documentation error: request body is not JSON/);
    // Skips are listed one by one only with --verbose.
    expect(r.stdout).not.toContain("widget-delete.md:31:1");
    expect(r.code).toBe(1);
  }, 60_000);

  it("lists each skipped pair with its page location under --verbose", async () => {
    const r = await runCli(["examples", "--verbose", "--input", FIXTURES]);
    expect(r.stdout).toContain(
      `${FIXTURES}/api/widget-delete.md:31:1 - deleteWidget: skipped (documentation error: request URL matches no documented path of the endpoint): /gadgets/w1 vs /widgets/{id}`,
    );
    expect(r.stdout).toContain(
      `${FIXTURES}/api/widget-post.md:31:1 - postWidgets: skipped (documentation error: request body is not JSON)`,
    );
  }, 60_000);
});
