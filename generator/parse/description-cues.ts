/**
 * Cues in a Description cell that the model needs to decide a type, read here so that the model reads no English:
 * - navigation: the row calls itself a navigation property ("Navigation property.", "A navigation property.",
 *   "Containment entity."), so its type is an entity whichever table the row sits in (appScope: a Properties row
 *   of unifiedRoleAssignment);
 * - stringValued: the value is a string of its own ("Multiple values can be combined using a comma-separated list":
 *   subscription.changeType; "one of the following valid string values": application.groupMembershipClaims), so
 *   the property stays String even when an enum has its listed values;
 * - validRange: a documented range of valid values ("Valid values 4 to 16", "with valid range from 2 to 30 days"),
 *   which marks a setting that may be left unset.
 * Read from the description as kept (placeholders and the "Inherited from" clause removed). Each cue is present
 * only when true, so a description that says none of them adds nothing to the facts.
 */
import type { Modifiers } from "./facts.js";

const NAVIGATION_CUE = /(?:^|[.!]\s+)(?:an?\s+)?(?:navigation property|containment entity)\b/i;
const STRING_VALUED = /\bmultiple values can be combined\b|\bcomma[- ]separated list\b|\bstring values?\b/i;
const VALID_RANGE = /\bvalid (?:values|range)(?: are| is)?(?: from| between)? -?\d+ ?(?:to|through|-|and) ?-?\d+/i;

export type DescriptionCues = Pick<Modifiers, "navigation" | "stringValued" | "validRange">;

export function readDescriptionCues(description: string): DescriptionCues {
  const cues: DescriptionCues = {};
  if (NAVIGATION_CUE.test(description)) cues.navigation = true;
  if (STRING_VALUED.test(description)) cues.stringValued = true;
  if (VALID_RANGE.test(description)) cues.validRange = true;
  return cues;
}
