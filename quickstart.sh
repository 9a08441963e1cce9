#!/usr/bin/env bash
# The quickstart: builds what it needs, then shows the SDK working end to end.
#   ./quickstart.sh                                      against a local stand-in of the API (no key needed)
#   BEYONDWORDS_API_KEY=... ./quickstart.sh [--write]    against the real API
set -euo pipefail
cd "$(dirname "$0")"
echo "Building the quickstart (the first run also downloads Maven dependencies)..." >&2
build_log=$(mktemp)
trap 'rm -f "$build_log"' EXIT
if ! mvn -B -q -pl examples -am package -Dmaven.test.skip=true > "$build_log" 2>&1; then
  cat "$build_log" >&2
  echo "The build failed; the Maven output is above." >&2
  exit 1
fi
java -jar examples/target/beyondwords-quickstart.jar "$@"
