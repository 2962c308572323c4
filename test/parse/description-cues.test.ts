import { describe, expect, it } from "vitest";
import { readDescriptionCues } from "../../generator/parse/description-cues.js";
import { readDescription } from "../../generator/parse/description-prose.js";

describe("readDescriptionCues", () => {
  it("reads a row that calls itself a navigation property, at a sentence start only", () => {
    expect(readDescriptionCues("Navigation property. Read-only.")).toEqual({ navigation: true });
    expect(readDescriptionCues("The scope. A navigation property.")).toEqual({ navigation: true });
    expect(readDescriptionCues("Containment entity.")).toEqual({ navigation: true });
    expect(readDescriptionCues("Use the navigation property instead.")).toEqual({});
  });
  it("reads a value that is a string of its own", () => {
    expect(readDescriptionCues("Multiple values can be combined using a comma-separated list.")).toEqual({ stringValued: true });
    expect(readDescriptionCues("One of the following valid string values: `a`, `b`.")).toEqual({ stringValued: true });
    expect(readDescriptionCues("The string.")).toEqual({});
  });
  it("reads a documented range of valid values", () => {
    expect(readDescriptionCues("Valid values 4 to 16")).toEqual({ validRange: true });
    expect(readDescriptionCues("with valid range from 2 to 30 days")).toEqual({ validRange: true });
    expect(readDescriptionCues("Valid values are: `a`, `b`.")).toEqual({});
  });
});

describe("readDescription carries the cues and the values after a colon", () => {
  it("reads them from the description as kept, and adds nothing when there are none", () => {
    const read = readDescription("**TODO: Add Description** Navigation property. Inherited from [entity](entity.md)");
    expect(read.modifiers.navigation).toBe(true);
    expect(readDescription("The importance: `Low`, `Normal`, `High`.").listedValues).toEqual(["Low", "Normal", "High"]);
    expect(readDescription("The name.")).toEqual({ description: "The name.", modifiers: {}, placeholder: false });
  });
});
