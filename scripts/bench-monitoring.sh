#!/usr/bin/env bash
# Literacy and statistics benchmark (issue #19): generates every association of the country's region list (about 3,200:
# provinces, prefectures and some 2,800 counties, under one national association) with 10 years of literacy rates and
# 10 submitted 科普统计 forms each, starts Kepu with -Xmx256m, then measures
#   - as a province user (bench-province): the province's literacy page, whose chart data holds its series, the country's
#     and the comparison of its cities in one year;
#   - as the system administrator (bench-admin): the national roll-up of one year (summary page), and the year's list
#     of every unit with its form;
# each with wrk, 1 connection, 15 s after a 5 s warm-up (median/p90/p99), and curl: median of 21 runs.
# Usage: ./mvnw -DskipTests package && scripts/bench-monitoring.sh h2|postgresql [years]
# Needs wrk (apt-get install wrk); PostgreSQL at 127.0.0.1:5432 (trust) for the postgresql run.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-postgresql}
years=${2:-10}
jar=${JAR:-$(pwd)/$(ls target/kepu*.jar | head -1)}
work=${KEPU_BENCH_DIR:-/tmp/kepu-bench-monitoring}
mkdir -p "$work"
port=18097
if [ "$db" = postgresql ]; then
  psql -h 127.0.0.1 -U postgres -q -c "drop database if exists bench_mon" -c "create database bench_mon" postgres
  url=jdbc:postgresql://127.0.0.1:5432/bench_mon
  set -- --spring.datasource.username=postgres
  generate_url="$url?reWriteBatchedInserts=true"
else
  rm -rf "$work"/kepu*
  url="jdbc:h2:file:$work/kepu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  set --
  generate_url="$url"
fi
start=$(date +%s)
(cd "$work" && java -jar "$jar" generate --organizations=4000 --tasks=10 --assignments=100 --monitoring="$years" \
  --spring.datasource.url="$generate_url" "$@" 2>&1 | grep -E "基准数据已生成|基准监测|ERROR" || true)
echo "generation: $(( $(date +%s) - start )) s"
(cd "$work" && exec java -Xmx256m -jar "$jar" --server.port=$port --spring.profiles.active=bench \
  --spring.datasource.url="$url" "$@" >"$work/server.log" 2>&1) &
server=$!
trap 'kill $server 2>/dev/null' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do sleep 0.5; done
base=http://127.0.0.1:$port
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
province=$(scripts/bench-session.sh $base bench-province Bench@2026)
admin=$(scripts/bench-session.sh $base bench-admin Bench@2026)
measure() { # label, url, cookie
  local status
  status=$(curl -s -o /dev/null -w "%{http_code}" -H "Cookie: $3" "$2")
  wrk -t1 -c1 -d5s -H "Cookie: $3" "$2" >/dev/null
  echo "$1 (HTTP $status):"
  wrk -t1 -c1 -d15s --latency -H "Cookie: $3" "$2" | grep -E " 50%| 90%| 99%|requests in"
  local times=()
  for i in $(seq 1 21); do times+=("$(curl -s -H "Cookie: $3" -o /dev/null -w "%{time_total}" "$2")"); done
  echo "  curl: median of 21 runs $(printf '%s\n' "${times[@]}" | median) s"
}
year=$(( $(date +%Y) - 1 ))
provinceId=$(psql -h 127.0.0.1 -U postgres -At -c "select organization_id from account where username = 'bench-province'" bench_mon 2>/dev/null || true)
nationalId=$(psql -h 127.0.0.1 -U postgres -At -c "select id from organization where name = '中国科学技术协会（基准）'" bench_mon 2>/dev/null || true)
echo "province $provinceId, national $nationalId, year $year"
curl -s -H "Cookie: $province" "$base/literacy/regions/$provinceId?year=$year" | grep -o '"compared":\[[^]]*\]' | head -c 300; echo
measure "province literacy page with the comparison of its cities" "$base/literacy/regions/$provinceId?year=$year" "$province"
curl -s -H "Cookie: $admin" "$base/statistics/$year/summary?unitId=$nationalId" | grep -oE '含本单位及下级已上报的[0-9]+份' | head -1
measure "national roll-up of one year (summary page)" "$base/statistics/$year/summary?unitId=$nationalId" "$admin"
measure "the year's list of every unit and its form (national)" "$base/statistics?year=$year" "$admin"
grep -c OutOfMemoryError "$work/server.log" | sed 's/^/OutOfMemoryError count: /' || true
