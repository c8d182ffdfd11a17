#!/bin/bash
# Hyperparameter sweep of scripts/cnn/train.py (figures only, --no-export), several runs in
# parallel. Used once on the GPU machine (issue 13); runs on CPU too with DEVICE=cpu.
#   DATA=build/cnn DEVICE=cuda PAR=8 EXTRA="--limit 2000 --epochs 1" scripts/cnn/sweep.sh OUTDIR
set -u
OUT=${1:-/tmp/sweep}
mkdir -p "$OUT"
DEVICE=${DEVICE:-cuda}
PAR=${PAR:-8}
EXTRA=${EXTRA:-}
PY=${PYTHON:-python3}
CONFIGS=(
  "base|"
  "ep10|--epochs 10"
  "f96|--filters 96"
  "f96h128|--filters 96 --hidden 128"
  "w234|--widths 2,3,4"
  "w1234|--widths 1,2,3,4"
  "d48|--dims 48"
  "d64|--dims 64"
  "lr1e3ep10|--lr 1e-3 --epochs 10"
  "lr4e3|--lr 4e-3"
  "drop5|--dropout 0.5"
  "wd0|--word-dropout 0"
  "wd15|--word-dropout 0.15"
  "posw7|--posw-exp 0.7"
  "posw3|--posw-exp 0.3"
  "b128ep10|--batch 128 --epochs 10"
  "f96ep10|--filters 96 --epochs 10"
  "d48f96ep10|--dims 48 --filters 96 --epochs 10"
)
i=0
for c in "${CONFIGS[@]}"; do
  name=${c%%|*}; args=${c#*|}
  ( PYTHONUNBUFFERED=1 $PY scripts/cnn/train.py --data "${DATA:-build/cnn}" --device "$DEVICE" --threads 1 --no-export $args $EXTRA > "$OUT/$name.log" 2>&1; echo "done $name rc=$?" ) &
  i=$((i+1))
  if (( i % PAR == 0 )); then wait; fi
done
wait
grep -h '^SWEEP_RESULT' "$OUT"/*.log > "$OUT/results.jsonl"
$PY - "$OUT/results.jsonl" <<'PYEOF'
import json, sys
rows = [json.loads(l[len('SWEEP_RESULT '):]) for l in open(sys.argv[1])]
def m(r, part, heads):
    v = [r[part][h]['auc'] for h in heads if r[part][h]['auc'] is not None]
    return sum(v) / len(v)
tone = ['offensive', 'bullying', 'discrimination']
school = ['confidential', 'safeguarding', 'pupil-contact', 'consent', 'copyright', 'disrepute', 'reputation', 'defamation', 'unlawful']
for r in sorted(rows, key=lambda r: -(m(r, 'calibration', tone) + m(r, 'calibration', school))):
    a = r['args']
    cfg = f"dims {a['dims']} w {a['widths']} f {a['filters']} h {a['hidden']} ep {a['epochs']} lr {a['lr']} drop {a['dropout']} wdrop {a['word_dropout']} posw {a['posw_exp']} batch {a['batch']}"
    print(f"cal tone {m(r, 'calibration', tone):.4f} school {m(r, 'calibration', school):.4f} | val tone {m(r, 'validation', tone):.4f} school {m(r, 'validation', school):.4f} olidF1 {r['validation'].get('olidMacroF1')} | {r['seconds']}s | {cfg}")
PYEOF
