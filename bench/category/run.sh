#!/usr/bin/env bash
# Times ToyRec's softmax regression beside scikit-learn's LogisticRegression (lbfgs) on the same features and the
# same split, in one run, prints the time ratios and both accuracies, scores the issue's reference pipelines on both
# splits, and writes bench/category/RESULTS.md.
# Usage: bench/category/run.sh [CATALOG] [LAMBDA] [OUT_FOLDER]
# The CPU is shared: run it as `nice -n 10 bench/category/run.sh` when `uptime` shows a low load.
set -euo pipefail
cd "$(dirname "$0")/../.."
catalog=${1:-../shared/data/amazon_co-ecommerce_sample.csv}
lambda=${2:-1e-05}
out=${3:-bench/category/out}
if ! /usr/bin/python3 -c "import sklearn" 2>/dev/null; then
    echo "scikit-learn is not installed for /usr/bin/python3 (Debian package python3-sklearn)." >&2
    exit 1
fi
sklearn_version=$(/usr/bin/python3 -c "import sklearn; print(sklearn.__version__)")
echo "scikit-learn $sklearn_version"
dotnet build bench/category/CategoryBench -c Release --nologo -v q
mkdir -p "$out"
bench=bench/category/CategoryBench/bin/Release/net10.0/CategoryBench.dll
loads=("$(cut -d' ' -f1-3 /proc/loadavg) before")
echo "ToyRec, one thread:"
dotnet "$bench" "$catalog" "$out/one-thread" --l2 "$lambda" --threads 1 | tee "$out/toyrec1.txt"
loads+=("$(cut -d' ' -f1-3 /proc/loadavg) after ToyRec, one thread")
echo "ToyRec, all cores ($(nproc)); writes the split and the features for the peer:"
dotnet "$bench" "$catalog" "$out" --l2 "$lambda" | tee "$out/toyrec.txt"
loads+=("$(cut -d' ' -f1-3 /proc/loadavg) after ToyRec, all cores")
echo "scikit-learn on the same split and features (one OpenBLAS thread):"
# As in bench/content: OpenBLAS tuning variables some machines set would slow numpy; the peer runs without them.
# One OpenBLAS thread is the peer's fastest setting on this 2-core machine (its default of two took about a quarter
# longer in an audit's runs), and it makes its CPU time its own work rather than spinning BLAS threads.
peer() { env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 /usr/bin/python3 bench/category/peer.py "$@"; }
peer "$out" | tee "$out/sklearn.txt"
loads+=("$(cut -d' ' -f1-3 /proc/loadavg) after scikit-learn")
iterations=$(grep -o 'iterations=[0-9]*' "$out/toyrec.txt" | cut -d= -f2)
echo "scikit-learn stopped at ToyRec's iteration count ($iterations), for a like-for-like time per iteration:"
# Stopped early on purpose, it warns that it did not converge; its stderr is kept beside its output.
peer "$out" "$iterations" 2> "$out/sklearn-same-iterations.err" | tee "$out/sklearn-same-iterations.txt"
loads+=("$(cut -d' ' -f1-3 /proc/loadavg) after scikit-learn at ToyRec's iterations")
echo "The issue's scikit-learn reference pipelines, on scikit-learn's split and on ToyRec's (accuracy only):"
/usr/bin/python3 bench/category/reference.py "$catalog" "$out/split.tsv" | tee "$out/reference.txt"
/usr/bin/python3 bench/category/report.py "$out" "$sklearn_version" "$(nproc)" "${loads[@]}" \
    > bench/category/RESULTS.md
sed -n '/^| run/,/^Ratios/p' bench/category/RESULTS.md
echo "wrote bench/category/RESULTS.md"
