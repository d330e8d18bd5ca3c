#!/usr/bin/env bash
# Times `batch` (with the partner search) from process start to exit, with a release build, on
# generated datasets: 22,000 schools over England (British National Grid), 1,000,000 schools at
# England's density over a wide area, and 1,000,000 schools crowded into England (45 times its
# density, so every school in need has hundreds of candidates in reach); and on the real
# secondary data in ../shared/data when it is there.
# Usage: Scripts/time-batch.sh [RUNS]   (default 3 runs per dataset)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
swift build -c release --scratch-path .build-release --product support-router >/dev/null
binary=.build-release/release/support-router
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Scripts/generate-schools.py 22000 1 > "$work/england-22k.csv"
python3 Scripts/generate-schools.py 1000000 3 400 6000 wide > "$work/wide-1m.csv"
python3 Scripts/generate-schools.py 1000000 2 > "$work/crowded-1m.csv"

measure() { # label, then the batch arguments; prints the best and mean wall time of the runs
    local label=$1; shift
    local total=0 best=0
    for _ in $(seq "$runs"); do
        local start end elapsed
        start=$(date +%s%N)
        "$binary" batch "$@" --output "$work/out.csv" 2>/dev/null || true
        end=$(date +%s%N)
        elapsed=$(( (end - start) / 1000000 ))
        total=$(( total + elapsed ))
        (( best == 0 || elapsed < best )) && best=$elapsed
    done
    printf '%-48s best %7.2f s   mean %7.2f s   (%s rows out)\n' "$label" "$(echo "$best / 1000" | bc -l)" \
        "$(echo "$total / $runs / 1000" | bc -l)" "$(( $(wc -l < "$work/out.csv") - 1 ))"
}

echo "$runs runs each, $(nproc) cores, $(uname -m)"
measure "22,000 schools, England" "$work/england-22k.csv" --map Samples/datasets/riverside-area.map.yaml
measure "1,000,000 schools, England's density" "$work/wide-1m.csv" --map Scripts/generated-wide.map.yaml
measure "1,000,000 schools, 45 times England's density" "$work/crowded-1m.csv" --map Samples/datasets/riverside-area.map.yaml
real=../shared/data/eng-schools-2019/england_ks4final.csv
if [ -f "$real" ]; then
    measure "real KS4 2018/19 data (3,371 schools kept)" "$real" --map Samples/datasets/eng-schools-2019.map.yaml
fi
