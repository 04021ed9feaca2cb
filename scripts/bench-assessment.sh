#!/usr/bin/env bash
# Assessment benchmark (issue #14): generates 3,000 organizations / 50,000 assignments / 200,000 activities and a national
# assessment over every county association (about 2,800 units, 15 indicators, 8 computed) into a fresh database, starts
# Kepu with -Xmx512m, then measures
#   - computing every unit's results live (GET /api/v1/assessments/{id}/results as the national user: 1 cold + 5 runs),
#   - finishing the scoring, which computes and freezes every figure (once),
#   - the results page during 公示 for a province user (wrk, 1 connection, 30 s after a 10 s warm-up: median/p90/p99),
#   - the 通报 .docx with the whole ranking (6 runs: the first cold, median of the rest).
# Usage: ./mvnw -DskipTests package && scripts/bench-assessment.sh h2|postgresql
# Needs wrk (apt-get install wrk); PostgreSQL at 127.0.0.1:5432 (trust) for the postgresql run.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}
jar=$(pwd)/$(ls target/kepu*.jar | head -1)
work=$(mktemp -d)
port=18093
if [ "$db" = postgresql ]; then
  psql -h 127.0.0.1 -U postgres -q -c "drop database if exists kepu_bench" -c "create database kepu_bench" test
  set -- --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/kepu_bench --spring.datasource.username=postgres
else
  set -- "--spring.datasource.url=jdbc:h2:file:$work/kepu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
fi
(cd "$work" && java -jar "$jar" generate --activities=200000 --assessment=1 "$@" 2>&1 | grep -E "基准数据已生成|基准考核方案" || true)
(cd "$work" && exec java -Xmx512m -jar "$jar" --server.port=$port --spring.profiles.active=bench "$@" >"$work/server.log" 2>&1) &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do sleep 0.2; done
base=http://127.0.0.1:$port
admin=(-u bench-admin:Bench@2026)
id=$(curl -s "${admin[@]}" $base/api/v1/assessments | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
times=()
for i in 1 2 3 4 5 6; do
  times+=("$(curl -s "${admin[@]}" -o "$work/results.json" -w "%{time_total}" $base/api/v1/assessments/$id/results)")
done
echo "live results, $(grep -o '"organizationId"' "$work/results.json" | wc -l) units: ${times[*]} s; median of warm runs: $(printf '%s\n' "${times[@]:1}" | median) s"
echo "finish scoring (compute and freeze): $(curl -s "${admin[@]}" -X POST -o /dev/null -w "%{time_total}" $base/api/v1/assessments/$id/finish-scoring) s"
curl -s "${admin[@]}" -X POST -o /dev/null $base/api/v1/assessments/$id/publicity
province=$(scripts/bench-session.sh $base bench-province Bench@2026)
rows=$(curl -s -H "Cookie: $province" $base/assessments/$id | grep -c 'data-unit=' || true)
echo "results page for the province user during 公示: $rows rows"
wrk -t1 -c1 -d10s -H "Cookie: $province" $base/assessments/$id >/dev/null
wrk -t1 -c1 -d30s --latency -H "Cookie: $province" $base/assessments/$id | grep -E " 50%| 90%| 99%|requests in"
national=$(scripts/bench-session.sh $base bench-admin Bench@2026)
times=()
for i in 1 2 3 4 5 6; do
  times+=("$(curl -s -H "Cookie: $national" -o "$work/bulletin.docx" -w "%{time_total}" $base/assessments/$id/bulletin.docx)")
done
echo "bulletin (.docx, $(stat -c %s "$work/bulletin.docx") bytes): ${times[*]} s; median of warm runs: $(printf '%s\n' "${times[@]:1}" | median) s"
grep -c OutOfMemoryError "$work/server.log" | sed 's/^/OutOfMemoryError count: /'
