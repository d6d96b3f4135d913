#!/usr/bin/python3
"""The scikit-learn peer of ToyRec's content benchmark: the same steps on the same file, the usual sklearn way.

Steps (keys shared with bench/ToyRec.Benchmarks):
  load-clean    pandas.read_csv, numeric columns parsed, fields 90% or more missing dropped (computed; the
                descriptions kept), rows without a category dropped, missing prices filled with the median of the
                category path, then of the top-level category, then the global median.
  tfidf         TfidfVectorizer(sublinear_tf=True, stop_words='english').fit_transform on name + manufacturer +
                description.
  top5-all      top-5 for every product: sparse X @ X.T, then each row's top 5 by argpartition (self excluded).
  top5-all-nn   the same with NearestNeighbors(metric='cosine', algorithm='brute').kneighbors.
  top5-all-toyrec-matrix
                top5-all on ToyRec's own default TF-IDF matrix (written by the ToyRec harness with --matrix, read
                with load_svmlight_file as float32), so that both sides rank from exactly the same vectors; the
                product is taken 1,024 rows at a time to bound its memory (the full X @ X.T of that matrix is nearly
                dense).
  top10-one     one product's top-10: X[q] @ X.T densified, argpartition, sort; timed per query.

Each whole step runs WARMUPS times untimed, then REPETITIONS timed runs; the wall-clock median is reported, with
the process's CPU time beside it (per query for top10-one, after one untimed pass over every query). Writes JSON
with --json PATH.
"""
import argparse
import json
import os
import platform
import statistics
import sys
import time

import numpy as np
import pandas as pd
import scipy
import sklearn
import threadpoolctl
from sklearn.datasets import load_svmlight_file
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.neighbors import NearestNeighbors

CATEGORY = "amazon_category_and_sub_category"
KEPT_WHEN_MISSING = {"description", "product_description"}
K_ALL = 5
K_ONE = 10


def parse_number(series, pattern):
    """The first number matching pattern in each value (commas removed), NaN where there is none."""
    return pd.to_numeric(series.str.extract(pattern, expand=False).str.replace(",", "", regex=False),
                         errors="coerce")


def load_clean(path):
    df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    df["price_low"] = parse_number(df["price"], r"£\s*([\d,]+(?:\.\d+)?)")
    df["price_high"] = parse_number(df["price"], r"-\s*£\s*([\d,]+(?:\.\d+)?)").fillna(df["price_low"])
    df["stock_count"] = parse_number(df["number_available_in_stock"], r"^([\d,]+)")
    df["review_count"] = parse_number(df["number_of_reviews"], r"^([\d,]+)$")
    df["answered"] = parse_number(df["number_of_answered_questions"], r"^([\d,]+)$")
    df["rating"] = parse_number(df["average_review_rating"], r"^([\d.]+) out of 5")

    missing = df.isna().mean()
    dropped = [c for c in missing.index if missing[c] >= 0.9 and c not in KEPT_WHEN_MISSING]
    df = df.drop(columns=dropped)
    df["description"] = df.get("description", pd.Series("", index=df.index)).fillna("")
    df["product_description"] = df.get("product_description", pd.Series("", index=df.index)).fillna("")

    df = df[df[CATEGORY].notna()].reset_index(drop=True)
    df["top_level"] = df[CATEGORY].str.split(" > ", n=1).str[0]
    price = df["price_low"]
    price = price.fillna(df.groupby(CATEGORY)["price_low"].transform("median"))
    price = price.fillna(df.groupby("top_level")["price_low"].transform("median"))
    df["price_low"] = price.fillna(df["price_low"].median())
    return df


def fit_transform(df):
    text = (df["product_name"].fillna("") + " " + df["manufacturer"].fillna("") + " " + df["description"])
    return TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(text)


def top_all_matmul(x, k=K_ALL):
    s = (x @ x.T).tocsr()
    s.setdiag(0)
    s.eliminate_zeros()
    result = np.full((x.shape[0], k), -1, dtype=np.int64)
    for i in range(x.shape[0]):
        start, end = s.indptr[i], s.indptr[i + 1]
        data, cols = s.data[start:end], s.indices[start:end]
        part = np.argpartition(-data, k)[:k] if len(data) > k else np.arange(len(data))
        part = part[np.argsort(-data[part], kind="stable")]
        result[i, :len(part)] = cols[part]
    return result


def top_all_matmul_chunked(x, xt, k=K_ALL, rows=1024):
    result = np.full((x.shape[0], k), -1, dtype=np.int64)
    for first in range(0, x.shape[0], rows):
        s = (x[first:first + rows] @ xt).tocsr()
        for r in range(s.shape[0]):
            start, end = s.indptr[r], s.indptr[r + 1]
            data, cols = s.data[start:end], s.indices[start:end]
            others = cols != first + r
            data, cols = data[others], cols[others]
            part = np.argpartition(-data, k)[:k] if len(data) > k else np.arange(len(data))
            part = part[np.argsort(-data[part], kind="stable")]
            result[first + r, :len(part)] = cols[part]
    return result


def top_all_nn(x, k=K_ALL):
    nn = NearestNeighbors(n_neighbors=k + 1, metric="cosine", algorithm="brute").fit(x)
    _, ind = nn.kneighbors(x)
    return ind


def top_one(x, xt, q, k=K_ONE):
    s = (x[q] @ xt).toarray().ravel()
    s[q] = -np.inf
    part = np.argpartition(-s, k)[:k]
    return part[np.argsort(-s[part], kind="stable")]


def measure(key, description, warmups, repetitions, step):
    for _ in range(warmups):
        step()
    times, cpu = [], []
    for _ in range(repetitions):
        cpu_start = time.process_time()
        start = time.perf_counter()
        step()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - cpu_start) * 1000)
    return timing(key, description, times, statistics.median(cpu), "step")


def measure_each(key, description, queries, query):
    for q in queries:
        query(q)
    times = []
    cpu_start = time.process_time()
    for q in queries:
        start = time.perf_counter()
        query(q)
        times.append((time.perf_counter() - start) * 1000)
    cpu_per_query = (time.process_time() - cpu_start) * 1000 / len(times)
    return timing(key, description, times, cpu_per_query, "query")


def timing(key, description, times, cpu_ms, unit):
    """Wall-clock median, mean and spread, and CPU time of the whole process (all threads), in milliseconds; for
    per-query steps the CPU time is the mean over the queries."""
    return {"step": key, "description": description, "medianMs": statistics.median(times),
            "meanMs": statistics.fmean(times), "minMs": min(times), "maxMs": max(times), "cpuMs": cpu_ms,
            "repetitions": len(times), "unit": unit}


def sanity(df, top):
    """P@5 and lenient MAP@5 for same top-level category over all products: the peer should reproduce the
    issue's reference (P@5 0.745, lenient MAP@5 0.834), which shows it does the same work."""
    levels = df["top_level"].to_numpy()
    rel = levels[top] == levels[:, None]
    rel &= top >= 0
    precision = rel.mean(axis=1)
    hits = np.cumsum(rel, axis=1)
    ranks = np.arange(1, top.shape[1] + 1)
    ap = np.where(rel.sum(axis=1) > 0, (rel * hits / ranks).sum(axis=1) / np.maximum(rel.sum(axis=1), 1), 0.0)
    return {"P@5 same-top-level-all": float(precision.mean()), "MAP@5-lenient same-top-level-all": float(ap.mean())}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="../shared/data/amazon_co-ecommerce_sample.csv")
    parser.add_argument("--json")
    parser.add_argument("--warmups", type=int, default=1)
    parser.add_argument("--repetitions", type=int, default=5)
    parser.add_argument("--skip-nn", action="store_true", help="leave out the NearestNeighbors step")
    parser.add_argument("--matrix", help="ToyRec's TF-IDF matrix (svmlight) for the top5-all-toyrec-matrix step")
    args = parser.parse_args()
    if not os.path.isfile(args.data):
        print(f"error: catalogue file '{args.data}' does not exist; pass --data PATH.", file=sys.stderr)
        return 1

    blas = threadpoolctl.threadpool_info()
    for pool in blas:
        print(f"[sklearn] thread pool: {pool.get('internal_api')} {pool.get('version')} "
              f"{pool.get('architecture', '')} ({pool.get('threading_layer', '')}, {pool.get('num_threads')} threads) "
              f"{pool.get('filepath')}", file=sys.stderr)

    steps = []
    holder = {}
    steps.append(measure("load-clean", "pandas.read_csv + numeric parsing + drop no-category + median prices",
                         args.warmups, args.repetitions, lambda: holder.update(df=load_clean(args.data))))
    df = holder["df"]
    print(f"[sklearn] load-clean: {len(df)} products kept", file=sys.stderr)

    steps.append(measure("tfidf", "TfidfVectorizer(sublinear_tf, english stop words).fit_transform, "
                         "name + manufacturer + description", args.warmups, args.repetitions,
                         lambda: holder.update(x=fit_transform(df))))
    x = holder["x"]
    print(f"[sklearn] tfidf: {x.shape[0]} x {x.shape[1]}, {x.nnz} non-zeros", file=sys.stderr)

    steps.append(measure("top5-all", f"X @ X.T (sparse) + row-wise argpartition, k = {K_ALL}, all products",
                         args.warmups, args.repetitions, lambda: holder.update(top=top_all_matmul(x))))
    if not args.skip_nn:
        steps.append(measure("top5-all-nn", f"NearestNeighbors(cosine, brute).kneighbors, k = {K_ALL} + self",
                             args.warmups, args.repetitions, lambda: top_all_nn(x)))

    if args.matrix:
        m = load_svmlight_file(args.matrix, dtype=np.float32, zero_based=False)[0].tocsr()
        mt = m.T.tocsr()
        print(f"[sklearn] ToyRec's matrix: {m.shape[0]} x {m.shape[1]}, {m.nnz} non-zeros", file=sys.stderr)
        steps.append(measure("top5-all-toyrec-matrix", f"top5-all on ToyRec's default TF-IDF matrix (float32), "
                             f"X[1024 rows] @ X.T + row-wise argpartition, k = {K_ALL}", args.warmups,
                             args.repetitions, lambda: holder.update(top_toyrec=top_all_matmul_chunked(m, mt))))

    xt = x.T.tocsr()
    steps.append(measure_each("top10-one", f"X[q] @ X.T densified + argpartition, k = {K_ONE}, per query",
                              range(x.shape[0]), lambda q: top_one(x, xt, q)))

    report = {
        "tool": "scikit-learn",
        "versions": {"python": platform.python_version(), "sklearn": sklearn.__version__, "numpy": np.__version__,
                     "scipy": scipy.__version__, "pandas": pd.__version__},
        "threadpools": blas,
        "openblasEnvironment": {k: os.environ.get(k) for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")},
        "warmups": args.warmups,
        "repetitions": args.repetitions,
        "check": sanity(df, holder["top"]),
        "steps": steps,
    }
    print(f"{'step':<26} {'median ms':>12} {'mean ms':>10} {'min ms':>10} {'max ms':>10} {'CPU ms':>10} {'runs':>6}")
    for s in steps:
        print(f"{s['step']:<26} {s['medianMs']:12.3f} {s['meanMs']:10.3f} {s['minMs']:10.3f} {s['maxMs']:10.3f} "
              f"{s['cpuMs']:10.3f} {s['repetitions']:6d}")
    print(f"[sklearn] check: {report['check']}", file=sys.stderr)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
