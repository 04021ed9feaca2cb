#!/usr/bin/env bash
# Ledger benchmark (issue #3): generates 3,000 organizations / 500 tasks / 50,000 assignments into a fresh
# database, starts Kepu with -Xmx256m, then measures
#   - the ledger's first page for a city user (wrk, 1 connection, 30 s after a 15 s warm-up: median/p90/p99),
#   - the ledger export (.xlsx, all 50,000 rows) as a national user (6 runs: the first cold, median of the rest).
# Usage: ./mvnw -DskipTests package && scripts/bench-ledger.sh h2|postgresql
# Needs wrk (apt-get install wrk); PostgreSQL at 127.0.0.1:5432 (trust) for the postgresql run.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}
jar=$(pwd)/$(ls target/kepu*.jar | head -1)
work=$(mktemp -d)
port=18091
if [ "$db" = postgresql ]; then
  psql -h 127.0.0.1 -U postgres -q -c "drop database if exists kepu_bench" -c "create database kepu_bench" test
  set -- --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/kepu_bench --spring.datasource.username=postgres
else
  set -- "--spring.datasource.url=jdbc:h2:file:$work/kepu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
fi
(cd "$work" && java -jar "$jar" generate "$@" 2>&1 | grep -E "基准数据已生成|基准市级单位" || true)
(cd "$work" && exec java -Xmx256m -jar "$jar" --server.port=$port --spring.profiles.active=bench "$@" >"$work/server.log" 2>&1) &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do sleep 0.2; done
base=http://127.0.0.1:$port
city=$(scripts/bench-session.sh $base bench Bench@2026)
rows=$(curl -s -H "Cookie: $city" $base/ledger | grep -c 'data-level' || true)
echo "ledger first page for the city user: $rows rows"
wrk -t1 -c1 -d15s -H "Cookie: $city" $base/ledger >/dev/null
wrk -t1 -c1 -d30s --latency -H "Cookie: $city" $base/ledger | grep -E " 50%| 90%| 99%|requests in"
national=$(scripts/bench-session.sh $base bench-admin Bench@2026)
times=()
for i in 1 2 3 4 5 6; do
  t=$(curl -s -H "Cookie: $national" -o "$work/ledger.xlsx" -w "%{time_total}" $base/ledger/export)
  times+=("$t")
done
echo "export (.xlsx, $(unzip -p "$work/ledger.xlsx" xl/worksheets/sheet1.xml | grep -o '<row ' | wc -l) rows, $(stat -c %s "$work/ledger.xlsx") bytes), -Xmx256m: ${times[*]} s"
printf '%s\n' "${times[@]:1}" | sort -n | awk '{a[NR]=$1} END {print "export median of warm runs: " a[int((NR+1)/2)] " s"}'
grep -c OutOfMemoryError "$work/server.log" | sed 's/^/OutOfMemoryError count: /'
