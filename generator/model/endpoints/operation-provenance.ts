/**
 * Provenance of an operation's facts (plain data for `docs2ts coverage`; emit never reads it): a return type read
 * from the Response prose is stated there, one read from an example response is assumed; a parameter typed by a
 * parameters or request-body table row is stated at that row, one named only by a call argument is assumed
 * (typed String).
 */
import type { Pos } from "../../parse/facts.js";
import type { Operation } from "../types.js";
import type { EndpointDraft } from "./drafts.js";

export function markOperationProvenance(o: Operation, d: EndpointDraft): void {
  const file = d.page.file;
  const at = (pos: Pos | undefined) => ({ file, line: pos?.line ?? 1, column: pos?.column ?? 1 });
  if (o.returnType) {
    const r = d.api.response;
    // Assumed from an example: the statement belongs in the Response section (when the page has one).
    o.returnFrom =
      r.typeFrom === "prose"
        ? { stated: true, at: at(r.pos), by: "response-prose" }
        : { stated: false, by: "example-response", ...(r.pos ? { at: at(r.pos) } : {}) };
  }
  const rows = [...d.api.functionParameters, ...d.api.requestBody.parameters];
  for (const p of o.parameters) {
    const row = rows.find((m) => m.name.toLowerCase() === p.name.toLowerCase());
    p.typeFrom = row ? { stated: true, at: at(row.pos), by: "parameters-table" } : { stated: false, by: "call-argument" };
  }
}
