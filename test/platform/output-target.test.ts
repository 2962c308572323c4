/** --out checks before any work: not /, not a project root, not an input folder (unless allowed), not a file. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OutputTargetError, validateOutDir } from "../../generator/platform/output-target.js";
import { tempDirs } from "../support/temp-dirs.js";

const tmp = tempDirs("docs2ts-target-");

describe("validateOutDir", () => {
  it("accepts a new or existing plain folder", () => {
    const dir = tmp();
    expect(() => validateOutDir(join(dir, "new"), ["docs"])).not.toThrow();
    expect(() => validateOutDir(dir, ["docs"])).not.toThrow();
  });

  it("refuses /, a folder with package.json or .git, and an input folder, unless allowed", () => {
    const project = tmp();
    writeFileSync(join(project, "package.json"), "{}");
    const repo = tmp();
    mkdirSync(join(repo, ".git"));
    const input = tmp();
    for (const [out, why] of [
      ["/", "root of the file system"],
      [project, "holds package.json"],
      [repo, "holds .git"],
      [input, "also an input folder"],
    ]) {
      expect(() => validateOutDir(out, [input]), out).toThrow(why);
      expect(() => validateOutDir(out, [input], true)).not.toThrow();
    }
  });

  it("refuses a file, even when any folder is allowed", () => {
    const file = join(tmp(), "f");
    writeFileSync(file, "x");
    expect(() => validateOutDir(file, [], true)).toThrow(OutputTargetError);
  });
});
