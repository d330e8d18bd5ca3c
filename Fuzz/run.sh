#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for SECONDS (default 600), seeded from Rules/ and
# Samples/. A crash leaves its input in Fuzz/crashes/TARGET/; turn it into a regression test.
# Usage: Fuzz/run.sh [SECONDS] [TARGET...]   (targets: FuzzRuleSet FuzzCondition FuzzProfile FuzzDataset FuzzOutput)
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzRuleSet FuzzCondition FuzzProfile FuzzDataset FuzzOutput)

swift build --scratch-path .build >/dev/null
# Leak detection is off: the shipped rules, loaded once into a global, read as a leak at exit.
export ASAN_OPTIONS=detect_leaks=0
work=.build/fuzz-work
mkdir -p "$work"
for target in "${targets[@]}"; do
    corpus="$work/$target-corpus"
    mkdir -p "$corpus" "crashes/$target"
    case "$target" in
        FuzzRuleSet) cp ../Rules/*.yaml "$corpus/" ;;
        FuzzProfile) cp ../Samples/*.yaml ../Samples/*.json "$corpus/" ;;
        FuzzDataset)
            # The first byte picks the reader: 0 CSV, 1 JSON Lines, 2 a mapping file.
            { printf '\0'; head -40 ../Samples/datasets/riverside-area.csv; } > "$corpus/csv"
            { printf '\1'; printf '{"URN": 1, "Name": "A \\"school\\"", "Grade": null}\n{"URN": 2}\n'; } > "$corpus/jsonl"
            for mapping in ../Samples/datasets/*.map.yaml; do
                { printf '\2'; cat "$mapping"; } > "$corpus/$(basename "$mapping")"
            done ;;
        FuzzOutput)
            # Seeds that make each kind of thing at each name and write to each name in turn.
            for seed in 0 1 2 3 4 5 6 7 8; do
                python3 -c "import sys; s = $seed; sys.stdout.buffer.write(bytes([s + 1, s + 3, s + 5, s + 7, s + 9, 3, 1, 5, 1, s, 16]) + b'some routes' + bytes([1]))" \
                    > "$corpus/seed-$seed"
            done ;;
        FuzzCondition)
            # One seed per condition of the shipped rules.
            grep -h '^ *if: ' ../Rules/england-2008.yaml | sed 's/^ *if: //' | while IFS= read -r condition; do
                printf '%s' "$condition" > "$corpus/$(printf '%s' "$condition" | cksum | cut -d' ' -f1)"
            done ;;
    esac
    echo "== $target for $seconds s"
    ".build/debug/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 \
        -artifact_prefix="crashes/$target/" "$corpus" 2>&1 | grep -E "^#[0-9]+ *DONE|Done [0-9]+ runs|ERROR|SUMMARY" || true
done
if find crashes -type f | grep -q .; then
    echo "crashes found:"; find crashes -type f; exit 1
fi
echo "no crashes"
