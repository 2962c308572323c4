// One timed generate in a fresh process (what a build step pays), reporting its stages and peak RSS as JSON. Like
// the CLI, it uses the diagnostics and not the model: a run with nothing to do does not load the model.
import { performance } from "node:perf_hooks";
const t0 = performance.now();
import { pathToFileURL } from "node:url";
const [index, input, out, cacheDir] = process.argv.slice(2);
const { generate } = await import(pathToFileURL(index).href);
const r = await generate({ input: [input], out, cacheDir });
const ms = performance.now() - t0;
process.stdout.write(
  JSON.stringify({
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    stats: r.stats,
    written: r.write.written.length,
    files: r.files.size,
    types: r.stats.upToDate ? undefined : r.model.types.length,
    diagnostics: r.diagnostics.length,
  }) + "\n",
);
