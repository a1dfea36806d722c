#!/usr/bin/env bash
# MEANTIME (English Wikinews) PER/ORG/LOC mentions, scored by the shared scorer.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${SHARED:?set SHARED}" "${EVAL_OUT:?set EVAL_OUT}"
out="$EVAL_OUT/meantime"
mkdir -p "$out"
python3 "$SHARED/eval/meantime.py" convert "$out" "$SHARED"/data/meantime-en/intra_cross-doc_annotation/corpus_* >/dev/null
python3 -c '
import json, sys, os
for line in open(sys.argv[1] + "/docs.jsonl"):
    d = json.loads(line)
    print(json.dumps({"doc": d["doc"], "path": os.path.join(sys.argv[1], d["text"])}))
' "$out" | "${CARGO_TARGET_DIR:-target}/release/examples/eval_entities" > "$out/pred.jsonl"
python3 "$SHARED/eval/meantime.py" score "$out" "$out/pred.jsonl" --offsets utf16 --errors "$out/errors.txt"
echo "reference (PER+ORG+LOC micro F1, exact / overlap): spaCy en_core_web_sm 61.7 / 78.2, compromise 41.8 / 56.1"
