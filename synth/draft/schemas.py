"""The JSON a model must answer with, one schema per task, validated at the door.

A validation error goes back to the model as the reason for a retry, so the messages here
are written for the model to act on. Counts are refused in every text: the numbers of a
draft come from the computed breadth, never from a model.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = [
    "AssessmentAnswer",
    "BulletAnswer",
    "BulletsAnswer",
    "HeadlineAnswer",
    "PointAnswer",
    "RecommendationAnswer",
    "RecommendationsAnswer",
    "contains_count",
]

MAX_HEADLINE_WORDS = 12
# "7 av 12", "sju av tolv", "31 enkätsvar", "60 procent", "de flesta intervjuerna" is fine.
_COUNT = re.compile(
    r"\b(\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)\s+av\s+(\d+|\w+)\b"
    r"|\b\d+[\d\s,.]*\s*(%|procent|intervju\w*|enkät\w*|svar\w*|chefer\w*|respondent\w*|"
    r"personer|källor|deltagare)",
    re.IGNORECASE,
)


def contains_count(text: str) -> bool:
    """Whether `text` states how many said something (which only the breadth may state)."""
    return bool(_COUNT.search(text))


def _no_count(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValueError("texten är tom")
    if contains_count(text):
        raise ValueError(
            "skriv inga antal eller andelar (t.ex. '7 av 12'); antalen läggs till av systemet"
        )
    return text


class _Answer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class HeadlineAnswer(_Answer):
    rubrik: str

    @field_validator("rubrik")
    @classmethod
    def _short_claim(cls, value: str) -> str:
        value = _no_count(value)
        if len(value.split()) > MAX_HEADLINE_WORDS:
            raise ValueError(f"rubriken får ha högst {MAX_HEADLINE_WORDS} ord")
        return value


class _Claim(_Answer):
    """A text the model claims: a bullet, an assessment point or a recommendation."""

    text: str

    _text = field_validator("text")(_no_count)


class BulletAnswer(_Claim):
    uttalanden: list[str] = Field(min_length=1)


class BulletsAnswer(_Answer):
    punkter: list[BulletAnswer] = Field(min_length=1, max_length=4)


class PointAnswer(_Claim):
    teman: list[str] = Field(min_length=1)


class AssessmentAnswer(_Answer):
    bedomning: list[PointAnswer] = Field(min_length=1, max_length=5)


class RecommendationAnswer(_Claim):
    teman: list[str] = Field(min_length=1)
    uttalanden: list[str] = Field(default_factory=list)


class RecommendationsAnswer(_Answer):
    rekommendationer: list[RecommendationAnswer] = Field(min_length=1, max_length=8)
