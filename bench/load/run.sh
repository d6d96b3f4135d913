#!/usr/bin/env bash
# Bounded load test of the ToyRec server on 127.0.0.1 only, with wrk: similar products, posted-history
# recommendations and event writes. Each scenario runs a fixed time with fixed connections; the server's request
# log is turned down. Prints one JSON line per scenario and checks that every acknowledged event is stored.
# Usage: bench/load/run.sh [seconds per scenario, default 10] [connections, default 32]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
connections=${2:-32}
port=${TOYREC_LOAD_PORT:-5181}
url="http://127.0.0.1:$port"
work=$(mktemp -d /tmp/toyrec-load-XXXXXX)
export TOYREC_LUA_DIR="$PWD/bench/load" TOYREC_IDS="$work/ids.txt"

dotnet build src/ToyRec.Server -c Release --nologo -v q > "$work/build.log"
dotnet src/ToyRec.Server/bin/Release/net10.0/ToyRec.Server.dll --urls "$url" --db "$work/events.db" \
  --models "$work/models" --Logging:LogLevel:ToyRec.Server.Http.RequestLog=Warning > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 60); do curl -sf "$url/health" > /dev/null && break; sleep 1; done
curl -sf "$url/health" > /dev/null || { echo "server did not start; see $work/server.log" >&2; exit 1; }
# Measure the steady state: wait (at most a minute) until the background warm-up has filled the caches.
for _ in $(seq 60); do grep -q "caches filled" "$work/server.log" && break; sleep 1; done
grep -h "caches filled\|Content index\|Catalogue" "$work/server.log" | sed 's/^ *//'

# Every product id, a page of 100 at a time.
total=$(curl -sf "$url/api/products?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
for page in $(seq 1 $(( (total + 99) / 100 ))); do
  curl -sf "$url/api/products?pageSize=100&page=$page" |
    python3 -c 'import json,sys; [print(i["id"]) for i in json.load(sys.stdin)["items"]]'
done > "$TOYREC_IDS"
echo "server pid $server, $(wc -l < "$TOYREC_IDS") products, $seconds s per scenario, $connections connections," \
  "$(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

run() {
  local name=$1 script=$2
  # A short warm-up (JIT, caches, connection pools), then the measured run.
  wrk -t1 -c"$connections" -d2s -s "bench/load/$script" "$url" > /dev/null
  local line
  line=$(wrk -t1 -c"$connections" -d"${seconds}s" --timeout 5s -s "bench/load/$script" "$url" | tail -1)
  echo "{\"scenario\": \"$name\", ${line#\{}"
}

run similar similar.lua
run history history.lua
before=$(curl -sf "$url/health" | python3 -c 'import json,sys; print(json.load(sys.stdin)["events"])')
warm=$(wrk -t1 -c"$connections" -d2s -s bench/load/events.lua "$url" | tail -1)
line=$(wrk -t1 -c"$connections" -d"${seconds}s" --timeout 5s -s bench/load/events.lua "$url" | tail -1)
echo "{\"scenario\": \"events\", ${line#\{}"
after=$(curl -sf "$url/health" | python3 -c 'import json,sys; print(json.load(sys.stdin)["events"])')
acknowledged=$(( $(echo "$warm" | python3 -c 'import json,sys; print(json.load(sys.stdin)["requests"])') +
  $(echo "$line" | python3 -c 'import json,sys; print(json.load(sys.stdin)["requests"])') ))
echo "{\"events_acknowledged\": $acknowledged, \"events_stored\": $(( after - before ))," \
  "\"in_flight_at_cut\": $(( after - before - acknowledged )), \"connections_per_run\": $connections}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if (( after - before < acknowledged )); then echo "LOST EVENTS" >&2; exit 1; fi
