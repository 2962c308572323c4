import { describe, expect, it } from "vitest";
import { jsonPositions, pathKey } from "../../../generator/tools/validate/json-positions.js";

describe("jsonPositions", () => {
  it("records keys, array elements and the root (0-based)", () => {
    const p = jsonPositions('{\n  "a": 1,\n  "b": [\n    {"c": true},\n    2\n  ]\n}');
    expect(p.get(pathKey([]))).toEqual({ line: 0, column: 0 });
    expect(p.get(pathKey(["a"]))).toEqual({ line: 1, column: 2 });
    expect(p.get(pathKey(["b", 0]))).toEqual({ line: 3, column: 4 });
    expect(p.get(pathKey(["b", 0, "c"]))).toEqual({ line: 3, column: 5 });
    expect(p.get(pathKey(["b", 1]))).toEqual({ line: 4, column: 4 });
  });

  it("follows the docs' pseudo-JSON: comments, elisions, missing commas, unquoted keys, colons inside strings", () => {
    const p = jsonPositions('{\n  // note\n  "u": "https://x:1/y",\n  ...\n  "v": [ /* c */ ..., 1 ]\n  w: {"x": 1}\n}');
    expect(p.get(pathKey(["u"]))).toEqual({ line: 2, column: 2 });
    expect(p.get(pathKey(["v"]))).toEqual({ line: 4, column: 2 });
    expect(p.get(pathKey(["v", 0]))).toEqual({ line: 4, column: 22 });
    expect(p.get(pathKey(["w", "x"]))).toEqual({ line: 5, column: 6 });
  });
});
