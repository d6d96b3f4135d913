#!/usr/bin/python3
"""Peer for the ToyRec personal benchmark: item-kNN and last-item transitions in numpy/scipy.

Same leave-one-out protocol as `toyrec evaluate personal`: per user the last item is the test target, the
models are built from everything before it, every item outside the user's history is ranked, ties go to the
lower item index. Prints one JSON object with the metrics and the seconds taken.
"""
import json
import sys
import time

import numpy as np
import scipy.sparse as sp


def read(path):
    users, items, index = [], [], {}
    for line in open(path, encoding="utf-8"):
        fields = line.split()
        if len(fields) < 2:
            continue
        users.append([index.setdefault(f, len(index)) for f in fields[1:]])
    return users, len(index)


def metrics(ranks):
    gain = np.where(ranks < 10, 1 / np.log2(ranks + 2), 0)
    return {
        "HR@5": float((ranks < 5).mean()), "HR@10": float((ranks < 10).mean()),
        "NDCG@5": float(np.where(ranks < 5, gain, 0).mean()), "NDCG@10": float(gain.mean()),
        "MRR": float((1 / (ranks + 1)).mean()),
    }


def main(path, batch=2000):
    sequences, n = read(path)
    sequences = [s for s in sequences if len(s) >= 3]
    histories = [s[:-1] for s in sequences]
    targets = np.array([s[-1] for s in sequences])
    u = len(histories)
    start = time.perf_counter()
    rows = np.repeat(np.arange(u), [len(h) for h in histories])
    cols = np.concatenate(histories)
    x = sp.csr_matrix((np.ones(len(cols), np.float32), (rows, cols)), shape=(u, n))
    counts = np.asarray(x.sum(0)).ravel()
    co = (x.T @ x).tocoo()
    keep = co.row != co.col
    cosine = sp.csr_matrix(
        ((co.data[keep] / np.sqrt(counts[co.row[keep]] * counts[co.col[keep]])).astype(np.float32),
         (co.row[keep], co.col[keep])), shape=(n, n))
    pairs = [(a, b) for h in histories for a, b in zip(h[:-1], h[1:])]
    pa, pb = np.array(pairs).T
    transitions = sp.csr_matrix((np.ones(len(pa), np.float32), (pa, pb)), shape=(n, n))
    last = sp.csr_matrix((np.ones(u, np.float32), (np.arange(u), [h[-1] for h in histories])), shape=(u, n))
    built = time.perf_counter() - start

    ranks = {"item-knn": np.empty(u, np.int64), "transitions": np.empty(u, np.int64)}
    order = np.arange(n)
    for b in range(0, u, batch):
        e = min(u, b + batch)
        knn = (x[b:e] @ cosine).toarray()
        systems = {"item-knn": knn, "transitions": (last[b:e] @ transitions).toarray() + 0.3 * knn}
        hr, hc = x[b:e].nonzero()
        t = targets[b:e]
        for name, scores in systems.items():
            scores[hr, hc] = -np.inf
            ts = scores[np.arange(e - b), t][:, None]
            ranks[name][b:e] = (scores > ts).sum(1) + ((scores == ts) & (order[None, :] < t[:, None])).sum(1)
    total = time.perf_counter() - start

    # One user's top-10 from the built matrices, as a served request would compute it.
    rng = np.random.default_rng(42)
    picks = rng.integers(0, u, 200)
    latencies = []
    for p in picks:
        t0 = time.perf_counter()
        scores = (x[p] @ cosine).toarray().ravel() * 0.3 + (last[p] @ transitions).toarray().ravel()
        scores[histories[p]] = -np.inf
        top = np.argpartition(-scores, 10)[:10]
        top = top[np.lexsort((top, -scores[top]))]
        latencies.append(time.perf_counter() - t0)
    print(json.dumps({
        "users": u, "items": n,
        "metrics": {name: metrics(r) for name, r in ranks.items()},
        "seconds": {"build": round(built, 3), "total": round(total, 3)},
        "topTenMilliseconds": {"median": round(1000 * float(np.median(latencies)), 4),
                               "p99": round(1000 * float(np.percentile(latencies, 99)), 4)},
    }, indent=2))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/amazon_toys_5core/sequential.txt")
