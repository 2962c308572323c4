/**
 * Plain text of phrasing content as a doc writer reads it: inline code keeps its backticks (the prose readers look
 * for `value` lists), `<br>` becomes a space, links and emphasis give their text.
 */
import type { Nodes, PhrasingContent } from "mdast";

export function cellText(nodes: readonly (PhrasingContent | Nodes)[]): string {
  let out = "";
  for (const n of nodes) out += nodeText(n);
  return out.replace(/\s+/g, " ").trim();
}

function nodeText(n: PhrasingContent | Nodes): string {
  switch (n.type) {
    case "text":
      return n.value;
    case "inlineCode":
      return "`" + n.value + "`";
    case "html":
      return /^<br\s*\/?>$/i.test(n.value.trim()) || /^<\/?(p|li|ul|ol)\b/i.test(n.value.trim()) ? " " : n.value;
    case "break":
      return " ";
    case "strong":
      return "**" + cellText(n.children) + "**";
    default:
      return "children" in n ? cellText(n.children as PhrasingContent[]) : "value" in n ? String(n.value) : "";
  }
}
