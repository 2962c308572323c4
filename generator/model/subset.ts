/**
 * A subset of the model chosen by name globs, closed over its dependencies: a selected type brings its base types,
 * and the types of its properties and navigation properties (transitively), so the subset always compiles. Globs
 * match the qualified name (`microsoft.graph.user`) or the bare name (`user`). `exclude` takes types out of the
 * selection, but a type some selected type needs comes back (the closure wins over exclude, or the output would not
 * compile). Operations and endpoints are kept when every type they use is in the subset. Pure.
 */
import { nameMatcher } from "./name-glob.js";
import type { Model, TypeRef } from "./types.js";

export interface SubsetOptions {
  include?: readonly string[];
  exclude?: readonly string[];
}

export function selectSubset(model: Model, options: SubsetOptions): Model {
  const include = options.include ?? [];
  const exclude = options.exclude ?? [];
  if (include.length === 0 && exclude.length === 0) return model;
  const isIncluded = include.length === 0 ? () => true : matcher(include);
  const isExcluded = exclude.length === 0 ? () => false : matcher(exclude);
  const byName = new Map<string, { base?: string; refs: string[] }>();
  for (const t of model.types) {
    byName.set(`${t.namespace}.${t.name}`, {
      base: t.baseType,
      refs: [...t.properties.map((p) => p.type.type), ...t.navigationProperties.map((p) => p.type.type)],
    });
  }
  for (const e of model.enums) byName.set(`${e.namespace}.${e.name}`, { refs: [] });
  const selected = new Set<string>();
  const queue = [...byName.keys()].filter((q) => isIncluded(q) && !isExcluded(q));
  while (queue.length > 0) {
    const q = queue.pop()!;
    if (selected.has(q) || !byName.has(q)) continue;
    selected.add(q);
    const t = byName.get(q)!;
    if (t.base) queue.push(t.base);
    queue.push(...t.refs);
  }
  // A derived type whose base is selected is not pulled in: the base does not need its derived types to compile.
  const uses = (r: TypeRef | undefined): boolean => r === undefined || r.type.startsWith("Edm.") || selected.has(r.type);
  const operations = model.operations.filter((o) => uses(o.bindingType) && uses(o.returnType) && o.parameters.every((p) => uses(p.type)));
  const kept = new Set(operations.map((o) => `${o.namespace}.${o.name}`));
  const endpoints = model.endpoints.filter((e) => {
    if (e.operation && !kept.has(e.operation)) return false;
    if (!uses(e.response.type)) return false;
    const b = e.body;
    if (b?.kind === "type" && !uses(b.type)) return false;
    if (b?.kind === "parameters" && !b.parameters.every((p) => uses(p.type))) return false;
    return (e.urlParameters ?? []).every((p) => uses(p.type));
  });
  return {
    ...model,
    types: model.types.filter((t) => selected.has(`${t.namespace}.${t.name}`)),
    enums: model.enums.filter((e) => selected.has(`${e.namespace}.${e.name}`)),
    operations,
    endpoints,
    entitySets: model.entitySets.filter((s) => selected.has(s.entityType)),
    singletons: model.singletons.filter((s) => selected.has(s.type)),
  };
}

function matcher(globs: readonly string[]): (qualified: string) => boolean {
  const m = nameMatcher(globs);
  return (q) => m(q) || m(q.slice(q.lastIndexOf(".") + 1));
}
