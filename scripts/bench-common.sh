# Sourced by the benchmark scripts: the database to generate into, starting Kepu on it, and measuring one URL.
#   bench_database NAME h2|postgresql   sets url, generate_url and bench_args (extra arguments for java -jar)
#   bench_start PORT                    starts Kepu (-Xmx256m, profile bench) on the database and waits for it
#   measure LABEL URL HEADER            wrk, 1 connection, 15 s after a 5 s warm-up (median/p90/p99), then curl's
#                                       median of 21 runs; HEADER is a session cookie or basic authentication
# Needs wrk (apt-get install wrk); PostgreSQL at 127.0.0.1:5432 (trust) for postgresql.

bench_database() {
  if [ "$2" = postgresql ]; then
    psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $1" -c "create database $1" postgres
    url=jdbc:postgresql://127.0.0.1:5432/$1
    bench_args=(--spring.datasource.username=postgres)
    generate_url="$url?reWriteBatchedInserts=true"
  else
    rm -rf "$work"/kepu*
    url="jdbc:h2:file:$work/kepu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
    bench_args=()
    generate_url="$url"
  fi
}

bench_start() {
  (cd "$work" && exec java -Xmx256m -jar "$jar" --server.port="$1" --spring.profiles.active=bench \
    --spring.datasource.url="$url" "${bench_args[@]}" >"$work/server.log" 2>&1) &
  server=$!
  trap 'kill $server 2>/dev/null' EXIT
  until curl -fs -o /dev/null "http://127.0.0.1:$1/login"; do sleep 0.5; done
  base=http://127.0.0.1:$1
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

measure() {
  local status
  status=$(curl -s -o /dev/null -w "%{http_code}" -H "$3" "$2")
  wrk -t1 -c1 -d5s -H "$3" "$2" >/dev/null
  echo "$1 (HTTP $status):"
  wrk -t1 -c1 -d15s --latency -H "$3" "$2" | grep -E " 50%| 90%| 99%|requests in"
  local times=()
  for i in $(seq 1 21); do times+=("$(curl -s -H "$3" -o /dev/null -w "%{time_total}" "$2")"); done
  echo "  curl: median of 21 runs $(printf '%s\n' "${times[@]}" | median) s"
}
