"""Numbers and lists as a Swedish report writes them: decimal commas, shares in words,
"a, b och c"."""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["count_words", "decimal", "listing", "numeral_range", "share_words"]

# The fractions a report says in words ("en fjärdedel av HR-arbetet"), largest first; a
# share within a tenth of the nearest of them (relative) is said as it, any other in per
# cent.
_FRACTIONS = (
    (3 / 4, "tre fjärdedelar"),
    (2 / 3, "två tredjedelar"),
    (1 / 2, "hälften"),
    (1 / 3, "en tredjedel"),
    (1 / 4, "en fjärdedel"),
    (1 / 5, "en femtedel"),
    (1 / 10, "en tiondel"),
)
_CLOSE = 0.1


_COUNTS = ("noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio")


def count_words(count: int, *, neuter: bool = False) -> str:
    """A small count as a report writes it before a noun: "två", "en" ("ett" with a neuter
    noun: "ett enkätsvar"); from eleven up in digits, as Swedish style guides have it."""
    if count == 1 and neuter:
        return "ett"
    return _COUNTS[count] if 0 <= count < len(_COUNTS) else str(count)


_NUMERAL = re.compile(
    r"\d+(?:[,.]\d+)?|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tjugo|trettio",
    re.I,
)


def numeral_range(before: str, after: str) -> bool:
    """Whether a comma between the words `before` and `after` joins a spoken range, not two
    clauses or list items: "fyra, fem miljoner", "två, tre månader"."""
    return bool(_NUMERAL.fullmatch(before.strip(",")) and _NUMERAL.fullmatch(after))


def decimal(value: float, digits: int = 1) -> str:
    """ "2,4": a Swedish decimal comma, `digits` decimals."""
    return f"{value:.{digits}f}".replace(".", ",").replace("-", "\u2212")


def share_words(share: float) -> str:
    """ "en fjärdedel", "hälften", "över 90 procent" or "38 procent", to stand before
    "av …" (lower case: the caller capitalises a sentence's first word)."""
    if share > 0.9:
        return "över 90 procent"
    near = [(abs(share - value), words) for value, words in _FRACTIONS]
    distance, words = min(near)
    value = next(v for v, w in _FRACTIONS if w == words)
    return words if distance <= _CLOSE * value else f"{round(share * 100)} procent"


def listing(parts: Sequence[str]) -> str:
    """ "a", "a och b", "a, b och c": no comma before "och", as Swedish writes it."""
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " och " + parts[-1]
