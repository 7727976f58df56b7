#!/bin/sh
# Usage (from the project root, after `npm run build`): sh bench/probe/run.sh SEED
# Generates bench/out/probe/data-SEED, runs rekon into bench/out/probe/out-SEED, writes bench/out/probe/report-SEED.md.
set -e
SEED=${1:-12345}
B=bench/out/probe; D=$B/data-$SEED; O=$B/out-$SEED
mkdir -p $B
node bench/probe/gen.mjs --seed "$SEED" --dir $D
node bin/rekon reconcile --roster $D/roster --bpjs $D/bpjs/bpjs.csv --out $O --no-xlsx-report --quiet > $B/run-$SEED.log 2>&1 || echo "rekon exit code $?"
node bench/probe/score.mjs --data $D --out $O --report $B/report-$SEED.md
