#!/usr/bin/env bash
# Main-text extraction on the article-extraction benchmark's pages (91 of its 181), scored by
# the shared scorer next to the other extractors' outputs on the same pages.
set -euo pipefail
out="$EVAL_OUT/extraction"
data="$SHARED/data/article-extraction-benchmark"
mkdir -p "$out"
"${CARGO_TARGET_DIR:-target}/release/examples/eval_extraction" "$data/html" "$out/corroborate.json"
python3 "$SHARED/eval/extraction.py" "$data/ground-truth.json" "$out/corroborate.json" "$data"/output/*.json \
  | sort -k3 -r
