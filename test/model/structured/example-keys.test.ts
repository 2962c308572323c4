import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../generator/diagnostics/diagnostic.js";
import type { ApiFacts } from "../../../generator/parse/facts.js";
import { collectExampleKeys, exampleOnlyMembers, typeOfValues } from "../../../generator/model/structured/example-keys.js";
import { draft, draftsOf, key, member, page } from "./facts-builders.js";

const AT = { line: 3, column: 1 };

function apiPage(file: string, bodies: unknown[]) {
  const api: ApiFacts = {
    title: file,
    requests: [],
    functionParameters: [],
    requestBody: { kind: "none", parameters: [] },
    response: { text: "" },
    requestHeaders: [],
    permissions: [],
    queryOptions: [],
    examples: bodies.map((bodyJson) => ({
      response: { annotation: { "@odata.type": "microsoft.graph.openShift" }, pos: AT, headers: [], bodyText: "", bodyJson },
    })),
  };
  return page(file, [], { kind: "api", api });
}

describe("typeOfValues", () => {
  it("reads the one primitive every non-null value shows", () => {
    expect(typeOfValues(["2021-05-01T10:00:00Z", null])).toEqual({ kind: "primitive", name: "Edm.DateTimeOffset", collection: false });
    expect(typeOfValues([1, 2])).toEqual({ kind: "primitive", name: "Edm.Int32", collection: false });
    expect(typeOfValues([[true, false]])).toEqual({ kind: "primitive", name: "Edm.Boolean", collection: true });
    expect(typeOfValues(["Two words"])).toEqual({ kind: "primitive", name: "Edm.String", collection: false });
  });
  it("tells no type when the values disagree, show none, or all read as member names", () => {
    expect(typeOfValues([1, 1.5])).toBeUndefined();
    expect(typeOfValues([null])).toBeUndefined();
    expect(typeOfValues(["pending", "recipient"])).toBeUndefined();
    expect(typeOfValues([{ a: 1 }])).toBeUndefined();
  });
});

describe("collectExampleKeys and exampleOnlyMembers", () => {
  const shift = () => draft("openShift", { properties: [member("id", "String"), member("notes", "String")] });
  const body = { id: "1", notes: "n", createdDateTime: "2021-05-01T10:00:00Z" };

  it("adds a key that two pages' examples show for the type itself and no table names", () => {
    const d = shift();
    const { drafts } = draftsOf([d]);
    collectExampleKeys(apiPage("api/openshift-get.md", [body]), drafts);
    collectExampleKeys(apiPage("api/openshift-list.md", [{ value: [body] }]), drafts);
    const diagnostics: Diagnostic[] = [];
    const added = [...exampleOnlyMembers(d, new Set(["id", "notes"]), { excluded: new Set(), typeOfName: new Map() }, diagnostics)];
    expect(added.map((m) => [m.member.name, m.member.type])).toEqual([
      ["createdDateTime", { kind: "primitive", name: "Edm.DateTimeOffset", collection: false }],
    ]);
    expect(diagnostics.map((x) => x.code)).toEqual(["property-from-example"]);
  });

  it("needs two pages, an example that shows at least half of the rows, and a type that is neither a base nor open", () => {
    const one = shift();
    collectExampleKeys(apiPage("api/openshift-get.md", [body]), draftsOf([one]).drafts);
    expect([...exampleOnlyMembers(one, new Set(["id", "notes"]), { excluded: new Set(), typeOfName: new Map() }, [])]).toEqual([]);

    const sparse = shift();
    const { drafts } = draftsOf([sparse]);
    for (const f of ["api/a.md", "api/b.md"]) collectExampleKeys(apiPage(f, [{ other: "x y" }]), drafts);
    expect(sparse.exampleKeys).toBeUndefined();

    const base = shift();
    const all = draftsOf([base]).drafts;
    for (const f of ["api/a.md", "api/b.md"]) collectExampleKeys(apiPage(f, [body]), all);
    const excluded = { excluded: new Set([key("openShift")]), typeOfName: new Map() };
    expect([...exampleOnlyMembers(base, new Set(["id", "notes"]), excluded, [])]).toEqual([]);
  });
});
