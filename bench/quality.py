"""Quality of synth's themes and lenses on public Swedish labelled data, beside BERTopic.

    pip install -e ".[bench]"      # BERTopic, for the comparison
    python bench/quality.py [--skip-bertopic] [--out bench/results/quality.md]

Clustering: V-measure and adjusted Rand index of synth's clustering (the representation and
algorithm `synth cluster` uses, with the number of themes chosen from the data) on
argsent_topic_test, sib200_swe_topic and swefaq_category from ../shared/eval, beside
BERTopic with the same sentence model (its defaults: UMAP + HDBSCAN), and beside KMeans at
the true number of topics. Polarity: accuracy of the lens classifier, trained only on the
Swedish examples in synth/data/lenses/standard.yaml, on absabank_imm_polarity (styrka ->
positive, svaghet -> negative; zero-shot, since absabank is about immigration editorials)
and on the labelled domain statements in tests/data/lenses_domain_labelled.csv (both
lenses); and the same features and model trained on absabank itself (5-fold CV), which is
what the README's 0.787 TF-IDF baseline is.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import time
from pathlib import Path

import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import accuracy_score, adjusted_rand_score, f1_score, v_measure_score

from synth.synthesis.cluster import cluster
from synth.synthesis.embed import EmbeddingCache, SentenceTransformerEmbedder, cached_encode
from synth.synthesis.engine import represent
from synth.synthesis.lenses import (
    classify,
    default_lenses_path,
    fit_lens,
    load_lenses,
    training_texts,
)

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
DOMAIN = ROOT / "tests" / "data" / "lenses_domain_labelled.csv"
SETS = ["argsent_topic_test.csv", "sib200_swe_topic.csv", "swefaq_category.csv"]
BASELINE = {
    "argsent_topic_test.csv": 0.462,
    "sib200_swe_topic.csv": 0.056,
    "swefaq_category.csv": 0.484,
}


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def bertopic_labels(texts: list[str], embeddings: np.ndarray, embedder_model: object) -> np.ndarray:
    from bertopic import BERTopic

    model = BERTopic(embedding_model=embedder_model, calculate_probabilities=False, verbose=False)
    topics, _ = model.fit_transform(texts, embeddings=embeddings)
    return np.asarray(topics)


def cross_validated(vectors: np.ndarray, texts: list[str], labels: list[str]) -> float:
    """The lens classifier's features and model, trained and tested on the set itself."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    from synth.synthesis.cues import cue_features, word_features

    y = np.asarray(labels)
    scores = []
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(texts, y):
        vocabulary = TfidfVectorizer(analyzer=word_features, sublinear_tf=True, min_df=2)
        vocabulary.fit([texts[i] for i in train])

        def features(rows: np.ndarray, vocabulary: TfidfVectorizer = vocabulary) -> object:
            chosen = [texts[i] for i in rows]
            return np.hstack(
                [vectors[rows], cue_features(chosen) * 0.35, vocabulary.transform(chosen).toarray()]
            )

        model = LogisticRegression(C=4.0, max_iter=3000).fit(features(train), y[train])
        scores.append(accuracy_score(y[test], model.predict(features(test))))
    return float(np.mean(scores))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip-bertopic", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "quality.md")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/synth-bench-embeddings.sqlite"))
    args = parser.parse_args()
    embedder = SentenceTransformerEmbedder()
    cache = EmbeddingCache(args.cache)
    lines = [
        f"# bench/quality.py — {dt.date.today().isoformat()}",
        "",
        "Sentence model: all-MiniLM-L6-v2 (packaged). synth = centred MiniLM + Swedish "
        "stemmed TF-IDF/SVD, Ward over micro-clusters, k from the silhouette.",
        "",
        "| set | n | true k | synth k | synth V | synth ARI | BERTopic k | BERTopic V | "
        "BERTopic ARI | KMeans@true k V | README baseline V |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name in SETS:
        data = rows(EVAL / name)
        texts = [r["text"] for r in data]
        truth = [r["label"] for r in data]
        embeddings = cached_encode(embedder, texts, cache)
        vectors = represent(texts, embeddings)
        started = time.perf_counter()
        labels = cluster(vectors, min_theme_size=1, outlier_similarity=-1.0)
        seconds = time.perf_counter() - started
        true_k = len(set(truth))
        kmeans = KMeans(true_k, n_init=4, random_state=0).fit_predict(vectors)
        row = [
            name,
            str(len(texts)),
            str(true_k),
            str(len(set(labels))),
            f"{v_measure_score(truth, labels):.3f}",
            f"{adjusted_rand_score(truth, labels):.3f}",
        ]
        if args.skip_bertopic:
            row += ["–", "–", "–"]
        else:
            topics = bertopic_labels(texts, embeddings, embedder._load())
            row += [
                str(len(set(topics) - {-1})),
                f"{v_measure_score(truth, topics):.3f}",
                f"{adjusted_rand_score(truth, topics):.3f}",
            ]
        row += [f"{v_measure_score(truth, kmeans):.3f}", f"{BASELINE[name]:.3f}"]
        lines.append("| " + " | ".join(row) + " |")
        print(name, row, f"cluster {seconds:.2f} s", flush=True)

    lenses = load_lenses(default_lenses_path())
    domain = rows(DOMAIN)
    domain_texts = [r["text"] for r in domain]
    domain_vectors = cached_encode(embedder, domain_texts, cache)
    absa = rows(EVAL / "absabank_imm_polarity.csv")
    absa_texts = [r["text"] for r in absa]
    absa_vectors = cached_encode(embedder, absa_texts, cache)
    lines += [
        "",
        "| lens | set | n | accuracy | macro-F1 | majority class |",
        "|---|---|---|---|---|---|",
    ]
    for lens in lenses.lenses:
        texts, labels = training_texts(lens)
        model = fit_lens(lens, cached_encode(embedder, texts, cache), texts, labels)
        predicted = [r.label for r in classify(model, domain_vectors, domain_texts)]
        gold = [r[lens.id] for r in domain]
        majority = max(set(gold), key=gold.count)
        lines.append(
            f"| {lens.id} | domain (tests/data) | {len(gold)} | "
            f"{accuracy_score(gold, predicted):.3f} | "
            f"{f1_score(gold, predicted, average='macro'):.3f} | "
            f"{gold.count(majority) / len(gold):.3f} |"
        )
        if lens.id == "polarity":
            proba = model.classifier.predict_proba(model.features(absa_vectors, absa_texts))
            classes = list(model.classifier.classes_)
            positive = proba[:, classes.index("styrka")] > proba[:, classes.index("svaghet")]
            predicted_absa = np.where(positive, "positive", "negative")
            gold_absa = [r["label"] for r in absa]
            share = gold_absa.count("negative") / len(gold_absa)
            lines.append(
                f"| polarity (styrka/svaghet) | absabank_imm (zero-shot) | {len(gold_absa)} | "
                f"{accuracy_score(gold_absa, predicted_absa):.3f} | "
                f"{f1_score(gold_absa, predicted_absa, average='macro'):.3f} | {share:.3f} |"
            )
            cv = cross_validated(absa_vectors, absa_texts, gold_absa)
            lines.append(
                f"| polarity architecture, trained on absabank (5-fold CV) | absabank_imm | "
                f"{len(gold_absa)} | {cv:.3f} | – | {share:.3f} |"
            )
    text = "\n".join(lines) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
