/**
 * Model type references → TypeScript type text, collecting the imports each generated file needs.
 * Names always come from ModelSymbols (already escaped); this module writes no user text into code itself.
 */
import type { ImportDeclarationStructure } from "ts-morph";
import { StructureKind } from "./structure-kinds.js";
import type { TypeRef } from "../../model/types.js";
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
    if (edm !== undefined) return { text: edm.declared ?? edm.ts, notes: edm.format ? [`Format: ${edm.format}.`] : [] };
    const target = this.symbols.resolve(typeName);
    if (target === undefined) {
      return { text: "unknown", notes: [`Type \`${typeName}\` is not defined in the model, so it is typed unknown.`] };
    }
    if (this.isFreeJson(target)) {
      // `microsoft.graph.Json` (json.md) declares no members: any JSON value, declared `any` like Edm.Untyped.
      return { text: "any", notes: [`Any JSON value (${target.name}).`], target };
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
    // `any | null` is kept although `any` absorbs null: the text still says the property is nullable (as the npm
    // typings' NullableOption<any> does).
    return { ...element, text: nullable && text !== "unknown" ? `${text} | null` : text };
  }

  /**
   * `Json` is one of the dialect's primitive spellings (measured in ../shared/docs/input-format.md §2.3); when a
   * page documents a memberless complex type of that name (json.md), it still means any JSON value. Other memberless types (`root`,
   * `systemFacet`) are markers that keep their names.
   */
  private isFreeJson(t: DeclaredType): boolean {
    const s = t.structured;
    if (!s || s.kind !== "complex" || s.name.toLowerCase() !== "json") return false;
    if (s.baseType || s.properties.length > 0 || s.navigationProperties.length > 0) return false;
    this.baseNames ??= new Set(
      [...this.symbols.types.values()].flatMap((d) => (d.structured?.baseType ? [d.structured.baseType.toLowerCase()] : [])),
    );
    return !this.baseNames.has(t.qualified.toLowerCase());
  }

  private baseNames: Set<string> | undefined;
}
