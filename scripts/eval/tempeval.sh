#!/usr/bin/env bash
# TempEval-3 platinum: time expressions (value F1, the Task A ranking score), DCT as publication date.
set -euo pipefail
out="$EVAL_OUT/tempeval3"
data="$SHARED/data/tempeval3-platinum"
mkdir -p "$out"
python3 "$SHARED/eval/tempeval.py" convert "$data/te3-platinum" "$data/te3-platinum-input" "$out" >/dev/null
"${CARGO_TARGET_DIR:-target}/release/examples/eval_times" "$out/docs.jsonl" "$out/pred.jsonl"
python3 "$SHARED/eval/tempeval.py" score "$out" "$out/pred.jsonl" --offsets utf16 --json "$out/score.json"
echo
python3 - "$out/score.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
pct = lambda k: f"{100 * s[k]['f1']:.2f}"
print(f"{'system':<14}{'value F1':>9}{'relaxed F1':>12}{'strict F1':>11}")
print(f"{'corroborate':<14}{pct('value'):>9}{pct('relaxed'):>12}{pct('strict'):>11}")
print(f"{'HeidelTime-t':<14}{'77.61':>9}   (published, TempEval-3 Task A)")
print(f"{'SUTime':<14}{'67.38':>9}   (published, TempEval-3 Task A)")
PY
