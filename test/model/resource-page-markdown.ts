/** A minimal resource page in the Graph dialect, for model tests: title, namespace, tables and JSON representation. */
export interface ResourcePageParts {
  /** Properties table rows (Markdown). */
  properties: readonly string[];
  /** Relationships table rows; no section when empty. */
  relationships?: readonly string[];
  /** Body of the JSON representation block. */
  json?: string;
  /** Annotation fields written before `"@odata.type"` (`'"openType": true, '`). */
  annotation?: string;
}

export function resourcePage(name: string, { properties, relationships = [], json = "{}", annotation = "" }: ResourcePageParts): string {
  return [
    `# ${name} resource type`,
    "",
    "Namespace: microsoft.graph",
    "",
    "## Properties",
    "| Property | Type | Description |",
    "|:---|:---|:---|",
    ...properties,
    "",
    ...(relationships.length
      ? ["## Relationships", "| Relationship | Type | Description |", "|:---|:---|:---|", ...relationships, ""]
      : []),
    "## JSON representation",
    `<!-- { "blockType": "resource", ${annotation}"@odata.type": "microsoft.graph.${name}" } -->`,
    "```json",
    json,
    "```",
  ].join("\n");
}
