#!/usr/bin/env bash
# 科普项目 benchmark (issue #17): generates 3,000 organizations and 100,000 projects (three years of one call per province,
# every state) into a fresh database, starts Kepu with -Xmx512m, then measures as a province user (bench-projects)
#   - the project list filtered by state (已立项) and year, page 3 of 50 rows, as the page (wrk, 1 connection, 30 s
#     after a 10 s warm-up: median/p90/p99) and the same through the API (curl, median of 20 warm runs),
#   - the funds summary per region and year, as the page (wrk as above) and the API (curl).
# Usage: ./mvnw -DskipTests package && scripts/bench-projects.sh h2|postgresql [projects]
# Needs wrk (apt-get install wrk); PostgreSQL at 127.0.0.1:5432 (trust) for the postgresql run.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}
count=${2:-100000}
jar=$(pwd)/$(ls target/kepu*.jar | head -1)
work=$(mktemp -d)
port=18097
if [ "$db" = postgresql ]; then
  psql -h 127.0.0.1 -U postgres -q -c "drop database if exists kepu_bench_projects" -c "create database kepu_bench_projects" postgres
  set -- --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/kepu_bench_projects --spring.datasource.username=postgres
else
  set -- "--spring.datasource.url=jdbc:h2:file:$work/kepu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
fi
(cd "$work" && java -jar "$jar" generate --tasks=10 --assignments=1000 --projects="$count" "$@" 2>&1 | grep -E "基准数据已生成|基准科普项目" || true)
(cd "$work" && exec java -Xmx512m -jar "$jar" --server.port=$port --spring.profiles.active=bench "$@" >"$work/server.log" 2>&1) &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do sleep 0.2; done
base=http://127.0.0.1:$port
user=(-u bench-projects:Bench@2026)
year=$(date +%Y)
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
session=$(scripts/bench-session.sh $base bench-projects Bench@2026)
timed() { # label, url: wrk on the page with the session
  wrk -t1 -c1 -d10s -H "Cookie: $session" "$2" >/dev/null
  echo "$1 (page, wrk 30 s):"
  wrk -t1 -c1 -d30s --latency -H "Cookie: $session" "$2" | grep -E " 50%| 90%| 99%|requests in"
}
api() { # label, url: curl with basic authentication (each request pays the password hash, as a script would)
  local times=()
  for i in $(seq 1 21); do times+=("$(curl -s "${user[@]}" -o /dev/null -w "%{time_total}" "$2")"); done
  echo "$1 (API, including the password check): median of 20 warm runs $(printf '%s\n' "${times[@]:1}" | median) s"
}
list="$base/projects?state=APPROVED&year=$year&page=2"
echo "filtered list (已立项, $year, page 3): $(curl -s -H "Cookie: $session" "$list" | grep -c 'id="project-' || true) rows; \
$(curl -s "${user[@]}" "$base/api/v1/projects?state=APPROVED&year=$year&page=2&size=50" | grep -o '"total":[0-9]*')"
timed "filtered list" "$list"
api "filtered list" "$base/api/v1/projects?state=APPROVED&year=$year&page=2&size=50"
echo "funds summary: $(curl -s -H "Cookie: $session" "$base/projects/funds" | grep -c 'class="funds-row"' || true) region-year rows"
timed "funds summary" "$base/projects/funds"
api "funds summary" "$base/api/v1/projects/funds"
grep -c OutOfMemoryError "$work/server.log" | sed 's/^/OutOfMemoryError count: /'
