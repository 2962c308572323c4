/** docs/client.md's example script: it runs against its local server, and it type-checks under --strict. */
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { runDemo } from "../../../examples/board-demo.js";

describe("examples/board-demo.ts", () => {
  it("uses the generated client for input-docs against a local server", async () => {
    const lines: string[] = [];
    await runDemo((line) => lines.push(line));
    expect(lines).toEqual([
      "board: Launch (2 cards)",
      "card: Order banners / Order banners [inProgress]",
      "first page: 2 of 5",
      "pages: 5 boards",
      "- Launch",
      "- Roadmap",
      "- Hiring",
      "- Offsite",
      "- Website",
      "updated: Moved to Q4",
      "attachment: banner-spec.pdf contents (2 attempts)",
      "error: 404 itemNotFound: No board at /boards/nope (request req-42)",
      "aborted: cancelled by the user",
    ]);
  });

  it("type-checks under --strict, and reading an unselected property is an error", () => {
    const check = (extra: string): string[] => {
      const host = ts.createCompilerHost({});
      const read = host.readFile.bind(host);
      host.readFile = (f) => (f.endsWith("examples/board-demo.ts") ? `${read(f)}\n${extra}` : read(f));
      const program = ts.createProgram(
        ["examples/board-demo.ts"],
        {
          strict: true,
          noEmit: true,
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.NodeNext,
          moduleResolution: ts.ModuleResolutionKind.NodeNext,
          types: ["node"],
          skipLibCheck: true,
        },
        host,
      );
      return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    };
    expect(check("")).toEqual([]);
    const narrowed = check(
      `export async function unselected(c: Client) { return (await getBoard(c, { id: "x" }, { $select: ["displayName"] })).description; }`,
    );
    expect(narrowed.join("\n")).toMatch(/Property 'description' does not exist/);
  }, 60_000);
});
