/** Which pages a model was built from, as far as its output goes (test helper for the corpus invariants). */
import type { Model } from "../../generator/model/types.js";

/** Every page file a model element points at (types, members, enums, operations, endpoints, examples). */
export function filesWithOutput(model: Model): Set<string> {
  const files = new Set<string>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) visit(x);
    else if (v !== null && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (typeof o.file === "string" && typeof o.line === "number") files.add(o.file);
      else for (const x of Object.values(o)) visit(x);
    }
  };
  const { diagnostics: _findings, ...output } = model;
  visit(output);
  return files;
}
