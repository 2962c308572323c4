/** Cache keys by code: a module's run-time import closure, so page facts survive model and emit changes. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GENERATOR_DIR, moduleClosureHash, packageVersions, runtimeImports } from "../../generator/cache/keys.js";

const root = mkdtempSync(join(tmpdir(), "docs2ts-keys-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(rel: string, text: string): void {
  mkdirSync(join(root, rel, ".."), { recursive: true });
  writeFileSync(join(root, rel), text);
}

describe("runtimeImports", () => {
  it("lists relative run-time imports, dynamic ones included, and leaves out type-only imports and prose", () => {
    const source = [
      'import { a, type B } from "./a.js";',
      'import type { C } from "../c.js";',
      "import {",
      "  d,",
      '} from "../d/d.js";',
      'export { e } from "./e.js";',
      'export type { F } from "./f.js";',
      'import { readFile } from "node:fs";',
      "// import type stuff is prose here",
      'const g = await import("./g.js");',
    ].join("\n");
    expect(runtimeImports(source)).toEqual(["./a.js", "../d/d.js", "./e.js", "./g.js"]);
  });
});

describe("moduleClosureHash", () => {
  write("parse/page.ts", 'import { x } from "./x.js";\nimport type { M } from "../model/types.js";\nexport const p = x;\n');
  write("parse/x.ts", 'import { d } from "../diagnostics/d.js";\nexport const x = d;\n');
  write("diagnostics/d.ts", "export const d = 1;\n");
  write("model/types.ts", "export interface M {}\n");
  write("model/build.ts", 'import { p } from "../parse/page.js";\nexport const b = p;\n');

  it("changes with the modules the entry imports, not with the others", () => {
    const before = moduleClosureHash(["parse/page"], root);
    write("model/build.ts", 'import { p } from "../parse/page.js";\nexport const b = p + 1;\n');
    write("model/types.ts", "export interface M { a: string }\n");
    expect(moduleClosureHash(["parse/page"], root)).toBe(before);
    write("diagnostics/d.ts", "export const d = 2;\n");
    expect(moduleClosureHash(["parse/page"], root)).not.toBe(before);
  });

  it("covers the real parse stage without the model or emit stages", () => {
    // The real tree: the hash is stable within a process and differs from the model stage's.
    expect(moduleClosureHash(["parse/page"])).toBe(moduleClosureHash(["parse/page"]));
    expect(moduleClosureHash(["parse/page"])).not.toBe(moduleClosureHash(["model/build"]));
    expect(GENERATOR_DIR.endsWith("generator")).toBe(true);
  });
});

describe("packageVersions", () => {
  it("names the packages the closure loads at run time with their installed versions", () => {
    write(
      "gen/parse/page.ts",
      'import { a } from "./a.js";\nimport type { Root } from "mdast";\nimport { readFile } from "node:fs";\nexport const p = a;\n',
    );
    write("gen/parse/a.ts", 'import { parse } from "yaml";\nimport gfm from "@scope/gfm/sub";\nexport const a = 1;\n');
    write("node_modules/yaml/package.json", '{"name":"yaml","version":"2.0.0"}');
    write("node_modules/@scope/gfm/package.json", '{"name":"@scope/gfm","version":"4.1.0"}');
    expect(packageVersions(["parse/page"], join(root, "gen"))).toEqual(["@scope/gfm@4.1.0", "yaml@2.0.0"]);
    write("node_modules/yaml/package.json", '{"name":"yaml","version":"2.0.1"}');
    expect(packageVersions(["parse/page"], join(root, "gen"))).toEqual(["@scope/gfm@4.1.0", "yaml@2.0.1"]);
  });

  it("counts packages loaded on demand by require, as the front matter's YAML library is", () => {
    write(
      "gen/parse/page.ts",
      'import { createRequire } from "node:module";\nconst y = () => createRequire(import.meta.url)("lazy-yaml");\nexport const p = y;\n',
    );
    write("node_modules/lazy-yaml/package.json", '{"name":"lazy-yaml","version":"1.2.3"}');
    expect(packageVersions(["parse/page"], join(root, "gen"))).toEqual(["lazy-yaml@1.2.3"]);
  });
});
