#!/usr/bin/env bash
# The embedded default (H2 under ./data, demo data: what `./mvnw spring-boot:run` runs) started in a few seconds
# instead of half a minute on a 2-core machine. Usage: scripts/start-fast.sh [application arguments…]
#
# What makes the start slow is not Kepu's own work but loading, linking and first running the classes of Spring,
# Hibernate and Spring Security, with the JIT compilers and the garbage collector competing for the same two cores.
# So, once per build:
#   - Spring AOT (`-Pnative` runs only Spring's `process-aot`, the jar still runs on the JVM): the bean definitions are
#     generated at build time instead of found by scanning and evaluating conditions at start;
#   - the jar extracted (classes read from plain jars, not from a jar inside a jar);
#   - a training run that starts the context and stops, recording the classes it loaded, linked and (on JDK 25) the
#     methods' profiles: the JDK's AOT cache on JDK 25 or later (JEP 483/515), a CDS archive on JDK 17 to 24.
# And at every start: the first JIT tier only and the serial collector — one person trying the demo needs neither the
# second tier's peak speed nor a collector running beside the application.
# Production instances start from the same ingredients without the last two options (docs/deployment.md).
# JAVA chooses the JVM (default: java on the PATH), e.g. JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java.
# Measured by `scripts/startup-time.sh --fast 5` (the same JAVA).
set -euo pipefail
cd "$(dirname "$0")/.."
java=${JAVA:-java}
fast=$(pwd)/target/fast
jar=$fast/kepu.jar
feature=$("$java" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}')
options=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dspring.aot.enabled=true)

if [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -print -quit)" ]; then
  echo "构建（Spring AOT）……"
  ./mvnw -q -DskipTests -Pnative package
  rm -rf "$fast"
  "$java" -Djarmode=tools -jar target/kepu.jar extract --destination "$fast" >/dev/null
fi

if [ "$feature" -ge 25 ]; then
  cache=$fast/kepu.aot; record=(-XX:AOTCacheOutput="$cache"); use=(-XX:AOTCache="$cache")
else
  cache=$fast/kepu.jsa; record=(-XX:ArchiveClassesAtExit="$cache"); use=(-XX:SharedArchiveFile="$cache")
fi
if [ ! -f "$cache" ]; then
  echo "训练运行：记录启动时加载的类（每次构建一次，约一分钟）……"
  "$java" "${options[@]}" "${record[@]}" -Dspring.context.exit=onRefresh -jar "$jar" "$@" >"$fast/training.log" 2>&1 \
    || { rm -f "$cache"; echo "训练运行失败，见 $fast/training.log" >&2; exit 1; }
fi
# scripts/startup-time.sh --fast measures this start: it asks for the jar and the options instead of a start.
if [ -n "${KEPU_FAST_PREPARE_ONLY:-}" ]; then echo "$jar ${options[*]} ${use[*]}"; exit 0; fi
exec "$java" "${options[@]}" "${use[@]}" -jar "$jar" "$@"
