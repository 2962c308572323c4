/** The progress line animates only for a person at a terminal, clears itself, and the summary line says what ran. */
import { describe, expect, it } from "vitest";
import { liveProgressWanted, ProgressLine, summaryLine, underCi } from "../../generator/cli/terminal.js";

describe("progress line", () => {
  it("is wanted on a TTY only, and never under CI", () => {
    expect(liveProgressWanted({ isTTY: true }, {})).toBe(true);
    expect(liveProgressWanted({ isTTY: false }, {})).toBe(false);
    expect(liveProgressWanted({}, {})).toBe(false);
    expect(liveProgressWanted({ isTTY: true }, { CI: "true" })).toBe(false);
    expect(liveProgressWanted({ isTTY: true }, { CI: "1" })).toBe(false);
    expect(underCi({ CI: "false" })).toBe(false);
    expect(underCi({ CI: "" })).toBe(false);
  });

  it("redraws one line in place with stage, n/N and elapsed time, and clears it when stopped", () => {
    let out = "";
    const p = new ProgressLine(true, (s) => (out += s));
    p.listener("parsing pages", 16, 3341);
    p.listener("building the model");
    p.stop();
    expect(out).toMatch(/^\r\x1b\[Kdocs2ts: parsing pages 16\/3341 · \d+\.\d s\r\x1b\[Kdocs2ts: building the model · \d+\.\d s\r\x1b\[K$/);
    // Stopped: nothing more is written.
    p.listener("formatting");
    expect(out.endsWith("\r\x1b[K")).toBe(true);
  });

  it("writes nothing at all when not live", () => {
    let out = "";
    const p = new ProgressLine(false, (s) => (out += s));
    p.listener("parsing pages", 1, 2);
    p.stop();
    expect(out).toBe("");
  });
});

describe("summary line", () => {
  it("names pages, files, types, endpoints, written, errors, warnings and seconds", () => {
    expect(
      summaryLine({ pages: 3341, files: 59, types: 1006, endpoints: 2108, written: 3, errors: 0, warnings: 277, seconds: 18.24 }),
    ).toBe("docs2ts: 3341 pages → 59 files (1006 types, 2108 endpoints), 3 written, 0 errors, 277 warnings in 18.2 s");
    expect(
      summaryLine({ pages: 1, files: 8, written: 0, errors: 1, warnings: 791, warningsUnchanged: true, upToDate: true, seconds: 0.1 }),
    ).toBe("docs2ts: 1 page → 8 files up to date, 0 written, 1 error, 791 warnings unchanged (--verbose shows them) in 0.1 s");
  });
});
