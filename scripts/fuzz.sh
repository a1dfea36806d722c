#!/usr/bin/env bash
# Fuzzes the core with cargo fuzz (libFuzzer). Not part of `npm test`: fuzzing runs outside CI.
#   scripts/fuzz.sh <target> <seconds>    target: article | analyze     (npm run fuzz -- article 900)
# Installs cargo-fuzz from crates.io if missing. Only the stable toolchain is needed:
# RUSTC_BOOTSTRAP=1 lets it take the nightly-only flags cargo fuzz passes.
# New inputs go to fuzz/corpus-work/<target>/ (not committed); the committed seeds in
# fuzz/corpus/<target>/ are read only. Crashes, hangs (-timeout) and memory blowups
# (-rss_limit_mb) are written to fuzz/artifacts/<target>/ and stop the run.
# FUZZ_SANITIZER=address uses ASan (slower); the default is none (safe Rust, no C code).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

target="${1:?usage: scripts/fuzz.sh <article|analyze> <seconds>}"
seconds="${2:?usage: scripts/fuzz.sh <article|analyze> <seconds>}"
case "$target" in article | analyze) ;; *) echo "fuzz: unknown target $target (article or analyze)" >&2; exit 2 ;; esac

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz from crates.io (once)"
  cargo install cargo-fuzz --locked
fi

export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/fuzz/target}"
mkdir -p "fuzz/corpus-work/$target" "fuzz/artifacts/$target"
# -max_len 64 KB: long enough for several whole articles; the limits tests cover megabytes.
# -timeout 10 s for one input and -rss_limit_mb 2048: a hang or a blowup is a finding.
exec nice -n 10 cargo fuzz run --fuzz-dir fuzz -s "${FUZZ_SANITIZER:-none}" "$target" \
  "fuzz/corpus-work/$target" "fuzz/corpus/$target" -- \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -dict=fuzz/news.dict -print_final_stats=1 -artifact_prefix="fuzz/artifacts/$target/"
