import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  FileNameRegistry,
  NameRegistry,
  camelCase,
  fileStem,
  pascalCase,
  propertyAccess,
  propertyKey,
  stringLiteral,
} from "../../../generator/emit/typescript/identifiers.js";

describe("identifiers", () => {
  it("PascalCase keeps camel humps and joins words", () => {
    expect(pascalCase("managedAllDeviceCertificateState")).toBe("ManagedAllDeviceCertificateState");
    expect(pascalCase("a-b c")).toBe("ABC");
    expect(pascalCase("microsoft.graph.x")).toBe("MicrosoftGraphX");
    expect(pascalCase("3d")).toBe("_3d");
    expect(pascalCase("")).toBe("Unnamed");
    expect(pascalCase("*/")).toBe("Unnamed");
  });

  it("camelCase avoids reserved words and prototype names", () => {
    expect(camelCase("GetUser")).toBe("getUser");
    expect(camelCase("delete")).toBe("delete_");
    expect(camelCase("class")).toBe("class_");
    expect(camelCase("constructor")).toBe("constructor_");
    expect(camelCase("__proto__")).toBe("proto");
  });

  it("long names are cut with a stable hash suffix", () => {
    const long = "a".repeat(500);
    expect(pascalCase(long).length).toBeLessThanOrEqual(120);
    expect(pascalCase(long)).toBe(pascalCase(long));
    expect(pascalCase(long)).not.toBe(pascalCase(`${long}b`));
  });

  it("every produced name is a plain identifier", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(pascalCase(s)).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
        expect(camelCase(s)).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
      }),
      { numRuns: 300 },
    );
  });

  it("property keys are kept exactly, quoted when needed", () => {
    expect(propertyKey("id")).toBe("id");
    expect(propertyKey("default")).toBe("default");
    expect(propertyKey("@odata.type")).toBe('"@odata.type"');
    expect(propertyKey("a-b c")).toBe('"a-b c"');
    expect(propertyKey("__proto__")).toBe('"__proto__"');
    expect(propertyKey("x\u2028y")).toBe('"x\\u2028y"');
    expect(propertyAccess("p", "user-id")).toBe('p["user-id"]');
    expect(propertyAccess("p", "id")).toBe("p.id");
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(JSON.parse(stringLiteral(s))).toBe(s);
      }),
    );
  });

  it("registries give the first free candidate, then numbers; file names ignore case", () => {
    const r = new NameRegistry(["Page"]);
    expect(r.claim("Page", "GraphPage")).toBe("GraphPage");
    expect(r.claim("Page", "GraphPage")).toBe("Page2");
    const f = new FileNameRegistry();
    expect(f.claim("users")).toBe("users");
    expect(f.claim("Users")).toBe("Users2");
  });

  it("file stems are safe", () => {
    expect(fileStem("microsoft.graph")).toBe("microsoft.graph");
    expect(fileStem("../etc/passwd")).toBe("etc_passwd");
    expect(fileStem("")).toBe("unnamed");
  });
});
