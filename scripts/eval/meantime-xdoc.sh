#!/usr/bin/env bash
# MEANTIME cross-document entity coreference (PER/ORG/LOC names in the annotated region): MUC, B3,
# CEAF-e, CoNLL F1, one analyze call per topic cluster (scripts/eval/meantime_xdoc.py, examples/eval_xdoc.rs).
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${SHARED:?set SHARED}" "${EVAL_OUT:?set EVAL_OUT}"
out="$EVAL_OUT/meantime-xdoc"
mkdir -p "$out"
python3 scripts/eval/meantime_xdoc.py convert "$SHARED" "$out" "$SHARED"/data/meantime-en/intra_cross-doc_annotation/corpus_* >/dev/null
"${CARGO_TARGET_DIR:-target}/release/examples/eval_xdoc" < "$out/clusters.jsonl" > "$out/pred.jsonl"
python3 scripts/eval/meantime_xdoc.py score "$SHARED" "$out" "$out/pred.jsonl" --json "$out/score.json"
echo "reference: the data's SOURCE.md publishes no cross-document coreference score for MEANTIME (the paper reports inter-annotator agreement only)"
