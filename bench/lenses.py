"""How much a labelled real statement should weigh in lens training (`labelled_weight`).

    python bench/lenses.py [--weights 1 2 3 5] [--out bench/results/lenses.md]

The packaged lenses learn from the team's own example sentences (synth/data/lenses/
standard.yaml) and from real report statements (synth/data/labelled/rapporter.csv, the
`tune` half of bench/data/seed_statements.csv). Here the real statements of one half are
the labelled rows, each counted `labelled_weight` times, and the lenses are scored on the
other half, both ways round, so that no score is on a lens's own training rows. Scored as
`synth cluster` labels statements (`synth.synthesis.engine.classify_lenses`): accuracy and
balanced accuracy (the mean of the recalls per class) for perspective and polarity.
"""

from __future__ import annotations

import argparse
import copy
import csv
import datetime as dt
import warnings
from pathlib import Path
from typing import Any

import yaml
from sklearn.metrics import accuracy_score, balanced_accuracy_score

from synth.synthesis.embed import EmbeddingCache, SentenceTransformerEmbedder, cached_encode
from synth.synthesis.engine import classify_lenses
from synth.synthesis.lenses import LensSet, default_lenses_path

ROOT = Path(__file__).resolve().parents[1]
SEED_SET = ROOT / "bench" / "data" / "seed_statements.csv"
LENSES = ("perspective", "polarity")


def lens_set(base: dict[str, Any], rows: list[dict[str, str]], weight: int) -> LensSet:
    """The packaged lens file with `rows` as its labelled statements, each `weight` times."""
    data = copy.deepcopy(base)
    data.pop("labelled", None)
    for lens in data["lenses"]:
        lens["labelled_weight"] = weight
        classes = {c["id"]: c for c in lens["classes"]}
        for row in rows:
            classes[row[lens["id"]]].setdefault("labelled", []).append(row["text"])
    return LensSet.model_validate(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--weights", type=int, nargs="+", default=[1, 2, 3, 5])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "lenses.md")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/synth-bench-embeddings.sqlite"))
    args = parser.parse_args()
    warnings.filterwarnings("ignore")  # scikit-learn's convergence chatter on tiny sets
    embedder = SentenceTransformerEmbedder()
    cache = EmbeddingCache(args.cache)
    base = yaml.safe_load(default_lenses_path().read_text(encoding="utf-8"))
    with SEED_SET.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    packaged = {lens["id"]: lens.get("labelled_weight", 1) for lens in base["lenses"]}
    lines = [
        f"# bench/lenses.py — {dt.date.today().isoformat()}",
        "",
        "Lenses trained on the packaged examples plus the labelled real statements of one half "
        "of bench/data/seed_statements.csv, each counted `labelled_weight` times, and scored on "
        "the other half. Packaged weights: "
        + ", ".join(f"{lens} {weight}" for lens, weight in packaged.items())
        + ".",
        "",
        "| labelled_weight | trained with → scored on | n | perspective acc | perspective bal "
        "| polarity acc | polarity bal |",
        "|---|---|---|---|---|---|---|",
    ]
    for weight in args.weights:
        for train, test in (("tune", "report"), ("report", "tune")):
            scored = [r for r in rows if r["split"] == test]
            texts = [r["text"] for r in scored]
            vectors = cached_encode(embedder, texts, cache)
            found = classify_lenses(
                lens_set(base, [r for r in rows if r["split"] == train], weight),
                embedder,
                cache,
                texts,
                vectors,
            )
            cells = []
            for lens in LENSES:
                gold = [r[lens] for r in scored]
                predicted = [label for label, _ in found[lens]]
                cells += [
                    f"{accuracy_score(gold, predicted):.3f}",
                    f"{balanced_accuracy_score(gold, predicted):.3f}",
                ]
            lines.append(
                f"| {weight} | {train} → {test} | {len(scored)} | " + " | ".join(cells) + " |"
            )
            print(lines[-1], flush=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"written: {args.out}")


if __name__ == "__main__":
    main()
