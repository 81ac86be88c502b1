"""How well "says the same thing" is told apart: the threshold of `synth.draft.support`.

    python bench/support.py [--out bench/results/support.md]

On the real statements of bench/data/seed_statements.csv (the seed reports; nobody here
wrote them), every pair of statements of one split is scored as drafting scores a
statement against a headline's (`synth.draft.support.topic_vectors`: the packaged sentence
model and Swedish lexical vectors, centred), and a pair counts as the same subject when the
consultants put both under one heading. For each threshold: how many pairs reach it, the
share of those under one heading (precision) and the share of all same-heading pairs that
reach it (recall). The threshold was read off the tune split; the report split is the check.
Then the same at the threshold for pairs whose second statement also names the first's
subject (`synth.draft.support.headline_subject`), as drafting requires of a headline's
support.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

from synth.draft.support import (
    SUPPORT_SIMILARITY,
    Mentions,
    echoes,
    headline_claim,
    headline_subject,
    names_subject,
    topic_vectors,
)
from synth.records import SourceType, Statement
from synth.synthesis.embed import SentenceTransformerEmbedder

DATA = Path(__file__).parent / "data" / "seed_statements.csv"
THRESHOLDS = (0.05, 0.10, 0.15, 0.20, 0.25, 0.30, 0.40, 0.50)


def table(split: str, embedder: SentenceTransformerEmbedder) -> list[str]:
    with DATA.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["split"] == split]
    statements = [
        Statement(r["id"], r["source"], SourceType.INTERVJU, k, r["text"])
        for k, r in enumerate(rows)
    ]
    vectors = np.asarray(embedder.encode([s.text for s in statements]))
    topics = topic_vectors(statements, {s.id: v for s, v in zip(statements, vectors, strict=True)})
    matrix = np.vstack([topics[s.id] for s in statements])
    groups = np.array([r["group"] for r in rows])
    upper = np.triu_indices(len(rows), 1)
    same = (groups[:, None] == groups[None, :])[upper]
    scores = (matrix @ matrix.T)[upper]
    lines = [
        f"### split `{split}`: {len(rows)} statements, {len(scores)} pairs, "
        f"{int(same.sum())} under one heading ({same.mean():.3f}); "
        f"AUC {roc_auc_score(same, scores):.3f}",
        "",
        "| threshold | pairs at or above | precision | recall |",
        "|---|---|---|---|",
    ]
    for threshold in THRESHOLDS:
        chosen = scores >= threshold
        precision = f"{same[chosen].mean():.2f}" if chosen.any() else "–"
        mark = " (synth)" if abs(threshold - SUPPORT_SIMILARITY) < 1e-9 else ""
        lines.append(
            f"| {threshold:.2f}{mark} | {int(chosen.sum())} | {precision} "
            f"| {same[chosen].sum() / same.sum():.2f} |"
        )
    # with the subject: a member counts only if it also names the subject of the anchor's
    # sentence (`headline_subject`), as drafting counts support for a headline; pairs are
    # ordered here, since one statement may name the other's subject and not the reverse
    n = len(rows)
    subjects = [headline_subject(r["text"]) for r in rows]
    full = matrix @ matrix.T
    pairs = [(i, j) for i in range(n) for j in range(n) if i != j]
    same_pair = np.array([groups[i] == groups[j] for i, j in pairs])
    near = np.array([full[i, j] >= SUPPORT_SIMILARITY for i, j in pairs])
    named = np.array(
        [not subjects[i] or names_subject(rows[j]["text"], subjects[i]) for i, j in pairs]
    )
    lines += [
        f"Ordered pairs at {SUPPORT_SIMILARITY:.2f}, {sum(bool(x) for x in subjects)} of {n} "
        "statements with a subject of their own:",
        "",
        "| rule | pairs | precision | recall |",
        "|---|---|---|---|",
    ]
    claims = [headline_claim(r["text"], subject) for r, subject in zip(rows, subjects, strict=True)]
    echoed = np.array([echoes(rows[j]["text"], subjects[i], claims[i]) for i, j in pairs])
    # the subject's words that few of the split's statements name (`Mentions.specific`)
    mentions = Mentions(statements)
    specific = [mentions.specific(subject) for subject in subjects]
    named_specific = np.array(
        [not specific[i] or names_subject(rows[j]["text"], specific[i]) for i, j in pairs]
    )
    for label, chosen in (
        ("near", near),
        ("near and naming the subject", near & named),
        ("near and naming the subject's specific words", near & named_specific),
        ("saying the subject and all of a short claim in one sentence", echoed),
        (
            "near and naming the subject's specific words, or saying it and its claim (synth)",
            (near & named_specific) | echoed,
        ),
    ):
        lines.append(
            f"| {label} | {int(chosen.sum())} | {same_pair[chosen].mean():.2f} "
            f"| {same_pair[chosen].sum() / same_pair.sum():.3f} |"
        )
    return [*lines, ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench/results/support.md"))
    args = parser.parse_args()
    embedder = SentenceTransformerEmbedder()
    lines = [
        f"# bench/support.py — {dt.date.today().isoformat()}",
        "",
        "Pairs of real statements (seed reports) scored as drafting scores a statement against "
        "a headline's; same subject = under one consultant heading. `SUPPORT_SIMILARITY` = "
        f"{SUPPORT_SIMILARITY:.2f}, read off the tune split.",
        "",
        *table("tune", embedder),
        *table("report", embedder),
    ]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
