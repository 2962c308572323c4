/**
 * Value tables under their own headings (the OneDrive style): `## Type options`, `## Scope options`, `### Roles
 * property values`, `### Group visibility options`, `## State Enumeration`. The heading names a property of the
 * page's type (the word before `options` / `property values` / `enumeration`, optionally after the type's name) and
 * the table's first column lists its values. They become that property's possible values, as a "Possible values
 * are" sentence would, when its row lists none itself; the model then treats them the same way (a doc comment, or
 * the matching enum). `x values` headings are enum definitions (enum-table.ts), not this.
 */
import { toString } from "mdast-util-to-string";
import type { ResourceFacts } from "./facts.js";
import type { Section } from "./sections.js";
import { readTable } from "./table.js";
import { isEnumTable } from "./enum-table.js";

const HEADING = /^(?:`?[A-Za-z_]\w*`?\s+)?`?([A-Za-z_]\w*)`?\s+(?:options|property\s+values|enumeration(?:\s+values)?)$/i;

/** The property a value-table heading names, or undefined when the heading is not one. */
export function propertyOfValueHeading(title: string): string | undefined {
  return HEADING.exec(title.trim())?.[1];
}

export function attachValueTables(sections: readonly Section[], resources: readonly ResourceFacts[]): void {
  if (resources.length !== 1) return;
  const members = resources[0].properties;
  for (const s of sections) {
    const name = propertyOfValueHeading(s.title);
    if (!name) continue;
    const member = members.find((m) => m.name.toLowerCase() === name.toLowerCase());
    if (!member || member.possibleValues?.length) continue;
    // A string (or a string collection): a row typed with an enum already has its values.
    if (member.type.kind !== "primitive" || member.type.name !== "Edm.String") continue;
    for (const n of s.nodes) {
      if (n.type !== "table") continue;
      const t = readTable(n);
      if (!isEnumTable(t)) break;
      const values = t.rows
        .map((row) =>
          toString({ type: "paragraph", children: row.cells[0] ?? [] })
            .replace(/[`*"]/g, "")
            .trim(),
        )
        .filter((v) => /^[A-Za-z_][\w.-]*$/.test(v));
      if (values.length > 0) member.possibleValues = [...new Set(values)];
      break;
    }
  }
}
