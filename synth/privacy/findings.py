"""A found piece of personal data: what kind it is and where, never what it says."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["KINDS", "Finding", "Kind"]

Kind = Literal["namn", "e-post", "telefon", "personnummer", "adress"]
KINDS: tuple[Kind, ...] = ("namn", "e-post", "telefon", "personnummer", "adress")


@dataclass(frozen=True, slots=True)
class Finding:
    """A span `text[start:end]` of personal data of one kind.

    It deliberately holds no text, so that a finding can go into an error message, a log
    line or a report without carrying what it points at.
    """

    kind: Kind
    start: int
    end: int
