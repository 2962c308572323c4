/**
 * Collections addressed by key.
 *
 * Rule: a single-valued navigation property that a request path addresses by key (`DELETE
 * /servicePrincipals/{id}/appRoleAssignedTo/{id}`, `…/allowedGroups/{id}/$ref`) is a collection: in OData only a
 * collection takes a key. Only a key that ends the path (or precedes `$ref`/`$value`) counts, so a path that skips
 * a segment (`/groups/{id}/drive/{item-id}/versions`, missing `items`) changes nothing, and the page must read or
 * write the member's type when it names one (`GET /groups/{id}/drive/{item-id}` gets a driveItem)
 * (`navigation-collection-from-path` warning).
 */
import { diagnostic, type Diagnostic } from "../../diagnostics/diagnostic.js";
import { entityTarget, type TypeGraph } from "./path-walk.js";
import { lowerOf } from "../type-index.js";
import type { Endpoint, NavigationProperty } from "../types.js";

/** Applies the rule above to every path; returns how many members changed. */
export function keyedNavigationCollections(endpoints: readonly Endpoint[], graph: TypeGraph, diagnostics: Diagnostic[]): number {
  const changed = new Set<NavigationProperty>();
  for (const e of endpoints) {
    for (const p of e.paths) {
      const segs = p.segments;
      const last = segs[segs.length - 1];
      const end = last?.kind === "dollar" ? segs.length - 2 : segs.length - 1;
      const at = end - 1;
      const seg = segs[at];
      if (at < 1 || segs[end]?.kind !== "param" || seg?.kind !== "literal") continue;
      const owner = graph.walk(segs, at);
      if (!owner || owner.collection) continue;
      const nav = ownNavigation(graph, owner.type, seg.value);
      if (!nav || nav.type.collection || changed.has(nav)) continue;
      // The page must be about the member's items: `GET /groups/{id}/drive/{item-id}` reads a driveItem, not a drive.
      const about = entityTarget(e, graph);
      if (about && !graph.related(about, nav.type.type)) continue;
      changed.add(nav);
      nav.type = { ...nav.type, collection: true };
      nav.nullable = false;
      diagnostics.push(
        diagnostic(
          "navigation-collection-from-path",
          nav.source,
          `"${nav.name}" is documented as a single ${nav.type.type}, but the request path ${p.template} addresses it by key; it is read as a collection.`,
          `Write "collection" in the Type cell of "${nav.name}".`,
        ),
      );
    }
  }
  return changed.size;
}

/** The navigation property `name` that `typeName` declares or inherits (never a derived type's). */
function ownNavigation(graph: TypeGraph, typeName: string, name: string): NavigationProperty | undefined {
  const lower = lowerOf(name);
  for (const a of graph.ancestors(typeName)) {
    const t = graph.type(a);
    const nav = t?.navigationProperties.find((n) => lowerOf(n.name) === lower);
    if (nav) return nav;
    if (t?.properties.some((x) => lowerOf(x.name) === lower)) return undefined;
  }
  return undefined;
}
