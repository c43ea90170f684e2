#!/usr/bin/env bash
# Load figures for the model server: requests/s and p50/p99 latency for /v1/models/{id} with exact ids, with
# fuzzy ids (typos resolved by edit distance), and for /v1/models. Needs wrk (Debian package "wrk") and the
# runnable jar (mvn -q package -DskipTests). Not run by CI: the numbers depend on the machine.
#
#   examples/load/run-wrk.sh [duration, default 20s] [connections, default 32] [threads, default 2]
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${1:-20s}
CONNECTIONS=${2:-32}
THREADS=${3:-2}
PORT=${PORT:-18080}
JAR=examples/target/modelcatalog-examples.jar
SCRIPT=examples/load/latency.lua

command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 1; }
[ -f "$JAR" ] || { echo "$JAR not found: mvn -q package -DskipTests" >&2; exit 1; }

java -jar "$JAR" serve --port "$PORT" --no-access-log &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break
  sleep 0.2
done

URL="http://127.0.0.1:$PORT"
EXACT=(/v1/models/gpt-4o /v1/models/gpt-4o-mini /v1/models/meta-llama/Llama-3.1-8B-Instruct
  /v1/models/openai/gpt-oss-120b)
FUZZY=(/v1/models/gtp-4o /v1/models/gpt-4o-mnii /v1/models/meta-llama/Llama-3.1-8B-Instruc
  /v1/models/gpt-os-120b)

# A short warm-up lets the JIT compile the request path before anything is measured.
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$SCRIPT" "$URL" -- "${EXACT[@]}" "${FUZZY[@]}" /v1/models >/dev/null

echo "exact ids:  $(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$SCRIPT" "$URL" -- "${EXACT[@]}" | tail -1)"
echo "fuzzy ids:  $(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$SCRIPT" "$URL" -- "${FUZZY[@]}" | tail -1)"
echo "/v1/models: $(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$SCRIPT" "$URL" -- /v1/models | tail -1)"
