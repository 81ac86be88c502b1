"""Time and peak memory of `cluster()` on synthetic statement vectors.

    python scripts/bench_cluster.py                      # 100k x 484, two data shapes
    python scripts/bench_cluster.py --rows 20000,100000 --dims 484

The vectors imitate the clustering representation (384 MiniLM + 100 lexical dimensions,
unit rows): planted themes of Zipf-like sizes, so that one theme is far bigger than the
rest as in real interview material, plus scattered rows that belong nowhere. "tight" has
well-separated themes, "diffuse" has themes that overlap as real statements do.

Each case runs in a fresh process so that its peak RSS (resource.getrusage) is its own and
includes only numpy, scikit-learn and scipy, not a sentence model.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOISE = {"tight": 0.02, "diffuse": 0.06}


def vectors(rows: int, dims: int, shape: str, seed: int = 0):  # -> (vectors, truth)
    import numpy as np

    rng = np.random.default_rng(seed)
    themes = 40
    weights = 1.0 / np.arange(1, themes + 1) ** 0.9
    sizes = np.floor(weights / weights.sum() * rows * 0.97).astype(int)
    centres = rng.normal(size=(themes, dims)).astype(np.float32)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    truth = np.repeat(np.arange(themes), sizes)
    stray = rows - truth.shape[0]
    out = np.empty((rows, dims), dtype=np.float32)
    out[: truth.shape[0]] = centres[truth]
    out[: truth.shape[0]] += NOISE[shape] * rng.standard_normal(
        (truth.shape[0], dims), dtype=np.float32
    )
    out[truth.shape[0] :] = rng.standard_normal((stray, dims), dtype=np.float32)
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return out, np.concatenate([truth, np.full(stray, -1)])


def _one(rows: int, dims: int, shape: str) -> dict[str, float]:
    from sklearn.metrics import v_measure_score

    from synth.synthesis.cluster import OUTLIER, cluster

    data, truth = vectors(rows, dims, shape)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    labels = cluster(data, random_state=0)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    planted = truth >= 0
    return {
        "rows": rows,
        "dims": dims,
        "shape": shape,
        "seconds": round(seconds, 1),
        "peak_rss_mib": round(peak / 1024),
        "input_mib": round(data.nbytes / 2**20),
        "rss_before_mib": round(before / 1024),
        "themes": len(set(labels.tolist()) - {OUTLIER}),
        "planted_themes": int(truth.max() + 1),
        "other_share": round(float((labels == OUTLIER).mean()), 3),
        "v_measure_planted": round(float(v_measure_score(truth[planted], labels[planted])), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", default="100000")
    parser.add_argument("--dims", type=int, default=484)
    parser.add_argument("--shapes", default="tight,diffuse")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        rows, shape = args.one.split(":")
        print(json.dumps(_one(int(rows), args.dims, shape)))
        return
    print(
        "| rows | dims | data | seconds | peak RSS MiB | input MiB | themes (planted) "
        "| Övrigt share | V (planted rows) |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for rows in (int(r) for r in args.rows.split(",")):
        for shape in args.shapes.split(","):
            done = subprocess.run(
                [sys.executable, __file__, "--one", f"{rows}:{shape}", "--dims", str(args.dims)],
                capture_output=True,
                text=True,
                cwd=ROOT,
                check=True,
            )
            r = json.loads(done.stdout.strip().splitlines()[-1])
            print(
                f"| {r['rows']} | {r['dims']} | {r['shape']} | {r['seconds']} "
                f"| {r['peak_rss_mib']} | {r['input_mib']} | {r['themes']} "
                f"({r['planted_themes']}) | {r['other_share']} | {r['v_measure_planted']} |",
                flush=True,
            )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
