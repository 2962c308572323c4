// npm run bench: docs2ts as a build step runs it — `node <bin> generate` as a fresh child process — on the 2021-07
// v1.0 reference (a copy in a temp folder, so a page can be edited) and on the 2020-05 beta reference, beside the
// peer odata2ts on the CSDL of the same date, timed in the same run. Whole-process wall time and peak RSS of every
// child; the stage timers come from the same run (`generate --stats`). Machines here are noisy: the ratios are the
// figures, not the seconds, and the load average is printed with them.
//   DOCS2TS_BENCH_BETA=0     skip the beta-2020 runs (the longest part)
//   DOCS2TS_BENCH_BUILD=dir  time the dist/ of another folder (an engineer's own build)
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";

const corpusRoot = resolve(process.env.DOCS2TS_CORPUS ?? "../shared/corpus");
const corpus = join(corpusRoot, "graph-docs-2021-07", "v1.0");
const csdl = join(corpusRoot, "metadata", "v1.0-2021-07.csdl.xml");
const betaCorpus = join(corpusRoot, "graph-docs-2020-05", "beta");
const betaCsdl = join(corpusRoot, "metadata", "beta-2020-05.csdl.xml");
const withBeta = process.env.DOCS2TS_BENCH_BETA !== "0" && existsSync(betaCorpus) && existsSync(betaCsdl);
const peer = resolve("../shared/peers/odata2ts/run.sh");
if (!existsSync(corpus) || !existsSync(peer)) {
  console.log(`bench: corpus (${corpus}) or peer (${peer}) not found; nothing to measure`);
  process.exit(0);
}
const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const work = mkdtempSync(join(tmpdir(), "docs2ts-bench-"));
const docs = join(work, "v1.0");
const out = join(work, "out");
const cache = join(work, "cache");
cpSync(corpus, docs, { recursive: true });
// A private copy of the build: the cache is keyed by a hash of docs2ts' own code, so a rebuild of dist/ by someone
// else during the bench would (rightly) invalidate it and spoil the no-op figure. Under node_modules so that the
// copy still resolves the dependencies.
const snapshot = resolve("node_modules", ".cache", "docs2ts-bench", String(process.pid));
const build = resolve(process.env.DOCS2TS_BENCH_BUILD ?? ".");
cpSync(join(build, "dist"), join(snapshot, "dist"), { recursive: true });
for (const f of ["templates", "package.json"]) cpSync(f, join(snapshot, f), { recursive: true });
const bin = join(snapshot, "dist", "generator", "cli", "main.js");

/**
 * One child process, timed from here (spawn to exit: what a build step waits for), its peak RSS read by GNU time
 * (the largest of the process and the children it waited for). Exit codes in `ok` are accepted.
 */
function timed(cmd, args, ok = [0]) {
  const rssFile = join(work, "rss");
  const [file, argv] = gnuTime ? [gnuTime, ["-f", "%M", "-o", rssFile, cmd, ...args]] : [cmd, args];
  const t = performance.now();
  const r = spawnSync(file, argv, { cwd: work, encoding: "utf8", maxBuffer: 1 << 28 });
  const ms = performance.now() - t;
  if (!ok.includes(r.status)) throw new Error(`bench: ${cmd} ${args.join(" ")} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const kb = gnuTime ? Number(readFileSync(rssFile, "utf8").trim().split("\n").pop()) : NaN;
  return { ms, rssMb: kb / 1024, stdout: r.stdout, stderr: r.stderr };
}

/** The stage timers of a `generate --stats` line (`…; read 12 ms, parse 3400 ms`), by name. */
function stagesOf(stderr) {
  const line = stderr.split("\n").find((l) => l.startsWith("docs2ts: ") && / ms(,|$)/.test(l));
  if (!line) return { stages: {}, summary: "(no --stats line)", pages: NaN };
  const cut = line.lastIndexOf("; ");
  const stages = Object.fromEntries([...line.slice(cut + 2).matchAll(/([^,]+?) (\d+) ms/g)].map((m) => [m[1].trim(), Number(m[2])]));
  return { stages, summary: line.slice("docs2ts: ".length, cut), pages: Number(/^docs2ts: (\d+) pages/.exec(line)?.[1]) };
}

/** `docs2ts generate` on `input`, as a build step runs it; exit 1 (errors in the docs) is a normal outcome. */
function generate(input, outDir, extra) {
  const r = timed(process.execPath, [bin, "generate", "--input", input, "--out", outDir, "--stats", ...extra], [0, 1]);
  return { ...r, ...stagesOf(r.stderr) };
}

function median(runs) {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  return sorted[Math.floor(sorted.length / 2)];
}

function runPeer(csdlFile) {
  return timed(peer, [csdlFile, join(work, "peer-out")]);
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mb = (r) => (Number.isFinite(r.rssMb) ? `${Math.round(r.rssMb)} MB` : "n/a");
const verdict = (ok) => (ok ? "met" : "MISSED");

try {
  const loadBefore = loadavg()[0];
  runPeer(csdl); // installs the peer on first use and warms the file cache; not timed
  const peerRun = runPeer(csdl);
  const peerMs = peerRun.ms;
  const nodeBare = median([1, 2, 3, 4, 5].map(() => timed(process.execPath, ["-e", "0"])));
  const help = median([1, 2, 3, 4, 5].map(() => timed(process.execPath, [bin, "--help"])));
  const flags = ["--cache-dir", cache];
  const cold = generate(docs, out, flags);
  const noop = median([1, 2, 3].map(() => generate(docs, out, flags)));
  const page = join(docs, "resources", "user.md");
  const text = readFileSync(page, "utf8");
  const edited = text.replace(/\|\s*aboutMe\s*\|\s*String\s*\|/, "| aboutMe | Int32 |");
  if (edited === text) throw new Error("bench: the edit did not apply");
  writeFileSync(page, edited);
  const onePage = generate(docs, out, flags);

  const rows = [
    ["cold", cold, peerMs, 1.5],
    ["no-op rerun", noop, peerMs, 0.05],
    ["one page edited", onePage, peerMs, 0.25],
  ];
  let beta;
  if (withBeta) {
    let betaPeer;
    try {
      runPeer(betaCsdl);
      betaPeer = runPeer(betaCsdl);
    } catch (e) {
      betaPeer = { error: String(e.message).split("\n").slice(0, 3).join(" ") };
    }
    const betaCold = generate(betaCorpus, join(work, "beta-out"), ["--no-cache"]);
    beta = { peer: betaPeer, cold: betaCold };
  }
  const loadAfter = loadavg()[0];

  console.log(`docs2ts bench — whole processes (node <bin> …), ${corpus}`);
  console.log(
    `machine load average (1 min): ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after, on ${(await import("node:os")).cpus().length} cores`,
  );
  console.log(`peer odata2ts      ${s(peerMs).padStart(9)}   1.00×  RSS ${mb(peerRun)}  (v1.0 CSDL → models)`);
  for (const [name, r, base, target] of rows) {
    const ratio = r.ms / base;
    console.log(
      `${name.padEnd(18)} ${s(r.ms).padStart(9)}  ${ratio.toFixed(2).padStart(5)}× peer (target ≤ ${target}×)  ${verdict(ratio <= target)}  RSS ${mb(r)}`,
    );
  }
  const helpRatio = help.ms / nodeBare.ms;
  console.log(
    `--help             ${s(help.ms).padStart(9)}  ${helpRatio.toFixed(2).padStart(5)}× node -e 0 (${s(nodeBare.ms)}; target ≤ 3×)  ${verdict(helpRatio <= 3)}  RSS ${mb(help)} (node -e 0: ${mb(nodeBare)})`,
  );
  if (beta) {
    const { peer: bp, cold: bc } = beta;
    if (bp.error) {
      // The peer cannot read that CSDL: the beta figure is then docs2ts' own stages on beta against the same stages on
      // v1.0 (how it scales), and the beta cold run against the v1.0 peer with the CSDLs' size ratio beside it.
      const core = (r) => ["parse", "model", "emit", "format"].reduce((a, k) => a + (r.stages[k] ?? 0), 0);
      const csdlScale = statSync(betaCsdl).size / statSync(csdl).size;
      console.log(`beta-2020 peer     failed: ${bp.error}`);
      console.log(
        `beta-2020 stages   parse+model+emit+format ${s(core(bc))} = ${(core(bc) / core(cold)).toFixed(2)}× v1.0's for ${(bc.pages / cold.pages).toFixed(2)}× the pages; whole process ${(bc.ms / peerMs).toFixed(2)}× the v1.0 peer (the beta CSDL is ${csdlScale.toFixed(2)}× the v1.0 one)`,
      );
    } else console.log(`beta-2020 peer     ${s(bp.ms).padStart(9)}   1.00×  RSS ${mb(bp)}  (beta-2020 CSDL → models)`);
    const ratio = bp.error ? NaN : bc.ms / bp.ms;
    console.log(
      `beta-2020 cold     ${s(bc.ms).padStart(9)}  ${Number.isFinite(ratio) ? ratio.toFixed(2).padStart(5) + "× peer (target ≤ 3×)  " + verdict(ratio <= 3) : "  n/a"}  RSS ${mb(bc)} (target ≤ 600 MB)  ${verdict(bc.rssMb <= 600)}  (--no-cache)`,
    );
  }
  console.log("stages (ms, wall, as --stats reports them; 'start+write' is the rest of the process: start-up, module loading, writing):");
  const all = [
    ["cold", cold, peerMs],
    ["no-op", noop, peerMs],
    ["one page", onePage, peerMs],
    ...(beta ? [["beta cold", beta.cold, beta.peer.ms ?? NaN]] : []),
  ];
  for (const [name, r, base] of all) {
    const known = Object.values(r.stages).reduce((a, b) => a + b, 0);
    const stages = { ...r.stages, "start+write": r.ms - known };
    const ratio = (v) => (Number.isFinite(base) ? `${(v / base).toFixed(2)}×` : "-");
    console.log(
      `  ${name.padEnd(9)} ${Object.entries(stages)
        .map(([k, v]) => `${k} ${Math.round(v)} (${ratio(v)})`)
        .join(", ")}`,
    );
    console.log(`  ${"".padEnd(9)} ${r.summary}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(snapshot, { recursive: true, force: true });
}
