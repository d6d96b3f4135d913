#!/usr/bin/env bash
# ToyRec's personal model against the numpy/scipy peer, in the same run on the same machine:
# full leave-one-out test evaluation over every user (build the models, rank all items), and one user's top-10.
# Usage: bench/personal/run.sh [sequential.txt]   (prints both JSON lines, then the ratios)
set -euo pipefail
cd "$(dirname "$0")/../.."
log="${1:-../shared/data/amazon_toys_5core/sequential.txt}"
dotnet build bench/personal/PersonalLatency -c Release -warnaserror --nologo -v q >/dev/null
toyrec=$(dotnet bench/personal/PersonalLatency/bin/Release/net10.0/PersonalLatency.dll "$log")
peer=$(/usr/bin/python3 bench/personal/baselines.py "$log")
echo "toyrec: $toyrec"
echo "peer:   $(echo "$peer" | /usr/bin/python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)))')"
/usr/bin/python3 - "$toyrec" "$peer" <<'PY'
import json, sys
t, p = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"full test evaluation: toyrec {t['totalSeconds']:.2f} s, peer {p['seconds']['total']:.2f} s, "
      f"peer/toyrec = {p['seconds']['total'] / t['totalSeconds']:.2f}")
print(f"one user's top-10 (median): toyrec {t['topTenMedianMs']:.4f} ms, peer {p['topTenMilliseconds']['median']:.4f} ms, "
      f"peer/toyrec = {p['topTenMilliseconds']['median'] / t['topTenMedianMs']:.1f}")
print(f"HR@10 / NDCG@10: toyrec {t['hr10']:.4f} / {t['ndcg10']:.4f}; peer item-knn "
      f"{p['metrics']['item-knn']['HR@10']:.4f} / {p['metrics']['item-knn']['NDCG@10']:.4f}, peer transitions+0.3 kNN "
      f"{p['metrics']['transitions']['HR@10']:.4f} / {p['metrics']['transitions']['NDCG@10']:.4f}")
PY
