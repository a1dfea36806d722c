#!/usr/bin/env bash
# `npm run eval`: development scores on ../shared/data with the shared scorers (../shared/eval).
# Runs every scripts/eval/*.sh in name order; each prints its own table.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export SHARED="${SHARED:-$(cd .. && pwd)/shared}"
[ -d "$SHARED/data" ] || { echo "eval: $SHARED/data not found; set SHARED to the shared data folder" >&2; exit 2; }
export EVAL_OUT="${EVAL_OUT:-$PWD/target/eval}"
mkdir -p "$EVAL_OUT"
cargo build --release --examples -q
for part in scripts/eval/*.sh; do
  [ -e "$part" ] || continue
  printf '\n\033[1m== %s\033[0m\n' "$(basename "$part" .sh)"
  bash "$part"
done
