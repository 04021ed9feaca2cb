#!/usr/bin/env bash
# Parser speed (issue #4) with JMH: a 30,000-character plan (sample mode: median and percentiles) and a
# 200-page Chinese PDF read and parsed (single shot, 5 runs). Needs fonts-wqy-microhei for the PDF.
# Usage: scripts/bench-intake.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
java -cp "target/test-classes:target/classes:$(cat target/bench.cp)" org.openjdk.jmh.Main PlanParserBenchmark "$@"
