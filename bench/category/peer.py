"""scikit-learn's LogisticRegression (lbfgs) on ToyRec's exact features and split, timed.

Reads FOLDER/train.svm, FOLDER/test.svm (ToyRec's feature vectors, svmlight format), FOLDER/split.tsv (the
product ids of each part) and FOLDER/meta.json (dimension, lambda), fits with C = 1 / (lambda * n), which has
the same minimiser as ToyRec's mean cross-entropy + lambda/2 |W|^2, and prints one line of results.
"""
import json
import sys
import time

import numpy as np
from sklearn.datasets import load_svmlight_file
from sklearn.linear_model import LogisticRegression

folder = sys.argv[1]
max_iter = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
meta = json.load(open(f"{folder}/meta.json"))
x_train, y_train = load_svmlight_file(f"{folder}/train.svm", n_features=meta["features"])
x_test, y_test = load_svmlight_file(f"{folder}/test.svm", n_features=meta["features"])
parts = [line.split("\t")[1] for line in open(f"{folder}/split.tsv").read().splitlines()[1:]]
assert parts.count("train") == x_train.shape[0] and parts.count("test") == x_test.shape[0], "split mismatch"

n = x_train.shape[0]
c = 1.0 / (meta["l2"] * n)
model = LogisticRegression(C=c, solver="lbfgs", max_iter=max_iter)
start, cpu_start = time.perf_counter(), time.process_time()
model.fit(x_train, y_train)
seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
accuracy = float((model.predict(x_test) == y_test).mean())

# The objective in ToyRec's scaling, to compare how far each optimiser went.
log_p = model.predict_log_proba(x_train)
classes = list(model.classes_)
rows = np.arange(n)
cross_entropy = -log_p[rows, [classes.index(v) for v in y_train]].mean()
objective = cross_entropy + 0.5 * meta["l2"] * float((model.coef_ ** 2).sum())
print(f"sklearn C={c:.6g} fit_s={seconds:.3f} fit_cpu_s={cpu_seconds:.3f} iterations={int(model.n_iter_[0])} "
      f"objective={objective:.8g} accuracy={accuracy:.4f}")
