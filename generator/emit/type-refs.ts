/**
 * Model type references → TypeScript type text, collecting the imports each generated file needs.
 * Names always come from ModelSymbols (already escaped); this module writes no user text into code itself.
 */
import { StructureKind, type ImportDeclarationStructure } from "ts-morph";
import type { TypeRef } from "../model/types.js";
import { edmMapping } from "./edm-types.js";
import type { DeclaredType, ModelSymbols } from "./symbols.js";
import { cmp } from "./symbols.js";

/** Type-only imports of one generated file, grouped by module specifier. */
export class TypeImports {
  private readonly byModule = new Map<string, Set<string>>();

  add(moduleSpecifier: string, name: string): void {
    let names = this.byModule.get(moduleSpecifier);
    if (names === undefined) this.byModule.set(moduleSpecifier, (names = new Set()));
    names.add(name);
  }

  structures(): ImportDeclarationStructure[] {
    return [...this.byModule.entries()]
      .sort(([a], [b]) => cmp(a, b))
      .map(([moduleSpecifier, names]) => ({
        kind: StructureKind.ImportDeclaration,
        isTypeOnly: true,
        moduleSpecifier,
        namedImports: [...names].sort(cmp),
      }));
  }
}

/** Where the referring file is: a models file (by stem) or a client file. */
export type FileContext = { dir: "models"; stem: string } | { dir: "client" };

export interface RenderedType {
  /** Type text without nullability. */
  text: string;
  /** Doc notes: wire format, flags combination, unresolved type. */
  notes: string[];
  /** The model type referred to, when any. */
  target?: DeclaredType;
}

export class TypeRenderer {
  constructor(
    private readonly symbols: ModelSymbols,
    private readonly context: FileContext,
    readonly imports: TypeImports,
  ) {}

  /** A reference to a declared type, importing it when it lives in another file. */
  reference(t: DeclaredType): string {
    if (this.context.dir === "models") {
      if (t.fileStem !== this.context.stem) this.imports.add(`./${t.fileStem}.js`, t.name);
    } else {
      this.imports.add(`../models/${t.fileStem}.js`, t.name);
    }
    return t.name;
  }

  /** The element type of `ref` (collection ignored). */
  element(typeName: string): RenderedType {
    const edm = edmMapping(typeName);
    if (edm !== undefined) return { text: edm.ts, notes: edm.format ? [`Format: ${edm.format}.`] : [] };
    const target = this.symbols.resolve(typeName);
    if (target === undefined) {
      return { text: "unknown", notes: [`Type \`${typeName}\` is not defined in the model, so it is typed unknown.`] };
    }
    if (target.enumType?.isFlags) {
      // A flags value is a comma-separated combination of members ("a,b"): no finite union describes it cheaply.
      return {
        text: "string",
        notes: [`Flags of ${target.name}: a comma-separated combination of its members, e.g. "a,b".`],
        target,
      };
    }
    return { text: this.reference(target), notes: [], target };
  }

  /** Full property/parameter type: element, `[]` for collections, `| null` when nullable. */
  render(ref: TypeRef, nullable: boolean): RenderedType {
    const element = this.element(ref.type);
    const text = ref.collection ? `${element.text}[]` : element.text;
    return { ...element, text: nullable && text !== "unknown" ? `${text} | null` : text };
  }
}
