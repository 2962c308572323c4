/**
 * The naming plan of one emit run: which TypeScript name and which file every model type gets, the inheritance
 * graph as the emitter may use it (bases that exist, no cycles), and the registries that keep every exported name
 * unique across the whole output (index.ts re-exports everything, so one scope).
 *
 * Naming: types are registered namespace by namespace, the namespace with the most declarations first (Graph's
 * `microsoft.graph`), each sorted by name; a type gets its PascalCase name, or when that is taken (by another
 * namespace, a builtin such as `Set`, or a runtime export such as `Page`) the PascalCase of its namespace's last
 * segment in front (`termStore.set` → `TermStoreSet`), then a number. Same model → same names.
 */
import type { EnumType, Model, StructuredType } from "../../model/types.js";
import { qualifiedName } from "../../model/types.js";
import { BUILTIN_TYPE_NAMES, FileNameRegistry, NameRegistry, fileStem, pascalCase } from "./identifiers.js";

export interface DeclaredType {
  qualified: string;
  /** Exported TypeScript name. */
  name: string;
  /** Stem of `models/<stem>.ts`. */
  fileStem: string;
  namespace: string;
  structured?: StructuredType;
  enumType?: EnumType;
}

/** Words around every model type's TypeScript name (`typeSuffix: "Model"` → `UserModel`); functions keep theirs. */
export interface TypeNaming {
  typePrefix?: string;
  typeSuffix?: string;
}

export class ModelSymbols {
  readonly types = new Map<string, DeclaredType>();
  /** Exported value names (functions, constants) across all files. */
  readonly values: NameRegistry;
  /** Exported type names across all files. */
  readonly typeNames: NameRegistry;
  /** Namespace → file stem, in emit order. */
  readonly namespaceFiles = new Map<string, string>();
  private readonly lowerIndex = new Map<string, DeclaredType>();
  private readonly bases = new Map<string, DeclaredType>();
  private readonly children = new Map<string, DeclaredType[]>();
  private readonly unionNames = new Map<string, string>();
  /** Base type names the model names but does not define, per type (for doc notes). */
  readonly missingBases = new Map<string, string>();
  /** Base links dropped because they closed an inheritance cycle. */
  readonly cyclicBases = new Map<string, string>();

  constructor(
    model: Model,
    reservedTypeNames: Iterable<string>,
    reservedValueNames: Iterable<string>,
    private readonly naming: TypeNaming = {},
  ) {
    this.typeNames = new NameRegistry([...BUILTIN_TYPE_NAMES, ...reservedTypeNames]);
    this.values = new NameRegistry(reservedValueNames);
    this.declare(model);
    this.link(model);
  }

  private declare(model: Model): void {
    const byNamespace = new Map<string, { structured: StructuredType[]; enums: EnumType[] }>();
    const bucket = (ns: string) => {
      let b = byNamespace.get(ns);
      if (b === undefined) byNamespace.set(ns, (b = { structured: [], enums: [] }));
      return b;
    };
    for (const t of model.types) bucket(t.namespace).structured.push(t);
    for (const e of model.enums) bucket(e.namespace).enums.push(e);
    const namespaces = [...byNamespace.entries()].sort(
      ([a, x], [b, y]) => y.structured.length + y.enums.length - (x.structured.length + x.enums.length) || cmp(a, b),
    );
    const files = new FileNameRegistry();
    for (const [ns] of namespaces) this.namespaceFiles.set(ns, files.claim(fileStem(ns)));
    for (const [ns, { structured, enums }] of namespaces) {
      const prefix = pascalCase(ns.split(".").pop() ?? ns);
      type Entry = { name: string; structured?: StructuredType; enumType?: EnumType };
      const entries = [
        ...structured.map((s): Entry => ({ name: s.name, structured: s })),
        ...enums.map((e): Entry => ({ name: e.name, enumType: e })),
      ].sort((a, b) => cmp(a.name, b.name) || (a.structured !== undefined ? -1 : 1));
      for (const entry of entries) {
        const qualified = `${ns}.${entry.name}`;
        if (this.types.has(qualified)) continue; // a duplicate definition: the first (sorted) one wins
        const base = pascalCase(entry.name);
        const { typePrefix = "", typeSuffix = "" } = this.naming;
        const declared: DeclaredType = {
          qualified,
          name: this.typeNames.claim(`${typePrefix}${base}${typeSuffix}`, `${typePrefix}${prefix}${base}${typeSuffix}`),
          fileStem: this.namespaceFiles.get(ns) ?? fileStem(ns),
          namespace: ns,
          ...(entry.structured !== undefined ? { structured: entry.structured } : { enumType: entry.enumType }),
        };
        this.types.set(qualified, declared);
        const lower = qualified.toLowerCase();
        if (!this.lowerIndex.has(lower)) this.lowerIndex.set(lower, declared);
      }
    }
  }

  /** Base links: only to structured types that exist, never closing a cycle. */
  private link(model: Model): void {
    const sorted = [...model.types].sort((a, b) => cmp(qualifiedName(a), qualifiedName(b)));
    for (const t of sorted) {
      const q = qualifiedName(t);
      if (t.baseType === undefined || this.types.get(q)?.structured !== t) continue;
      const base = this.resolve(t.baseType);
      if (base?.structured === undefined) {
        this.missingBases.set(q, t.baseType);
        continue;
      }
      if (base.qualified === q || this.ancestors(base.qualified).some((a) => a.qualified === q)) {
        this.cyclicBases.set(q, t.baseType);
        continue;
      }
      this.bases.set(q, base);
      const list = this.children.get(base.qualified) ?? [];
      list.push(this.types.get(q)!);
      this.children.set(base.qualified, list);
    }
  }

  /** Exact qualified name first, then case-insensitive (docs spell `microsoft.graph.User` now and then). */
  resolve(typeName: string): DeclaredType | undefined {
    return this.types.get(typeName) ?? this.lowerIndex.get(typeName.toLowerCase());
  }

  baseOf(qualified: string): DeclaredType | undefined {
    return this.bases.get(qualified);
  }

  /** `AnyEntity`: claimed on first use, so only types with derived types take a name. */
  derivedUnionName(t: DeclaredType): string {
    let name = this.unionNames.get(t.qualified);
    if (name === undefined) this.unionNames.set(t.qualified, (name = this.typeNames.claim(`Any${t.name}`)));
    return name;
  }

  /** Nearest first. */
  ancestors(qualified: string): DeclaredType[] {
    const out: DeclaredType[] = [];
    for (let b = this.bases.get(qualified); b !== undefined; b = this.bases.get(b.qualified)) out.push(b);
    return out;
  }

  childrenOf(qualified: string): readonly DeclaredType[] {
    return this.children.get(qualified) ?? [];
  }

  /** All types derived from `qualified`, depth-first in name order. */
  descendants(qualified: string): DeclaredType[] {
    const out: DeclaredType[] = [];
    const visit = (q: string) => {
      for (const c of this.childrenOf(q)) {
        out.push(c);
        visit(c.qualified);
      }
    };
    visit(qualified);
    return out;
  }

  /** Own and inherited property/navigation names of a structured type (for $select/$expand and redeclarations). */
  inheritedMemberNames(qualified: string): Set<string> {
    const names = new Set<string>();
    for (const a of this.ancestors(qualified)) {
      for (const p of a.structured?.properties ?? []) names.add(p.name);
      for (const n of a.structured?.navigationProperties ?? []) names.add(n.name);
    }
    return names;
  }

  effectiveNavigationNames(qualified: string): string[] {
    const own = this.types.get(qualified)?.structured?.navigationProperties ?? [];
    const all = [...this.ancestors(qualified).flatMap((a) => a.structured?.navigationProperties ?? []), ...own];
    return [...new Set(all.map((n) => n.name))].sort(cmp);
  }
}

/** `#microsoft.graph.user`: the value Graph writes in `@odata.type`. */
export function odataTypeLiteral(t: DeclaredType): string {
  return `#${t.qualified}`;
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
