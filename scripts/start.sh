#!/usr/bin/env bash
# `npm start`: installs what is missing, builds the WASM module for the page, serves www/ on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/setup.sh
node scripts/build-wasm.mjs web
echo "start: serving the page; open the Local URL below (Ctrl+C stops it)"
exec node_modules/.bin/vite --config www/vite.config.js "$@"
