#!/usr/bin/python3
"""Sets ToyRec's and scikit-learn's timings side by side: prints one table and, with --markdown, writes RESULTS.md.

Ratio = ToyRec time / scikit-learn time, so below 1 means ToyRec is faster (the all-products top-5 goal is 0.25).
"""
import argparse
import json
import platform
import subprocess
import sys
from datetime import datetime, timezone

# (label, ToyRec step, scikit-learn step, goal, statistic compared)
ROWS = [
    ("load + clean", "load-clean", "load-clean", None, "medianMs"),
    ("TF-IDF fit + transform, ToyRec defaults", "tfidf-default", "tfidf", None, "medianMs"),
    ("TF-IDF fit + transform, peer-like fields", "tfidf-peer", "tfidf", None, "medianMs"),
    ("TF-IDF fit + transform, similar-products setting", "tfidf-similar", "tfidf", None, "medianMs"),
    ("top-5 all products, peer-like fields (same fields both sides)", "top5-all-peer", "top5-all", "ratio <= 0.25",
     "medianMs"),
    ("top-5 all products, ToyRec defaults vs peer on ToyRec's matrix (same vectors)", "top5-all-default",
     "top5-all-toyrec-matrix", "ratio <= 0.25", "medianMs"),
    ("top-5 all, ToyRec defaults vs peer on its own fields", "top5-all-default", "top5-all", None, "medianMs"),
    ("top-5 all, similar-products setting vs peer on its own fields", "top5-all-similar", "top5-all", None,
     "medianMs"),
    ("top-5 all, peer-like, 1 thread", "top5-all-peer-1thread", "top5-all", None, "medianMs"),
    ("top-5 all, peer-like vs NearestNeighbors", "top5-all-peer", "top5-all-nn", None, "medianMs"),
    ("top-10 one product, ToyRec defaults", "top10-one-default", "top10-one", "ToyRec < 1 ms", "medianMs"),
    ("top-10 one product, similar-products setting", "top10-one-similar", "top10-one", "ToyRec < 1 ms", "medianMs"),
    ("top-10 one product, peer-like fields", "top10-one-peer", "top10-one", "ToyRec < 1 ms", "medianMs"),
    ("top-10 one product, defaults, mean", "top10-one-default", "top10-one", "ToyRec < 1 ms", "meanMs"),
    ("top-10 one product, defaults, BenchmarkDotNet (mean)", "top10-one-default-bdn", "top10-one", "ToyRec < 1 ms",
     "meanMs"),
]


def steps(report):
    return {s["step"]: s for s in report["steps"]}


def fmt(ms):
    if ms is None:
        return "n/a"
    return f"{ms:,.1f}" if ms >= 10 else f"{ms:.3f}"


def ratio(a, b):
    return "n/a" if a is None or b is None or b == 0 else f"{a / b:.2f}"


def goal_met(goal, toyrec_ms, wall_ratio):
    if goal is None:
        return ""
    met = wall_ratio <= 0.25 if goal.startswith("ratio") else toyrec_ms < 1
    return f"{goal}: {'met' if met else 'NOT met'}"


def table(toyrec, peer):
    t, p = steps(toyrec), steps(peer)
    rows = []
    for label, tk, pk, goal, statistic in ROWS:
        if tk not in t or pk not in p:
            continue
        a, b = t[tk][statistic], p[pk][statistic]
        ca, cb = t[tk].get("cpuMs"), p[pk].get("cpuMs")
        unit = "per query" if t[tk].get("unit") == "query" else "per run"
        rows.append((label, fmt(a), fmt(b), ratio(a, b), fmt(ca), fmt(cb), ratio(ca, cb), unit,
                     goal_met(goal, a, a / b)))
    return rows


HEADER = ("step", "ToyRec ms", "sklearn ms", "ratio", "ToyRec CPU ms", "sklearn CPU ms", "CPU ratio", "time is",
          "goal (wall clock)")


def machine():
    def run(*cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return "unknown"

    model = next((line.split(":", 1)[1].strip() for line in run("lscpu").splitlines()
                  if line.startswith("Model name")), "unknown")
    return {"nproc": run("nproc"), "cpu": model, "kernel": platform.release(),
            "dotnet": run("dotnet", "--version")}


def blas_line(peer):
    pools = peer.get("threadpools", [])
    blas = [p for p in pools if p.get("user_api") == "blas"]
    if not blas:
        return "no BLAS thread pool loaded"
    return "; ".join(f"{p.get('internal_api')} {p.get('version')}, kernel {p.get('architecture')}, "
                     f"{p.get('threading_layer')}, {p.get('num_threads')} threads ({p.get('filepath')})" for p in blas)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("toyrec")
    parser.add_argument("peer")
    parser.add_argument("--markdown")
    parser.add_argument("--load", nargs="*", default=[], help="load averages seen during the run, in order")
    parser.add_argument("--unset-note", default="")
    args = parser.parse_args()
    with open(args.toyrec, encoding="utf-8") as f:
        toyrec = json.load(f)
    with open(args.peer, encoding="utf-8") as f:
        peer = json.load(f)

    rows = table(toyrec, peer)
    widths = [max(len(str(r[i])) for r in rows + [HEADER]) for i in range(len(HEADER))]
    for r in [HEADER] + rows:
        cells = [str(c).ljust(w) if i in (0, 7, 8) else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths))]
        print("  ".join(cells).rstrip())

    if not args.markdown:
        return 0
    info = machine()
    lines = [
        "# Content-model benchmark: ToyRec beside scikit-learn",
        "",
        "Written by `bench/content/run.sh` (do not edit by hand). Both sides ran in the same script, on the same",
        "file, one after the other; every figure is the median of the timed repetitions (for the one-product rows,",
        "the median over all products as queries, or the mean where the row says so: a few long product texts make",
        "the mean larger). Ratio = ToyRec / scikit-learn: below 1 means ToyRec is faster.",
        "CPU ms is the process's CPU time (all threads; the mean per query for the one-product rows): the machine",
        "is shared and often busy, which stretches wall-clock times far more than CPU times, so the CPU ratio is the",
        "steadier comparison of work; the wall-clock figures show ToyRec's parallel speed-up where it gets a core.",
        "",
        f"- when: {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- machine: {info['nproc']} cores ({toyrec.get('processorCount')} seen by .NET), {info['cpu']}, "
        f"Linux {info['kernel']}; shared with other work, load average (1, 5, 15 min) "
        + ", then ".join(args.load),
        f"- ToyRec: {toyrec.get('runtime')} (SDK {info['dotnet']}), Release, {toyrec.get('warmups')} warm-up + "
        f"{toyrec.get('repetitions')} timed runs per step",
        f"- scikit-learn: {', '.join(f'{k} {v}' for k, v in peer.get('versions', {}).items())}; "
        f"{peer.get('warmups')} warm-up + {peer.get('repetitions')} timed runs per step",
        f"- BLAS used by the peer (threadpoolctl): {blas_line(peer)}. {args.unset_note}".rstrip(),
        f"- peer check (same work as the issue's reference, P@5 0.745 / lenient MAP@5 0.834 same top-level): "
        + ", ".join(f"{k} {v:.3f}" for k, v in peer.get("check", {}).items()),
        "",
        "| " + " | ".join(HEADER) + " |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    lines += ["", "## What each side timed", ""]
    descriptions = {**{f"toyrec {s['step']}": s["description"] for s in toyrec["steps"]},
                    **{f"sklearn {s['step']}": s["description"] for s in peer["steps"]}}
    lines += [f"- `{k}`: {v}" for k, v in descriptions.items()]
    for title, report in (("ToyRec", toyrec), ("scikit-learn", peer)):
        lines += ["", f"## All {title} timings", "", "| step | median ms | mean ms | min ms | max ms | CPU ms | runs |",
                  "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
        lines += [f"| {s['step']} | {fmt(s['medianMs'])} | {fmt(s.get('meanMs'))} | {fmt(s['minMs'])} | "
                  f"{fmt(s['maxMs'])} | {fmt(s.get('cpuMs'))} | {s['repetitions']} |" for s in report["steps"]]
    with open(args.markdown, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
