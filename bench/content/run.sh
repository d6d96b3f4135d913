#!/usr/bin/env bash
# Times ToyRec's content model and the scikit-learn peer on the same catalogue in one run, prints one table
# (ToyRec ms, scikit-learn ms, ratio) and writes bench/content/RESULTS.md.
# usage: bench/content/run.sh [CATALOGUE.csv]   (env: REPETITIONS=5, WARMUPS=1, MICRO=1 for BenchmarkDotNet)
# The CPU is shared: run it as `nice -n 10 bench/content/run.sh` when `uptime` shows a low load.
set -euo pipefail
cd "$(dirname "$0")/../.."
data="${1:-../shared/data/amazon_co-ecommerce_sample.csv}"
repetitions="${REPETITIONS:-5}"
warmups="${WARMUPS:-1}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build bench/ToyRec.Benchmarks -c Release -warnaserror --nologo -v q
loads=("$(cut -d' ' -f1-3 /proc/loadavg) before")
micro=()
if [[ "${MICRO:-1}" == 1 ]]; then micro=(--micro); fi
dotnet bench/ToyRec.Benchmarks/bin/Release/net10.0/ToyRec.Benchmarks.dll --data "$data" \
    --warmups "$warmups" --repetitions "$repetitions" --json "$work/toyrec.json" --matrix "$work/toyrec-matrix.svm" "${micro[@]}"
loads+=("$(cut -d' ' -f1-3 /proc/loadavg) after ToyRec")

# Some processors here get OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE, which slow a current numpy; the peer runs
# without them (this command only), and the report says which kernel threadpoolctl then saw.
note="OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-(unset)}, OPENBLAS_L2_SIZE=${OPENBLAS_L2_SIZE:-(unset)} in the \
environment; both unset for the peer's command only."
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 bench/content/peer_sklearn.py --data "$data" \
    --warmups "$warmups" --repetitions "$repetitions" --json "$work/sklearn.json" --matrix "$work/toyrec-matrix.svm"
loads+=("$(cut -d' ' -f1-3 /proc/loadavg) after scikit-learn")

echo
/usr/bin/python3 bench/content/compare.py "$work/toyrec.json" "$work/sklearn.json" \
    --markdown bench/content/RESULTS.md --load "${loads[@]}" --unset-note "$note"
cp "$work/toyrec.json" bench/content/toyrec.json
cp "$work/sklearn.json" bench/content/sklearn.json
echo "wrote bench/content/RESULTS.md, toyrec.json and sklearn.json"
