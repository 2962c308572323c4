import { describe, expect, it } from "vitest";
import type { Model } from "../../generator/model/types.js";
import { filesWithOutput } from "./model-output.js";

describe("filesWithOutput", () => {
  it("collects the pages model elements point at, at any depth, but not the pages only findings point at", () => {
    const at = (file: string) => ({ file, line: 3, column: 1 });
    // Only the fields the walk looks at: a full model literal would say nothing more.
    const model = {
      types: [{ name: "card", sources: [at("a.md")], properties: [{ name: "id", source: at("b.md") }] }],
      enums: [{ name: "status", source: at("c.md") }],
      endpoints: [{ name: "getCard", source: at("d.md"), examples: [{ request: { source: at("e.md") } }] }],
      diagnostics: [{ code: "no-title", location: at("f.md") }],
    } as unknown as Model;
    expect([...filesWithOutput(model)].sort()).toEqual(["a.md", "b.md", "c.md", "d.md", "e.md"]);
  });
});
