#!/usr/bin/env bash
# Times ToyRec's softmax regression beside scikit-learn's LogisticRegression (lbfgs) on the same features and the
# same split, in one run, and prints the time ratio and both accuracies.
# Usage: bench/category/run.sh [CATALOG] [LAMBDA] [OUT_FOLDER]
set -euo pipefail
cd "$(dirname "$0")/../.."
catalog=${1:-../shared/data/amazon_co-ecommerce_sample.csv}
lambda=${2:-1e-05}
out=${3:-bench/category/out}
if ! /usr/bin/python3 -c "import sklearn" 2>/dev/null; then
    echo "scikit-learn is not installed for /usr/bin/python3 (Debian package python3-sklearn)." >&2
    exit 1
fi
/usr/bin/python3 -c "import sklearn; print('scikit-learn', sklearn.__version__)"
dotnet build bench/category/CategoryBench -c Release --nologo -v q
mkdir -p "$out"
bench=bench/category/CategoryBench/bin/Release/net10.0/CategoryBench.dll
echo "ToyRec, one thread:"
dotnet "$bench" "$catalog" "$out/one-thread" --l2 "$lambda" --threads 1 | tee "$out/toyrec1.txt"
echo "ToyRec, all cores ($(nproc)); writes the split and the features for the peer:"
dotnet "$bench" "$catalog" "$out" --l2 "$lambda" | tee "$out/toyrec.txt"
echo "scikit-learn on the same split and features:"
/usr/bin/python3 bench/category/peer.py "$out" | tee "$out/sklearn.txt"
/usr/bin/python3 - "$out" <<'PY'
import re, sys
out = sys.argv[1]
def field(path, name):
    return float(re.search(name + r"=([0-9.eE+-]+)", open(path).read()).group(1))
ours, ours1, theirs = f"{out}/toyrec.txt", f"{out}/toyrec1.txt", f"{out}/sklearn.txt"
t, t1, s = field(ours, "fit_s"), field(ours1, "fit_s"), field(theirs, "fit_s")
print(f"time ratio toyrec/sklearn: {t / s:.3f} (all cores), {t1 / s:.3f} (one thread); goal <= 0.1")
c, c1, sc = field(ours, "fit_cpu_s"), field(ours1, "fit_cpu_s"), field(theirs, "fit_cpu_s")
print(f"CPU-time ratio toyrec/sklearn: {c / sc:.3f} (all cores), {c1 / sc:.3f} (one thread)")
print(f"accuracy: toyrec {field(ours, 'accuracy'):.4f}, sklearn {field(theirs, 'accuracy'):.4f}")
print(f"objective: toyrec {field(ours, 'objective'):.6g}, sklearn {field(theirs, 'objective'):.6g}")
PY
