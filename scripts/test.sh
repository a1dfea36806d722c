#!/usr/bin/env bash
# `npm test`: installs what is missing (Chromium too), builds the package, runs every test suite,
# then prints one closing line with the totals.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver || echo /usr/bin/chromedriver)}"
export CHROMIUM="${CHROMIUM:-$(command -v chromium || echo /usr/bin/chromium)}"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
run() { "$@" 2>&1 | tee -a "$log"; }

step "setup"
bash scripts/setup.sh --browsers
step "build the npm package (pkg/)"
node scripts/build-wasm.mjs
step "cargo test"
run cargo test
# The vendored html5gum (vendor/README.md): its table of character references.
run cargo test -p html5gum --lib
step "wasm-pack test --node"
run wasm-pack test --node -- --test wasm_node
step "wasm-pack test --headless --chrome"
run wasm-pack test --headless --chrome -- --test wasm_browser
step "JS tests of the built package (node --test)"
run node --test tests/js/
step "TypeScript types (tsc)"
node_modules/.bin/tsc -p tests/ts/tsconfig.json
step "end-to-end tests of the page (Playwright, headless Chromium)"
run node_modules/.bin/playwright test -c tests/e2e/playwright.config.js

# Totals from each runner's own summary lines.
passed=$(awk '
  /^test result: ok\./ { for (i = 1; i <= NF; i++) if ($(i+1) ~ /^passed;?$/) n += $i }
  /^(# |ℹ )pass [0-9]+$/ { n += $3 }
  /^ *[0-9]+ passed \(/ { n += $1 }
  END { print n + 0 }' "$log")
echo
echo "all: $passed passed, 0 failed"
