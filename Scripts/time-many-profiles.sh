#!/usr/bin/env bash
# Times `route` over many small profile files in one call (a glob over a folder), from process start to
# exit, with a release build: best and mean of RUNS runs, and profiles per second at the best.
# Usage: Scripts/time-many-profiles.sh [COUNT] [RUNS]   (default 5000 profiles, 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-5000}
runs=${2:-5}
swift build -c release --scratch-path .build-release --product support-router >/dev/null
binary=$PWD/.build-release/release/support-router
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" "$count" <<'PY'
import random, sys
folder, count = sys.argv[1], int(sys.argv[2])
random.seed(1)
for i in range(count):
    with open(f"{folder}/p{i:06d}.yaml", "w") as f:
        f.write(f"""phase: {random.choice(['primary', 'secondary'])}
self_evaluation.needs_external_help: {random.choice(['true', 'false'])}
in_school.leader_with_capacity: {random.choice(['true', 'false'])}
local_family.partnership_healthy: {random.choice(['true', 'false'])}
local_family.strong_partner_within_reach: {random.choice(['true', 'false'])}
local_family.staff_time_committed: true
weak_areas: [{random.choice(['behaviour', 'leadership', 'teaching_and_learning'])}]
""")
PY
cd "$work"
best=0
total=0
for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$binary" route p*.yaml > /dev/null || true
    elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
    total=$(( total + elapsed ))
    (( best == 0 || elapsed < best )) && best=$elapsed
done
printf 'route over %s profile files, %s runs, %s cores: best %s ms, mean %s ms, %s profiles/s at the best\n' \
    "$count" "$runs" "$(nproc)" "$best" "$(( total / runs ))" "$(( count * 1000 / best ))"
