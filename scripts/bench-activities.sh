#!/usr/bin/env bash
# Campaign benchmarks (issue #5): generates 3,000 organizations and 200,000 activities in one national campaign into
# a fresh database, starts Kepu (-Xmx512m), then measures
#   - the campaign dashboard for a province user (wrk, 1 connection, 30 s after a 10 s warm-up: median/p90/p99),
#   - registration through the API (POST /api/v1/activities?submit=true with a bearer token; wrk, 2 threads,
#     12 connections, 30 s after a 60 s warm-up — the JIT needs that long on 2 cores: requests/s and p99),
#   - uploading a 5,000-row summary sheet through the page (curl, time_total; 3 runs with fresh names).
# Usage: ./mvnw -DskipTests package && scripts/bench-activities.sh postgresql|h2
# Needs wrk (apt-get install wrk), python3; PostgreSQL at 127.0.0.1:5432 (trust) for the postgresql run.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-postgresql}
jar=$(pwd)/$(ls target/kepu*.jar | head -1)
work=$(mktemp -d)
port=18092
if [ "$db" = postgresql ]; then
  psql -h 127.0.0.1 -U postgres -q -c "drop database if exists kepu_bench" -c "create database kepu_bench" test
  set -- --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/kepu_bench --spring.datasource.username=postgres
else
  set -- "--spring.datasource.url=jdbc:h2:file:$work/kepu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
fi
(cd "$work" && java -jar "$jar" generate --tasks=100 --assignments=10000 --activities=200000 "$@" 2>&1 \
  | grep -E "基准数据已生成|基准活动" || true)
(cd "$work" && exec java -Xmx512m -jar "$jar" --server.port=$port --spring.profiles.active=bench "$@" >"$work/server.log" 2>&1) &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do sleep 0.2; done
base=http://127.0.0.1:$port
auth="Authorization: Bearer kp_bench_province_2026"
campaign=$(curl -s -H "$auth" $base/api/v1/campaigns | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
session=$(scripts/bench-session.sh $base bench-province Bench@2026)
echo "campaign $campaign; dashboard registered/counted for the province user: $(curl -s -H "Cookie: $session" $base/campaigns/$campaign/dashboard \
  | grep -oE 'id="(registered|counted)">[0-9]+' | sed 's/.*>//' | paste -sd/)"
wrk -t1 -c1 -d10s -H "Cookie: $session" $base/campaigns/$campaign/dashboard >/dev/null
echo "dashboard (province user):"
wrk -t1 -c1 -d30s --latency -H "Cookie: $session" $base/campaigns/$campaign/dashboard | grep -E " 50%| 90%| 99%|Requests/sec"

organizer=$(curl -s -H "Cookie: $session" "$base/activities/new?campaign=$campaign" | grep -o '<option value="[0-9]*" selected="selected"' | grep -o '[0-9]*' | head -1)
day=$(curl -s -H "$auth" $base/api/v1/campaigns/$campaign | grep -o '"eventStart":"[0-9-]*"' | cut -d'"' -f4)
export CAMPAIGN=$campaign ORGANIZER=$organizer DAY=$day
wrk -t2 -c12 -d60s -s scripts/register.lua $base >/dev/null 2>"$work/warm.err"
echo "API registration (2 threads, 12 connections, 30 s):"
wrk -t2 -c12 -d30s --latency -s scripts/register.lua $base 2>"$work/wrk.err" | grep -E " 50%| 90%| 99%|Requests/sec|requests in|Non-2xx"
echo "errors reported by the script: $(wc -l < "$work/wrk.err")"; head -3 "$work/wrk.err"

for run in 1 2 3; do
  python3 scripts/summary-sheet.py "$work/sheet$run.xlsx" 5000 "$day" "汇总表$run"
  python3 - "$work/sheet$run.xlsx" "$run" <<'PY'
import sys, zipfile, shutil
src, run = sys.argv[1], sys.argv[2]
tmp = src + ".tmp"
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename.endswith("sheet1.xml"):
            data = data.replace("汇总表压测活动".encode(), f"汇总表压测活动R{run}-".encode())
        zout.writestr(item, data)
shutil.move(tmp, src)
PY
  csrf=$(curl -s -H "Cookie: $session" $base/campaigns/$campaign | grep -o 'name="_csrf" content="[^"]*"' | sed 's/.*content="//; s/"$//')
  result=$(curl -s -H "Cookie: $session" -H "X-CSRF-TOKEN: $csrf" -o "$work/upload.html" -w "%{http_code} %{time_total}" \
    -F "unit=$organizer" -F "file=@$work/sheet$run.xlsx" "$base/campaigns/$campaign/sheet")
  echo "summary sheet, 5,000 rows, run $run: HTTP/time ${result} s"
done
curl -s -H "Cookie: $session" "$base/campaigns/$campaign?q=%E6%B1%87%E6%80%BB%E8%A1%A8%E5%8E%8B%E6%B5%8B" | grep -o '共[0-9]*项' | head -1 | sed 's/^/sheet activities now in the campaign: /'
grep -c OutOfMemoryError "$work/server.log" | sed 's/^/OutOfMemoryError count: /' || true
