#!/usr/bin/env bash
# Speaker accuracy on MEANTIME speech/cognition events (scripts/eval/meantime_speakers.py).
# Called by scripts/eval.sh, which sets SHARED and EVAL_OUT and builds the examples.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$EVAL_OUT/meantime-speakers"
mkdir -p "$out"
python3 scripts/eval/meantime_speakers.py convert "$out" "$SHARED"/data/meantime-en/intra_cross-doc_annotation/corpus_*
bin="${CARGO_TARGET_DIR:-target}/release/examples/eval_speakers"
"$bin" "$out/text" > "$out/pred.jsonl"
python3 scripts/eval/meantime_speakers.py score "$out" "$out/pred.jsonl" --errors "$out/errors.jsonl"
