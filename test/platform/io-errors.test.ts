/** User-causable I/O errors as one line naming the path and what to do. */
import { describe, expect, it } from "vitest";
import { describeIoError } from "../../generator/platform/io-errors.js";

describe("describeIoError", () => {
  it("tells each user-causable error with its path and what to do, and nothing else", () => {
    const err = (code: string, path: string): Error => Object.assign(new Error(`${code}: x`), { code, path });
    for (const code of ["EACCES", "EROFS", "ENOSPC", "EEXIST", "EISDIR", "ENOTDIR", "ENOENT", "EMFILE"]) {
      const told = describeIoError(err(code, "/some/out/models/x.ts"));
      expect(told, code).toMatch(new RegExp(`^/some/out/models/x\\.ts: .+; .+\\(${code}\\)$`));
    }
    expect(describeIoError(err("EWHATEVER", "/x"))).toBeUndefined();
    expect(describeIoError(new TypeError("bug"))).toBeUndefined();
  });
});
