import { expect, it } from "vitest";
import { emitTypeScript } from "../../../generator/emit/typescript/project.js";
import type { Endpoint, StructuredType } from "../../../generator/model/types.js";
import { endpoint, enumType, lit, model, nav, prop, ref, structured } from "../model-fixtures.js";
import { RUNTIME_STUB, typeCheck } from "../typecheck.js";

/** Graph-like: one namespace holds most types, all entities derive (in chains up to 4 deep) from `entity`. */
export function syntheticModel(typeCount: number, endpointCount: number) {
  const g = "microsoft.graph";
  const types: StructuredType[] = [structured(`${g}.entity`, [prop("id", "Edm.String", { nullable: false })])];
  for (let i = 1; i < typeCount; i++) {
    const ns = i % 10 === 0 ? `${g}.sub${i % 7}` : g;
    const base = i % 4 === 0 || i < 4 ? `${g}.entity` : `${i % 10 === 1 ? `${g}.sub1` : g}.type${i - 1}`;
    types.push(
      structured(
        `${ns}.type${i}`,
        [
          prop(`name${i}`, "Edm.String", { description: `Property ${i}.` }),
          prop("createdDateTime", "Edm.DateTimeOffset"),
          prop("count", "Edm.Int32", { nullable: false }),
          prop("state", `${g}.state${i % 50}`),
          prop("tags", "Edm.String", { type: ref("Edm.String", true) }),
        ],
        {
          baseType: base,
          description: `Type ${i}.`,
          navigationProperties: [nav("related", `${g}.type${(i * 7) % typeCount || 1}`, true)],
        },
      ),
    );
  }
  const enums = Array.from({ length: 50 }, (_, i) => enumType(`${g}.state${i}`, ["a", "b", `c${i}`]));
  const endpoints: Endpoint[] = [];
  for (let i = 0; i < endpointCount; i++) {
    const t = `${g}.type${(i % (typeCount - 1)) + 1}`;
    const group = `group${i % 40}`;
    endpoints.push(
      i % 2 === 0
        ? endpoint({
            name: `list${i}`,
            kind: "list",
            method: "GET",
            paths: [{ template: `/${group}/items${i}`, segments: lit(group, `items${i}`) }],
            response: { status: 200, type: ref(t, true) },
          })
        : endpoint({
            name: `update${i}`,
            kind: "update",
            method: "PATCH",
            paths: [
              { template: `/${group}/{id}`, segments: [...lit(group), { kind: "param", name: "id", written: "{id}" }] },
              { template: `/me/${group}`, segments: lit("me", group) },
            ],
            body: { kind: "type", type: ref(t), partial: true },
            response: { status: 204 },
          }),
    );
  }
  return model({ types, enums, endpoints });
}

it("emits 3,000 types and 3,000 endpoints well under a minute, and the result compiles", async () => {
  const m = syntheticModel(3000, 3000);
  const started = performance.now();
  const files = await emitTypeScript(m, { runtimeSource: RUNTIME_STUB });
  const seconds = (performance.now() - started) / 1000;
  const bytes = [...files.values()].reduce((n, t) => n + t.length, 0);
  console.log(`emit: 3000 types + 3000 endpoints → ${files.size} files, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s`);
  const models = files.get("models/microsoft.graph.ts")!;
  expect(models).toContain("export interface Type2999 extends");
  expect([...files.keys()].filter((k) => k.startsWith("client/"))).toHaveLength(40);
  const checkStarted = performance.now();
  expect(typeCheck(files)).toEqual([]);
  console.log(`type-check: ${((performance.now() - checkStarted) / 1000).toFixed(1)} s`);
}, 300_000);
