#!/usr/bin/env bash
# Builds the committed bundles: dist/ (the GitHub Action), dist/cli/ (the realism-gate CLI),
# dist/worker/ (the worker threads both start for large tables) and dist/undici/ (the HTTP client the
# action loads only behind a proxy).
# OUT_DIR lets the check-dist test build elsewhere and compare.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${OUT_DIR:-dist}
rm -rf "$out"
npx ncc build src/index.ts -o "$out" --license licenses.txt -q
npx ncc build src/cli/index.ts -o "$out/cli" -q
npx ncc build src/artifacts/worker-entry.ts -o "$out/worker" -q
npx ncc build src/io/undici-bundle.cjs -o "$out/undici" --license licenses.txt -q
# ncc silently stubs modules it cannot resolve; such a bundle throws at run time.
if grep -rq webpackMissingModule "$out"; then echo "bundle contains webpackMissingModule" >&2; exit 1; fi
chmod +x "$out/cli/index.js"
