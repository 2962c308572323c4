/** `--file-layout type` end to end: one models file per type, check agrees, switching back removes the per-type files. */
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { tempDirs } from "../support/temp-dirs.js";
import { typecheckStrict } from "../support/typecheck.js";
import { SEED_PATH } from "../seed.js";

const temp = tempDirs("docs2ts-layout-");

describe("docs2ts generate --file-layout type", () => {
  it("writes a models file per type that compiles, check agrees, and the namespace layout replaces it cleanly", async () => {
    const root = temp();
    const input = join(root, "docs");
    const out = join(root, "out");
    mkdirSync(input);
    copyFileSync(SEED_PATH, join(input, "seed.md"));
    const common = ["--input", input, "--out", out, "--no-cache"];

    expect((await runCli(["generate", ...common, "--file-layout", "type"])).code).toBe(0);
    expect(readdirSync(join(out, "models")).sort()).toEqual([
      "microsoft.graph.certificateRevocationStatus.ts",
      "microsoft.graph.deviceManagement.ts",
      "microsoft.graph.entity.ts",
      "microsoft.graph.managedAllDeviceCertificateState.ts",
    ]);
    expect(typecheckStrict(out)).toEqual([]);
    expect((await runCli(["check", ...common, "--file-layout", "type"])).code).toBe(0);
    const drift = await runCli(["check", ...common]);
    expect(drift.code).toBe(1);
    expect(drift.stdout + drift.stderr).toContain("models/microsoft.graph.ts");

    expect((await runCli(["generate", ...common])).code).toBe(0);
    expect(readdirSync(join(out, "models"))).toEqual(["microsoft.graph.ts"]);
    expect((await runCli(["generate", ...common, "--file-layout", "tree"])).code).toBe(2);
  });
});
