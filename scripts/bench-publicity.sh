#!/usr/bin/env bash
# 信息报送 benchmark (issue #20): generates every association of the country's region list (about 3,200) and 200,000
# 宣传信息 of last year over the cities and counties (six in ten adopted), starts Kepu with -Xmx256m, then measures
#   - as a province office (bench-news, the province with the most units): one month's 信息采用情况 ranking, as a page
#     and by the API, and its Word 通报;
#   - as the system administrator (bench-admin): the national ranking of one month;
# each with wrk, 1 connection, 15 s after a 5 s warm-up (median/p90/p99), and curl: median of 21 runs.
# Usage: ./mvnw -DskipTests package && scripts/bench-publicity.sh h2|postgresql [items]
# Needs wrk (apt-get install wrk); PostgreSQL at 127.0.0.1:5432 (trust) for the postgresql run.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-postgresql}
count=${2:-200000}
jar=${JAR:-$(pwd)/$(ls target/kepu*.jar | head -1)}
work=${KEPU_BENCH_DIR:-/tmp/kepu-bench-publicity}
mkdir -p "$work"
source scripts/bench-common.sh
bench_database bench_news "$db"
start=$(date +%s)
(cd "$work" && java -jar "$jar" generate --organizations=4000 --tasks=10 --assignments=100 --news="$count" \
  --spring.datasource.url="$generate_url" "${bench_args[@]}" 2>&1 | grep -E "基准数据已生成|基准信息报送|ERROR" || true)
echo "generation: $(( $(date +%s) - start )) s"
bench_start 18098
office=$(scripts/bench-session.sh $base bench-news Bench@2026)
admin=$(scripts/bench-session.sh $base bench-admin Bench@2026)
basic="Authorization: Basic $(printf 'bench-news:Bench@2026' | base64)"
month="$(( $(date +%Y) - 1 ))-06"
curl -s -H "$basic" "$base/api/v1/news-items/ranking?period=$month" | head -c 400 || true; echo
measure "province office: one month's ranking (page)" "$base/news/ranking?period=$month" "Cookie: $office"
measure "province office: one month's ranking (API)" "$base/api/v1/news-items/ranking?period=$month" "$basic"
measure "province office: the month's Word 通报" "$base/news/ranking/bulletin?period=$month" "Cookie: $office"
measure "national: one month's ranking (page, every unit)" "$base/news/ranking?period=$month" "Cookie: $admin"
grep -c OutOfMemoryError "$work/server.log" | sed 's/^/OutOfMemoryError count: /' || true
