"""Writes bench/category/RESULTS.md (to stdout) from one run of bench/category/run.sh.

Usage: report.py OUT_FOLDER SKLEARN_VERSION CORES LOAD...
"""
import datetime
import os
import re
import sys
import textwrap

out, sklearn_version, cores, loads = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]


def fields(path):
    return dict(re.findall(r"(\w+)=([0-9.eE+-]+)", open(path).read()))


one, all_cores, peer = fields(f"{out}/toyrec1.txt"), fields(f"{out}/toyrec.txt"), fields(f"{out}/sklearn.txt")
same_iterations = fields(f"{out}/sklearn-same-iterations.txt")


def ratio(ours, name):
    return float(ours[name]) / float(peer[name])


best_wall = min(ratio(one, "fit_s"), ratio(all_cores, "fit_s"))
best_cpu = min(ratio(one, "fit_cpu_s"), ratio(all_cores, "fit_cpu_s"))
accuracy_ok = min(float(one["accuracy"]), float(all_cores["accuracy"])) >= float(peer["accuracy"])
wall_met = best_wall <= 0.1 and accuracy_ok
cpu_met = best_cpu <= 0.1 and accuracy_ok
finished = os.path.getmtime(f"{out}/sklearn.txt")
today = datetime.datetime.fromtimestamp(finished, datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def wrap(text):
    return "\n".join(textwrap.wrap(" ".join(text.split()), 116))


load_line = wrap("Load averages (1, 5, 15 min): " + "; ".join(loads) + ".")
rows = [("ToyRec, 1 thread", one), (f"ToyRec, all cores ({cores})", all_cores), ("scikit-learn lbfgs", peer),
        ("scikit-learn lbfgs, stopped at ToyRec's iterations", same_iterations)]
print(f"""# Category model: ToyRec's softmax regression beside scikit-learn's LogisticRegression

Written by `bench/category/run.sh [CATALOG] [LAMBDA] [OUT]`; do not edit by hand. It builds `CategoryBench`,
which loads and cleans the catalogue, makes ToyRec's stratified 80/20 split (seed 42, the split
`toyrec evaluate category` uses), builds ToyRec's study features (name word 1-2 grams and character 2-5 grams
within words, TF-IDF; standardised log price and rating; a missing-price flag), writes `OUT/split.tsv` (product
ids, part, class) and the feature matrices (`train.svm`, `test.svm`, svmlight), and times one fit of ToyRec's
L-BFGS softmax regression, once on one thread and once on all cores. `peer.py` then fits scikit-learn's
`LogisticRegression(solver="lbfgs", C = 1 / (λ n), max_iter=1000)` on exactly those matrices (same minimiser:
ToyRec's objective is the mean cross-entropy + λ/2 ‖W‖²). λ = {float(one["l2"]):g} (C = {float(peer["C"]):.4g}).
Both objectives are printed in ToyRec's scaling so that it shows how far each optimiser went; ToyRec stops at a
relative decrease of 1e-6 per iteration, scikit-learn at its default tol = 1e-4, which here takes it about 100
iterations further to a slightly lower objective; a second peer fit stops at ToyRec's iteration count, for time
per iteration like for like. The peer runs with one OpenBLAS thread (its faster setting here).

## Measured ({today}, {cores}-core machine shared with other sessions)

scikit-learn {sklearn_version} (Debian python3-sklearn), .NET 10, {one["train"]} training and {one["test"]} test
products, {one["features"]} features, {one["classes"]} classes, {one["nnz"]} non-zeros in the training matrix.
{load_line}

| run | fit wall s | fit CPU s | iterations | objective | test accuracy |
| --- | ---: | ---: | ---: | ---: | ---: |""")
for name, r in rows:
    print(f"| {name} | {float(r['fit_s']):.2f} | {float(r['fit_cpu_s']):.2f} | {r['iterations']} | "
          f"{float(r['objective']):.6f} | {float(r['accuracy']):.4f} |")
print()
print(wrap(f"""Ratios ToyRec / scikit-learn: wall time {ratio(one, "fit_s"):.3f} (1 thread), {ratio(all_cores, "fit_s"):.3f}
(all cores); CPU time {ratio(one, "fit_cpu_s"):.3f} (1 thread), {ratio(all_cores, "fit_cpu_s"):.3f} (all cores).
Goal: at most 0.1 of scikit-learn's time with equal or better accuracy (accuracy here: {"equal or better" if
accuracy_ok else "lower"}). In wall time **{"met" if wall_met else "not met"}** in this run (best ratio
{best_wall:.3f}); in CPU time **{"met" if cpu_met else "not met"}** (best ratio {best_cpu:.3f}). At the same
iteration count the wall-time ratio is {float(all_cores["fit_s"]) / float(same_iterations["fit_s"]):.3f} (all cores)
and {float(one["fit_s"]) / float(same_iterations["fit_s"]):.3f} (1 thread); the objectives are in the table.
The timed fit is one fit at the fixed λ without class weights; `toyrec evaluate category` also searches λ on
validation and weights the classes, and reports its own `fitSeconds`."""))
references = [line.split("\t")[1:] for line in open(f"{out}/reference.txt").read().splitlines()
              if line.startswith("reference\t")]
print("""
## The reference figures on ToyRec's split

The issue's reference accuracies (0.831, 0.848, 0.865) come from scikit-learn's own stratified 80/20 split with
seed 42. `reference.py` rebuilds those three pipelines from the raw catalogue with scikit-learn's defaults (C = 1;
TF-IDF without sublinear counts; the manufacturer one-hot) on the same cleaned, labelled products and ToyRec's
labels, and scores each on scikit-learn's split and on ToyRec's. Fitting them is not timed.

| pipeline | scikit-learn's split | ToyRec's split |
| --- | ---: | ---: |""")
for name, on_sklearn, on_toyrec in references:
    print(f"| {name} | {float(on_sklearn):.4f} | {float(on_toyrec):.4f} |")
print("""
## Reading it
- Wall times on this shared machine swing with the other sessions' load, so the CPU-time ratio is the steadier
  figure; the thread count changes no result (same iterations, objective and accuracy).
- Where ToyRec's time goes (single thread, minimum of repeated in-process timings at load 8-14): one
  objective-and-gradient evaluation takes about 14 ms (two passes over the non-zeros, the 17 classes padded to
  24 single-precision lanes held in registers), the two-loop recursion over the 1.47 M parameters with 10
  correction pairs about 17-20 ms (single-precision pairs, each update fused with the next dot product; it
  streams the 20 stored vectors from memory twice per iteration), and the remaining vector steps (new pair,
  next direction start, gradient test, trial point) a few ms, fused into two passes.""")
