#!/usr/bin/env bash
# Recommendation benchmark (issue #15): generates 3,000 organizations and a national 先进单位 round with 30,000
# recommendations from 3,000 recommenders into a fresh database, starts Kepu with -Xmx512m, then measures
#   - the issuer's review list, filtered (已提交) and paged (page 3 of 50), as the page and as the API (wrk, 1 connection,
#     30 s after a 10 s warm-up: median/p90/p99),
#   - one recommender's 推荐表 as one .docx (6 runs: the first cold, median of the rest).
# Usage: ./mvnw -DskipTests package && scripts/bench-recommendation.sh h2|postgresql
# Needs wrk (apt-get install wrk); PostgreSQL at 127.0.0.1:5432 (trust) for the postgresql run.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}
jar=$(pwd)/$(ls target/kepu*.jar | head -1)
work=$(mktemp -d)
port=18095
if [ "$db" = postgresql ]; then
  psql -h 127.0.0.1 -U postgres -q -c "drop database if exists kepu_bench" -c "create database kepu_bench" test
  set -- --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/kepu_bench --spring.datasource.username=postgres
else
  set -- "--spring.datasource.url=jdbc:h2:file:$work/kepu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
fi
(cd "$work" && java -jar "$jar" generate --activities=1000 --recommendations=30000 "$@" 2>&1 | grep -E "基准数据已生成|基准推荐评选" || true)
(cd "$work" && exec java -Xmx512m -jar "$jar" --server.port=$port --spring.profiles.active=bench "$@" >"$work/server.log" 2>&1) &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do sleep 0.2; done
base=http://127.0.0.1:$port
issuer=(-u bench-national:Bench@2026)
id=$(curl -s "${issuer[@]}" $base/api/v1/recommendation-rounds | sed -n 's/^\[{"id":\([0-9]*\).*/\1/p')
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
session=$(scripts/bench-session.sh $base bench-national Bench@2026)
list="$base/recommendation-rounds/$id?state=SUBMITTED&page=3"
rows=$(curl -s -H "Cookie: $session" "$list" | grep -c 'id="recommendation-' || true)
echo "review list page (已提交, page 4): $rows rows"
wrk -t1 -c1 -d10s -H "Cookie: $session" "$list" >/dev/null
wrk -t1 -c1 -d30s --latency -H "Cookie: $session" "$list" | grep -E " 50%| 90%| 99%|requests in"
api="$base/api/v1/recommendations?roundId=$id&state=SUBMITTED&page=3&size=50"
# The API answers basic authentication only (each request pays the password hash), so it is timed with curl.
echo "review list API: $(curl -s "${issuer[@]}" "$api" | grep -o '"total":[0-9]*')"
times=()
for i in $(seq 1 21); do
  times+=("$(curl -s "${issuer[@]}" -o /dev/null -w "%{time_total}" "$api")")
done
echo "review list API (including the password check): median of 20 warm runs $(printf '%s\n' "${times[@]:1}" | median) s"
recommender=$(curl -s "${issuer[@]}" "$base/api/v1/recommendations?roundId=$id&page=0&size=1" | sed -n 's/.*"recommender":{"id":\([0-9]*\).*/\1/p')
times=()
for i in 1 2 3 4 5 6; do
  times+=("$(curl -s -H "Cookie: $session" -o "$work/forms.docx" -w "%{time_total}" "$base/recommendation-rounds/$id/forms.docx?recommenderId=$recommender")")
done
echo "one recommender's forms (.docx, $(stat -c %s "$work/forms.docx") bytes): ${times[*]} s; median of warm runs: $(printf '%s\n' "${times[@]:1}" | median) s"
grep -c OutOfMemoryError "$work/server.log" | sed 's/^/OutOfMemoryError count: /'
