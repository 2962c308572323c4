/**
 * Reads existing TypeScript code (a `.ts`/`.d.ts` file or a folder of them) into plain declaration records: the
 * interfaces/classes/object type aliases that stand for structured types, and the enums or string-literal unions that
 * stand for enum types. Only the syntax is read (no type checker): `NullableOption<T>`, `T | null`, `T[]` and
 * `Array<T>` are recognised by their shape, so the result does not depend on the code compiling.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { Node, Project, type SourceFile, type TypeNode } from "ts-morph";

/** Where a declaration sits in the code: the file as found and a 1-based line. */
export interface CodeLocation {
  file: string;
  line: number;
}

/** A TypeScript type reduced to what the drift check compares. */
export type TsShape =
  | { kind: "keyword"; name: "string" | "number" | "boolean" | "any" | "unknown" | "object" | "never" | "bigint" }
  /** A reference by name; `name` is the last segment (`microsoftgraph.IdentitySet` → `IdentitySet`). */
  | { kind: "ref"; name: string; written: string }
  /** A union of string literals written inline (`"a" | "b"`). */
  | { kind: "literals"; values: string[] }
  | { kind: "other"; text: string };

/** A property type after removing null/undefined and one level of array. */
export interface DeclaredPropertyType {
  nullable: boolean;
  collection: boolean;
  element: TsShape;
  /** The type as written, for messages. */
  text: string;
}

export interface DeclaredProperty {
  name: string;
  optional: boolean;
  type: DeclaredPropertyType;
  location: CodeLocation;
}

export interface DeclaredStructure {
  kind: "structure";
  name: string;
  /** Enclosing namespaces, outermost first (`["CallRecords"]`). */
  namespaces: string[];
  /** Base names (last segment), in `extends` order. */
  bases: string[];
  properties: DeclaredProperty[];
  location: CodeLocation;
}

export interface DeclaredEnum {
  kind: "enum";
  name: string;
  namespaces: string[];
  /** Wire values: the string initializer of an enum member when it has one, else its name; or the literal. */
  members: { name: string; location: CodeLocation }[];
  location: CodeLocation;
}

export type Declaration = DeclaredStructure | DeclaredEnum;

/** Every declaration under `path` (a file or a folder, searched recursively, `node_modules` below it skipped). */
export async function readDeclarations(path: string): Promise<Declaration[]> {
  const files = await typeScriptFiles(path);
  const project = new Project({
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: true,
    skipLoadingLibFiles: true,
    compilerOptions: { allowJs: false, noLib: true },
  });
  const out: Declaration[] = [];
  for (const file of files) out.push(...declarationsOfSource(project.addSourceFileAtPath(file), file));
  return out;
}

/** Declarations of TypeScript text (tests and in-memory callers). */
export function readDeclarationsFromText(file: string, text: string): Declaration[] {
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, compilerOptions: { noLib: true } });
  return declarationsOfSource(project.createSourceFile(file, text), file);
}

async function typeScriptFiles(path: string): Promise<string[]> {
  const s = await stat(path);
  if (s.isFile()) return [path];
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && /\.(d\.)?[cm]?ts$/.test(e.name)) out.push(p);
    }
  };
  await walk(path);
  return out.sort();
}

function declarationsOfSource(source: SourceFile, file: string): Declaration[] {
  const out: Declaration[] = [];
  const visit = (statements: Node[], namespaces: string[]): void => {
    for (const s of statements) {
      const location = { file, line: lineOf(s) };
      if (Node.isModuleDeclaration(s)) {
        // `declare module "x"` (a string name) is a module, not a namespace: its names are not prefixed.
        const name = s.getName().replace(/^["']|["']$/g, "");
        const inner = s.hasNamespaceKeyword() ? [...namespaces, ...name.split(".")] : namespaces;
        visit(s.getStatements(), inner);
      } else if (Node.isInterfaceDeclaration(s)) {
        out.push({
          kind: "structure",
          name: s.getName(),
          namespaces,
          bases: s.getExtends().map((e) => lastSegment(e.getExpression().getText())),
          properties: s.getProperties().map((p) => property(p.getName(), p.hasQuestionToken(), p.getTypeNode(), file, lineOf(p))),
          location,
        });
      } else if (Node.isClassDeclaration(s) && s.getName()) {
        const base = s.getExtends();
        out.push({
          kind: "structure",
          name: s.getName() ?? "",
          namespaces,
          bases: base ? [lastSegment(base.getExpression().getText())] : [],
          properties: s
            .getProperties()
            .filter((p) => !p.isStatic())
            .map((p) => property(p.getName(), p.hasQuestionToken(), p.getTypeNode(), file, lineOf(p))),
          location,
        });
      } else if (Node.isEnumDeclaration(s)) {
        out.push({
          kind: "enum",
          name: s.getName(),
          namespaces,
          members: s.getMembers().map((m) => {
            const init = m.getInitializer();
            const value = init && Node.isStringLiteral(init) ? init.getLiteralValue() : unquote(m.getName());
            return { name: value, location: { file, line: lineOf(m) } };
          }),
          location,
        });
      } else if (Node.isTypeAliasDeclaration(s)) {
        const node = s.getTypeNode();
        const literals = node ? stringLiterals(node) : undefined;
        if (literals) {
          out.push({
            kind: "enum",
            name: s.getName(),
            namespaces,
            members: literals.map((v) => ({ name: v.value, location: { file, line: v.line } })),
            location,
          });
        } else if (node && Node.isTypeLiteral(node)) {
          out.push({
            kind: "structure",
            name: s.getName(),
            namespaces,
            bases: [],
            properties: node.getProperties().map((p) => property(p.getName(), p.hasQuestionToken(), p.getTypeNode(), file, lineOf(p))),
            location,
          });
        }
        // Other aliases (`NullableOption<T> = T | null`, unions of interfaces) are helpers, not model types.
      }
    }
  };
  visit(source.getStatements(), []);
  return out;
}

function property(rawName: string, optional: boolean, node: TypeNode | undefined, file: string, line: number): DeclaredProperty {
  return { name: unquote(rawName), optional, type: propertyType(node), location: { file, line } };
}

/** Strips null/undefined (written as a union or as `NullableOption<T>`), then one array level. */
export function propertyType(node: TypeNode | undefined): DeclaredPropertyType {
  if (!node) return { nullable: false, collection: false, element: { kind: "keyword", name: "any" }, text: "(none)" };
  const text = node.getText().replace(/\s+/g, " ");
  let nullable = false;
  let current: TypeNode = node;
  for (;;) {
    if (Node.isParenthesizedTypeNode(current)) {
      current = current.getTypeNode();
      continue;
    }
    if (
      Node.isTypeReference(current) &&
      lastSegment(current.getTypeName().getText()) === "NullableOption" &&
      current.getTypeArguments().length === 1
    ) {
      nullable = true;
      current = current.getTypeArguments()[0];
      continue;
    }
    if (Node.isUnionTypeNode(current)) {
      const rest = current.getTypeNodes().filter((t) => {
        const nullish = isNullish(t);
        if (nullish === "null") nullable = true;
        return nullish === undefined;
      });
      if (rest.length === 1 && rest.length !== current.getTypeNodes().length) {
        current = rest[0];
        continue;
      }
    }
    break;
  }
  if (Node.isArrayTypeNode(current)) return { nullable, collection: true, element: shape(current.getElementTypeNode()), text };
  if (
    Node.isTypeReference(current) &&
    /^(ReadonlyArray|Array)$/.test(current.getTypeName().getText()) &&
    current.getTypeArguments().length === 1
  ) {
    return { nullable, collection: true, element: shape(current.getTypeArguments()[0]), text };
  }
  return { nullable, collection: false, element: shape(current), text };
}

function isNullish(t: TypeNode): "null" | "undefined" | undefined {
  const s = t.getText().trim();
  return s === "null" ? "null" : s === "undefined" ? "undefined" : undefined;
}

const KEYWORDS = new Set(["string", "number", "boolean", "any", "unknown", "object", "never", "bigint"]);

function shape(node: TypeNode): TsShape {
  if (Node.isParenthesizedTypeNode(node)) return shape(node.getTypeNode());
  const text = node.getText().trim();
  if (KEYWORDS.has(text)) return { kind: "keyword", name: text as "string" };
  if (Node.isTypeReference(node)) return { kind: "ref", name: lastSegment(node.getTypeName().getText()), written: text };
  const literals = stringLiterals(node);
  if (literals) return { kind: "literals", values: literals.map((l) => l.value) };
  return { kind: "other", text: text.replace(/\s+/g, " ") };
}

/** The members of `"a" | "b"` (or a single `"a"`), or undefined when the type is anything else. */
function stringLiterals(node: TypeNode): { value: string; line: number }[] | undefined {
  const parts = Node.isUnionTypeNode(node) ? node.getTypeNodes() : [node];
  const out: { value: string; line: number }[] = [];
  for (const p of parts) {
    if (!Node.isLiteralTypeNode(p)) return undefined;
    const lit = p.getLiteral();
    if (!Node.isStringLiteral(lit)) return undefined;
    out.push({ value: lit.getLiteralValue(), line: lineOf(p) });
  }
  return out;
}

/**
 * 1-based line of a node's first token. ts-morph's getStartLineNumber counts line breaks from the file start on every
 * call (quadratic on a 19,000-line .d.ts); the compiler's cached line map is logarithmic.
 */
function lineOf(node: Node): number {
  return node.getSourceFile().compilerNode.getLineAndCharacterOfPosition(node.getStart()).line + 1;
}

function lastSegment(name: string): string {
  const parts = name.split(".");
  return parts[parts.length - 1].trim();
}

function unquote(name: string): string {
  return name.replace(/^(["'])(.*)\1$/, "$2");
}
