/**
 * ts-morph's structure kinds as plain constants. The structures are plain data, and the modules that build them
 * need only these numbers: importing ts-morph's values instead loads ts-morph and the TypeScript compiler (~0.4 s),
 * which a run that reuses every printed statement, or prints them on another thread, does not need. The values are
 * ts-morph's own (test/emit/structure-kinds.test.ts compares them), so the structures and their cache keys are the
 * same bytes either way.
 */
import type { StructureKind as Kind, VariableDeclarationKind } from "ts-morph";

export const StructureKind = {
  Enum: 8 as Kind.Enum,
  EnumMember: 9 as Kind.EnumMember,
  Function: 13 as Kind.Function,
  ImportDeclaration: 16 as Kind.ImportDeclaration,
  Interface: 19 as Kind.Interface,
  JSDoc: 24 as Kind.JSDoc,
  Parameter: 30 as Kind.Parameter,
  PropertySignature: 33 as Kind.PropertySignature,
  TypeAlias: 38 as Kind.TypeAlias,
  TypeParameter: 39 as Kind.TypeParameter,
  VariableDeclaration: 40 as Kind.VariableDeclaration,
  VariableStatement: 41 as Kind.VariableStatement,
} as const;

// A string enum member type admits no string literal without going through unknown; the value is ts-morph's.
export const CONST_DECLARATION = "const" as unknown as VariableDeclarationKind.Const;
