"""Street addresses and postcodes in Swedish text: "Storgatan 12", "123 45 Exempelstad".

A Swedish street name is a compound ending in a street word ("Kvarngatan", "Björkvägen",
"Stortorget") or a genitive before one ("Drottning Kristinas väg", "Karl Johans gata"),
followed by a house number ("12", "7B", "12 A", "12-14") and perhaps an apartment
("lgh 1102") and a postcode with the town ("123 45 Exempelstad").

Organisational text has many numbered things that an address pattern could take for a
street: "Lifecare 2", "år 2025", "kapitel 3", "3 av 5", "Handlingsplan 2", "plan 3",
"omgång 2", "riksväg 50". A street needs its street word, a house number of one to three
digits that is no decimal, time or amount, and, for the street words that ordinary nouns
end in too (-plan, -gång, -led, -plats, -torg, ...), more evidence: a letter after the
number, an apartment, a postcode, or words such as "bor på" or "adress" before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from synth.privacy.findings import Finding
from synth.privacy.names import swedish_first_names

__all__ = ["find_addresses"]

_SPACE = "[ \u00a0]"
_DASH = r"\-\u2010\u2011\u2012\u2013\u2014\u2212"
_LETTERS = r"[^\W\d_]+"

# Street words only streets end in (with a house number after them).
_STRONG = (
    "gatan",
    "gata",
    "vägen",
    "gränd",
    "gränden",
    "torget",
    "backen",
    "backe",
    "allén",
    "allé",
    "alléen",
    "stigen",
    "liden",
    "slingan",
    "kajen",
    "esplanaden",
    "promenaden",
)
# Street words that ordinary nouns end in too: "Handlingsplan 2", "omgång 2", "genväg".
_WEAK = (
    "väg",
    "plan",
    "planen",
    "gång",
    "gången",
    "led",
    "leden",
    "plats",
    "platsen",
    "torg",
    "stråk",
    "stråket",
    "stig",
    "lid",
    "höjden",
    "kaj",
)
_SUFFIXES = tuple(sorted(_STRONG + _WEAK, key=len, reverse=True))
# Standalone street words that a genitive makes a street: "Karl Johans gata 5",
# "Drottning Kristinas väg 12", "Stora torget 3".
_STANDALONE = frozenset(
    ["gata", "gatan", "väg", "vägen", "gränd", "torg", "torget", "allé", "backe", "plan"]
)
# Words before a street name that belong to it: "Östra Storgatan", "Stora torget".
_QUALIFIERS = frozenset(
    [
        "östra",
        "västra",
        "norra",
        "södra",
        "stora",
        "lilla",
        "gamla",
        "nya",
        "övre",
        "nedre",
        "inre",
        "yttre",
        "sankt",
        "s:t",
    ]
)
# Compounds of street words that are roads or nouns, not addresses.
_NOT_STREETS = frozenset(
    [
        "riksväg",
        "riksvägen",
        "länsväg",
        "länsvägen",
        "europaväg",
        "europavägen",
        "motorväg",
        "motorvägen",
        "järnväg",
        "järnvägen",
        "genväg",
        "genvägen",
        "omväg",
        "omvägen",
        "halvvägen",
        "medelvägen",
        "gågata",
        "gågatan",
        "huvudgata",
        "huvudgatan",
    ]
)
# Words after a number that make it an amount, a count or a duration: "vägen 3 gånger".
_UNITS = frozenset(
    [
        "%",
        "kr",
        "kronor",
        "tkr",
        "mkr",
        "mnkr",
        "procent",
        "st",
        "stycken",
        "år",
        "gånger",
        "ggr",
        "personer",
        "pers",
        "min",
        "minuter",
        "tim",
        "timmar",
        "dagar",
        "veckor",
        "månader",
        "km",
        "m",
        "meter",
        "mil",
        "åa",
        "av",
    ]
)

# A word with a house number after it: "Storgatan 12", "väg 3".
_CANDIDATE = re.compile(
    rf"(?<![\w{_DASH}])(?P<word>{_LETTERS}(?:-{_LETTERS})*){_SPACE}{{1,2}}"
    rf"(?P<number>[1-9]\d{{0,2}})(?!\d)"
)
_RANGE = re.compile(rf"{_SPACE}?[{_DASH}]{_SPACE}?[1-9]\d{{0,2}}(?!\d)")
_LETTER = re.compile(rf"[a-hA-H](?!\w)|{_SPACE}[A-H](?![\w{_DASH}])")
_NOT_A_HOUSE_NUMBER = re.compile(r"[%\w]|[.,:]\d")
_NEXT_WORD = re.compile(rf"{_SPACE}*(%|{_LETTERS})")
_APARTMENT = re.compile(
    rf",?{_SPACE}*(?:lgh|lägenhet|lägenhetsnummer)\.?{_SPACE}*(?:nr\.?{_SPACE}*)?\d{{4}}(?!\d)",
    re.IGNORECASE,
)
_PREVIOUS_WORD = re.compile(rf"({_LETTERS}(?::{_LETTERS})?){_SPACE}{{1,2}}$")
# "bor på", "bodde i", "adress:", "adressen är" just before the street.
_CUE = re.compile(
    rf"(?:\b(?:bor|bodde|bott|boende|flyttat|flyttade|flyttar)(?:{_SPACE}+\w+)?"
    rf"{_SPACE}+(?:på|i|vid|till)|\b(?:hem|post)?adress(?:en)?(?:{_SPACE}+är)?{_SPACE}*:?)"
    rf"{_SPACE}*$",
    re.IGNORECASE,
)
# "123 45 Exempelstad", "12345 EXEMPELSTAD", "SE-123 45 Exempelstad": Swedish postcodes
# run from 100 00 to 984 99, and the town is written capitalised or in capitals.
_POSTCODE = re.compile(
    rf"(?<![\w+/.,{_DASH}])(?<!\d{_SPACE})(?:SE{_SPACE}?[{_DASH}]?{_SPACE}?)?"
    rf"(?P<code>[1-9]\d{{2}}(?P<gap>{_SPACE}?)\d{{2}})(?!\d|[.,]\d)"
    rf"{_SPACE}{{1,2}}(?P<town>[A-ZÅÄÖ](?:[a-zåäöéü]+|[A-ZÅÄÖÉÜ]+)(?:-[A-ZÅÄÖ]?{_LETTERS})*)"
    r"(?!\w)"
)
# Genitives of nouns in the definite form: "Kommunens väg", "Förvaltningarnas plan".
_NOUN_GENITIVES = ("ens", "ets", "nas")
# Cheap tests that let most texts skip the word-by-word look: a word with a number after
# it, and a postcode's five digits.
_MAYBE_STREET = re.compile(rf"[^\W\d_]{_SPACE}{{1,2}}[1-9]")
_MAYBE_POSTCODE = re.compile(rf"[1-9]\d{{2}}{_SPACE}?\d{{2}}")
_JOIN = re.compile(rf",?{_SPACE}*")


def _case_ok(word: str) -> bool:
    """Capitalised ("Storgatan"), in capitals ("STORGATAN") or in lower case."""
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())


def _proper_genitive(word: str) -> bool:
    """ "Kristinas", "Sergels", "Svens": a name's genitive, not a noun's ("Kommunens")."""
    if not word.endswith("s") or len(word) < 3:
        return False
    if word.endswith(_NOUN_GENITIVES):
        return word[:-1] in swedish_first_names()
    return True


def _street_start(text: str, match: re.Match[str], suffix: str) -> int | None:
    """Where the street name ending in `match`'s word begins, or None when it is none."""
    word = match.group("word")
    folded = word.casefold()
    start = match.start("word")
    if folded == suffix:
        # a standalone street word needs a genitive or a qualifier before it
        if suffix not in _STANDALONE:
            return None
        before = _PREVIOUS_WORD.search(text, 0, start)
        if before is None:
            return None
        previous = before.group(1)
        if not previous[0].isupper() or not (
            previous.casefold() in _QUALIFIERS or _proper_genitive(previous)
        ):
            return None
        start = before.start(1)
        # one more capitalised word of the name: "Drottning Kristinas väg"
        earlier = _PREVIOUS_WORD.search(text, 0, start)
        if earlier is not None and earlier.group(1)[0].isupper():
            start = earlier.start(1)
        return start
    prefix = folded[: -len(suffix)]
    if len(prefix) < 2 or (word.islower() and len(prefix) < 3) or folded in _NOT_STREETS:
        return None
    if not _case_ok(word):
        return None
    before = _PREVIOUS_WORD.search(text, 0, start)
    if before is not None and before.group(1).casefold() in _QUALIFIERS:
        start = before.start(1)
    return start


def _suffix(word: str) -> str | None:
    folded = word.casefold()
    for suffix in _SUFFIXES:
        if folded.endswith(suffix):
            return suffix
    return None


def _skip_join(text: str, position: int) -> int:
    """The position after a comma and spaces at `position` (or `position`)."""
    joint = _JOIN.match(text, position)
    return joint.end() if joint is not None else position


def _streets(text: str) -> Iterator[tuple[int, int]]:
    for match in _CANDIDATE.finditer(text):
        suffix = _suffix(match.group("word"))
        if suffix is None:
            continue
        start = _street_start(text, match, suffix)
        if start is None:
            continue
        end = match.end("number")
        if (span := _RANGE.match(text, end)) is not None:
            end = span.end()
        letter = _LETTER.match(text, end)
        if letter is not None:
            end = letter.end()
        if _NOT_A_HOUSE_NUMBER.match(text, end):
            continue  # "vägen 3,5", "backen 12:30", "gatan 12%"
        following = _NEXT_WORD.match(text, end)
        if letter is None and following and following.group(1).casefold() in _UNITS:
            continue
        apartment = _APARTMENT.match(text, end)
        if apartment is not None:
            end = apartment.end()
        postcode = _POSTCODE.match(text, _skip_join(text, end))
        # a genitive before a standalone street word is evidence enough: "Karl Johans gata"
        weak = suffix in _WEAK and match.group("word").casefold() != suffix
        if weak and not (letter or apartment or postcode or _CUE.search(text, 0, start)):
            continue
        yield start, end


def _postcodes(text: str) -> Iterator[tuple[int, int]]:
    for match in _POSTCODE.finditer(text):
        code = match.group("code")
        if not match.group("gap") and code.endswith("00"):
            continue  # "12000 Anställda" is an amount; postcodes ending 00 are boxes
        yield match.start(), match.end()


def find_addresses(text: str) -> Iterator[Finding]:
    """Street addresses with what follows them (apartment, postcode, town) and postcodes
    with their town, each one finding; a postcode right after a street joins it."""
    streets = _streets(text) if _MAYBE_STREET.search(text) else iter(())
    postcodes = _postcodes(text) if _MAYBE_POSTCODE.search(text) else iter(())
    spans = sorted([*streets, *postcodes])
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged:
            last_start, last_end = merged[-1]
            joined = _JOIN.fullmatch(text, last_end, start) is not None
            if start < last_end or joined:
                merged[-1] = (last_start, max(last_end, end))
                continue
        merged.append((start, end))
    for start, end in merged:
        yield Finding("adress", start, end)
