/**
 * The endpoints the client exposes: documented paths whose placeholders cannot be bound are dropped
 * (placeholders.ts), then there is one endpoint per request-line name, merged over every page (naming.ts, merge.ts).
 */
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Endpoint } from "../types.js";
import { mergeEndpoints } from "./merge.js";
import { dropUnboundPaths } from "./placeholders.js";

export function callableEndpoints(endpoints: readonly Endpoint[], diagnostics: Diagnostic[]): Endpoint[] {
  return mergeEndpoints(dropUnboundPaths(endpoints, diagnostics), diagnostics);
}
