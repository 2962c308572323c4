/**
 * Which models file declares each model type: one file per namespace (the default: `models/microsoft.graph.ts`), or
 * one file per type (`models/microsoft.graph.user.ts`), the layout Kiota and odata2ts users know. Both keep every
 * models file in one folder, so a reference is always `./<stem>.js` and the support module `../odata.js`; types of
 * one file refer to each other without imports, types of different files by type-only imports (cycles between them,
 * base ↔ derived, are type-only and therefore allowed).
 */
import { FileNameRegistry, fileStem } from "./identifiers.js";
import { cmp, type DeclaredType, type ModelSymbols } from "./symbols.js";

export type FileLayout = "namespace" | "type";
export const FILE_LAYOUTS: readonly FileLayout[] = ["namespace", "type"];

export interface ModelFile {
  /** `models/<stem>.ts`. */
  stem: string;
  /** What the file holds, for its header comment (plain text; made safe by docCommentText). */
  purpose: string;
  /** Its declarations in order: enums by name, then structured types by name. */
  types: DeclaredType[];
}

/**
 * The models files in emit order (namespaces as ModelSymbols orders them). With the per-type layout each type's
 * `fileStem` is set to its own file here, before any reference to it is rendered: ModelSymbols names the namespace
 * files, this plan decides whether they are used.
 */
export function planModelFiles(symbols: ModelSymbols, layout: FileLayout): ModelFile[] {
  const out: ModelFile[] = [];
  const stems = new FileNameRegistry(["index"]);
  for (const [namespace, stem] of symbols.namespaceFiles) {
    const declared = [...symbols.types.values()].filter((t) => t.namespace === namespace);
    const ordered = [
      ...declared.filter((d) => d.enumType).sort((a, b) => cmp(a.name, b.name)),
      ...declared.filter((d) => d.structured).sort((a, b) => cmp(a.name, b.name)),
    ];
    if (layout === "namespace") {
      out.push({ stem, purpose: `Types of the OData namespace ${namespace}.`, types: ordered });
      continue;
    }
    for (const t of ordered) {
      t.fileStem = stems.claim(fileStem(t.qualified));
      out.push({
        stem: t.fileStem,
        purpose: `The OData ${t.enumType ? "enum type" : `${t.structured?.kind ?? ""} type`} ${t.qualified}.`,
        types: [t],
      });
    }
  }
  return out;
}
