"""Finding personal data in Swedish text: e-mail, phone numbers, personnummer and names.

Findings carry only their kind and position, never the text found, so that a finding can
be put in an error message or a log without leaking what it points at.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from stdnum import luhn

from synth.privacy.names import (
    ambiguous_first_names,
    names_used_in_sweden,
    swedish_first_names,
)

__all__ = ["Finding", "Kind", "NameIndex", "find_personal_data", "is_personnummer"]

Kind = Literal["namn", "e-post", "telefon", "personnummer"]


@dataclass(frozen=True, order=True)
class Finding:
    start: int
    end: int
    kind: Kind


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
# National numbers start with 0 and have 8-10 digits; +46 drops the 0. Separators are
# spaces and hyphens, as Swedes write them ("070-123 45 67", "08-123 456 78").
_PHONE = re.compile(
    r"(?<![\w+])(?:\+46[\s-]?(?:\(0\)[\s-]?)?|0)\d{1,3}(?:[\s-]?\d{2,3}){2,4}(?![\w]|,\d)"
)
_PERSONNUMMER = re.compile(r"(?<![\d-])(?:19|20)?(\d{6})\s?([-+])?\s?(\d{4})(?![\d-])")
_WORD = re.compile(r"[A-Za-zÅÄÖåäöÉéÜüØøÆæ][\wÅÄÖåäöÉéÜüØøÆæ]*(?:-[A-ZÅÄÖ][\wåäöéü]+)?")
_SURNAME = re.compile(r"[A-ZÅÄÖÉ][a-zåäöéüø]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?")
# After an ambiguous name at the start of a sentence, these words make it a person
# doing something ("Per sa", "Per och jag") rather than the word ("Per månad").
_PERSON_VERBS = frozenset(
    [
        "sa",
        "sade",
        "säger",
        "tycker",
        "tyckte",
        "menar",
        "menade",
        "har",
        "hade",
        "är",
        "var",
        "kom",
        "kommer",
        "ringde",
        "ringer",
        "gjorde",
        "gör",
        "skulle",
        "ska",
        "kan",
        "kunde",
        "vill",
        "ville",
        "brukar",
        "jobbar",
        "jobbade",
        "berättade",
        "berättar",
        "skrev",
        "skriver",
        "frågade",
        "frågar",
        "svarade",
        "svarar",
        "tog",
        "tar",
        "fick",
        "får",
        "och",
        "som",
        "hon",
        "han",
    ]
)
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n\"”»(\[–-])\s*$")


def is_personnummer(digits: str) -> bool:
    """Whether ten digits (YYMMDDNNNN) are a valid personnummer or samordningsnummer."""
    if len(digits) != 10 or not digits.isdigit() or not luhn.is_valid(digits):
        return False
    month, day = int(digits[2:4]), int(digits[4:6])
    if day > 60:  # samordningsnummer: the day of birth plus 60
        day -= 60
    try:
        # 2000 is a leap year, so 29 February passes for any century
        dt.date(2000, month, day)
    except ValueError:
        return False
    return True


def _phones(text: str) -> Iterable[Finding]:
    for match in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        national = digits[2:] if match.group().startswith("+46") else digits[1:]
        if 7 <= len(national) <= 9:
            yield Finding(match.start(), match.end(), "telefon")


def _personnummer(text: str) -> Iterable[Finding]:
    for match in _PERSONNUMMER.finditer(text):
        if is_personnummer(match.group(1) + match.group(3)):
            yield Finding(match.start(), match.end(), "personnummer")


@dataclass(frozen=True)
class NameIndex:
    """The names to look for: known people (from the log and lists) and first names."""

    full_names: frozenset[str]
    """Lower-cased full names, matched in any case (sloppy transcripts write "anna berg")."""
    known_parts: frozenset[str]
    """First names and surnames of known people, matched when capitalised."""
    first_names: frozenset[str]
    ambiguous: frozenset[str]
    swedish: frozenset[str] = frozenset()
    """Names used in Sweden: only these count as a person before a verb ("Per sa")."""

    @classmethod
    def build(cls, names: Iterable[str], *, first_names: frozenset[str] | None = None) -> NameIndex:
        full: set[str] = set()
        parts: set[str] = set()
        for name in names:
            tokens = name.split()
            if not tokens:
                continue
            if len(tokens) > 1:
                full.add(" ".join(tokens).casefold())
            parts.update(t for t in tokens if len(t) > 1)
        return cls(
            full_names=frozenset(full),
            known_parts=frozenset(parts),
            first_names=swedish_first_names() if first_names is None else first_names,
            ambiguous=ambiguous_first_names(),
            swedish=names_used_in_sweden(),
        )

    def full_name_pattern(self) -> re.Pattern[str] | None:
        if not self.full_names:
            return None
        alternatives = sorted(self.full_names, key=len, reverse=True)
        body = "|".join(r"\s+".join(map(re.escape, n.split())) for n in alternatives)
        return re.compile(rf"(?<!\w)(?:{body})(?:s)?(?!\w)", re.IGNORECASE)


def _base(word: str) -> str:
    """A name without its genitive s: "Annas" -> "Anna"."""
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _names(text: str, index: NameIndex, full: re.Pattern[str] | None) -> Iterable[Finding]:
    if full is not None:
        for match in full.finditer(text):
            yield Finding(match.start(), match.end(), "namn")
    words = list(_WORD.finditer(text))
    skip_until = -1
    for i, word in enumerate(words):
        if word.start() < skip_until:
            continue
        token = word.group()
        if not token[0].isupper() or token.isupper():
            continue
        candidates = {token, _base(token)}
        known = bool(candidates & index.known_parts)
        parts = token.split("-")
        first = bool(candidates & index.first_names) or (
            len(parts) > 1 and all(part in index.first_names for part in parts)
        )
        if not (known or first):
            continue
        sentence_start = bool(_SENTENCE_END.search(text[: word.start()]))
        end = word.end()
        # a following capitalised word is the surname: "Anna Berg", "Lena Holm-Ek"
        j = i + 1
        while j < len(words) and j <= i + 2:
            nxt = words[j]
            gap = text[end : nxt.start()]
            if gap.strip() or not _SURNAME.fullmatch(nxt.group()):
                break
            end = nxt.end()
            j += 1
        has_surname = j > i + 1
        ambiguous = (
            token.casefold() in index.ambiguous or _base(token).casefold() in index.ambiguous
        )
        # mid-sentence a capitalised "Per" is the name (the preposition is written "per");
        # at the start of a sentence it is the word unless a surname follows
        following = words[j].group().casefold() if j < len(words) else ""
        if (
            not known
            and sentence_start
            and ambiguous
            and not has_surname
            and not (following in _PERSON_VERBS and candidates & index.swedish)
        ):
            continue
        skip_until = end
        yield Finding(word.start(), end, "namn")


def find_personal_data(
    text: str, index: NameIndex | None = None, *, full: re.Pattern[str] | None = None
) -> list[Finding]:
    """Every span of personal data in `text`, overlaps merged, in order."""
    index = index or NameIndex.build(())
    found = [
        *(Finding(m.start(), m.end(), "e-post") for m in _EMAIL.finditer(text)),
        *_personnummer(text),
        *_phones(text),
        *_names(text, index, full if full is not None else index.full_name_pattern()),
    ]
    return _merge(found)


_PRIORITY: dict[Kind, int] = {"e-post": 0, "personnummer": 1, "telefon": 2, "namn": 3}


def _merge(found: list[Finding]) -> list[Finding]:
    merged: list[Finding] = []
    for finding in sorted(found, key=lambda f: (f.start, -f.end, _PRIORITY[f.kind])):
        if merged and finding.start < merged[-1].end:
            last = merged[-1]
            if finding.end > last.end:
                merged[-1] = Finding(last.start, finding.end, last.kind)
            continue
        merged.append(finding)
    return merged
