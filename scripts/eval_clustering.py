"""Which representation clusters Swedish text best: the sentence model, the lexical one, blends.

    python scripts/eval_clustering.py [--out scripts/eval_clustering_results.md]

On argsent_topic_test, sib200_swe_topic and swefaq_category from ../shared/eval, for each
representation: KMeans at the true number of topics (mean of 5 seeds, as the README's
baselines) and `synth.synthesis.cluster.cluster` with the number of themes chosen from the
data, both as V-measure and adjusted Rand index. cluster() runs with its defaults, so rows it
puts in Övrigt (-1) count as one group of their own; the share is reported beside.

Representations: all-MiniLM-L6-v2 (packaged) alone; stemmed Swedish TF-IDF + SVD alone
(100 and 200 dimensions); `combine` of the two with several lexical weights, as they are
and centred (the corpus mean removed from each block first, as synth.synthesis.engine
does). Embeddings are cached (see --cache), so a second run takes seconds.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import adjusted_rand_score, v_measure_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from synth.synthesis.cluster import OUTLIER, cluster  # noqa: E402
from synth.synthesis.embed import (  # noqa: E402
    EmbeddingCache,
    SentenceTransformerEmbedder,
    cached_encode,
)
from synth.synthesis.represent import combine, lexical_vectors, normalise  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
SETS = ["argsent_topic_test.csv", "sib200_swe_topic.csv", "swefaq_category.csv"]
SEEDS = range(5)


def read(path: Path) -> tuple[list[str], list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [r["text"] for r in rows], [r["label"] for r in rows]


def centred(vectors: np.ndarray) -> np.ndarray:
    return normalise(vectors - vectors.mean(axis=0))


def representations(texts: list[str], minilm: np.ndarray) -> dict[str, Callable[[], np.ndarray]]:
    lex100 = lexical_vectors(texts, dims=100)
    lex200 = lexical_vectors(texts, dims=200)
    reps: dict[str, Callable[[], np.ndarray]] = {
        "MiniLM": lambda: minilm,
        "lexical 100": lambda: lex100,
        "lexical 200": lambda: lex200,
    }
    for w in (0.5, 0.65):
        reps[f"combined lex100 w={w}"] = lambda w=w: combine([minilm, lex100], [1 - w, w])
    for w in (0.5, 0.65, 0.8):
        reps[f"centred lex200 w={w}"] = lambda w=w: combine(
            [centred(minilm), centred(lex200)], [1 - w, w]
        )
    return reps


def at_true_k(vectors: np.ndarray, truth: list[str]) -> tuple[float, float]:
    k = len(set(truth))
    scores = [
        (v_measure_score(truth, labels), adjusted_rand_score(truth, labels))
        for labels in (KMeans(k, n_init=1, random_state=s).fit_predict(vectors) for s in SEEDS)
    ]
    v, ari = np.mean(scores, axis=0)
    return float(v), float(ari)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "scripts" / "eval_clustering_results.md")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/synth-bench-embeddings.sqlite"))
    args = parser.parse_args()
    embedder = SentenceTransformerEmbedder()
    cache = EmbeddingCache(args.cache)
    lines = [
        f"# Clustering representations on Swedish eval sets — {dt.date.today().isoformat()}",
        "",
        "Command: `python scripts/eval_clustering.py` (from the repo root; "
        "embeddings cached in /tmp).",
        "",
        "KMeans@true k: mean of 5 seeds. cluster(): synth's clustering with k chosen from the "
        "data, default settings (min_theme_size=3, outlier_similarity=0.15); its Övrigt rows "
        "count as one group in V and ARI.",
        "",
        "| set | true k | representation | KMeans@k V | KMeans@k ARI "
        "| cluster() k | Övrigt | cluster() V | cluster() ARI |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name in SETS:
        texts, truth = read(EVAL / name)
        minilm = cached_encode(embedder, texts, cache)
        for label, build in representations(texts, minilm).items():
            vectors = build()
            v, ari = at_true_k(vectors, truth)
            chosen = cluster(vectors, random_state=0)
            k = len(set(chosen.tolist()) - {OUTLIER})
            other = float((chosen == OUTLIER).mean())
            row = (
                f"| {name.removesuffix('.csv')} | {len(set(truth))} | {label} | {v:.3f} "
                f"| {ari:.3f} | {k} | {other:.0%} | {v_measure_score(truth, chosen):.3f} "
                f"| {adjusted_rand_score(truth, chosen):.3f} |"
            )
            lines.append(row)
            print(row, flush=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
