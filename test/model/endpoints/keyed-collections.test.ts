import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../generator/diagnostics/diagnostic.js";
import { keyedNavigationCollections } from "../../../generator/model/endpoints/keyed-collections.js";
import { endpoint, entity, graphOf, nav, ref } from "./endpoint-builders.js";

describe("keyedNavigationCollections", () => {
  it("reads a single-valued member that a path addresses by key (also before $ref) as a collection", () => {
    const sp = entity("servicePrincipal", {
      navigationProperties: [nav("appRoleAssignedTo", "appRoleAssignment"), nav("owner", "directoryObject")],
    });
    const graph = graphOf([sp, entity("appRoleAssignment"), entity("directoryObject")], {
      servicePrincipals: ref("servicePrincipal", true),
    });
    const diagnostics: Diagnostic[] = [];
    const changed = keyedNavigationCollections(
      [
        endpoint("delete", ["/servicePrincipals/{id}/appRoleAssignedTo/{assignmentId}"]),
        endpoint("delete", ["/servicePrincipals/{id}/owner/{ownerId}/$ref"]),
      ],
      graph,
      diagnostics,
    );
    expect(changed).toBe(2);
    expect(sp.navigationProperties.map((n) => [n.name, n.type.collection, n.nullable])).toEqual([
      ["appRoleAssignedTo", true, false],
      ["owner", true, false],
    ]);
    expect(diagnostics.map((d) => d.code)).toEqual(["navigation-collection-from-path", "navigation-collection-from-path"]);
  });

  it("changes nothing when the key does not end the path or the page is about another type", () => {
    const group = entity("group", { navigationProperties: [nav("drive", "drive")] });
    const graph = graphOf([group, entity("drive"), entity("driveItem")], { groups: ref("group", true) });
    const endpoints = [
      endpoint("list", ["/groups/{id}/drive/{itemId}/versions"]),
      endpoint("get", ["/groups/{id}/drive/{itemId}"], { response: { status: 200, type: ref("driveItem") } }),
    ];
    expect(keyedNavigationCollections(endpoints, graph, [])).toBe(0);
    expect(group.navigationProperties[0].type.collection).toBe(false);
  });
});
