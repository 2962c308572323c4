/**
 * A page's area: the `ms.prod` value of its front matter (`microsoft-identity-platform`, `outlook`, …), the docs
 * team's own grouping. Pages without one are in the area `(none)`.
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { splitFrontMatter } from "../../parse/front-matter.js";

export const NO_AREA = "(none)";

export function areaOfPage(text: string): string {
  const value = splitFrontMatter(text).data?.["ms.prod"];
  return typeof value === "string" && value.trim() !== "" ? value.trim().toLowerCase() : NO_AREA;
}

/** File → area for the given page files (a file that cannot be read is in no area). */
export async function readAreas(files: Iterable<string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  await Promise.all(
    [...new Set(files)].map(async (f) => {
      const text = await readFile(f, "utf8").catch(() => undefined);
      out.set(f, text === undefined ? NO_AREA : areaOfPage(text));
    }),
  );
  return out;
}

/** readAreas for a reporter that runs synchronously (the html reporter's areas). */
export function readAreasSync(files: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of new Set(files)) {
    let text: string | undefined;
    try {
      text = readFileSync(f, "utf8");
    } catch {
      text = undefined;
    }
    out.set(f, text === undefined ? NO_AREA : areaOfPage(text));
  }
  return out;
}
