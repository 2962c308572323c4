/**
 * Statement-by-statement printing with a memory gives the bytes of one ts-morph `addStatements` call, for any order
 * of the statement kinds emit uses, and prints a statement only once.
 */
import fc from "fast-check";
import { Project, StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import { describe, expect, it } from "vitest";
import { printStatement, printStatements, StatementPrinter, type Statement } from "../../../generator/emit/print/statement-printer.js";

const project = new Project({ useInMemoryFileSystem: true, skipAddingFilesFromTsConfig: true });

function inBulk(statements: readonly Statement[]): string {
  const file = project.createSourceFile("/bulk.ts", "", { overwrite: true });
  file.addStatements([...statements]);
  const text = file.getFullText();
  project.removeSourceFile(file);
  return text;
}

const samples: Statement[] = [
  { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./a.js", namedImports: [{ name: "A", isTypeOnly: true }] },
  "import { b } from './b.js';\nimport { c } from './c.js';",
  {
    kind: StructureKind.Interface,
    name: "I",
    isExported: true,
    docs: ["An interface."],
    properties: [{ name: "a", type: "string", hasQuestionToken: true, docs: ["A."] }],
  },
  { kind: StructureKind.Interface, name: "Empty", isExported: true },
  { kind: StructureKind.TypeAlias, name: "T", type: '"x" | "y"', isExported: true, docs: ["Union."] },
  { kind: StructureKind.TypeAlias, name: "U", type: "string", isExported: true },
  {
    kind: StructureKind.Function,
    name: "f",
    isExported: true,
    isAsync: true,
    parameters: [{ name: "c", type: "Client" }],
    returnType: "Promise<void>",
    docs: ["Calls.\n\nGET /x"],
    statements: ["const x = 1;", "return;"],
  },
  { kind: StructureKind.Enum, name: "E", isExported: true, members: [{ name: "A", value: "a" }] },
  {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name: "v", initializer: '["a", "b"] as const' }],
    docs: ["Values."],
  },
  "// a comment line",
  "export const w = { a: 1 };",
  { kind: StructureKind.Class, name: "K", isExported: true, properties: [{ name: "p", type: "number" }] },
] as (string | StatementStructures)[];

describe("StatementPrinter", () => {
  it("prints any sequence of statements as addStatements does", () => {
    const printer = new StatementPrinter(project);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...samples), { maxLength: 8 }), (seq) => {
        expect(printer.printFileChunks(seq).text).toBe(inBulk(seq));
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it("prints each distinct statement once and reuses what its memory holds", () => {
    const memory = new Map<string, string>();
    const first = new StatementPrinter(project, memory);
    first.printFileChunks([...samples, ...samples]);
    expect(first.stats).toEqual({ printed: samples.length, reused: samples.length });
    const second = new StatementPrinter(project, memory);
    expect(second.printFileChunks(samples).text).toBe(inBulk(samples));
    expect(second.stats).toEqual({ printed: 0, reused: samples.length });
  });

  it("prints many statements at once as it prints each alone (comment-only statements too, across batches)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...samples), { maxLength: 8 }), (seq) => {
        expect(printStatements(project, seq)).toEqual(seq.map((s) => printStatement(project, s)));
      }),
      { numRuns: 100, seed: 11 },
    );
    // More than one batch (200 statements), the cut between batches in the middle of the samples.
    const many = Array.from({ length: 450 }, (_, i) => samples[(i * 7) % samples.length]);
    expect(printStatements(project, many)).toEqual(many.map((s) => printStatement(project, s)));
  });
});
