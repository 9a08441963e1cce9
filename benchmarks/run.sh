#!/usr/bin/env bash
# Runs the JMH benchmark suite and rewrites BENCHMARKS.md (see the README section "Benchmarks").
#
#   benchmarks/run.sh              full run (~53 min on 2 cores; the figures to quote)
#   benchmarks/run.sh --quick      smoke run (~8 min; one fork, short iterations; the report says QUICK MODE)
#   benchmarks/run.sh --only REGEX run only the groups whose name matches, e.g. --only 'inmemory|autopaging'
#                                  (groups: inmemory-time loopback-time inmemory-thrpt-t{1,8,64}
#                                   loopback-thrpt-t{1,8,64} autopaging startup prefetch-paging
#                                   listener-thrpt-t8 withoptions-threads cli-import cli-import-memory)
#   benchmarks/run.sh --no-build   reuse benchmarks/target/benchmarks.jar
#
# Raw JMH JSON goes to benchmarks/target/jmh-results/; regenerate the report from it with
#   java -cp benchmarks/target/benchmarks.jar io.beyondwords.benchmarks.Report
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/.."

build=1
args=()
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    -h|--help) sed -n "2,14p" "$here/run.sh"; exit 0 ;;
    *) args+=("$a") ;;
  esac
done

if [ "$build" = 1 ]; then
  mvn -B -q -pl benchmarks -am package -DskipTests
fi
exec java -cp benchmarks/target/benchmarks.jar io.beyondwords.benchmarks.Suite ${args[@]+"${args[@]}"}
