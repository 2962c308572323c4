import { describe, expect, it } from "vitest";
import ts from "typescript";
import { emitTypeScript } from "../../../generator/emit/typescript/project.js";
import { loadGenerated } from "../load-generated.js";
import { endpoint, enumType, lit, model, prop, ref, structured } from "../model-fixtures.js";
import { RUNTIME_STUB, typeCheck } from "../typecheck.js";

const EVIL = [
  "*/ export const pwned = 1; /*",
  "${globalThis.pwned = 1}",
  "`backtick` \\ back\\slash \"quotes\" 'single'",
  "line\u2028separator\u2029paragraph",
  "<script>alert(1)</script>",
  "control\u0000\u0007\u001b[31m\u007f chars",
  "@param x {@link y}",
];
const LONG = "x".repeat(500);

function hostileModel() {
  const ns = "evil.ns";
  const description = EVIL.join("\n");
  return model({
    types: [
      structured(`${ns}.default`, [prop("default", "Edm.String", { description })], { description }),
      structured(`${ns}.class`, [prop("class", "Edm.String")], { baseType: `${ns}.default` }),
      structured(`${ns}.__proto__`, [prop("__proto__", "Edm.String"), prop("constructor", "Edm.Int32")]),
      structured(`${ns}.a-b c`, [
        prop("a-b c", "Edm.String", { description }),
        prop("*/", "Edm.String"),
        prop("${x}", "Edm.String"),
        prop("`", "Edm.String"),
        prop("x\u2028y", "Edm.String"),
        prop(LONG, "Edm.String"),
        prop("@odata.type", "Edm.String"),
      ]),
      structured(`${ns}.${LONG}`, [prop("p", `${ns}.${LONG}e`)]),
      structured(`${ns}.*/`, [prop("q", "Edm.Boolean")]),
    ],
    enums: [
      enumType(`${ns}.${LONG}e`, ["*/", '"quote', "a\u2028b", "${x}", "`", "default"], { description }),
      enumType(`${ns}.class`, ["x"]),
    ],
    endpoints: [
      endpoint({
        name: "delete",
        method: "DELETE",
        description,
        paths: [
          {
            template: "/a`b/${x}/{a-b c}",
            segments: [...lit("a`b", "${x}"), { kind: "param", name: "a-b c", written: "{a-b c}" }],
          },
          {
            template: "/*/{__proto__}",
            segments: [...lit("*"), { kind: "param", name: "__proto__", written: "{__proto__}" }],
          },
        ],
        response: { status: 204 },
      }),
      endpoint({
        name: "class",
        method: "POST",
        paths: [{ template: "/c", segments: lit("c") }],
        body: { kind: "parameters", parameters: [{ name: "*/", type: ref("Edm.String"), nullable: true, description }] },
        response: { status: 200, type: ref(`evil.ns.a-b c`) },
      }),
    ],
  });
}

/** Top-level declarations of one file, by name. */
function declarations(text: string): string[] {
  const sf = ts.createSourceFile("x.ts", text, ts.ScriptTarget.Latest, true);
  return sf.statements.flatMap((s) => {
    if (ts.isVariableStatement(s)) return s.declarationList.declarations.map((d) => d.name.getText(sf));
    const name = (s as ts.DeclarationStatement).name;
    return name ? [name.getText(sf)] : [];
  });
}

describe("hostile names and descriptions", () => {
  it("compile under strict, inject nothing and keep comments closed", async () => {
    const files = await emitTypeScript(hostileModel(), { runtimeSource: RUNTIME_STUB });
    expect(typeCheck(files)).toEqual([]);
    const all = [...files].filter(([p]) => p !== "runtime.ts");
    for (const [path, text] of all) {
      expect(declarations(text), path).not.toContain("pwned");
      expect(text, path).not.toMatch(/[\u2028\u2029\u0000\u0007\u001b\u007f]/);
      expect(text, path).not.toContain("<script>");
    }
    const models = files.get("models/evil.ns.ts")!;
    expect(models).toContain("*\\/ export const pwned = 1; /\\*");
    expect(models).toContain("export interface Default {");
    expect(models).toContain("export interface Class extends Default {");
    expect(models).toContain("export interface Proto {");
    expect(models).toContain("export interface ABC {");
    // Prettier unquotes it; in a type position `__proto__` is an ordinary property name.
    expect(models).toMatch(/^\s+"?__proto__"?\?: string \| null;/m);
    expect(models).toContain("default?: string | null;");
    expect(models).toContain('"*/"?: string | null;');
    expect(models).toContain('"${x}"?: string | null;');
    expect(models).toContain('"x\\u2028y"?: string | null;');
    // Enum `evil.ns.class` has the qualified name of a structured type: one definition per name, the type wins.
    expect(models).not.toMatch(/export type \w*Class = "x"/);
    for (const name of declarations(models)) expect(name.length).toBeLessThanOrEqual(130);
    expect(declarations(files.get("client/a_b.ts")!)).toEqual(["delete_"]);
    expect(declarations(files.get("client/c.ts")!)).toEqual(["class_"]);
  });

  it("hostile literals stay data at run time", async () => {
    const files = await emitTypeScript(hostileModel(), { runtimeSource: RUNTIME_STUB });
    const mod = await loadGenerated(files, "index.ts");
    const Client = mod.Client as new () => { calls: { spec: { path: string } }[] };
    const c = new Client();
    // `${x}` in a documented segment is a `{x}` placeholder: a parameter, never code and never sent as braces.
    await (mod.delete_ as (...a: unknown[]) => Promise<unknown>)(c, { x: "${y}", "a-b c": "v/w" });
    expect(c.calls[0].spec.path).toBe("/a%60b/$%24%7By%7D/v%2Fw");
    await (mod.delete_ as (...a: unknown[]) => Promise<unknown>)(c, { path: "/*/{__proto__}", __proto___: "p" });
    expect(c.calls[1].spec.path).toBe("/*/p");
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });
});
