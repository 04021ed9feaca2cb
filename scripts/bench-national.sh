#!/usr/bin/env bash
# National scale (issue #21), PostgreSQL only: generates 31 provinces / 333 prefectures / 2,844 counties of associations,
# 47,000 member units, 500,000 assignments and 1,000,000 activities (`generate --scale=national`), starts Kepu with
# -Xmx256m, and prints each headline figure next to the best hand-written SQL for the same result (scripts/raw/*.sql)
# run in the same session against the same database — the physical limit — as a ratio.
# Usage: ./mvnw -DskipTests package && scripts/bench-national.sh [--keep] [ledger] [dashboard] [export] [registration]
#   --keep: reuse kepu_national if it is there; naming figures measures only those (all by default).
# Needs wrk and pgbench (postgresql-client); PostgreSQL at 127.0.0.1:5432 (trust).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bench-common.sh
jar=${KEPU_JAR:-$(pwd)/$(ls target/kepu*.jar | head -1)}
keep=false; [ "${1:-}" = --keep ] && { keep=true; shift; }
figures=("${@:-ledger dashboard export registration}"); figures=(${figures[*]})
wanted() { [[ " ${figures[*]} " == *" $1 "* ]]; }
work=$(mktemp -d)
db=kepu_national
psql_db() { psql -h 127.0.0.1 -U postgres -d $db -Atq "$@"; }
if ! $keep || ! psql -h 127.0.0.1 -U postgres -Atc "select 1 from pg_database where datname = '$db'" postgres | grep -q 1; then
  bench_database $db postgresql
  start=$(date +%s)
  (cd "$work" && java -jar "$jar" generate --scale=national --spring.datasource.url="$generate_url" "${bench_args[@]}" 2>&1 \
    | grep -E "基准数据已生成|基准成员单位|基准活动" || true)
  echo "generated in $(( $(date +%s) - start )) s"
else
  url=jdbc:postgresql://127.0.0.1:5432/$db
  bench_args=(--spring.datasource.username=postgres)
fi
# The settings docs/deployment.md recommends for PostgreSQL on SSDs: JIT compiles for queries far longer than Kepu's.
psql_db -c "alter database $db set jit = off" -c "alter database $db set random_page_cost = 1.1"
echo "data: $(psql_db -c "select (select count(*) from organization) || ' organizations, ' || (select count(*) from assignment)
  || ' assignments, ' || (select count(*) from activity) || ' activities'")"
# The API throttle (600 a minute per client) would answer most of the registration run with 429.
bench_args+=(--kepu.security.throttle.api-per-minute=100000000)
bench_start 18095
# Generated activities are marked for the dashboard's tally; the application recounts the campaign at its first fold.
start=$(date +%s)
until [ "$(psql_db -c "select count(*) from campaign_tally_pending")" -lt 100 ]; do sleep 2; done
echo "tally ready $(( $(date +%s) - start )) s after start: $(psql_db -c "select count(*) from campaign_tally") rows"
# The recount deleted a million marks; autovacuum (off on some test machines) would clear them in production.
psql_db -c "vacuum analyze campaign_tally, campaign_tally_pending, activity_tallied"

# Kepu: wrk, 1 connection, 15 s after a 5 s warm-up, the median. Raw SQL: pgbench, 1 client, 15 s, the median of its
# per-transaction log.
kepu_ms() { wrk -t1 -c1 -d5s --timeout 30s -H "$2" "$1" >/dev/null
  wrk -t1 -c1 -d15s --timeout 30s --latency -H "$2" "$1" | awk '$1 == "50%" {v=$2; if (v ~ /ms$/) {sub(/ms/,"",v); print v}
    else if (v ~ /us$/) {sub(/us/,"",v); print v/1000} else {sub(/s$/,"",v); print v*1000}}'; }
raw_ms() { local file=$1; shift
  (cd "$work" && rm -f raw.* && pgbench -h 127.0.0.1 -U postgres -n -c1 -T15 -f "$OLDPWD/scripts/raw/$file" "$@" -l \
    --log-prefix=raw $db >/dev/null 2>&1 && cat raw.* | awk '{print $3/1000}' | median); }
rows=()
row() { rows+=("$(printf '| %s | %s | %s | %s |' "$1" "$2" "$3" "$(awk -v a="$4" -v b="$5" 'BEGIN {printf "%.2f×", a/b}')")"); echo "${rows[-1]}"; }
path_of() { psql_db -c "select o.path from account a join organization o on o.id = a.organization_id where a.username = '$1'"; }

figure_ledger() {
for user in bench bench-province bench-national; do
  cookie="Cookie: $(scripts/bench-session.sh "$base" $user Bench@2026)"
  shown=$(curl -s -H "$cookie" "$base/ledger" | grep -c 'data-level' || true)
  k=$(kepu_ms "$base/ledger" "$cookie")
  r=$(raw_ms ledger-page.sql -D prefix="'$(path_of $user)%'")
  row "ledger page, $user ($shown rows), p50" "$k ms" "$r ms" "$k" "$r"
done
}

campaign=$(psql_db -c "select max(id) from campaign")
# The dashboard reads the campaign's tally: compared with reading the same rows by hand, and with counting the same
# figures live from the activities (what the page did before the tally).
figure_dashboard() {
for user in bench-province bench-national; do
  cookie="Cookie: $(scripts/bench-session.sh "$base" $user Bench@2026)"
  root=$(psql_db -c "select organization_id from account where username = '$user'")
  k=$(kepu_ms "$base/campaigns/$campaign/dashboard" "$cookie")
  r=$(raw_ms dashboard-tally.sql -D campaign=$campaign -D root=$root -D prefix="'$(path_of $user)%'")
  row "campaign dashboard, $user, p50 (raw: its tally)" "$k ms" "$r ms" "$k" "$r"
  l=$(raw_ms dashboard.sql -D campaign=$campaign -D prefix="'$(path_of $user)%'")
  row "campaign dashboard, $user, p50 (raw: counted live)" "$k ms" "$l ms" "$k" "$l"
done
}

# The export of every assignment (500,000 rows) as the national user, in a 256 MB heap, against COPY of the same rows.
figure_export() {
cookie="Cookie: $(scripts/bench-session.sh "$base" bench-national Bench@2026)"
times=()
for i in 1 2 3; do times+=("$(curl -s -H "$cookie" -o "$work/ledger.xlsx" --max-time 600 -w "%{time_total}" "$base/ledger/export")"); done
k=$(printf '%s\n' "${times[@]:1}" | median | awk '{print $1*1000}')
exported=$(unzip -p "$work/ledger.xlsx" xl/worksheets/sheet1.xml | grep -o '<row ' | wc -l || true)
copies=()
for i in 1 2 3; do s=$(date +%s%N); psql_db -v prefix="'$(path_of bench-national)%'" -f scripts/raw/export.sql >/dev/null
  copies+=("$(( ($(date +%s%N) - s) / 1000000 ))"); done
r=$(printf '%s\n' "${copies[@]:1}" | median)
row "ledger export, national ($exported rows), -Xmx256m" "$k ms" "$r ms" "$k" "$r"
echo "OutOfMemoryError in the server log: $(grep -c OutOfMemoryError "$work/server.log" || true)"
}

# Registration: the API (register and submit, 8 connections, 30 s) against pgbench's INSERT loop (8 clients, 30 s).
figure_registration() {
organizer=$(psql_db -c "select a.organization_id from account a where a.username = 'bench-province'")
day=$(psql_db -c "select event_start from campaign where id = $campaign")
export CAMPAIGN=$campaign ORGANIZER=$organizer DAY=$day
# A minute of warm-up: after 10 s the JIT was still compiling the registration path (steady rate ~20% higher).
wrk -t2 -c8 -d60s -s scripts/register.lua "$base" >/dev/null 2>&1
k=$(wrk -t2 -c8 -d30s -s scripts/register.lua "$base" 2>"$work/wrk.err" | awk '/Requests\/sec/ {print $2}')
r=$(pgbench -h 127.0.0.1 -U postgres -n -c8 -j2 -T30 -f scripts/raw/register.sql -D campaign=$campaign -D organizer=$organizer $db \
  2>/dev/null | awk '/^tps/ {print $3}')
rows+=("$(printf '| registration, 8 connections | %s req/s | %s inserts/s | %s of the raw rate |' "$k" "$r" \
  "$(awk -v a="$k" -v b="$r" 'BEGIN {printf "%.0f%%", 100*a/b}')")")
echo "registration errors: $(wc -l < "$work/wrk.err")"
}

for figure in "${figures[@]}"; do
  wanted "$figure" && figure_$figure
done

echo
echo "| figure | Kepu | raw SQL | ratio |"
echo "|---|---|---|---|"
printf '%s\n' "${rows[@]}"
