/**
 * The endpoints the client exposes: documented paths whose placeholders cannot be bound are dropped
 * (placeholders.ts), then one endpoint per callable (see naming.ts and merge.ts).
 */
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Endpoint } from "../types.js";
import { dropUnboundPaths } from "./placeholders.js";

export function callableEndpoints(endpoints: readonly Endpoint[], diagnostics: Diagnostic[]): Endpoint[] {
  return dropUnboundPaths(endpoints, diagnostics);
}
