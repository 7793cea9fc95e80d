#!/usr/bin/env bash
# The one test command (npm test): type check, lint, then jest (which includes the check that
# dist/ matches the sources). Ends with the plain line `N passed, N failed`, counting the type check
# and the lint as one test each.
set -u
cd "$(dirname "$0")/.."
passed=0
failed=0

step() {
  local label=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok: $label"; else failed=$((failed + 1)); echo "FAILED: $label"; fi
}

step "type check (tsc --noEmit)" npx tsc --noEmit
step "lint (eslint)" npx eslint .

report=$(mktemp -t realism-gate-jest.XXXXXX.json)
NODE_OPTIONS=--experimental-vm-modules NODE_NO_WARNINGS=1 npx jest --ci --json --outputFile="$report" "$@"
jest_status=$?
if [ -s "$report" ]; then
  read -r jp jf < <(node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));console.log(r.numPassedTests, r.numFailedTests + r.numRuntimeErrorTestSuites)' "$report")
else
  jp=0; jf=1
fi
if [ "$jest_status" -ne 0 ] && [ "$jf" -eq 0 ]; then jf=1; fi
rm -f "$report"
passed=$((passed + jp))
failed=$((failed + jf))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
