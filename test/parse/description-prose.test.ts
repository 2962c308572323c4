import { describe, expect, it } from "vitest";
import { listedValues, readDescription } from "../../generator/parse/description-prose.js";

const mods = (text: string) => readDescription(text).modifiers;

describe("readDescription: placeholders", () => {
  it("removes placeholders and says when nothing else was there", () => {
    expect(readDescription("**TODO: Add Description**")).toMatchObject({ description: "", placeholder: true });
    expect(readDescription("Not yet documented")).toMatchObject({ description: "", placeholder: true });
    expect(readDescription("TODO: describe the state.")).toMatchObject({ description: "", placeholder: true });
    expect(readDescription("Not yet documented Inherited from [managedAppPolicy](../resources/intune-mam-managedapppolicy.md)")).toEqual({
      description: "",
      inheritedFrom: "managedAppPolicy",
      modifiers: {},
      placeholder: true,
    });
  });
  it("keeps real text around a placeholder and is no placeholder then", () => {
    expect(readDescription("The state. **TODO: Add Description**")).toMatchObject({ description: "The state.", placeholder: false });
    expect(readDescription("")).toMatchObject({ description: "", placeholder: false });
  });
});

describe("readDescription: Inherited from", () => {
  it("reads the link, bold and plain forms and takes the clause out of the description", () => {
    expect(
      readDescription("Key of the entity. Inherited from [deviceConfiguration](../resources/intune-deviceconfig-deviceconfiguration.md)"),
    ).toMatchObject({
      description: "Key of the entity.",
      inheritedFrom: "deviceConfiguration",
    });
    expect(readDescription("The name. Inherited from **baseItem**.")).toMatchObject({
      description: "The name.",
      inheritedFrom: "baseItem",
    });
    expect(readDescription("The name. Inherited from entity")).toMatchObject({ description: "The name.", inheritedFrom: "entity" });
    expect(readDescription("The name. Inherited from [baseItem][]")).toMatchObject({ inheritedFrom: "baseItem" });
  });
});

describe("readDescription: possible values", () => {
  it("reads backticked lists", () => {
    expect(
      readDescription("The state. Possible values are: `accepted`, `declined`, `unknownFutureValue`. Read-only.").possibleValues,
    ).toEqual(["accepted", "declined", "unknownFutureValue"]);
    expect(readDescription("The possible values are: `none`, `low` and `high`.").possibleValues).toEqual(["none", "low", "high"]);
    expect(readDescription("Possible values are `a`, `b`, or `c`.").possibleValues).toEqual(["a", "b", "c"]);
    expect(readDescription("Valid values are `user`, `group`.").possibleValues).toEqual(["user", "group"]);
    expect(readDescription("Allowed values: `x`, `y`").possibleValues).toEqual(["x", "y"]);
    expect(readDescription("Possible values are: `a` (default value), `b`.").possibleValues).toEqual(["a", "b"]);
    expect(readDescription("Possible values for **requestedAccessTokenVersion** are `1`, `2`, or `null`.").possibleValues).toEqual([
      "1",
      "2",
      "null",
    ]);
  });
  it("reads bold and plain word lists", () => {
    expect(readDescription("Possible values are **All**, **Selected** or **None**.").possibleValues).toEqual(["All", "Selected", "None"]);
    expect(
      readDescription("The type. Possible values are: Unknown, Empty, String, Integer, Double, Boolean, Error.").possibleValues,
    ).toEqual(["Unknown", "Empty", "String", "Integer", "Double", "Boolean", "Error"]);
  });
  it("does not take ranges or references for lists", () => {
    expect(readDescription("Valid values 0 to 24").possibleValues).toBeUndefined();
    expect(readDescription("Valid values are described in the following table. Read-only.").possibleValues).toBeUndefined();
    expect(readDescription("The possible values are: TableStyleLight1 thru TableStyleLight21.").possibleValues).toBeUndefined();
    expect(readDescription("The state of the alert.").possibleValues).toBeUndefined();
  });
});

describe("readDescription: modifiers", () => {
  it("reads nullable both ways without taking 'not nullable' for nullable", () => {
    expect(mods("Read-only. Nullable.")).toMatchObject({ nullable: true, readOnly: true });
    expect(mods("Read-only. Not nullable.")).toMatchObject({ nullable: false, readOnly: true });
    expect(mods("The groups. non-nullable.")).toMatchObject({ nullable: false });
    expect(mods("Key, not nullable, read-only")).toMatchObject({ nullable: false, key: true, readOnly: true });
    expect(mods("The name.")).toEqual({});
  });
  it("reads read-only spellings, but not a read-only state of the thing described", () => {
    expect(mods("This property is read only.")).toMatchObject({ readOnly: true });
    expect(mods("The id. readonly")).toMatchObject({ readOnly: true });
    expect(mods("Whether this team is in read-only mode.")).toEqual({});
    expect(mods("Indicates if the rule is read-only and cannot be modified or deleted by the rules REST API.")).toEqual({});
  });
  it("reads required and optional only where they speak of this property", () => {
    expect(mods("The display name. Required.")).toMatchObject({ required: true });
    expect(mods("*Required*. The name.")).toMatchObject({ required: true });
    expect(mods("This property is required.")).toMatchObject({ required: true });
    expect(mods("Required on create.")).toMatchObject({ required: true });
    expect(mods("Optional. The notes.")).toMatchObject({ optional: true });
    expect(mods("Optional, default value is false.")).toMatchObject({ optional: true });
    expect(mods("The number of character sets required in the password.")).toEqual({});
    expect(mods("This property is required when a user is created.")).toEqual({});
    expect(mods("The attendee type: `required`, `optional`, `resource`.")).toEqual({});
    expect(mods("The optional claims returned in the JWT ID token.")).toEqual({});
  });
  it("reads key and $select-only", () => {
    expect(mods("Key of the entity.")).toMatchObject({ key: true });
    expect(mods("Unique identifier. Key.")).toMatchObject({ key: true });
    expect(mods("The key vault.")).toEqual({});
    expect(mods("Returned only on $select.")).toMatchObject({ selectOnly: true });
    expect(mods("Returned only on `$select`.")).toMatchObject({ selectOnly: true });
  });
  it("reads $filter operators, $orderby and $search", () => {
    expect(mods("Supports $filter (eq, ne, not, in).")).toMatchObject({ filterOperators: ["eq", "ne", "not", "in"] });
    expect(mods("Supports `$filter` (`eq`, `ne`, `not`, `ge`, `le`, `in`, `startswith`), `$search`, and `$orderby`.")).toMatchObject({
      filterOperators: ["eq", "ne", "not", "ge", "le", "in", "startswith"],
      search: true,
      orderBy: true,
    });
    expect(mods("Supports `$filter` (`eq` operator only).")).toMatchObject({ filterOperators: ["eq"] });
    expect(mods("Supports `$filter` (`eq`, `ne`, `not`, and `in`).")).toMatchObject({ filterOperators: ["eq", "ne", "not", "in"] });
    expect(mods("Supports `$filter`.")).toMatchObject({ filterOperators: [] });
    expect(mods("Supports `$select` and `$orderby`.")).toEqual({ orderBy: true });
    expect(mods("Read-only.<br><br>Supports `$filter` (`eq`, `ne`, `not`).")).toMatchObject({
      readOnly: true,
      filterOperators: ["eq", "ne", "not"],
    });
    expect(mods("This property does not support `$filter`.")).toEqual({});
  });
  it("reads deprecated, but not as a backticked value", () => {
    expect(mods("Deprecated. Use newProperty instead.")).toMatchObject({ deprecated: true });
    expect(mods("The state. Possible values are: `active`, `deprecated`.")).toEqual({});
  });
});

describe("readDescription: corpus phrasings found by the corpus run", () => {
  it("reads a list whose items carry dash explanations (channel.md)", () => {
    expect(
      readDescription(
        "Possible values are: `standard` - Channel inherits the list of members of the parent team; `private` - Channel can have members.",
      ).possibleValues,
    ).toEqual(["standard", "private"]);
  });
  it("ends a sentence at a full stop inside quotes (itemactivitystat.md)", () => {
    expect(mods('Indicates whether the item is "trending." Read-only.')).toMatchObject({ readOnly: true });
  });
});

describe("readDescription: more corpus phrasings", () => {
  it("splits one emphasis around several values (schemaextension.md)", () => {
    expect(readDescription("Allowed values are *Binary, Boolean, DateTime, Integer* or *String*.").possibleValues).toEqual([
      "Binary",
      "Boolean",
      "DateTime",
      "Integer",
      "String",
    ]);
  });
  it("reads 'Possible states' and does not take a bold Deprecated value for deprecation", () => {
    const facts = readDescription("The lifecycle state. Possible states are **InDevelopment**, **Available**, and **Deprecated**.");
    expect(facts.possibleValues).toEqual(["InDevelopment", "Available", "Deprecated"]);
    expect(facts.modifiers.deprecated).toBeUndefined();
  });
});

describe("readDescription: prose that only mentions inheritance", () => {
  it("names no type when a determiner, 'the' + plain word or a possessive follows 'inherited from'", () => {
    for (const text of [
      "Provides a reference to the ancestor of the current permission, if it is inherited from an ancestor. Read-only.",
      "If this content type is inherited from another scope (like a site), provides a reference to the item.",
      "The value is inherited from the default.",
      "Set when the permission is inherited from the DriveItem's parent.",
      "Permissions inherited from a parent.",
    ]) {
      expect(readDescription(text).inheritedFrom, text).toBeUndefined();
    }
  });
  it("still reads unformatted identifiers", () => {
    expect(readDescription("The state. Inherited from statusBase.").inheritedFrom).toBe("statusBase");
    expect(readDescription("The id, inherited from microsoft.graph.entity, is the key.").inheritedFrom).toBe("microsoft.graph.entity");
  });
});

describe("listedValues", () => {
  it("reads a backticked list after a colon", () => {
    expect(listedValues("The importance of the message: `Low`, `Normal`, `High`.")).toEqual(["Low", "Normal", "High"]);
    expect(listedValues("The type: `a` or `b`.")).toEqual(["a", "b"]);
  });

  it("needs two backticked items right after the colon", () => {
    expect(listedValues("Example: `2014-01-01T00:00:00Z`.")).toBeUndefined();
    expect(listedValues("For example: the `id` of the user, and `x`.")).toBeUndefined();
    expect(listedValues("Values `a`, `b` without a colon.")).toBeUndefined();
  });
});
