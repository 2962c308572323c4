/**
 * String properties that are enums in disguise ("stringly typed").
 *
 * Rule: a String whose listed values ("Possible values are: …", or a backticked list after a colon) are the members
 * of one enum named like the property has that enum type (when no enum matches exactly, one of four or more values
 * may misspell the member left over by one letter: `occurence`); so does a subset of at least two members of the
 * one enum named after the property (same name, containing or ending a name of two words; closest name wins). Not
 * when the description makes the value a string of its own ("comma-separated list", "string values"), nor with an
 * enum that a resource page documents only in an in-page values table (that page kept String in its Type column).
 */

/** Lower-cased member sets (without `unknownFutureValue`, the evolvable-enum sentinel) per qualified enum name. */
export function enumsByMemberSet(enumMembers: ReadonlyMap<string, readonly string[]>): Map<string, ReadonlySet<string>> {
  return new Map([...enumMembers].map(([name, members]) => [name, valueSet(members)]));
}

function valueSet(values: readonly string[]): Set<string> {
  return new Set(values.map((v) => v.toLowerCase()).filter((v) => v !== "unknownfuturevalue"));
}

/**
 * "Stringly typed" properties: the Type column says String but the description lists the values; the property has
 * the enum type that is named like the property and whose members are exactly those values, or, failing a unique
 * exact match, the one such enum whose members include all of at least two listed values (a description often
 * lists only the values a client sees: `low`, `medium`, `high` of riskLevel's `low`…`hidden`, `none`). Values
 * compare case-insensitively (`Low`, `Normal`, `High` are the importance enum's `low`, `normal`, `high`).
 */
export function enumForValues(
  property: string,
  values: readonly string[] | undefined,
  enumsByMembers: ReadonlyMap<string, ReadonlySet<string>>,
): string | undefined {
  if (!values?.length) return undefined;
  const listed = valueSet(values);
  if (listed.size === 0) return undefined;
  const named = [...enumsByMembers].filter(([e, members]) => members.size > 0 && sharesWord(property, e.slice(e.lastIndexOf(".") + 1)));
  const strict = named.filter(([, members]) => members.size === listed.size && [...listed].every((v) => members.has(v)));
  const exact =
    strict.length > 0 ? strict : named.filter(([, members]) => members.size === listed.size && sameUpToOneMisspelling(listed, members));
  if (exact.length === 1) return exact[0][0];
  if (exact.length > 1 || listed.size < 2) return undefined;
  const including = named.filter(
    ([e, members]) => namedAfter(property, e.slice(e.lastIndexOf(".") + 1)) && [...listed].every((v) => members.has(v)),
  );
  // `riskLevel` values fit riskLevel and deviceThreatProtectionLevel; the enum sharing more of the name wins.
  const shared = including.map(([e]) => ({ e, n: sharedWords(property, e.slice(e.lastIndexOf(".") + 1)) }));
  const best = Math.max(0, ...shared.map((x) => x.n));
  const top = shared.filter((x) => x.n === best);
  return top.length === 1 ? top[0].e : undefined;
}

/**
 * Every listed value is a member, except at most one that is a misspelling of the one member left over (one letter
 * added, dropped or changed: `occurence` for `occurrence`), when at least three values match exactly.
 */
function sameUpToOneMisspelling(listed: ReadonlySet<string>, members: ReadonlySet<string>): boolean {
  const missing = [...listed].filter((v) => !members.has(v));
  if (missing.length !== 1 || listed.size - 1 < 3) return false;
  const left = [...members].filter((m) => !listed.has(m));
  return left.length === 1 && oneEditApart(missing[0], left[0]);
}

/** One insertion, deletion or substitution turns a into b. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/**
 * The enum must also be named like the property (`status` ↔ `operationStatus`, `importance` ↔
 * `chatMessageImportance`): `low, medium, high` are the members of many unrelated enums.
 * For a partial list the enum must be named after the property, not just share a word: its name is the property's
 * (`riskLevel`, `importance`), contains a property name of two words or more (`supportedEntities` →
 * workforceIntegrationSupportedEntities), or ends it (`markImportance` → importance, `signInRiskLevels` →
 * riskLevel). A one-word `state` or `status` would otherwise take any *State enum whose members include the list.
 */
function namedAfter(property: string, enumName: string): boolean {
  const p = property.toLowerCase().replace(/s$/, "");
  const e = enumName.toLowerCase().replace(/s$/, "");
  if (p === e) return true;
  const words = property.split(/(?<=[a-z0-9])(?=[A-Z])/).length;
  return words >= 2 && (e.includes(p) || p.endsWith(e));
}

function sharesWord(a: string, b: string): boolean {
  return sharedWords(a, b) > 0;
}

function sharedWords(a: string, b: string): number {
  const wb = wordsOf(b);
  let n = 0;
  for (const w of wordsOf(a)) if (wb.has(w)) n++;
  return n;
}

/**
 * The lower-cased words of 3+ letters of a name, remembered: every string property is compared with every enum's
 * name, and splitting the same few thousand names again each time was a tenth of the model build.
 */
const words = new Map<string, ReadonlySet<string>>();

function wordsOf(s: string): ReadonlySet<string> {
  let w = words.get(s);
  if (!w) {
    // A long-lived process (watch mode) sees new names with every edit: start over rather than grow without end.
    if (words.size > 100_000) words.clear();
    w = new Set(
      s
        .split(/(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+/)
        .map((x) => x.toLowerCase())
        .filter((x) => x.length >= 3),
    );
    words.set(s, w);
  }
  return w;
}
