/** Config file: validation, paths relative to the file, flags over config over defaults; and the schema agrees. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveOptions, resolveRun } from "../../generator/cli/flags.js";
import { ConfigError, ENUM_STYLES, loadConfig, validateConfig } from "../../generator/cli/config-file.js";
import { FILE_LAYOUTS } from "../../generator/emit/typescript/file-layout.js";
import { tempDirs } from "../support/temp-dirs.js";

const tmp = tempDirs("docs2ts-config-");
const project = (config: unknown): string => {
  const d = tmp();
  writeFileSync(join(d, "docs2ts.config.json"), JSON.stringify(config));
  return d;
};

describe("config precedence", () => {
  it("uses the config file's fields, relative to its folder", () => {
    const d = project({ input: ["docs"], out: "gen", enumStyle: "enum", include: ["user"], cacheDir: false });
    expect(resolveOptions({}, d)).toEqual({
      input: ["docs"],
      out: "gen",
      enumStyle: "enum",
      include: ["user"],
      cacheDir: false,
    });
  });

  it("lets each flag override its field and keeps the others", () => {
    const d = project({ input: ["docs"], out: "gen", enumStyle: "enum", fileLayout: "type", workers: 1 });
    expect(resolveOptions({ out: "elsewhere", enumStyle: "const-object", cache: false }, d)).toEqual({
      input: ["docs"],
      out: "elsewhere",
      enumStyle: "const-object",
      fileLayout: "type",
      workers: 1,
      cacheDir: false,
    });
    expect(resolveOptions({ fileLayout: "namespace" }, d).fileLayout).toBe("namespace");
    // The naming flags override the config's naming one field at a time.
    const n = project({ naming: { typePrefix: "Graph", typeSuffix: "Model" } });
    expect(resolveOptions({ typeSuffix: "" }, n).naming).toEqual({ typePrefix: "Graph", typeSuffix: "" });
  });

  it("reads an explicit --config file and has no options without any file", () => {
    const d = project({ out: "gen" });
    mkdirSync(join(d, "sub"));
    expect(resolveOptions({}, join(d, "sub"))).toEqual({});
    // Relative to the config file's folder, where the run happens (resolveRun's folder), not to the working directory.
    expect(resolveRun({ config: "../docs2ts.config.json" }, join(d, "sub"))).toEqual({
      options: { out: "gen" },
      folder: d,
      configFile: join(d, "docs2ts.config.json"),
    });
    // A flag is relative to the working directory, and handed on relative to the run's folder.
    expect(resolveRun({ config: "../docs2ts.config.json", input: ["pages"] }, join(d, "sub")).options.input).toEqual(["sub/pages"]);
    expect(() => loadConfig(d, "missing.json")).toThrow(ConfigError);
  });

  it("rejects unknown fields and bad values with the field's name", () => {
    expect(() => validateConfig({ ouput: "x" })).toThrow(/unknown field "ouput" \(did you mean "out"\?\)/);
    expect(() => validateConfig({ enumStyle: "pascal" })).toThrow(/"enumStyle" must be one of/);
    expect(() => validateConfig({ include: "user" })).toThrow(/"include" must be an array/);
    expect(() => validateConfig({ fileLayout: "flat" })).toThrow(/"fileLayout" must be one of namespace, type/);
    expect(validateConfig({ fileLayout: "type" })).toEqual({ fileLayout: "type" });
    expect(() => resolveOptions({ fileLayout: "flat" }, project({}))).toThrow(/--file-layout/);
    expect(() => validateConfig({ naming: { typeSuffix: "Model; alert(1)" } })).toThrow(/"naming.typeSuffix" must be/);
    expect(() => validateConfig({ naming: { typePrefix: "1x" } })).toThrow(/"naming.typePrefix" must be/);
    expect(() => validateConfig({ naming: { suffix: "M" } })).toThrow(
      /unknown field "naming.suffix" \(did you mean "naming.typeSuffix"\?\)/,
    );
    expect(() => resolveOptions({ typePrefix: "*/" }, project({}))).toThrow(/--type-prefix/);
    expect(() => resolveOptions({ workers: "-1" }, project({}))).toThrow(/workers/);
  });

  it("lists every unknown field at once, each with its nearest known field", () => {
    let message = "";
    try {
      validateConfig({ enumstyle: "enum", ouput: "x", inputs: ["d"], zzzzzzzz: 1 });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('unknown fields "enumstyle" (did you mean "enumStyle"?), "ouput" (did you mean "out"?)');
    expect(message).toContain('"inputs" (did you mean "input"?)');
    // Nothing near: no suggestion, but still listed.
    expect(message).toMatch(/"zzzzzzzz"(?! \(did)/);
  });

  it("matches the published schema's fields and enum styles", () => {
    const schema = JSON.parse(readFileSync("docs2ts.schema.json", "utf8")) as { properties: Record<string, { enum?: string[] }> };
    expect(Object.keys(schema.properties).sort()).toEqual([
      "$schema",
      "cacheDir",
      "enumStyle",
      "exclude",
      "fileLayout",
      "include",
      "input",
      "naming",
      "out",
      "workers",
    ]);
    expect(schema.properties.enumStyle.enum).toEqual([...ENUM_STYLES]);
    expect(schema.properties.fileLayout.enum).toEqual([...FILE_LAYOUTS]);
  });
});
