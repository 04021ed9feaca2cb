#!/usr/bin/env bash
# 作品征集 benchmark (issue #20): generates every association of the country's region list (about 3,200) and a national
# 科普创作大赛 of 50,000 accepted works with a panel of 500 experts, each work given to five of them who all scored it
# (250,000 scores), starts Kepu with -Xmx256m, then measures as the issuing province's staff (bench-works):
#   - one expert's scoring sheet (the works given to them, a page of 100);
#   - the results: every work's trimmed mean and its place in its category (page and API);
# each with wrk, 1 connection, 15 s after a 5 s warm-up (median/p90/p99), and curl: median of 21 runs.
# Usage: ./mvnw -DskipTests package && scripts/bench-works.sh h2|postgresql [works]
# Needs wrk (apt-get install wrk); PostgreSQL at 127.0.0.1:5432 (trust) for the postgresql run.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-postgresql}
count=${2:-50000}
jar=${JAR:-$(pwd)/$(ls target/kepu*.jar | head -1)}
work=${KEPU_BENCH_DIR:-/tmp/kepu-bench-works}
mkdir -p "$work"
port=18099
if [ "$db" = postgresql ]; then
  psql -h 127.0.0.1 -U postgres -q -c "drop database if exists bench_works" -c "create database bench_works" postgres
  url=jdbc:postgresql://127.0.0.1:5432/bench_works
  set -- --spring.datasource.username=postgres
  generate_url="$url?reWriteBatchedInserts=true"
else
  rm -rf "$work"/kepu*
  url="jdbc:h2:file:$work/kepu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  set --
  generate_url="$url"
fi
start=$(date +%s)
(cd "$work" && java -jar "$jar" generate --organizations=4000 --tasks=10 --assignments=100 --works="$count" \
  --spring.datasource.url="$generate_url" "$@" 2>&1 | grep -E "基准数据已生成|基准作品征集|ERROR" || true)
echo "generation: $(( $(date +%s) - start )) s"
(cd "$work" && exec java -Xmx256m -jar "$jar" --server.port=$port --spring.profiles.active=bench \
  --spring.datasource.url="$url" "$@" >"$work/server.log" 2>&1) &
server=$!
trap 'kill $server 2>/dev/null' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do sleep 0.5; done
base=http://127.0.0.1:$port
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
staff=$(scripts/bench-session.sh $base bench-works Bench@2026)
basic="Authorization: Basic $(printf 'bench-works:Bench@2026' | base64)"
measure() { # label, url, header (a session cookie, or basic authentication for the API)
  local status
  status=$(curl -s -o /dev/null -w "%{http_code}" -H "$3" "$2")
  wrk -t1 -c1 -d5s -H "$3" "$2" >/dev/null
  echo "$1 (HTTP $status):"
  wrk -t1 -c1 -d15s --latency -H "$3" "$2" | grep -E " 50%| 90%| 99%|requests in"
  local times=()
  for i in $(seq 1 21); do times+=("$(curl -s -H "$3" -o /dev/null -w "%{time_total}" "$2")"); done
  echo "  curl: median of 21 runs $(printf '%s\n' "${times[@]}" | median) s"
}
if [ "$db" = postgresql ]; then
  call=$(psql -h 127.0.0.1 -U postgres -At -c "select id from work_call where title like '%（基准）'" bench_works)
else
  call=1
fi
expert=9000123
curl -s -H "$basic" "$base/api/v1/work-calls/$call/results?limit=3" | head -c 400 || true; echo
measure "one expert's scoring sheet (first page of the works given to them)" "$base/work-calls/$call/scores?expertId=$expert" "Cookie: $staff"
measure "results: every work's mean and place (page, 100 a category shown)" "$base/work-calls/$call/results" "Cookie: $staff"
measure "results by the API (100 a category)" "$base/api/v1/work-calls/$call/results" "$basic"
echo "the call's page (every work listed):"
curl -s -o /dev/null -w "  HTTP %{http_code} in %{time_total} s\n" -H "Cookie: $staff" "$base/work-calls/$call"
grep -c OutOfMemoryError "$work/server.log" | sed 's/^/OutOfMemoryError count: /' || true
