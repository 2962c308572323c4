import { describe, expect, it } from "vitest";
import type { PathSegment } from "../../generator/parse/facts.js";
import { readRequestLine } from "../../generator/parse/http-request-line.js";
import { codeUnder, hasCorpus, noCorpusMessage, pages } from "./corpus-pages.js";

describe("readRequestLine over every line of the v1.0 HTTP request sections", () => {
  it.skipIf(!hasCorpus)(
    "reads every method line of an http block, and little is odd",
    () => {
      let lines = 0;
      const unread: string[] = [];
      const odd: string[] = [];
      const kinds = new Map<PathSegment["kind"], number>();
      for (const page of pages("api")) {
        for (const block of codeUnder(page.text, /^http requests?$/i)) {
          if (block.lang !== "" && !/^http$/i.test(block.lang)) continue;
          for (const line of block.value.split("\n")) {
            if (!/^\s*(GET|POST|PATCH|PUT|DELETE)\b/.test(line)) continue;
            lines++;
            const read = readRequestLine(line);
            if (read === undefined) {
              unread.push(`${page.file}: ${line}`);
              continue;
            }
            expect(read.path.startsWith("/")).toBe(true);
            for (const s of read.segments) {
              kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
              if (s.kind === "odd") odd.push(`${page.file}: ${s.text}   [${line.trim()}]`);
            }
          }
        }
      }
      if (unread.length > 0) console.log(`not requests:\n${unread.join("\n")}`);
      if (odd.length > 0) console.log(`odd segments:\n${odd.join("\n")}`);
      console.log(`request lines: ${lines}; segment kinds: ${JSON.stringify(Object.fromEntries(kinds))}`);

      expect(lines).toBeGreaterThan(3_000);
      // The only method-led lines that are not requests are generator error text (`POST ** Collection URI …`).
      expect(unread.every((u) => /\*\*/.test(u))).toBe(true);
      const total = [...kinds.values()].reduce((a, b) => a + b, 0);
      expect(odd.length / total).toBeLessThan(0.002);
      expect(odd.every((o) => !/^[^:]+: range\(/.test(o))).toBe(true);
      for (const kind of ["literal", "param", "keyed", "qualified", "call", "colon", "dollar"] as const) {
        expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(0);
      }
    },
    120_000,
  );
  it.skipIf(hasCorpus)("skips without the corpus", () => {
    console.log(noCorpusMessage);
  });
});
