#!/usr/bin/env bash
# Startup time to the first page on the embedded H2: from `java -jar` until GET /login answers 200.
# Usage: ./mvnw -DskipTests package && scripts/startup-time.sh [runs] [application arguments…]
#        scripts/startup-time.sh --fast [runs] [application arguments…]   (the start of scripts/start-fast.sh)
#   (prints each run and the median). JAVA (default java) and JAVA_OPTS choose the JVM and its options, e.g.
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java JAVA_OPTS=-XX:AOTCache=kepu.aot (docs/deployment.md).
set -euo pipefail
cd "$(dirname "$0")/.."
fast=false; [ "${1:-}" = --fast ] && { fast=true; shift; }
runs=${1:-5}
shift || true
args=("$@")
java=${JAVA:-java}
read -r -a opts <<< "${JAVA_OPTS:-}"
if $fast; then  # scripts/start-fast.sh's start: it builds and trains if needed, then names its jar and options
  read -r jar fastopts <<< "$(KEPU_FAST_PREPARE_ONLY=1 scripts/start-fast.sh | tail -1)"
  read -r -a more <<< "$fastopts"; opts+=("${more[@]}")
else
  jar=${KEPU_JAR:-$(pwd)/$(ls target/kepu*.jar | head -1)}
fi
work=$(mktemp -d)
port=18080
measure() {
  local start end pid
  start=$(date +%s%N)
  (cd "$work" && exec "$java" "${opts[@]}" -jar "$jar" --server.port=$port "${args[@]}" >"$work/log" 2>&1) &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do sleep 0.05; done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}
echo "first start (empty ./data, migrations and demo data): $(measure) ms"
times=()
for i in $(seq 1 "$runs"); do t=$(measure); times+=("$t"); echo "run $i: $t ms"; done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median of $runs restarts: $median ms"
rm -rf "$work"
