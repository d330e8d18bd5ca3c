#!/usr/bin/env bash
# Load on the server's API, from a second process on loopback: wrk (Debian's package; installed with
# apt-get when missing) posts a school's profile to POST /v1/route for DURATION seconds over 32
# connections, with every answer kept as a durable decision record, first as JSON then as YAML.
# Prints wrk's figures, and checks that the records file holds at least as many records as answers.
# Usage: Benchmarks/server/load.sh [DURATION]   (default 10 seconds)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
duration=${1:-10}
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
(cd "$root" && swift build -c release --scratch-path .build-release --product support-router-server >/dev/null)
server="$root/.build-release/release/support-router-server"
work=$(mktemp -d)
port=$((20000 + RANDOM % 30000))
"$server" --port "$port" --db "$work/records.sqlite" > "$work/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done

python3 - "$root/Samples/kingsdown-school.yaml" "$work" <<'PY'
import json, sys
# The sample as a client system would send it: its facts as JSON, without the sample's own `expect`.
lines = [line for line in open(sys.argv[1]) if not line.startswith("#")]
text = "".join(lines)
open(sys.argv[2] + "/profile.yaml", "w").write(text)
try:
    import yaml
    data = yaml.safe_load(text)
    data.pop("expect", None)
    open(sys.argv[2] + "/profile.json", "w").write(json.dumps(data))
except ImportError:
    sys.exit("PyYAML is needed to make the JSON profile")
PY
total=0
for format in json yaml; do
    cat > "$work/$format.lua" <<LUA
wrk.method = "POST"
local f = io.open("$work/profile.$format", "r")
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/$format"
LUA
    echo "== POST /v1/route, the profile as $format, ${duration} s, 2 wrk threads, 32 connections, $(nproc) cores"
    output=$(wrk -t2 -c32 -d"${duration}s" --latency -s "$work/$format.lua" "http://127.0.0.1:$port/v1/route")
    echo "$output" | grep -E "Requests/sec|50%|90%|99%|requests in|Non-2xx"
    total=$((total + $(echo "$output" | sed -n 's/^ *\([0-9]*\) requests in.*/\1/p')))
done
kill -TERM $pid; wait $pid 2>/dev/null || true
records=$("$server" decisions export --db "$work/records.sqlite" | wc -l)
echo "records kept: $records for $total answers counted by wrk"
[ "$records" -ge "$total" ] || { echo "FAIL: fewer records than answers"; exit 1; }
