// npm run bench: docs2ts on the 2021-07 v1.0 reference (a copy in a temp folder, so a page can be edited) against
// the peer odata2ts on the v1.0 CSDL of the same date, timed in the same run. Machines here are noisy: the ratios
// are the figures, not the seconds. Each docs2ts run is a fresh process (what a build step pays).
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";

const corpusRoot = resolve(process.env.DOCS2TS_CORPUS ?? "../shared/corpus");
const corpus = join(corpusRoot, "graph-docs-2021-07", "v1.0");
const csdl = join(corpusRoot, "metadata", "v1.0-2021-07.csdl.xml");
const peer = resolve("../shared/peers/odata2ts/run.sh");
if (!existsSync(corpus) || !existsSync(peer)) {
  console.log(`bench: corpus (${corpus}) or peer (${peer}) not found; nothing to measure`);
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), "docs2ts-bench-"));
const docs = join(work, "v1.0");
const out = join(work, "out");
const cache = join(work, "cache");
cpSync(corpus, docs, { recursive: true });
// A private copy of the build: the cache is keyed by a hash of docs2ts' own code, so a rebuild of dist/ by someone
// else during the bench would (rightly) invalidate it and spoil the no-op figure. Under node_modules so that the
// copy still resolves the dependencies.
// DOCS2TS_BENCH_BUILD names another folder holding a dist/ (an engineer's own build, when dist/ is shared).
const snapshot = resolve("node_modules", ".cache", "docs2ts-bench", String(process.pid));
const build = resolve(process.env.DOCS2TS_BENCH_BUILD ?? ".");
cpSync(join(build, "dist"), join(snapshot, "dist"), { recursive: true });
for (const f of ["templates", "package.json"]) cpSync(f, join(snapshot, f), { recursive: true });

function runDocs2ts() {
  const r = spawnSync(process.execPath, ["bench/child.mjs", join(snapshot, "dist", "generator", "index.js"), docs, out, cache], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`docs2ts failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

function runPeer() {
  const peerOut = join(work, "peer-out");
  const t = performance.now();
  execFileSync(peer, [csdl, peerOut], { stdio: ["ignore", "ignore", "inherit"] });
  return performance.now() - t;
}

try {
  runPeer(); // installs the peer on first use and warms the file cache; not timed
  const peerMs = runPeer();
  const cold = runDocs2ts();
  const noop = runDocs2ts();
  const page = join(docs, "resources", "user.md");
  const text = readFileSync(page, "utf8");
  const edited = text.replace(/\|\s*aboutMe\s*\|\s*String\s*\|/, "| aboutMe | Int32 |");
  if (edited === text) throw new Error("bench: the edit did not apply");
  writeFileSync(page, edited);
  const onePage = runDocs2ts();

  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const ratio = (ms) => `${(ms / peerMs).toFixed(2)}×`;
  const line = (name, r, target) =>
    `${name.padEnd(18)} ${s(r.ms).padStart(9)}  ${ratio(r.ms).padStart(6)} peer (target ≤ ${target}×)  ${r.ms / peerMs <= target ? "met" : "MISSED"}  RSS ${Math.round(r.maxRssMb)} MB`;
  console.log(`docs2ts bench — ${cold.stats.pages} pages of ${corpus} → ${cold.files} files (${cold.types} types)`);
  console.log(`peer odata2ts      ${s(peerMs).padStart(9)}   1.00× (v1.0 CSDL → models)`);
  console.log(line("cold", cold, 1.0));
  console.log(line("no-op rerun", noop, 0.15));
  console.log(line("one page edited", onePage, 0.25));
  const peak = Math.max(cold.maxRssMb, noop.maxRssMb, onePage.maxRssMb);
  console.log(`peak RSS           ${Math.round(peak)} MB (target ≤ 1024 MB)  ${peak <= 1024 ? "met" : "MISSED"}`);
  console.log("stages (ms, wall; 'start' is process start-up and module loading):");
  for (const [name, r] of [
    ["cold", cold],
    ["no-op", noop],
    ["one page", onePage],
  ]) {
    const known = Object.values(r.stats.stages).reduce((a, b) => a + b, 0);
    const stages = { ...r.stats.stages, "start+write": r.ms - known };
    const st = r.stats;
    console.log(
      `  ${name.padEnd(9)} ${Object.entries(stages)
        .map(([k, v]) => `${k} ${Math.round(v)} (${ratio(v)})`)
        .join(", ")}` +
        (st.upToDate
          ? ` | up to date: no page read, files written ${r.written}`
          : ` | parsed ${st.parsed}, facts reused ${st.factsReused}, statements printed ${st.print?.printed ?? "-"}, reused ${st.print?.reused ?? "-"}, formatted ${st.format.formatted}, reused ${st.format.reused}, files written ${r.written}`),
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(snapshot, { recursive: true, force: true });
}
