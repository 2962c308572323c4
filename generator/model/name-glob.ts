/**
 * Name globs for `--include`/`--exclude`, matched case-insensitively against a type's qualified or bare name:
 * `*` (any run of characters, `**` the same), `?` (one character), `[abc]`/`[a-z]`/`[!a]` (one of, or none of),
 * `{a,b}` (alternatives, nestable) and `\x` (x itself). The match is the classic two-pointer wildcard walk, which
 * backtracks only to the last `*`: time grows with name length × pattern length, never exponentially, so a long
 * name against `*t*t*t*x` is as quick as any other. Pure.
 */

type Token =
  { kind: "star" } | { kind: "one" } | { kind: "char"; c: string } | { kind: "set"; negate: boolean; ranges: [string, string][] };

/** More alternatives than this from `{…}` expansion is a mistake (or an attack), not a selection. */
const MAX_ALTERNATIVES = 256;

export class GlobError extends Error {}

/** A predicate true when `name` matches any of `globs`. */
export function nameMatcher(globs: readonly string[]): (name: string) => boolean {
  const patterns = globs.flatMap((g) => expandBraces(g)).map((g) => tokenize(g.toLowerCase()));
  return (name) => {
    const lower = name.toLowerCase();
    return patterns.some((p) => matches(p, lower));
  };
}

function matches(p: readonly Token[], s: string): boolean {
  return walk(p, s).matched;
}

/** How many steps matching `glob` against `name` takes (for the test that the walk stays within length × pattern). */
export function matchSteps(glob: string, name: string): number {
  return walk(tokenize(glob.toLowerCase()), name.toLowerCase()).steps;
}

function walk(p: readonly Token[], s: string): { matched: boolean; steps: number } {
  let steps = 0;
  let pi = 0;
  let si = 0;
  let starP = -1;
  let starS = 0;
  while (si < s.length) {
    steps++;
    const t = p[pi];
    if (t !== undefined && t.kind === "star") {
      starP = pi++;
      starS = si;
    } else if (t !== undefined && single(t, s[si])) {
      pi++;
      si++;
    } else if (starP >= 0) {
      pi = starP + 1;
      si = ++starS;
    } else return { matched: false, steps };
  }
  while (p[pi]?.kind === "star") pi++;
  return { matched: pi === p.length, steps };
}

function single(t: Token, c: string): boolean {
  if (t.kind === "one") return true;
  if (t.kind === "char") return t.c === c;
  if (t.kind === "set") return t.ranges.some(([a, b]) => a <= c && c <= b) !== t.negate;
  return false;
}

function tokenize(g: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === "*") {
      if (out[out.length - 1]?.kind !== "star") out.push({ kind: "star" });
    } else if (c === "?") out.push({ kind: "one" });
    else if (c === "\\" && i + 1 < g.length) out.push({ kind: "char", c: g[++i] });
    else if (c === "[" && g.indexOf("]", i + 2) > 0) {
      const end = g.indexOf("]", i + 2);
      let body = g.slice(i + 1, end);
      const negate = body[0] === "!" || body[0] === "^";
      if (negate) body = body.slice(1);
      const ranges: [string, string][] = [];
      for (let j = 0; j < body.length; j++) {
        if (body[j + 1] === "-" && j + 2 < body.length) {
          ranges.push([body[j], body[j + 2]]);
          j += 2;
        } else ranges.push([body[j], body[j]]);
      }
      out.push({ kind: "set", negate, ranges });
      i = end;
    } else out.push({ kind: "char", c });
  }
  return out;
}

/** `a{b,c{d,e}}` → `ab`, `acd`, `ace`; an unbalanced brace is a literal character. */
export function expandBraces(g: string): string[] {
  const open = findOpen(g);
  if (open < 0) return [g];
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < g.length; i++) {
    const c = g[i];
    if (c === "\\") i++;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) {
      close = i;
      break;
    } else if (c === "," && depth === 1) commas.push(i);
  }
  if (close < 0) return [g];
  const cuts = [open, ...commas, close];
  const parts = cuts.slice(0, -1).map((at, k) => g.slice(at + 1, cuts[k + 1]));
  const head = g.slice(0, open);
  const out: string[] = [];
  for (const tail of expandBraces(g.slice(close + 1))) {
    for (const part of parts) {
      for (const inner of expandBraces(part)) {
        out.push(head + inner + tail);
        if (out.length > MAX_ALTERNATIVES)
          throw new GlobError(`the glob ${JSON.stringify(g)} expands to more than ${MAX_ALTERNATIVES} alternatives`);
      }
    }
  }
  return out;
}

function findOpen(g: string): number {
  for (let i = 0; i < g.length; i++) {
    if (g[i] === "\\") i++;
    else if (g[i] === "{") return i;
  }
  return -1;
}
