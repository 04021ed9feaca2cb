#!/usr/bin/env bash
# Import benchmarks (issue #13 item 4): Kepu on its demo data (H2 file) at -Xmx256m, uploads as taian through the
# campaign page of the open 科普之春, and measures
#   1. one 50,000-row 活动项目汇总表 (scripts/summary-sheet.py): HTTP code, time, activities registered;
#   2. the workbench (/) for another user with wrk (1 thread, 2 connections, 30 s): p50/p99 with nothing else running,
#      then while eight 3.8 MB uploads whose sheet inflates to 93 MB (scripts/wide-sheet.py) are sent at once, again
#      and again; each upload's HTTP code and time;
#   3. the heap: the most used (jstat, every 0.5 s) and OutOfMemoryErrors in the log.
# Usage: ./mvnw -DskipTests package && scripts/bench-import.sh [extra JVM options]
# Needs wrk (apt-get install wrk), python3, curl, jstat.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(pwd)/$(ls target/kepu*.jar | head -1)
work=$(mktemp -d)
port=18093
(cd "$work" && exec java -Xmx256m "$@" -jar "$jar" --server.port=$port >"$work/server.log" 2>&1) &
server=$!
trap 'kill $server $sampler 2>/dev/null; rm -rf "$work"' EXIT
sampler=
base=http://127.0.0.1:$port
until curl -fs -o /dev/null "$base/actuator/health"; do sleep 0.5; done
pid=$(pgrep -f "server.port=$port" | head -1)
(while kill -0 "$pid" 2>/dev/null; do jstat -gc "$pid" | tail -1; sleep 0.5; done) > "$work/heap.txt" 2>/dev/null &
sampler=$!

session=$(scripts/bench-session.sh $base taian 'Demo@2026')
reader=$(scripts/bench-session.sh $base daiyue 'Demo@2026')
campaign=$(curl -s -H "Cookie: $session" "$base/campaigns" | grep -o '/campaigns/[0-9]*">[0-9]*年科普之春' | head -1 | grep -o '[0-9]*' | head -1)
page=$(curl -s -H "Cookie: $session" "$base/campaigns/$campaign")
unit=$(echo "$page" | grep -o 'name="unit" value="[0-9]*"' | grep -o '[0-9]*' | head -1)
csrf=$(echo "$page" | grep -o 'name="_csrf" content="[^"]*"' | sed 's/.*content="//; s/"$//')
year=$(date +%Y); [ "$(date +%m)" -gt 4 ] && year=$((year + 1))
python3 scripts/summary-sheet.py "$work/big.xlsx" 50000 "$year-03-02" "汇总表五万行"
python3 scripts/wide-sheet.py "$work/wide.xlsx" 59000
echo "files: $(du -h "$work/big.xlsx" | cut -f1) (50,000 rows), $(du -h "$work/wide.xlsx" | cut -f1) (sheet of $(unzip -l "$work/wide.xlsx" | awk '/sheet1.xml/ {print int($1/1048576)}') MB)"

upload() { # file → "HTTP time"
  curl -s -H "Cookie: $1" -H "X-CSRF-TOKEN: $csrf" -o "$work/answer-$RANDOM.html" -w "%{http_code} %{time_total}\n" \
    -F "unit=$unit" -F "file=@$2" "$base/campaigns/$campaign/sheet"
}
echo "50,000-row summary sheet: HTTP/time $(upload "$session" "$work/big.xlsx") s"
echo "activities of the sheet now registered: $(curl -s -H "Cookie: $session" "$base/campaigns/$campaign?q=%E6%B1%87%E6%80%BB%E8%A1%A8%E5%8E%8B%E6%B5%8B" | grep -o '共[0-9]*项' | head -1)"

wrk -t1 -c2 -d10s -H "Cookie: $reader" $base/ >/dev/null
echo "workbench alone (wrk -t1 -c2 30 s):"
wrk -t1 -c2 -d30s --latency -H "Cookie: $reader" $base/ | grep -E " 50%| 99%|Requests/sec|Non-2xx"
(
  end=$((SECONDS + 30))
  while [ $SECONDS -lt $end ]; do
    for i in 1 2 3 4 5 6 7 8; do upload "$session" "$work/wide.xlsx" > "$work/wide-$i-$SECONDS.txt" & done
    wait
  done
) &
uploads=$!
sleep 1
echo "workbench during eight concurrent 93 MB-sheet uploads, repeated for 30 s:"
wrk -t1 -c2 -d30s --latency -H "Cookie: $reader" $base/ | grep -E " 50%| 99%|Requests/sec|Non-2xx"
wait $uploads
echo "uploads (HTTP code, count, slowest s): $(cat "$work"/wide-*.txt | awk '{n[$1]++; if ($2 > m[$1]) m[$1] = $2} END {for (c in n) printf "%s ×%d max %.1f; ", c, n[c], m[c]}')"
grep -ho '系统繁忙[^<]*\|文件行数超过上限[^<]*\|文件中的文字超过上限[^<]*\|文件中有[0-9]*处错误[^<]*' "$work"/answer-*.html | sort | uniq -c | head -5 || true
kill $sampler 2>/dev/null || true
awk 'NF >= 8 && $1 != "S0C" {used = $3 + $4 + $6 + $8; if (used > max) max = used} END {printf "most heap used: %.0f MB (of -Xmx256m)\n", max / 1024}' "$work/heap.txt"
echo "OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$work/server.log" || true)"
cp "$work/server.log" /tmp/bench-import-server.log
