#!/usr/bin/env bash
# Trains ToyRec's co-purchase network and its PyTorch peer on the same exported features, split and batch size,
# one after the other in this run, and prints seconds per epoch (training steps only) as a ratio, with both
# networks' test P@1 and R@20 (all-labels). Usage: bench/neural/run.sh [extra 'evaluate neural' options]
# Set MANAGED=1 to also time two epochs of ToyRec with the managed GEMM (TOYREC_GEMM=managed).
set -euo pipefail
cd "$(dirname "$0")/../.."
work="${BENCH_DIR:-$(mktemp -d)}"
mkdir -p "$work/task"
dotnet build src/ToyRec.Cli -c Release --nologo -v q -o "$work/bin" > /dev/null
dotnet "$work/bin/toyrec.dll" evaluate neural --json --export "$work/task" "$@" > "$work/toyrec.json" \
    2> "$work/toyrec.log"
/usr/bin/python3 bench/neural/peer.py "$work/task" 2 > "$work/peer.json" 2> "$work/peer.log"
if [[ "${MANAGED:-0}" == 1 ]]; then
    TOYREC_GEMM=managed dotnet "$work/bin/toyrec.dll" evaluate neural --json --epochs 2 "$@" \
        > "$work/managed.json" 2> "$work/managed.log"
fi
/usr/bin/python3 - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
toyrec = json.load(open(f"{work}/toyrec.json"))
peer = json.load(open(f"{work}/peer.json"))
details = toyrec["details"]["all-labels"]
def metric(name, system):
    return next(m["value"] for m in toyrec["metrics"]
                if m["metric"] == name and m["variant"] == "all-labels" and m["system"] == system)
print(f"GEMM: {toyrec['details']['gemm']}; torch {peer['torch']} with {peer['threads']} threads")
print("| implementation | epochs run | best epoch | s/epoch | network P@1 | network R@20 |")
print("| --- | --- | --- | --- | --- | --- |")
print(f"| ToyRec (C#) | {len(details['epochs'])} | {details['bestEpoch']} | {details['secondsPerEpoch']:.2f} | "
      f"{metric('P@1', 'network'):.4f} | {metric('R@20', 'network'):.4f} |")
print(f"| PyTorch | {len(peer['epochs'])} | {peer['bestEpoch']} | {peer['secondsPerEpoch']:.2f} | "
      f"{peer['P@1']:.4f} | {peer['R@20']:.4f} |")
print(f"ToyRec epoch time / PyTorch epoch time = {details['secondsPerEpoch'] / peer['secondsPerEpoch']:.2f}")
print(f"ToyRec peak working set: {toyrec['details']['peakWorkingSetMiB']:.0f} MiB")
if os.path.exists(f"{work}/managed.json"):
    managed = json.load(open(f"{work}/managed.json"))["details"]["all-labels"]
    print(f"Managed GEMM: {managed['secondsPerEpoch']:.2f} s/epoch over {len(managed['epochs'])} epochs "
          f"({managed['secondsPerEpoch'] / details['secondsPerEpoch']:.2f}x the OpenBLAS epoch)")
PY
echo "Logs and JSON in $work"
