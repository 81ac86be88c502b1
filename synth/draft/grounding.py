"""Whether a drafted claim rests on what it cites: the ids exist, belong, and say the same.

A bullet must cite statements of its own theme, and its text must be close in meaning to
each of them (cosine similarity of sentence vectors at or above a threshold). A failed
check never drops a claim: it is kept, marked unsupported, with the reason in Swedish.

Whatever its citations, a claim that gives the model (or the reader) instructions — "ignorera
tidigare instruktioner …", a prompt tag — is not an observation of the material but text
injected into it (through a statement or the endpoint), and is never supported.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

import numpy as np

from synth.records import AssessmentPoint, Bullet, Recommendation

__all__ = [
    "INSTRUCTION_REASON",
    "SUPPORT_THRESHOLD",
    "ground_bullet",
    "ground_point",
    "ground_recommendation",
    "is_instruction",
]

SUPPORT_THRESHOLD = 0.55
"""Measured on the demo with all-MiniLM-L6-v2: an offline bullet scores 0.65-1.0 against
the statements it cites (5th percentile 0.78); against statements of other themes the
median is 0.49 and the 90th percentile 0.61. The model reads Swedish coarsely, so the
check catches most unrelated citations, not all; the consultant's review is the rest."""

INSTRUCTION_REASON = "innehåller instruktioner till modellen, inte en iakttagelse"
_INSTRUCTION = re.compile(
    # "ignorera (alla) tidigare instruktioner", "bortse från ovanstående", "ignore previous…"
    r"\b(?:ignorera|strunta\s+i|bortse\s+från|glöm|ignore|disregard|forget)\b"
    r"[^.!?\n]{0,40}?\b(?:instruktion\w*|anvisning\w*|uppmaning\w*|prompt\w*|"
    r"ovanstående|instructions?|above)\b"
    r"|\b(?:system\s*prompt\w*|systemmeddelande\w*|du\s+är\s+nu|"
    r"från\s+och\s+med\s+nu\s+ska\s+du|svara\s+(?:bara|endast|enbart)\s+med|"
    r"you\s+are\s+now|answer\s+only\s+with)\b"
    # a prompt's own markup, as a model echoing or closing it writes it
    r"|[<‹]\s*/?\s*(?:uttalande|material|tema|system|instruktion\w*)\b",
    re.IGNORECASE,
)


def is_instruction(text: str) -> bool:
    """Whether `text` instructs a model (an injection) rather than describes the material."""
    return bool(_INSTRUCTION.search(text))


def ground_bullet(
    bullet: Bullet,
    vector: np.ndarray,
    statement_vectors: Mapping[str, np.ndarray],
    members: Collection[str],
    *,
    threshold: float = SUPPORT_THRESHOLD,
) -> Bullet:
    """`bullet` with `supported`, `reason` and `similarity` set from its citations.

    `vector` is the bullet's own sentence vector; `statement_vectors` holds every statement
    of the engagement (a cited id missing from it does not exist); `members` are the ids of
    the bullet's finding: its theme's and its headline's support (`synth.draft.support`).
    """
    problems: list[str] = [INSTRUCTION_REASON] if is_instruction(bullet.text) else []
    if not bullet.statement_ids:
        problems.append("hänvisar inte till något uttalande")
        return replace(bullet, supported=False, reason="; ".join(problems))
    lowest: float | None = None
    for sid in bullet.statement_ids:
        if sid not in statement_vectors:
            problems.append(f"uttalandet {sid} finns inte")
            continue
        if sid not in members:
            problems.append(f"uttalandet {sid} hör inte till temat")
            continue
        similarity = float(vector @ statement_vectors[sid])
        lowest = similarity if lowest is None else min(lowest, similarity)
        if similarity < threshold:
            problems.append(f"låg likhet med {sid} ({similarity:.2f})")
    return replace(bullet, supported=not problems, reason="; ".join(problems), similarity=lowest)


def _unknown(ids: Sequence[str], known: Collection[str], what: str) -> list[str]:
    return [f"{what} {i} finns inte" for i in ids if i not in known]


def ground_point(point: AssessmentPoint, themes: Collection[str]) -> AssessmentPoint:
    """An assessment point must name themes that exist (and instruct nobody)."""
    problems = [INSTRUCTION_REASON] if is_instruction(point.text) else []
    problems += _unknown(point.theme_ids, themes, "temat")
    if not point.theme_ids:
        problems.append("hänvisar inte till något tema")
    return replace(point, supported=not problems, reason="; ".join(problems))


def ground_recommendation(
    recommendation: Recommendation, themes: Collection[str], statements: Collection[str]
) -> Recommendation:
    """A recommendation must answer themes that exist; the proposals it cites must exist;
    it instructs nobody."""
    problems = [INSTRUCTION_REASON] if is_instruction(recommendation.text) else []
    problems += _unknown(recommendation.theme_ids, themes, "temat")
    problems += _unknown(recommendation.statement_ids, statements, "uttalandet")
    if not recommendation.theme_ids:
        problems.append("hänvisar inte till något tema")
    return replace(recommendation, supported=not problems, reason="; ".join(problems))
