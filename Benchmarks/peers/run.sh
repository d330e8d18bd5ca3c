#!/usr/bin/env bash
# The peers' benchmark in one command: generates ROWS distinct schools (JSON Lines and CSV), installs
# regorus (PyPI: gordon-to-regorus) and zen-engine into a virtual environment, checks that
# support-router, regorus and zen give the same route on every row, then times each from process start
# to exit, RUNS times interleaved, and prints rows per second and the ratios.
# Usage: Benchmarks/peers/run.sh [ROWS] [RUNS]   (default 200000 rows, 3 runs)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rows=${1:-200000}
runs=${2:-3}
venv="$root/.build/peers-venv"
if [ ! -x "$venv/bin/python" ]; then
    echo "installing regorus and zen-engine into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "gordon-to-regorus==0.13.0" "zen-engine==2.1.3"
fi
python="$venv/bin/python"
(cd "$root" && swift build -c release --scratch-path .build-release --product support-router >/dev/null)
router="$root/.build-release/release/support-router"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$python" "$here/peers.py" generate "$rows" "$work"
cd "$work"
echo "$rows rows, $(( $(wc -c < rows.jsonl) / rows )) bytes a row in JSON Lines; $(nproc) cores; $(uname -m)"

declare -A commands=(
    [support-router batch, JSON Lines]="$router batch rows.jsonl --map map.yaml --output out-jsonl.jsonl --no-progress"
    [support-router batch, CSV]="$router batch rows.csv --map map.yaml --output out-csv.jsonl --no-progress"
    [regorus, one eval a row from Python]="$python $here/peers.py regorus rows.jsonl"
    [zen-engine, one evaluate a row from Python]="$python $here/peers.py zen rows.jsonl"
    [CPython json.loads on every line, no engine]="$python $here/peers.py parse rows.jsonl"
    [wc -l]="wc -l rows.jsonl"
)
order=("support-router batch, JSON Lines" "support-router batch, CSV" "regorus, one eval a row from Python"
    "zen-engine, one evaluate a row from Python" "CPython json.loads on every line, no engine" "wc -l")

# The answers first: every engine must give every row the same route.
$router batch rows.jsonl --map map.yaml --output sr.jsonl --no-progress 2>/dev/null
$router batch rows.csv --map map.yaml --output sr-csv.jsonl --no-progress 2>/dev/null
"$python" "$here/peers.py" regorus rows.jsonl > regorus.csv
"$python" "$here/peers.py" zen rows.jsonl > zen.csv
"$python" "$here/peers.py" compare sr.jsonl sr-csv.jsonl regorus.csv zen.csv

declare -A best
for _ in $(seq "$runs"); do
    for name in "${order[@]}"; do
        start=$(date +%s%N)
        ${commands[$name]} > /dev/null 2>&1
        elapsed=$(( ($(date +%s%N) - start) / 1000 ))
        if [ -z "${best[$name]:-}" ] || [ "$elapsed" -lt "${best[$name]}" ]; then best[$name]=$elapsed; fi
    done
done
regorus_rate=$(( rows * 1000000 / best["regorus, one eval a row from Python"] ))
printf '\n| what | best of %s, s | rows/s | times regorus |\n|---|---|---|---|\n' "$runs"
for name in "${order[@]}"; do
    rate=$(( rows * 1000000 / best[$name] ))
    printf '| %s | %s | %s | %s |\n' "$name" "$(echo "scale=2; ${best[$name]} / 1000000" | bc)" "$rate" \
        "$(echo "scale=1; $rate / $regorus_rate" | bc)"
done
