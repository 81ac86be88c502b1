"""Do a theme's findings follow the consultants' grouping better than the theme does?

    python bench/findings.py [--split tune|report|all|both] [--out bench/results/findings.md]

On the real statements of bench/data/seed_statements.csv (sentences of three consultant
reports, labelled with the report's own grouping; see bench/data/README.md), this builds
themes as `synth cluster` does (`synth.synthesis.quick.cluster_texts`), describes them as
the synthesis step does, drafts them offline (`synth.draft.engine.draft_offline`) and
scores three groupings against the consultants' `group` with ARI and V-measure:

- themes: every statement in its theme (Övrigt as one group);
- first findings: a statement its theme's first headline rests on in that finding, the rest
  of the theme as a group of its own (what one finding per theme shows);
- all findings: the same with every finding a theme gives (`offline_findings`), each
  statement in the first of its theme's findings that rests on it;
- all findings, support beyond the theme: each statement under the widest finding that
  rests on it, of whichever theme (findings of two themes made one,
  `synth.draft.offline.gathered_findings`, rest on statements of both).

Then each finding's perspective against the one most of its statements were written under
in the report (the perspective rule of `synth.draft.offline`), beside always answering
strukturer.

Each sentence counts as a source of its own: a report sentence sums up what several people
said, and the documents are too few to stand for the sources of one engagement.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.metrics import adjusted_rand_score, v_measure_score

from synth.draft.engine import DraftInput, draft_offline
from synth.draft.support import topic_vectors
from synth.records import SourceType, Statement, Theme, finding_theme
from synth.store.themes import LensRecord
from synth.synthesis.describe import breadth, keywords
from synth.synthesis.embed import EmbeddingCache, SentenceTransformerEmbedder, cached_encode
from synth.synthesis.engine import lens_reader
from synth.synthesis.lenses import PERSPECTIVE_LENS, default_lenses_path, load_lenses
from synth.synthesis.quick import cluster_texts
from synth.synthesis.themes import OTHER

ROOT = Path(__file__).resolve().parents[1]
SEED_SET = ROOT / "bench" / "data" / "seed_statements.csv"


def themes_of(
    statements: list[Statement], labels: list[str], vectors: np.ndarray, auto: list[str]
) -> list[Theme]:
    """The themes as the synthesis step describes them: members by centrality, keywords,
    polarity counts and breadth (each statement its own source)."""
    types = {st.source_id: st.source_type for st in statements}
    rows: dict[str, list[int]] = {}
    for row, label in enumerate(labels):
        rows.setdefault(label, []).append(row)
    words = keywords({t: [statements[r].text for r in rs] for t, rs in rows.items()})
    themes = []
    for theme, members in sorted(rows.items()):
        if theme == OTHER:
            continue
        centre = vectors[members].mean(axis=0)
        centre /= np.linalg.norm(centre) or 1.0
        order = sorted(members, key=lambda r: -float(vectors[r] @ centre))
        said = [statements[r].extra for r in members]
        themes.append(
            Theme(
                id=theme,
                label=auto[members[0]],
                auto_label=auto[members[0]],
                perspective=Counter(e["perspective"] for e in said).most_common(1)[0][0],
                polarity=dict(Counter(e["polarity"] for e in said)),
                keywords=tuple(words.get(theme, [])),
                quotes=(),
                breadth=breadth([statements[r] for r in members], types).record(),
                size=len(members),
                statement_ids=tuple(statements[r].id for r in order),
            )
        )
    return themes


def table(split: str, embedder: SentenceTransformerEmbedder, cache: EmbeddingCache) -> list[str]:
    """The three groupings of one split scored against the consultants' own."""
    data = [
        r
        for r in csv.DictReader(SEED_SET.open(encoding="utf-8"))
        if split == "all" or r["split"] == split
    ]
    texts = [r["text"] for r in data]
    found = cluster_texts(texts, embedder, cache)
    embeddings = cached_encode(embedder, texts, cache)
    statements = [
        Statement(
            id=r["id"],
            source_id=r["id"],
            source_type=SourceType.INTERVJU,
            position=k,
            text=r["text"],
            # the lenses as synth read them, for the themes' polarity and perspective
            extra={"perspective": t.perspective, "polarity": t.polarity},
        )
        for k, (r, t) in enumerate(zip(data, found, strict=True))
    ]
    labels = [t.theme_id for t in found]
    themes = themes_of(statements, labels, embeddings, [t.theme_label for t in found])
    by_id = {st.id: st for st in statements}
    vectors = {st.id: embeddings[k] for k, st in enumerate(statements)}
    inp = DraftInput(
        themes=themes,
        statements=by_id,
        lenses={
            st.id: LensRecord(
                t.perspective, t.perspective_confidence, t.polarity, t.polarity_confidence
            )
            for st, t in zip(statements, found, strict=True)
        },
        vectors=vectors,
        topics=topic_vectors(statements, vectors),
        # a finding's headline read by the perspective lens, as `synth draft` reads it
        perspective_of=lens_reader(
            load_lenses(default_lenses_path()), PERSPECTIVE_LENS, embedder, cache
        ),
    )
    drafts = draft_offline(inp).themes
    groups = [r["group"] for r in data]

    def grouping(first_only: bool, anywhere: bool = False) -> list[str]:
        placed: dict[str, str] = {}
        # the widest first where a statement may be placed under another theme's finding:
        # it is that finding's evidence (`evidence_once`)
        ordered = sorted(drafts, key=lambda d: -len(d.support_ids)) if anywhere else drafts
        for draft in ordered:
            if first_only and draft.theme_id != finding_theme(draft.theme_id):
                continue
            theme = finding_theme(draft.theme_id)
            for sid in draft.support_ids:
                if sid in by_id and (anywhere or labels[by_id[sid].position] == theme):
                    placed.setdefault(sid, draft.theme_id)
        return [placed.get(st.id, f"{labels[st.position]}-rest") for st in statements]

    later = sum(1 for d in drafts if d.theme_id != finding_theme(d.theme_id))
    lines = [
        f"### split `{split}`: {len(data)} statements, {len(set(groups))} consultant groups, "
        f"{len(themes)} themes, {len(drafts)} findings ({later} a theme's later)",
        "",
        "| grouping | ARI | V-measure | groups |",
        "|---|---|---|---|",
    ]
    for name, found_groups in (
        ("themes", labels),
        ("first findings", grouping(True)),
        ("all findings", grouping(False)),
        ("all findings, support beyond the theme", grouping(False, anywhere=True)),
    ):
        lines.append(
            f"| {name} | {adjusted_rand_score(groups, found_groups):.3f} | "
            f"{v_measure_score(groups, found_groups):.3f} | {len(set(found_groups))} |"
        )
    # each finding's perspective against the consultants' own for what it rests on: the
    # perspective most of its statements were written under
    rows = {r["id"]: r for r in data}
    judged = [
        (
            draft.perspective,
            Counter(rows[s]["perspective"] for s in draft.support_ids).most_common(1)[0][0],
        )
        for draft in drafts
        if draft.support_ids and all(s in rows for s in draft.support_ids)
    ]
    right = sum(found == wanted for found, wanted in judged)
    always = sum(wanted == "strukturer" for _, wanted in judged)
    lines += [
        "",
        f"Findings' perspective as the consultants' for their statements: {right} of "
        f"{len(judged)} (always strukturer: {always} of {len(judged)}).",
    ]
    return [*lines, ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["tune", "report", "all", "both"], default="both")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/synth-bench-embeddings.sqlite"))
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "findings.md")
    args = parser.parse_args()
    embedder = SentenceTransformerEmbedder()
    cache = EmbeddingCache(args.cache)
    splits = ["tune", "report"] if args.split == "both" else [args.split]
    lines = [
        f"# bench/findings.py — {dt.date.today().isoformat()}",
        "",
        "Themes, first findings and all findings (`offline_findings`) scored against the "
        "seed reports' own grouping; each sentence counts as a source of its own.",
        "",
    ]
    for split in splits:
        lines += table(split, embedder, cache)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
