/**
 * Settling: endpoints, operations and path-implied members depend on each other, so they are derived to a fixed
 * point.
 *
 * Rule: a trial derivation of the entity container (over copies of the endpoints) gives the walk its roots and
 * bound operations; the members the paths imply (navigation-from-paths.ts) are added, and the next round walks
 * again, since a member found in one round can open the walk to a deeper one (`…/joinedTeams/{id}/x`), for at most
 * MAX_ROUNDS rounds. Before the first round, lower-case rows take the paths' spelling (path-spelling.ts) and
 * single-valued members addressed by key become collections (keyed-collections.ts). A round that finds no member
 * leaves the types as its trial saw them: that derivation is the final one, not run again.
 */
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { buildEndpoints } from "./resolve.js";
import type { EndpointDraft } from "./drafts.js";
import { keyedNavigationCollections } from "./keyed-collections.js";
import { addPathNavigation, calledOperationNames, findPathNavigation } from "./navigation-from-paths.js";
import { implicitKeyRoot } from "./entity-container.js";
import { deriveOperations } from "./operations.js";
import { TypeGraph } from "./path-walk.js";
import { respellLowercaseMembers } from "./path-spelling.js";
import { keyOf, type TypeIndex } from "../type-index.js";
import type { Endpoint, StructuredType } from "../types.js";

/** How many rounds: a member found in one round can open the walk to a deeper one (`…/joinedTeams/{id}/x`). */
const MAX_ROUNDS = 3;

/** The model's endpoints and entity container, derived over the types once every path-implied member is in. */
export interface Settled extends Derivation {
  added: number;
  endpoints: Endpoint[];
}

type Derivation = ReturnType<typeof deriveOperations>;

/** A trial derivation with what it reported, kept in case it turns out to be the final one. */
interface Trial {
  graph: TypeGraph;
  endpoints: Endpoint[];
  derivation: Derivation;
  diagnostics: Diagnostic[];
}

/**
 * The navigation properties the paths imply (navigation-from-paths.ts), then the endpoints and operations over the
 * completed types (buildEndpoints and deriveOperations, with the same findings in the same order). A round that finds no member
 * leaves the types as its trial derivation saw them: that derivation is the final one, not run again.
 */
export function addNavigationAndDerive(
  drafts: readonly EndpointDraft[],
  index: TypeIndex,
  types: Map<string, StructuredType>,
  diagnostics: Diagnostic[],
): Settled {
  const operationNames = calledOperationNames(drafts);
  // The endpoints depend on the types only through the pages they were read from (linked names), which adding
  // members never changes: built once, and only copied for each trial derivation (which changes them).
  const endpointDiagnostics: Diagnostic[] = [];
  const endpoints = buildEndpoints(drafts, index, endpointDiagnostics, types);
  // Respelling changes a member name's case only, and every walk and derivation compares names case-insensitively
  // (the derived names come from the paths): the first round's trial is the respelling's. The one exception is the
  // implicit key root (its one property is spelled as its key): when a respelling changed which type that is, the
  // trial runs again.
  let trial = trialDerivation(drafts, endpoints, index, types, operationNames);
  const keyRoot = implicitKeyRoot(types);
  respellLowercaseMembers(endpoints, trial.graph, diagnostics);
  if (implicitKeyRoot(types) !== keyRoot) trial = trialDerivation(drafts, endpoints, index, types, operationNames);
  // Collections read from keyed paths change the types the first trial saw: that trial is final only if none changed.
  const keyed = keyedNavigationCollections(endpoints, trial.graph, diagnostics);
  let settled: Trial | undefined;
  let added = 0;
  const made: StructuredType[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (round > 0) trial = trialDerivation(drafts, endpoints, index, types, operationNames);
    const found = findPathNavigation(drafts, endpoints, trial.graph, types, operationNames);
    if (found.length === 0) {
      if (round > 0 || keyed === 0) settled = trial;
      break;
    }
    added += addPathNavigation(found, types, made, diagnostics);
  }
  settled ??= trialDerivation(drafts, endpoints, index, types, operationNames);
  diagnostics.push(...endpointDiagnostics, ...settled.diagnostics);
  // The made types reach the model with the singletons' (build.ts adds rootTypes to the types).
  return { added, endpoints: settled.endpoints, ...settled.derivation, rootTypes: [...settled.derivation.rootTypes, ...made] };
}

/**
 * A trial derivation over copies of the endpoints, its findings set aside, and the type graph with its roots and
 * bound operations.
 */
function trialDerivation(
  drafts: readonly EndpointDraft[],
  built: readonly Endpoint[],
  index: TypeIndex,
  types: Map<string, StructuredType>,
  operationNames: ReadonlySet<string>,
): Trial {
  // deriveOperations only replaces top-level fields of an endpoint (kind, body, urlParameters, operation).
  const endpoints = built.map((e) => ({ ...e }));
  const trialDiagnostics: Diagnostic[] = [];
  const derivation = deriveOperations(drafts, endpoints, index, types, trialDiagnostics);
  const { operations, entitySets, singletons, rootTypes } = derivation;
  // The types made for untyped singletons (`/education`) let the walk reach the documented types below them
  // (`/education/classes/{id}/assignmentCategories`); they are the trial's copies, never given members here.
  const graph = new TypeGraph(new Map([...types, ...rootTypes.map((t): [string, StructuredType] => [keyOf(t.namespace, t.name), t])]));
  for (const s of entitySets) graph.roots.set(s.name.toLowerCase(), { type: s.entityType, collection: true });
  for (const s of singletons) graph.roots.set(s.name.toLowerCase(), { type: s.type, collection: false });
  // Only operations that their own pages call as such let the walk through (`…/range/clear`); a list page whose
  // segment the trial read as a function is exactly what this module is deciding about.
  graph.setOperations(operations.filter((o) => operationNames.has(o.name.toLowerCase())));
  return { graph, endpoints, derivation, diagnostics: trialDiagnostics };
}
