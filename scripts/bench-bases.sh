#!/usr/bin/env bash
# Bases benchmark (issue #17): generates 3,000 organizations and 30,000 科普教育基地 over them into a fresh database, starts
# Kepu with -Xmx512m, then measures, for a province user (bench-bases, STAFF at the largest province), the filtered list
#   - the page /bases?state=RECOGNIZED&level=COUNTY&page=2 (wrk, 1 connection, 30 s after a 10 s warm-up: median/p90/p99),
#   - the same as htmx fragment, and a text search (q=科普教育基地1),
#   - the API /api/v1/bases with the same filter (curl, 20 warm runs: median, including the password check).
# Usage: ./mvnw -DskipTests package && scripts/bench-bases.sh h2|postgresql [count]
# Needs wrk (apt-get install wrk); PostgreSQL at 127.0.0.1:5432 (trust) for the postgresql run.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}
count=${2:-30000}
jar=$(pwd)/$(ls target/kepu*.jar | head -1)
work=$(mktemp -d)
port=18098
if [ "$db" = postgresql ]; then
  psql -h 127.0.0.1 -U postgres -q -c "drop database if exists kepu_bench_bases" -c "create database kepu_bench_bases" test
  set -- --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/kepu_bench_bases --spring.datasource.username=postgres
else
  set -- "--spring.datasource.url=jdbc:h2:file:$work/kepu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
fi
(cd "$work" && java -jar "$jar" generate --bases=$count "$@" 2>&1 | grep -E "基准数据已生成|基准科普教育基地" || true)
(cd "$work" && exec java -Xmx512m -jar "$jar" --server.port=$port --spring.profiles.active=bench "$@" >"$work/server.log" 2>&1) &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do sleep 0.2; done
base=http://127.0.0.1:$port
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
session=$(scripts/bench-session.sh $base bench-bases Bench@2026)
list="$base/bases?state=RECOGNIZED&level=COUNTY&page=2"
echo "filtered list (已认定, 县级, page 3): $(curl -s -H "Cookie: $session" "$list" | grep -c 'id="base-' || true) rows, $(curl -s -H "Cookie: $session" "$list" | grep -o '共 [0-9]* 个基地')"
wrk -t1 -c1 -d10s -H "Cookie: $session" "$list" >/dev/null
echo "page:"
wrk -t1 -c1 -d30s --latency -H "Cookie: $session" "$list" | grep -E " 50%| 90%| 99%|requests in"
echo "htmx fragment:"
wrk -t1 -c1 -d20s --latency -H "Cookie: $session" -H "HX-Request: true" "$list" | grep -E " 50%| 90%| 99%|requests in"
echo "text search (q=科普教育基地1):"
wrk -t1 -c1 -d20s --latency -H "Cookie: $session" "$base/bases?q=%E7%A7%91%E6%99%AE%E6%95%99%E8%82%B2%E5%9F%BA%E5%9C%B01" | grep -E " 50%| 90%| 99%|requests in"
api="$base/api/v1/bases?state=RECOGNIZED&level=COUNTY&page=2&size=20"
echo "API: $(curl -s -u bench-bases:Bench@2026 "$api" | grep -o '"totalElements":[0-9]*')"
times=()
for i in $(seq 1 21); do
  times+=("$(curl -s -u bench-bases:Bench@2026 -o /dev/null -w "%{time_total}" "$api")")
done
echo "API (including the password check): median of 20 warm runs $(printf '%s\n' "${times[@]:1}" | median) s"
grep -c OutOfMemoryError "$work/server.log" | sed 's/^/OutOfMemoryError count: /'
