/** Symbolic links inside the output folder are never followed: a write or delete through one is an error naming it. */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isSafeRelative, OutputPathError, OutputPaths } from "../../generator/platform/output-paths.js";
import { writeOutput } from "../../generator/platform/output-writer.js";
import { tempDirs } from "../support/temp-dirs.js";

const tmp = tempDirs("docs2ts-paths-");

describe("output paths", () => {
  it("refuses relative paths that leave the folder", () => {
    expect(isSafeRelative("a/b.ts")).toBe(true);
    for (const p of ["../x", "a/../../x", "/etc/passwd", "C:x", "a\0b", ""]) expect(isSafeRelative(p), p).toBe(false);
  });

  it("names a symbolic link on the way to a file, and a file where a folder goes", async () => {
    const out = tmp();
    const elsewhere = tmp();
    symlinkSync(elsewhere, join(out, "link"));
    writeFileSync(join(out, "plain"), "x");
    const paths = new OutputPaths(out);
    await expect(paths.target("link/a.ts")).rejects.toThrow(`${join(out, "link")} is a symbolic link`);
    await expect(paths.target("plain/a.ts")).rejects.toThrow(`${join(out, "plain")} is not a folder`);
    await expect(paths.target("new/a.ts")).resolves.toBe(join(out, "new/a.ts"));
  });
});

describe("writeOutput and symbolic links inside --out", () => {
  it("does not delete through a linked folder named in the manifest", async () => {
    const out = tmp();
    const elsewhere = tmp();
    writeFileSync(join(elsewhere, "victim.txt"), "precious");
    await writeOutput(out, new Map([["link/victim.txt", "generated"]]));
    // The user (or an attacker) replaces the generated folder by a link to somewhere else.
    const { rmSync } = await import("node:fs");
    rmSync(join(out, "link"), { recursive: true });
    symlinkSync(elsewhere, join(out, "link"));
    await expect(writeOutput(out, new Map([["a.ts", "A"]]))).rejects.toBeInstanceOf(OutputPathError);
    expect(readFileSync(join(elsewhere, "victim.txt"), "utf8")).toBe("precious");
    expect(existsSync(join(out, "a.ts"))).toBe(false);
  });

  it("does not write into a linked models/ folder nor through a linked file", async () => {
    const out = tmp();
    const elsewhere = tmp();
    symlinkSync(elsewhere, join(out, "models"));
    await expect(writeOutput(out, new Map([["models/a.ts", "A"]]))).rejects.toThrow(/models is a symbolic link/);
    expect(existsSync(join(elsewhere, "a.ts"))).toBe(false);

    const out2 = tmp();
    mkdirSync(join(out2, "models"));
    writeFileSync(join(elsewhere, "target.ts"), "precious");
    await writeOutput(out2, new Map([["models/a.ts", "A"]]));
    const { rmSync } = await import("node:fs");
    rmSync(join(out2, "models/a.ts"));
    symlinkSync(join(elsewhere, "target.ts"), join(out2, "models/a.ts"));
    await expect(writeOutput(out2, new Map([["models/a.ts", "B"]]))).rejects.toThrow(/a\.ts is a symbolic link/);
    expect(readFileSync(join(elsewhere, "target.ts"), "utf8")).toBe("precious");
  });
});
