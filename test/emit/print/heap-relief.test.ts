/** collectGarbage really collects (an unreachable object's WeakRef is cleared) and leaves no global `gc` behind. */
import { describe, expect, it } from "vitest";
import { collectGarbage } from "../../../generator/emit/print/heap-relief.js";

describe("collectGarbage", () => {
  it("collects an object nothing holds, without a global gc", async () => {
    const hadGc = "gc" in globalThis;
    const ref = (() => new WeakRef({ payload: new Array(10_000).fill("x") }))();
    // A WeakRef target stays alive until the end of the current job: let it end first.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
    expect("gc" in globalThis).toBe(hadGc);
  });
});
