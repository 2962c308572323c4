/**
 * What docs2ts itself puts into its output besides the documented types: the runtime it copies (runtime.ts), the
 * helpers of odata.ts (ODataTyped, EntityQuery, …) and the `@odata.type` member of every generated interface.
 * `diff --against` a docs2ts output folder compares the documented types only, so these are taken out of the
 * declarations read from files docs2ts generated (recognised by their header, or the runtime by its text); the
 * same names in anyone else's code are compared as usual.
 */
import { readFile } from "node:fs/promises";
import { GENERATED_HEADER, runtimeExports } from "../../emit/typescript/project.js";
import { SUPPORT_TYPE_NAMES } from "../../emit/typescript/odata-support.js";
import { runtimeSource } from "../../template.js";
import type { Declaration } from "./typescript-declarations.js";

export async function withoutOwnOutput(declarations: readonly Declaration[]): Promise<Declaration[]> {
  const runtime = await runtimeSource();
  const helpers = new Set([...SUPPORT_TYPE_NAMES, ...runtimeExports(runtime)]);
  const files = [...new Set(declarations.map((d) => d.location.file))];
  const kinds = new Map(
    await Promise.all(
      files.map(async (f) => {
        const text = await readFile(f, "utf8").catch(() => "");
        return [f, text === runtime ? "runtime" : text.startsWith(GENERATED_HEADER) ? "generated" : "other"] as const;
      }),
    ),
  );
  const out: Declaration[] = [];
  for (const d of declarations) {
    const kind = kinds.get(d.location.file);
    if (kind === "runtime" || (kind === "generated" && helpers.has(d.name))) continue;
    if (kind === "generated" && d.kind === "structure")
      out.push({ ...d, properties: d.properties.filter((p) => !p.name.startsWith("@odata.")) });
    else out.push(d);
  }
  return out;
}
