#!/usr/bin/env bash
# The quickstart: builds what it needs, then shows the SDK working end to end.
#   ./quickstart.sh                      against a local stand-in of the API (no key needed)
#   BEYONDWORDS_API_KEY=... ./quickstart.sh [--write]   against the real API
set -euo pipefail
cd "$(dirname "$0")"
echo "Building the quickstart (the first run also downloads Maven dependencies)..." >&2
mvn -B -q -pl examples -am package -Dmaven.test.skip=true
exec java -jar examples/target/beyondwords-quickstart.jar "$@"
