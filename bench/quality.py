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

Real statements (`--split tune|report|all`, default report): on bench/data/seed_statements.csv
(statements from the three real documents in ../shared/seeds, labelled from the documents'
own structure; see bench/data/README.md), run exactly what `synth cluster` runs
(`synth.synthesis.quick.cluster_texts`: the packaged sentence model, synth's clustering and
its lens classifier) and score perspective accuracy (beside always answering the most
common class), polarity balanced accuracy (beside chance, 1 / the number of classes
present), theme ARI and V-measure against the consultants' own grouping (`group`; Övrigt
counts as one theme), and the polarity purity of the themes: the share of the statements in
a theme (Övrigt left out) whose consultant polarity is the theme's majority polarity,
weighted by size, beside the same purity of the consultants' own groups. On absabank_imm the
polarity lens is also scored as `synth cluster` uses it (four classes, through
`classify_lenses`): positive -> styrka, negative -> svaghet, and a prediction of förslag or
neutral counts as wrong, so chance is 0.5 and a lens that calls everything neutral scores 0.

    python bench/quality.py --skip-public --split report     # the real-statement rows only

Stability: how much the themes move when a little of the input changes, as when a few
answers are split or added before a first synthesis. The texts are clustered as `synth
cluster` clusters them (representation and algorithm), and again four times with 2 % of them
left out at random; the adjusted Rand index between the whole run's themes and each
smaller run's, on the texts both keep and both place in a theme, is averaged. 1 is themes
that do not move; the consultants' own grouping does not depend on which other statements
were written.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import time
import warnings
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import (
    accuracy_score,
    adjusted_rand_score,
    balanced_accuracy_score,
    f1_score,
    v_measure_score,
)

from synth.records import SourceType, Statement
from synth.synthesis.cluster import cluster
from synth.synthesis.embed import EmbeddingCache, SentenceTransformerEmbedder, cached_encode
from synth.synthesis.engine import classify_lenses, question_hints, represent
from synth.synthesis.lenses import (
    classify,
    default_lenses_path,
    fit_lens,
    load_lenses,
    training_texts,
)
from synth.synthesis.quick import cluster_texts
from synth.synthesis.themes import OTHER

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
DOMAIN = ROOT / "tests" / "data" / "lenses_domain_labelled.csv"
SEED_SET = ROOT / "bench" / "data" / "seed_statements.csv"
ABSA_TO_POLARITY = {"positive": "styrka", "negative": "svaghet"}
# a predicted class the gold labels lack (förslag on absabank) counts as wrong, as meant
warnings.filterwarnings("ignore", "y_pred contains classes not in y_true", UserWarning)
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


def polarity_purity(themes: list[str], polarities: list[str], skip: str | None = None) -> float:
    """Share of statements whose polarity is their theme's majority polarity, over all
    statements in a theme other than `skip` (Övrigt)."""
    members: dict[str, list[str]] = {}
    for theme, polarity in zip(themes, polarities, strict=True):
        if theme != skip:
            members.setdefault(theme, []).append(polarity)
    total = sum(len(m) for m in members.values())
    if not total:
        return float("nan")
    return sum(max(m.count(p) for p in set(m)) for m in members.values()) / total


def seed_lines(
    embedder: SentenceTransformerEmbedder, cache: EmbeddingCache, split: str
) -> list[str]:
    """Rows for the real statements of the seed set, as `synth cluster` labels them."""
    data = [r for r in rows(SEED_SET) if split == "all" or r["split"] == split]
    texts = [r["text"] for r in data]
    started = time.perf_counter()
    found = cluster_texts(texts, embedder, cache)
    seconds = time.perf_counter() - started
    perspective = [r["perspective"] for r in data]
    polarity = [r["polarity"] for r in data]
    groups = [r["group"] for r in data]
    themes = [t.theme_id for t in found]
    majority = max(set(perspective), key=perspective.count)
    classes = sorted(set(polarity))
    recall = ", ".join(
        f"{c} {sum(1 for g, t in zip(polarity, found, strict=True) if g == c and t.polarity == c)}"
        f"/{polarity.count(c)}"
        for c in classes
    )
    print(f"seed set ({split}): cluster_texts {seconds:.1f} s", flush=True)
    return [
        "",
        f"Real statements: bench/data/seed_statements.csv, split {split!r} — {len(data)} "
        f"statements in {len(set(groups))} consultant groups from "
        f"{len({r['source'] for r in data})} documents; labelled as `synth cluster` does "
        "(quick.cluster_texts).",
        "",
        "| measure | synth | reference |",
        "|---|---|---|",
        f"| perspective accuracy | "
        f"{accuracy_score(perspective, [t.perspective for t in found]):.3f} | "
        f"{perspective.count(majority) / len(perspective):.3f} (always {majority}) |",
        f"| polarity balanced accuracy | "
        f"{balanced_accuracy_score(polarity, [t.polarity for t in found]):.3f} | "
        f"{1 / len(classes):.3f} (chance, {len(classes)} classes) |",
        f"| polarity recall per class | {recall} | – |",
        f"| themes (Övrigt counted as one) | {len(set(themes))} "
        f"({themes.count(OTHER)} statements in Övrigt) | {len(set(groups))} groups |",
        f"| theme ARI vs consultants' groups | {adjusted_rand_score(groups, themes):.3f} | 0 |",
        f"| theme V-measure vs consultants' groups | {v_measure_score(groups, themes):.3f} | – |",
        f"| polarity purity of themes (Övrigt left out) | "
        f"{polarity_purity(themes, polarity, OTHER):.3f} | "
        f"{polarity_purity(groups, polarity):.3f} (consultants' groups) |",
        f"| same, neutral statements left out | "
        f"{polarity_purity(*evaluative(themes, polarity), OTHER):.3f} | "
        f"{polarity_purity(*evaluative(groups, polarity)):.3f} (consultants' groups) |",
    ]


STABILITY_DRAWS = 4
STABILITY_LEFT_OUT = 0.02


def stability(texts: list[str], embeddings: np.ndarray) -> float:
    """The mean ARI between the themes of all `texts` and those of the texts with
    `STABILITY_LEFT_OUT` of them left out, over `STABILITY_DRAWS` draws (see the module)."""
    whole = cluster(represent(texts, embeddings))
    scores = []
    for draw in range(STABILITY_DRAWS):
        rng = np.random.default_rng(draw)
        left = max(1, round(len(texts) * STABILITY_LEFT_OUT))
        kept = np.sort(rng.choice(len(texts), len(texts) - left, replace=False))
        part = cluster(represent([texts[i] for i in kept], embeddings[kept]))
        placed = (whole[kept] >= 0) & (part >= 0)
        scores.append(adjusted_rand_score(whole[kept][placed], part[placed]))
    return float(np.mean(scores))


def stability_lines(
    embedder: SentenceTransformerEmbedder, cache: EmbeddingCache, split: str, *, public: bool
) -> list[str]:
    """The stability rows (see the module): the seed split, and the public sets."""
    seed = [r["text"] for r in rows(SEED_SET) if split == "all" or r["split"] == split]
    sets = [(f"seed_statements ({split})", seed)]
    if public:
        sets += [
            (name.removesuffix(".csv"), [r["text"] for r in rows(EVAL / name)]) for name in SETS
        ]
    lines = [
        "",
        f"Stability: ARI between the themes of all texts and of the texts with "
        f"{STABILITY_LEFT_OUT:.0%} left out ({STABILITY_DRAWS} draws; 1 = themes that do not "
        "move).",
        "",
        "| set | n | ARI |",
        "|---|---|---|",
    ]
    for name, texts in sets:
        score = stability(texts, cached_encode(embedder, texts, cache))
        lines.append(f"| {name} | {len(texts)} | {score:.3f} |")
        print(name, f"stability {score:.3f}", flush=True)
    return lines


def evaluative(themes: list[str], polarities: list[str]) -> tuple[list[str], list[str]]:
    """Only the statements that judge or propose (not neutral)."""
    kept = [(t, p) for t, p in zip(themes, polarities, strict=True) if p != "neutral"]
    return [t for t, _ in kept], [p for _, p in kept]


def absa_lines(embedder: SentenceTransformerEmbedder, cache: EmbeddingCache) -> list[str]:
    """absabank polarity through the path `synth cluster` uses: four classes, strict."""
    absa = rows(EVAL / "absabank_imm_polarity.csv")
    texts = [r["text"] for r in absa]
    gold = [ABSA_TO_POLARITY[r["label"]] for r in absa]
    vectors = cached_encode(embedder, texts, cache)
    lens_set = load_lenses(default_lenses_path())
    found = classify_lenses(lens_set, embedder, cache, texts, vectors)["polarity"]
    predicted = [label for label, _ in found]
    shares = ", ".join(f"{c} {predicted.count(c)}" for c in sorted(set(predicted)))
    return [
        "",
        "Polarity lens on absabank_imm_polarity as `synth cluster` labels it (four classes; "
        "positive -> styrka, negative -> svaghet; förslag or neutral count as wrong).",
        "",
        "| set | n | balanced accuracy | chance | accuracy | predicted |",
        "|---|---|---|---|---|---|",
        f"| absabank_imm | {len(gold)} | {balanced_accuracy_score(gold, predicted):.3f} | 0.500 | "
        f"{accuracy_score(gold, predicted):.3f} | {shares} |",
    ]


KTH_QUESTIONS = {
    "improvement_request": "Konkreta problem i kursen, förslag på förbättringar",
    "other_comment": "Övriga kommentarer",
}
"""The survey questions of the KTH course evaluation, by the label its rows carry."""


def question_lines(embedder: SentenceTransformerEmbedder, cache: EmbeddingCache) -> list[str]:
    """The answers of a real survey read with and without the question they answer
    (`question_hints` with no engagement configuration): answers to a question asking for
    problems and proposals should be read as weaknesses or proposals."""
    data = rows(EVAL / "kth_course_eval_freetext.csv")
    texts = [r["text"] for r in data]
    asked = [
        Statement(
            id=f"k{i}",
            source_id=f"ENK-{i + 1:04d}",
            source_type=SourceType.ENKAT,
            position=0,
            text=r["text"],
            question=KTH_QUESTIONS[r["label"]],
        )
        for i, r in enumerate(data)
    ]
    vectors = cached_encode(embedder, texts, cache)
    lens_set = load_lenses(default_lenses_path())
    hints = question_hints(asked, {}, lens_set)
    lines = [
        "",
        "Question as context: kth_course_eval_freetext (real survey answers), the polarity "
        "lens without and with the question each answers (`question_hints`, no engagement "
        "configuration).",
        "",
        "| question | n | read | without the question | with it |",
        "|---|---|---|---|---|",
    ]
    found = {
        name: [
            label
            for label, _ in classify_lenses(lens_set, embedder, cache, texts, vectors, h)[
                "polarity"
            ]
        ]
        for name, h in (("without", None), ("with", hints))
    }
    for label, question in KTH_QUESTIONS.items():
        of = [i for i, r in enumerate(data) if r["label"] == label]
        wanted = {"svaghet", "förslag"} if label == "improvement_request" else set()
        cells = []
        for name in ("without", "with"):
            labels = [found[name][i] for i in of]
            cell = ", ".join(f"{c} {n}" for c, n in sorted(Counter(labels).items()))
            if wanted:
                cell += f" ({sum(x in wanted for x in labels)} of {len(of)})"
            cells.append(cell)
        read = "svaghet or förslag" if wanted else "–"
        lines.append(f"| {question} | {len(of)} | {read} | {cells[0]} | {cells[1]} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip-bertopic", action="store_true")
    parser.add_argument(
        "--skip-public", action="store_true", help="only the real statements (seed set)"
    )
    parser.add_argument(
        "--split",
        choices=["tune", "report", "all"],
        default="report",
        help="which part of the seed set to score (default: report)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        help="default bench/results/quality.md, or quality_seed_<split>.md with --skip-public",
    )
    parser.add_argument("--cache", type=Path, default=Path("/tmp/synth-bench-embeddings.sqlite"))
    args = parser.parse_args()
    embedder = SentenceTransformerEmbedder()
    cache = EmbeddingCache(args.cache)
    lines = [
        f"# bench/quality.py — {dt.date.today().isoformat()}",
        "",
        "Sentence model: all-MiniLM-L6-v2 (packaged). synth = centred MiniLM + Swedish "
        "stemmed TF-IDF/SVD, Ward over micro-clusters, k from the silhouette.",
        *seed_lines(embedder, cache, args.split),
        *stability_lines(embedder, cache, args.split, public=not args.skip_public),
        *absa_lines(embedder, cache),
        *question_lines(embedder, cache),
    ]
    if not args.skip_public:
        lines += public_lines(embedder, cache, skip_bertopic=args.skip_bertopic)
    text = "\n".join(lines) + "\n"
    name = f"quality_seed_{args.split}.md" if args.skip_public else "quality.md"
    out: Path = args.out or ROOT / "bench" / "results" / name
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(text)


def public_lines(
    embedder: SentenceTransformerEmbedder, cache: EmbeddingCache, *, skip_bertopic: bool
) -> list[str]:
    """The public-set rows: clustering V/ARI beside BERTopic, and the lens rows."""
    lines = [
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
        if skip_bertopic:
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
        examples, classes = training_texts(lens)
        model = fit_lens(lens, cached_encode(embedder, examples, cache), examples, classes)
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
                f"{accuracy_score(gold_absa, predicted_absa):.3f} (balanced "
                f"{balanced_accuracy_score(gold_absa, predicted_absa):.3f}) | "
                f"{f1_score(gold_absa, predicted_absa, average='macro'):.3f} | {share:.3f} |"
            )
            cv = cross_validated(absa_vectors, absa_texts, gold_absa)
            lines.append(
                f"| polarity architecture, trained on absabank (5-fold CV) | absabank_imm | "
                f"{len(gold_absa)} | {cv:.3f} | – | {share:.3f} |"
            )
    return lines


if __name__ == "__main__":
    main()
