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
source scripts/bench-common.sh
bench_database bench_works "$db"
start=$(date +%s)
(cd "$work" && java -jar "$jar" generate --organizations=4000 --tasks=10 --assignments=100 --works="$count" \
  --spring.datasource.url="$generate_url" "${bench_args[@]}" 2>&1 | grep -E "基准数据已生成|基准作品征集|ERROR" || true)
echo "generation: $(( $(date +%s) - start )) s"
bench_start 18099
staff=$(scripts/bench-session.sh $base bench-works Bench@2026)
basic="Authorization: Basic $(printf 'bench-works:Bench@2026' | base64)"
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
echo "the call's page (50 works a page):"
curl -s -o /dev/null -w "  HTTP %{http_code} in %{time_total} s\n" -H "Cookie: $staff" "$base/work-calls/$call"
grep -c OutOfMemoryError "$work/server.log" | sed 's/^/OutOfMemoryError count: /' || true
