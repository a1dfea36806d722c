#!/usr/bin/env bash
# UNER English PUD (Wikipedia sentences, IOB2): exact mention match P/R/F1, scripts/eval/uner_score.py.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${SHARED:?set SHARED}" "${EVAL_OUT:?set EVAL_OUT}"
gold="$SHARED/data/uner-en-pud/en_pud-wiki.iob2"
out="$EVAL_OUT/uner"
mkdir -p "$out"
python3 scripts/eval/uner_score.py texts "$gold" > "$out/sentences.jsonl"
"${CARGO_TARGET_DIR:-target}/release/examples/eval_entities" < "$out/sentences.jsonl" > "$out/pred.jsonl"
python3 scripts/eval/uner_score.py score "$gold" "$out/pred.jsonl"
