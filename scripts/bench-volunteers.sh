#!/usr/bin/env bash
# Volunteers benchmark (issue #18): generates 3,000 organizations, 3,000 科技志愿服务队 and 1,000,000 volunteers (valid,
# SM4-sealed ID-card numbers; 50,000 in one city's teams) into a fresh database, starts Kepu with -Xmx256m, then measures
#   - as a province user (bench-volunteers): the volunteer list searched by exact name, by skill (page and API) and by
#     ID-card number (keyed hash; API with the generated token kp_bench_volunteers_2026), wrk 1 connection 15 s after a 5 s warm-up
#     (median/p90/p99), and curl: median of 21 runs;
#   - as a city user (bench-city, STAFF + ORG_ADMIN): the export of the city's ~50,000 volunteers, masked and with full
#     ID numbers and phones (decrypted), 4 runs each: the first cold, then the median of the rest; rows and heap checked.
# Usage: ./mvnw -DskipTests package && scripts/bench-volunteers.sh h2|postgresql [volunteers]
#   SKIP_GENERATE=1 measures the database generated before (PostgreSQL: bench_vol; H2: $KEPU_BENCH_DIR), e.g. after a
#   migration; JAR=path runs another build.
# Needs wrk (apt-get install wrk); PostgreSQL at 127.0.0.1:5432 (trust) for the postgresql run.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}
count=${2:-1000000}
jar=${JAR:-$(pwd)/$(ls target/kepu*.jar | head -1)}
work=${KEPU_BENCH_DIR:-/tmp/kepu-bench-volunteers}
mkdir -p "$work"
port=18099
if [ "$db" = postgresql ]; then
  if [ -z "${SKIP_GENERATE:-}" ]; then
    psql -h 127.0.0.1 -U postgres -q -c "drop database if exists bench_vol" -c "create database bench_vol" postgres
  fi
  url=jdbc:postgresql://127.0.0.1:5432/bench_vol
  set -- --spring.datasource.username=postgres
  generate_url="$url?reWriteBatchedInserts=true"
else
  [ -n "${SKIP_GENERATE:-}" ] || rm -rf "$work"/kepu*
  url="jdbc:h2:file:$work/kepu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  set --
  generate_url="$url"
fi
if [ -z "${SKIP_GENERATE:-}" ]; then
  start=$(date +%s)
  (cd "$work" && java -jar "$jar" generate --tasks=10 --assignments=1000 --volunteers="$count" \
    --spring.datasource.url="$generate_url" "$@" 2>&1 | grep -E "基准数据已生成|基准志愿者|ERROR" || true)
  echo "generation: $(( $(date +%s) - start )) s"
fi
(cd "$work" && exec java -Xmx256m -jar "$jar" --server.port=$port --spring.profiles.active=bench \
  --spring.datasource.url="$url" "$@" >"$work/server.log" 2>&1) &
server=$!
trap 'kill $server 2>/dev/null' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do sleep 0.5; done
base=http://127.0.0.1:$port
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
province=$(scripts/bench-session.sh $base bench-volunteers Bench@2026)
city=$(scripts/bench-session.sh $base bench-city Bench@2026)
measure() { # label, url, header: wrk, then the median of 21 curl runs
  local found
  found=$(curl -s -H "$3" "$2" | grep -oE '"total":[0-9]+|共[0-9]+人|超过1000人' | head -1 || true)
  wrk -t1 -c1 -d5s -H "$3" "$2" >/dev/null
  echo "$1 — $found:"
  wrk -t1 -c1 -d15s --latency -H "$3" "$2" | grep -E " 50%| 90%| 99%|requests in"
  local times=()
  for i in $(seq 1 21); do times+=("$(curl -s -H "$3" -o /dev/null -w "%{time_total}" "$2")"); done
  echo "  curl: median of 21 runs $(printf '%s\n' "${times[@]}" | median) s"
}
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
page="Cookie: $province"
api="Authorization: Bearer kp_bench_volunteers_2026"
# A name of the city (inside the province): the first of the city user's list.
exact=$(curl -s -H "Cookie: $city" "$base/volunteers" | grep -o 'href="/volunteers/[0-9]*">[^<]*<' | sed -n 1p | sed 's/.*">//; s/<$//')
measure "list, first page (no search)" "$base/volunteers" "$page"
measure "exact name $exact (page)" "$base/volunteers?name=$(enc "$exact")" "$page"
measure "exact name $exact (API, token)" "$base/api/v1/volunteers?name=$(enc "$exact")" "$api"
measure "skill 果树栽培 (page)" "$base/volunteers?skill=$(enc 果树栽培)" "$page"
measure "skill 果树栽培 (API, token)" "$base/api/v1/volunteers?skill=$(enc 果树栽培)" "$api"
# An ID-card number: from the city user's full export of that name.
curl -s -H "Cookie: $city" -o "$work/one.xlsx" "$base/volunteers/export?full=true&name=$(enc "$exact")"
idcard=$(python3 - "$work/one.xlsx" <<'PY'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
text = ''.join(z.read(n).decode() for n in z.namelist() if n.startswith('xl/sharedStrings') or n.startswith('xl/worksheets/'))
m = re.search(r'>(\d{17}[\dX])<', text)
print(m.group(1) if m else '')
PY
)
echo "ID-card number used: ${idcard:0:4}**********${idcard:14}"
measure "ID-card number (API, token; keyed hash)" "$base/api/v1/volunteers?idCard=$idcard" "$api"
export_run() { # label, url
  local times=() rows
  for i in 1 2 3 4; do
    times+=("$(curl -s -H "Cookie: $city" -o "$work/export.xlsx" -D "$work/headers" -w "%{time_total}" "$2")")
  done
  rows=$(grep -i "x-kepu-rows" "$work/headers" | tr -d '\r' | awk '{print $2}')
  echo "$1: cold ${times[0]} s, warm median $(printf '%s\n' "${times[@]:1}" | median) s, $rows rows (title and header included), $(stat -c %s "$work/export.xlsx") bytes"
}
export_run "export of the city, masked" "$base/volunteers/export"
export_run "export of the city, full (SM4 decrypted)" "$base/volunteers/export?full=true"
grep -c OutOfMemoryError "$work/server.log" | sed 's/^/OutOfMemoryError count: /' || true
