import { describe, expect, it } from "vitest";
import { deriveRoots, implicitKeyRoot } from "../../../generator/model/endpoints/entity-container.js";
import { TypeGraph } from "../../../generator/model/endpoints/path-walk.js";
import { endpoint, entity, nav, prop, ref, typesOf } from "./endpoint-builders.js";

const root = () => entity("entity", { abstract: true, key: ["id"], properties: [prop("id")] });

describe("implicitKeyRoot", () => {
  it("is the one abstract entity without a base whose only member is its key", () => {
    expect(implicitKeyRoot(typesOf([root(), entity("user", { properties: [prop("id")] })]))).toBe("microsoft.graph.entity");
    expect(implicitKeyRoot(typesOf([entity("entity", { key: ["id"], properties: [prop("id")] })]))).toBeUndefined();
  });
});

describe("deriveRoots", () => {
  it("makes a root with a key after it an entity set and one read without a key a singleton, typed by what the calls return", () => {
    const types = typesOf([root(), entity("user", { baseType: "microsoft.graph.entity", properties: [prop("displayName")] })]);
    const graph = new TypeGraph(types);
    const { entitySets, singletons, rootTypes } = deriveRoots(
      [
        endpoint("list", ["/users"], { response: { status: 200, type: ref("user", true) } }),
        endpoint("get", ["/users/{id}"], { response: { status: 200, type: ref("user") } }),
        endpoint("get", ["/me"], { response: { status: 200, type: ref("user") } }),
      ],
      graph,
      types,
      [],
    );
    expect(entitySets).toEqual([{ name: "users", entityType: "microsoft.graph.user" }]);
    expect(singletons).toEqual([{ name: "me", type: "microsoft.graph.user" }]);
    expect(rootTypes).toEqual([]);
    expect(graph.roots.get("users")).toEqual({ type: "microsoft.graph.user", collection: true });
  });

  it("makes a type for a singleton that no page types from the segments below it, deriving from the implicit key root", () => {
    const types = typesOf([root(), entity("educationClass"), entity("educationSchool")]);
    const graph = new TypeGraph(types);
    const { singletons, rootTypes } = deriveRoots(
      [
        endpoint("list", ["/education/classes"], { response: { status: 200, type: ref("educationClass", true) } }),
        endpoint("list", ["/education/schools"], { response: { status: 200, type: ref("educationSchool", true) } }),
      ],
      graph,
      types,
      [],
    );
    expect(singletons.map((s) => s.name)).toEqual(["education"]);
    expect(rootTypes).toHaveLength(1);
    expect(rootTypes[0].baseType).toBe("microsoft.graph.entity");
    expect(rootTypes[0].navigationProperties.map((n) => n.name).sort()).toEqual(["classes", "schools"]);
    expect(types.has(`${rootTypes[0].namespace}.${rootTypes[0].name}`.toLowerCase())).toBe(true);
  });

  it("types a singleton by the entity type that holds the segments below it", () => {
    const types = typesOf([
      entity("directory", { navigationProperties: [nav("deletedItems", "directoryObject", true)] }),
      entity("directoryObject"),
    ]);
    const { singletons } = deriveRoots([endpoint("list", ["/directory/deletedItems"])], new TypeGraph(types), types, []);
    expect(singletons).toEqual([{ name: "directory", type: "microsoft.graph.directory" }]);
  });
});
