#!/usr/bin/env bash
# npm run score: read each corpus folder, export CSDL, and score it (and the generated TypeScript) with the oracle
# in ../shared/oracle. The oracle judges; nothing it knows flows back into the generator.
set -euo pipefail
corpus=${DOCS2TS_CORPUS:-../shared/corpus}
oracle=${DOCS2TS_ORACLE:-../shared/oracle/run}
out=${SCORE_OUT:-.tmp/score}
if [[ ! -d $corpus/graph-docs-2021-07/v1.0 ]]; then
  echo "score: corpus not found at $corpus (set DOCS2TS_CORPUS)" >&2
  exit 2
fi
mkdir -p "$out"
cli="node dist/generator/cli/main.js"
run() { # name docs-dir oracle-args...
  local name=$1 docs=$2; shift 2
  $cli metadata --input "$docs/api" --input "$docs/resources" --format csdl-xml --out "$out/$name.csdl.xml" 2> "$out/$name.diagnostics.txt" || true
  tail -n 1 "$out/$name.diagnostics.txt"
  "$oracle" csdl-score.mjs "$out/$name.csdl.xml" "$@" > "$out/$name.score.txt"
  tail -n 1 "$out/$name.score.txt"
}
run v1.0 "$corpus/graph-docs-2021-07/v1.0" --oracle v1.0
run beta-2020 "$corpus/graph-docs-2020-05/beta" --oracle beta-2020 --docs "$corpus/graph-docs-2020-05/beta"
if [[ ${SCORE_TS:-1} == 1 ]]; then
  $cli generate --input "$corpus/graph-docs-2021-07/v1.0/api" --input "$corpus/graph-docs-2021-07/v1.0/resources" --out "$out/v1.0-ts" 2> /dev/null || true
  "$oracle" score.mjs "$out/v1.0-ts" --oracle v1.0 > "$out/v1.0-ts.score.txt"
  tail -n 1 "$out/v1.0-ts.score.txt"
fi
