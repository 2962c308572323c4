/** The generator's module graph and the layer each module belongs to (see layers.test.ts). */
import { posix } from "node:path";

/** Lowest first; modules of one row may import each other. */
const ORDER: readonly (readonly string[])[] = [
  ["platform", "cache", "template"],
  ["diagnostics"],
  ["parse"],
  ["model"],
  ["emit"],
  ["pipeline"],
  ["index"],
  ["tools"],
  ["cli"],
];

/** The layer name of a generator module: its first folder under generator/, or the file's name at the top. */
function layerOf(file: string): string {
  const parts = file.split("/");
  return parts.length === 2 ? parts[1].replace(/\.ts$/, "") : parts[1];
}

export const LAYERS = {
  rank(file: string): number | undefined {
    const layer = layerOf(file);
    const i = ORDER.findIndex((row) => row.includes(layer));
    return i < 0 ? undefined : i;
  },
};

/**
 * Generator modules `file` imports: static imports and re-exports (type-only included: they still tie the layers
 * together), and `import()`. Statements are matched at a line start so prose in comments does not count.
 */
export function moduleImports(file: string, text: string): string[] {
  const specs: string[] = [];
  for (const m of text.matchAll(/^[ \t]*(?:import|export)\s+(?:type\s+)?(?:[^"';]*?\bfrom\s*)?["'](\.\.?\/[^"']+)["']/gm)) specs.push(m[1]);
  for (const m of text.matchAll(/\bimport\(\s*["'](\.\.?\/[^"']+)["']\s*\)/g)) specs.push(m[1]);
  return specs.map((s) => posix.normalize(posix.join(posix.dirname(file), s)).replace(/\.js$/, ".ts"));
}

export function layerViolations(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const out: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const a = LAYERS.rank(from);
      const b = LAYERS.rank(to);
      if (a !== undefined && b !== undefined && b > a) out.push(`${from} (${layerOf(from)}) imports ${to} (${layerOf(to)})`);
    }
  }
  return out.sort();
}

/** Strongly connected components of more than one module (Tarjan), each sorted, in sorted order. */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}
