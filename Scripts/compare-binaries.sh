#!/usr/bin/env bash
# Runs every command on the samples, the shipped rules and their tests with the binary built from
# an earlier commit and with the one built from the working tree, and diffs what each prints and
# its exit code. Differences are listed; no difference is the pass.
# Usage: Scripts/compare-binaries.sh OLD_COMMIT
set -euo pipefail
cd "$(dirname "$0")/.."
old=${1:?usage: Scripts/compare-binaries.sh OLD_COMMIT}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/old" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add --detach "$work/old" "$old" >/dev/null 2>&1
echo "building $old and the working tree (release)"
(cd "$work/old" && swift build -c release --product support-router 2>&1 | tail -3)
swift build -c release --scratch-path .build-release --product support-router 2>&1 | tail -3
old_binary="$work/old/.build/release/support-router"
new_binary="$PWD/.build-release/release/support-router"

samples=(Samples/*.yaml Samples/*.json)
commands=()
for sample in "${samples[@]}"; do
    commands+=("route $sample" "route $sample --format json" "explain $sample" "explain $sample --format json"
        "explain $sample --format markdown" "explain $sample --format html")
done
commands+=("route ${samples[*]}" "check Rules/england-2008.yaml" "check Rules/england-2008.yaml --format json"
    "check Rules/england-2008.yaml --format sarif" "check Rules/england-2008.yaml --format github"
    "test Rules/england-2008.tests.yaml" "test Rules/england-2008.tests.yaml --format json"
    "facts" "facts --template" "graph" "graph --format dot"
    "diff Rules/england-2008.yaml Rules/england-2008.yaml"
    "batch Samples/datasets/riverside-area.csv --map Samples/datasets/riverside-area.map.yaml"
    "batch Samples/datasets/riverside-area.csv --map Samples/datasets/riverside-area.map.yaml --format jsonl"
    "capacity Samples/datasets/riverside-area.csv --map Samples/datasets/riverside-area.map.yaml")

differences=0
for command in "${commands[@]}"; do
    # shellcheck disable=SC2086 # each command is split into its words on purpose
    old_out=$("$old_binary" $command 2>&1; echo "exit $?")
    # shellcheck disable=SC2086
    new_out=$("$new_binary" $command 2>&1; echo "exit $?")
    if [[ "$old_out" != "$new_out" ]]; then
        differences=$((differences + 1))
        echo "--- differs: support-router $command"
        diff <(echo "$old_out") <(echo "$new_out") | head -20 || true
    fi
done
echo "${#commands[@]} commands compared, $differences differ"
