#!/usr/bin/env bash
# Runs every test of the solution against real PostgreSQL and Redis servers, checks the
# code format, and enforces a line-coverage floor over modules/ (merged across all test
# projects). Installs the servers' binaries through apt when run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
COVERAGE_FLOOR=${COVERAGE_FLOOR:-90}

missing=()
command -v redis-server >/dev/null || [ -x /usr/bin/redis-server ] || missing+=(redis-server)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || command -v pg_ctl >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing ${missing[*]} ..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    # The tests start private servers on free ports; the packages' own services are not needed.
    service redis-server stop >/dev/null 2>&1 || true
    service postgresql stop >/dev/null 2>&1 || true
  else
    echo "The tests need: ${missing[*]}. Install them (Debian: sudo apt-get install ${missing[*]}) and run again." >&2
    exit 1
  fi
fi

dotnet tool restore >/dev/null
echo "== dotnet format --verify-no-changes"
dotnet format Meetinity.sln --verify-no-changes

rm -rf TestResults
echo "== dotnet test"
mkdir -p TestResults
status=0
dotnet test Meetinity.sln --settings etc/coverage.runsettings --collect "XPlat Code Coverage" --results-directory TestResults \
  2>&1 | tee TestResults/test.log || status=$?
# One plain closing line for every test project together.
summary=$(awk -F'[:,]' '/(Passed|Failed)! +- Failed:/ { failed += $2; passed += $4; skipped += $6 }
  END { printf "tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped }' TestResults/test.log)
echo "$summary"
[ "$status" = 0 ] || exit "$status"

echo "== coverage of modules/ (all test projects merged)"
dotnet reportgenerator -reports:"TestResults/*/coverage.cobertura.xml" -targetdir:TestResults/coverage \
  -reporttypes:"TextSummary" -verbosity:Warning >/dev/null
sed -n '1,/^$/p;/^Meetinity/p' TestResults/coverage/Summary.txt | grep -v '^$' || true
line=$(grep -m1 -E '^\s*Line coverage:' TestResults/coverage/Summary.txt | grep -oE '[0-9]+(\.[0-9]+)?')
if awk "BEGIN { exit !($line < $COVERAGE_FLOOR) }"; then
  echo "Line coverage ${line}% is below the floor of ${COVERAGE_FLOOR}%." >&2
  exit 1
fi
echo "Line coverage ${line}% (floor ${COVERAGE_FLOOR}%)."
echo "$summary"
