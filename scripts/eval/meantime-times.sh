#!/usr/bin/env bash
# MEANTIME (airbus + apple clusters): TIMEX detection and value F1, document date as publication date.
set -euo pipefail
out="$EVAL_OUT/meantime-times"
data="$SHARED/data/meantime-en/intra_cross-doc_annotation"
mkdir -p "$out"
python3 "$SHARED/eval/meantime.py" convert "$out" "$data"/corpus_* >/dev/null
"${CARGO_TARGET_DIR:-target}/release/examples/eval_times" "$out/docs.jsonl" "$out/pred.jsonl"
python3 "$SHARED/eval/meantime.py" score "$out" "$out/pred.jsonl" --offsets utf16 --json "$out/score.json" | grep -E "^(type|TIMEX)" || true
