/**
 * The generated client on the v1.0 and beta corpus: one function per request line (method and path template,
 * placeholders aside), named by the request-line rule alone (docs/client.md): no two functions share a line, no name
 * ends in a digit its path does not end in, and every variant's line gives its function's name. Skips when the corpus is absent.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emitProject } from "../../../generator/emit/typescript/project.js";
import { MAX_IDENTIFIER_LENGTH } from "../../../generator/emit/typescript/identifiers.js";
import { loadModel } from "../../../generator/index.js";
import { requestLineName } from "../../../generator/model/endpoints/naming.js";
import { normalisedTemplate } from "../../../generator/model/endpoints/merge.js";
import { runtimeSource } from "../../../generator/template.js";

const CORPUS = process.env.DOCS2TS_CORPUS ?? "../shared/corpus";
const VERSIONS = [join(CORPUS, "graph-docs-2021-07", "v1.0"), join(CORPUS, "graph-docs-2020-05", "beta")];

for (const dir of VERSIONS) {
  const present = existsSync(join(dir, "api"));
  if (!present) console.log(`client-corpus: skipped, no docs corpus at ${dir} (set DOCS2TS_CORPUS)`);

  describe.skipIf(!present)(`client functions of ${dir}`, () => {
    it("has one function per request line, each named by the request-line rule", async () => {
      const model = await loadModel({ input: [join(dir, "api"), join(dir, "resources")] });
      const { functions } = await emitProject(model, { runtimeSource: await runtimeSource(), skipFormat: true });
      const owner = new Map<string, string>();
      const duplicates: string[] = [];
      const misnamed: string[] = [];
      const capped = new Set<string>();
      for (const [endpoint, fn] of functions) {
        for (const v of fn.variants) {
          const line = `${endpoint.method.toUpperCase()} ${normalisedTemplate(v.path)}`;
          const previous = owner.get(line);
          // Two variants of one function may normalise alike (a dropped `$filter={…}` sample query): still one function.
          if (previous !== undefined && previous !== fn.name) duplicates.push(`${line}: ${previous} and ${fn.name}`);
          owner.set(line, fn.name);
          // Known gap: names over the identifier layer's length cap (MAX_IDENTIFIER_LENGTH) are cut with a hash suffix;
          // beta has about 200 such Intune paths. They are counted apart so the rule itself stays checked.
          const ruled = requestLineName(endpoint.method, v.path);
          if (ruled.length > MAX_IDENTIFIER_LENGTH && /_[0-9a-f]{8}$/.test(fn.name)) capped.add(fn.name);
          else if (ruled.toLowerCase() !== fn.name.toLowerCase()) misnamed.push(`${line} → ${fn.name}`);
        }
      }
      expect(functions.size).toBeGreaterThan(1000);
      expect(duplicates).toEqual([]);
      expect(misnamed).toEqual([]);
      if (capped.size > 0) console.log(`client-corpus: ${capped.size} names of ${dir} cut at the identifier length cap`);
      // A digit at the end only where the path's own last name ends in one (`…/fido2`), never a numbering suffix.
      // Names cut at the length cap (the known gap above) end in their hash, which may end in a digit.
      const digitEnded = [...functions.values()].filter(
        (f) => /\d$/.test(f.name) && !capped.has(f.name) && !f.variants.some((v) => /\d$/.test(v.template)),
      );
      expect(digitEnded.map((f) => f.name)).toEqual([]);
      expect([...functions.values()].map((f) => f.name).filter((n) => /Via[A-Z]/.test(n))).toEqual([]);
    }, 600_000);
  });
}
