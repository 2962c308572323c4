/**
 * Enum types → TypeScript, in one of three styles (EmitOptions.enumStyle):
 * - "union" (default): `export type CertificateRevocationStatus = "none" | "pending" | …;` plus
 *   `export const certificateRevocationStatusValues = ["none", …] as const;` for run-time checks and pickers.
 * - "const-object": `export const CertificateRevocationStatus = { none: "none", … } as const;` and a type of the same
 *   name for its values.
 * - "enum": a TypeScript string enum with PascalCase member names.
 * Members are the wire strings (the OData member names), deduplicated in model order. A flags enum declares the same
 * member type; where a property uses it, the property is typed `string` because a flags value is a comma-separated
 * combination (type-refs.ts), and the doc comment here says so. An enum without members is `string`.
 */
import type { EnumDeclarationStructure, TypeAliasDeclarationStructure, VariableStatementStructure } from "ts-morph";
import { StructureKind, CONST_DECLARATION } from "./structure-kinds.js";
import { docs, sourceLine } from "./doc-comments.js";
import { NameRegistry, camelCase, pascalCase, propertyKey, stringLiteral } from "./identifiers.js";
import type { DeclaredType, ModelSymbols } from "./symbols.js";

export type EnumStyle = "union" | "const-object" | "enum";

export type EnumStatement = TypeAliasDeclarationStructure | VariableStatementStructure | EnumDeclarationStructure;

export function enumStatements(t: DeclaredType, symbols: ModelSymbols, style: EnumStyle): EnumStatement[] {
  const e = t.enumType!;
  const members: { name: string; description?: string }[] = [];
  const seen = new Set<string>();
  for (const m of e.members) {
    if (seen.has(m.name)) continue;
    seen.add(m.name);
    members.push(m);
  }
  const described = members.filter((m) => m.description !== undefined && m.description.trim() !== "");
  const doc = docs(
    e.description,
    e.isFlags
      ? 'Flags enum: on the wire a value is a comma-separated combination of these members (e.g. "a,b"); properties of this type are typed string.'
      : undefined,
    members.length === 0 ? "The documentation lists no members, so any string is accepted." : undefined,
    described.length > 0 ? described.map((m) => `- \`${m.name}\`: ${(m.description ?? "").replace(/\s+/g, " ")}`).join("\n") : undefined,
    sourceLine(e.source),
  );
  const union = members.length === 0 ? "string" : members.map((m) => stringLiteral(m.name)).join(" | ");

  if (style === "enum" && members.length > 0) {
    const memberNames = new NameRegistry();
    return [
      {
        kind: StructureKind.Enum,
        name: t.name,
        isExported: true,
        docs: doc,
        members: members.map((m) => ({
          kind: StructureKind.EnumMember,
          name: memberNames.claim(pascalCase(m.name)),
          initializer: stringLiteral(m.name),
        })),
      },
    ];
  }
  if (style === "const-object" && members.length > 0) {
    const valueName = symbols.values.claim(t.name, `${t.name}Values`);
    const typeText = `(typeof ${valueName})[keyof typeof ${valueName}]`;
    return [
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: CONST_DECLARATION,
        docs: doc,
        declarations: [
          {
            kind: StructureKind.VariableDeclaration,
            name: valueName,
            initializer: `{ ${members.map((m) => `${propertyKey(m.name)}: ${stringLiteral(m.name)}`).join(", ")} } as const`,
          },
        ],
      },
      { kind: StructureKind.TypeAlias, name: t.name, isExported: true, type: typeText, docs: doc },
    ];
  }
  const statements: EnumStatement[] = [{ kind: StructureKind.TypeAlias, name: t.name, isExported: true, type: union, docs: doc }];
  if (members.length > 0) {
    statements.push({
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: CONST_DECLARATION,
      docs: docs(`Every ${t.name} value, in documentation order.`),
      declarations: [
        {
          kind: StructureKind.VariableDeclaration,
          name: symbols.values.claim(`${camelCase(t.name)}Values`),
          initializer: `[${members.map((m) => stringLiteral(m.name)).join(", ")}] as const satisfies readonly ${t.name}[]`,
        },
      ],
    });
  }
  return statements;
}
