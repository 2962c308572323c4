import { describe, expect, it } from "vitest";
import fc from "fast-check";
import ts from "typescript";
import { docCommentText, sanitizeDocText } from "../../../generator/emit/typescript/doc-comments.js";

/** The comment followed by a declaration must parse to exactly that one declaration, with the comment intact. */
function survives(text: string): boolean {
  const source = `${docCommentText(text)}export const marker = 1;\n`;
  const sf = ts.createSourceFile("x.ts", source, ts.ScriptTarget.Latest, true);
  if (sf.statements.length !== 1 || !ts.isVariableStatement(sf.statements[0])) return false;
  const scan = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, source);
  let comments = 0;
  for (let k = scan.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = scan.scan()) {
    if (k === ts.SyntaxKind.MultiLineCommentTrivia) comments++;
  }
  return comments <= 1;
}

describe("doc comments", () => {
  it("neutralises comment terminators, tags, markup, line separators and controls", () => {
    expect(sanitizeDocText("a */ b /* c")).toBe("a *\\/ b /\\* c");
    expect(sanitizeDocText("@param x")).toBe("\\@param x");
    expect(sanitizeDocText("see {@link x}")).toBe("see {\\@link x}");
    expect(sanitizeDocText("<script>alert(1)</script>")).toBe("&lt;script>alert(1)&lt;/script>");
    expect(sanitizeDocText("a\u2028b\u2029c")).toBe("a\nb\nc");
    expect(sanitizeDocText("a\u0000\u001bb\u202ec")).toBe("abc");
    expect(sanitizeDocText("`${x}`")).toBe("`${x}`");
    expect(sanitizeDocText("\n\n a \n\n\n b \n\n")).toBe(" a\n\n b");
  });

  it("returns nothing for nothing", () => {
    expect(docCommentText(undefined, "  ", "")).toBe("");
  });

  it("no text can end the comment early", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => survives(s)),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom("*/", "/*", "*", "/", "\u2028", "@", "\n", "`", "${", "x")), (parts) =>
        survives(parts.join("")),
      ),
      { numRuns: 500 },
    );
  });
});
