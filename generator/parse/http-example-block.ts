/**
 * Example request/response blocks (```http): a start line, header lines, then the body. Drafts and Intune pages
 * often omit the blank line between headers and body, so the body starts at the first line that is not a header.
 */
import { readLenientJson } from "./annotation-json.js";
import type { ExampleMessage, Pos } from "./facts.js";

const HEADER = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/;
// The URL runs to the end of the line: query strings hold spaces (`$filter=startswith(displayName, 'a')`). A trailing
// protocol version (`HTTP/1.1`) is not part of it.
const REQUEST_LINE = /^(GET|POST|PATCH|PUT|DELETE|HEAD|OPTIONS)\s+(\S.*?)(?:\s+HTTP\/\d(?:\.\d)?)?\s*$/i;
const STATUS_LINE = /^HTTP(?:\/[\d.]+)?\s+(\d{3})\b/i;

export function readExampleMessage(
  text: string,
  pos: Pos,
  annotation: Record<string, unknown> | undefined,
  role: "request" | "response",
): ExampleMessage {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const msg: ExampleMessage = { pos, headers: [], bodyText: "" };
  if (annotation) msg.annotation = annotation;
  let i = 0;
  while (i < lines.length && lines[i].trim() === "") i++;
  const first = (lines[i] ?? "").trim();
  if (role === "request") {
    const m = REQUEST_LINE.exec(first);
    if (m) {
      msg.method = m[1].toUpperCase();
      msg.url = m[2];
      i++;
    }
  } else {
    const m = STATUS_LINE.exec(first);
    if (m) {
      msg.status = Number(m[1]);
      i++;
    }
  }
  if (msg.method !== undefined || msg.status !== undefined) {
    for (; i < lines.length; i++) {
      const l = lines[i];
      if (l.trim() === "") {
        i++;
        break;
      }
      const h = HEADER.exec(l.trim());
      if (!h || /^[{[]/.test(l.trim())) break;
      msg.headers.push({ name: h[1], value: h[2].trim() });
    }
  }
  msg.bodyText = lines.slice(i).join("\n").trim();
  if (msg.bodyText) {
    const json = readLenientJson(msg.bodyText);
    if (json !== undefined) msg.bodyJson = json;
  }
  return msg;
}
