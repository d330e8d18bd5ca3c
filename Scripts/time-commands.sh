#!/usr/bin/env bash
# Times `route` and `explain` on every sample, from process start to exit, with a release build.
# Usage: Scripts/time-commands.sh [RUNS]   (default 20 runs per sample and command)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
swift build -c release --scratch-path .build-release --product support-router >/dev/null
binary=.build-release/release/support-router

measure() { # label, then the command; prints mean and worst wall time per run in milliseconds
    local label=$1; shift
    local total=0 worst=0
    for _ in $(seq "$runs"); do
        local start end elapsed
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        elapsed=$(( (end - start) / 1000 ))
        total=$(( total + elapsed ))
        (( elapsed > worst )) && worst=$elapsed
    done
    printf '%-36s mean %6.1f ms   worst %6.1f ms\n' "$label" "$(echo "$total / $runs / 1000" | bc -l)" "$(echo "$worst / 1000" | bc -l)"
}

echo "$runs runs each, $(nproc) cores, $(uname -m)"
for sample in Samples/*.yaml Samples/*.json; do
    measure "route $(basename "$sample")" "$binary" route "$sample"
done
measure "route (all samples at once)" "$binary" route Samples/*.yaml Samples/*.json
measure "explain riverside (text)" "$binary" explain Samples/riverside-high.yaml
measure "explain riverside (html)" "$binary" explain Samples/riverside-high.yaml --format html
