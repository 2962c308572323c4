import { describe, expect, it } from "vitest";
import { parsePage } from "../../generator/parse/page.js";
import { propertyOfValueHeading } from "../../generator/parse/value-tables.js";

const PAGE = `# sharingLink resource type

## Properties

| Property | Type   | Description |
|:---------|:-------|:------------|
| type     | String | The type of the link created. |
| scope    | String | The scope. Possible values are: \`anonymous\`, \`organization\`. |
| roles    | String collection | The roles. |
| count    | Int32  | A number. |

## Type options

| Value   | Role    | Description |
|:--------|:--------|:------------|
| \`view\`  | \`read\`  | A view-only sharing link. |
| \`edit\`  | \`write\` | An edit sharing link. |

## Scope options

| Value | Description |
|:------|:------------|
| \`users\` | Only these users. |

### Roles property values

| Value | Description |
|:------|:------------|
| read  | Read. |
| write | Write. |

## Count options

| Value | Description |
|:------|:------------|
| one   | One. |
`;

describe("value tables under their own headings", () => {
  const members = parsePage("sharinglink.md", PAGE).resources[0].properties;
  const values = (name: string) => members.find((m) => m.name === name)?.possibleValues;

  it("give a String property the values of the table its heading names", () => {
    expect(values("type")).toEqual(["view", "edit"]);
    expect(values("roles")).toEqual(["read", "write"]);
  });

  it("leave a row's own list and a non-string row alone", () => {
    expect(values("scope")).toEqual(["anonymous", "organization"]);
    expect(values("count")).toBeUndefined();
  });

  it("read the headings the docs use, not `x values` (enum definitions) or other headings", () => {
    expect(propertyOfValueHeading("Type options")).toBe("Type");
    expect(propertyOfValueHeading("Group visibility options")).toBe("visibility");
    expect(propertyOfValueHeading("containerType property values")).toBe("containerType");
    expect(propertyOfValueHeading("State Enumeration")).toBe("State");
    expect(propertyOfValueHeading("ageGroup values")).toBeUndefined();
    expect(propertyOfValueHeading("Sharing links")).toBeUndefined();
  });
});
