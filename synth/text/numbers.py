"""Numbers and lists as a Swedish report writes them: decimal commas, shares in words,
"a, b och c"."""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = [
    "SEVERAL_WORDS",
    "count_words",
    "decimal",
    "halves",
    "listing",
    "numeral_range",
    "share_words",
    "spoken_number",
    "thousands",
]

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
SEVERAL_WORDS = "|".join(_COUNTS[2:])
"""The counts from two to ten in words, as a regular expression's alternatives."""


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


def thousands(value: float) -> str:
    """A whole number as Swedes write it, its thousands apart by a non-breaking space:
    "1\u00a0619" (rounded to the nearest whole)."""
    return f"{round(value):,}".replace(",", "\u00a0")


def decimal(value: float, digits: int = 1) -> str:
    """ "2,4": a Swedish decimal comma, `digits` decimals."""
    return f"{value:.{digits}f}".replace(".", ",").replace("-", "\u2212")


def halves(value: float) -> str:
    """A count to the nearest half, as a median of whole counts is: "47,5" between 47 and
    48, "33" (blind reviews 145 and 146 found a median of 47,5 shown as 48)."""
    rounded = round(value * 2) / 2
    return decimal(rounded, 0 if rounded.is_integer() else 1)


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


# Swedish number words (a closed class): the units and teens, and the tens they follow
_UNITS = {
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
    "åtta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14,
    "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19,
}  # fmt: skip
_TENS = {
    "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70,
    "åttio": 80, "nittio": 90,
}  # fmt: skip
_DIGITS = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})*")


def spoken_number(word: str) -> int | None:
    """A whole number as written in digits ("48", "1 600") or spelt out up to 999, as a
    transcript gives what was said: "femtiotre", "sextiotvå", "fyrtio", "hundrafemtio";
    None for any other word."""
    text = word.strip().casefold().replace("\u00a0", " ")
    if _DIGITS.fullmatch(text):
        return int(text.replace(" ", ""))
    hundreds = 0
    head, found, tail = text.partition("hundra")
    if found:
        # "hundra", "etthundra", "trehundra": a unit before it, or none
        count = _UNITS.get(head, 0 if not head else -1)
        if count < 0 or count > 9:
            return None
        hundreds, text = max(count, 1) * 100, tail
    rest = 0
    for tens, value in _TENS.items():
        if text.startswith(tens):
            rest, text = value, text[len(tens) :]
            break
    if text:
        if text not in _UNITS or (rest and _UNITS[text] > 9):
            return None
        rest += _UNITS[text]
    total = hundreds + rest
    return total or None
