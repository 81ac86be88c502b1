"""Personal names in Swedish text: known people's names and first names from a dictionary.

Known people are the interviewees, interviewers and recipients of an engagement; their
names are matched in any case, since transcripts are sloppy ("pratade med kerstin malm").
Anyone else is found by a capitalised first name from the name dictionary, extended over
a following capitalised word or two ("Lena Holm", "Anna Kinberg Batra").

Capital letters mislead in two places, and the rules below are about those:
at the start of a sentence every word is capitalised, so a name that is also a word
("Per månad", "Hans chef", "Max tre personer") needs a surname or a person's verb after it
("Per sa"); and place names that are also first names ("i Nora", "Vilhelmina kommun",
"Kina") are places where the context says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

from synth.dates import MONTHS, WEEKDAYS
from synth.privacy.findings import Finding
from synth.privacy.names import (
    ambiguous_first_names,
    names_used_in_sweden,
    swedish_first_names,
)
from synth.privacy.places import INSTITUTION_NOUNS, LOCATIVE_WORDS, PLACE_NAMES

__all__ = ["NameIndex", "find_names"]

# Letters only, with hyphenated parts: "Sven-Erik", "HR-stödet", "Holm-Ek".
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Only spaces may separate a first name from its surname; any punctuation ends the name.
_NAME_GAP = re.compile(r"[ \t\u00a0]{1,3}")
# What precedes a word at the start of a sentence, a list item or a speaker's turn.
_OPENERS = frozenset(".!?:;\"”“»«([{–—-•*·…'\n\r")
# Lower-case words inside a name: "Malou von Sivers", "Zeid Ra'ad al Hussein".
_PARTICLES = frozenset(
    [
        "af",
        "al",
        "bin",
        "da",
        "de",
        "del",
        "della",
        "den",
        "der",
        "di",
        "du",
        "el",
        "ibn",
        "van",
        "von",
    ]
)
# Capitalised words that begin foreign titles and places, never a person: "The Lancet",
# "San Francisco", "El Salvador".
_NEVER_FIRST = frozenset(
    ["el", "la", "las", "le", "los", "saint", "san", "sankt", "sankta", "santa", "the"]
)
_CALENDAR = frozenset((*MONTHS, *WEEKDAYS))
# After an ambiguous name at the start of a sentence, these words make it a person doing
# something ("Per sa", "Per och jag") rather than the word ("Per månad").
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
        "arbetar",
        "arbetade",
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
        "själv",
        "också",
        "själva",
    ]
)
# Known surnames are matched in lower case only when they cannot be an ordinary word:
# "nyström" and "lindqvist" can be, "malm", "strand" and "ros" cannot.
_SURNAME_ENDING = re.compile(
    r"(?:s?son|ström|qvist|kvist|gren|stedt|berg|lund|holm|blad|dahl|ling|ander)$"
)
_LONG_SURNAME = 7


def _capitalised(token: str) -> bool:
    """ "Anna", "McDonald", "Sven-Erik": an upper-case initial and some lower case, so
    that acronyms (HR, IT, SKR) are not."""
    return token[0].isupper() and any(c.islower() for c in token)


def _at_sentence_start(text: str, position: int) -> bool:
    i = position - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] in _OPENERS


@dataclass(frozen=True)
class NameIndex:
    """The names to look for: known people (from the log and lists) and first names."""

    full_names: tuple[str, ...]
    """Known full names, each a tuple of its words joined by one space."""
    known_parts: frozenset[str]
    """First names and surnames of known people, as written."""
    known_lower: frozenset[str]
    """Those known parts, case-folded, that are safe to match written in lower case."""
    first_names: frozenset[str]
    ambiguous: frozenset[str]
    swedish: frozenset[str]
    """Names used in Sweden: only these count as a person before a verb ("Per sa")."""

    @classmethod
    def build(cls, names: Iterable[str], *, first_names: frozenset[str] | None = None) -> NameIndex:
        """`names` are full names ("Kerstin Malm"); blank ones are skipped."""
        first = swedish_first_names() if first_names is None else first_names
        ambiguous = ambiguous_first_names()
        full: set[str] = set()
        parts: set[str] = set()
        for name in names:
            words = name.split()
            if not words:
                continue
            full.add(" ".join(words))
            # particles and initials ("von", "O") would match far too much on their own
            parts.update(w for w in words if len(w.rstrip(".")) > 1 and _capitalised(w))
        lower = {
            part.casefold()
            for part in parts
            if part.casefold() not in ambiguous
            and (
                part in first
                or len(part) >= _LONG_SURNAME
                or (len(part) > 5 and _SURNAME_ENDING.search(part.casefold()))
            )
        }
        return cls(
            full_names=tuple(sorted(full, key=lambda n: (-len(n), n))),
            known_parts=frozenset(parts),
            known_lower=frozenset(lower),
            first_names=first,
            ambiguous=ambiguous,
            swedish=names_used_in_sweden(),
        )

    @cached_property
    def full_name_pattern(self) -> re.Pattern[str] | None:
        """One regex for every known full name, in any case, with a genitive s."""
        if not self.full_names:
            return None
        # longest first, so that "Anna Maria Berg" wins over "Anna Maria"
        body = "|".join(r"\s+".join(map(re.escape, n.split())) for n in self.full_names)
        return re.compile(rf"(?<![\w@.])(?:{body})(?:s|['’]s?)?(?![\w@-])", re.IGNORECASE)

    def base(self, token: str) -> tuple[str, bool] | None:
        """The name `token` is, without a genitive s ("Annas" -> "Anna"), and whether it is a
        known person's; None when it is no name."""
        if token in self.known_parts:
            return token, True
        if token in self.first_names:
            return token, False
        stem = token[:-1]
        if len(stem) >= 3 and token.endswith("s"):
            if stem in self.known_parts:
                return stem, True
            if stem in self.first_names:
                return stem, False
        return None


@dataclass(frozen=True)
class _Words:
    """The words of a text with the text, to look at a word's neighbours."""

    text: str
    matches: list[re.Match[str]]

    def next_after(self, index: int, end: int) -> re.Match[str] | None:
        """The word after position `end` when only spaces lie between."""
        if index >= len(self.matches):
            return None
        nxt = self.matches[index]
        return nxt if _NAME_GAP.fullmatch(self.text, end, nxt.start()) else None

    def previous(self, index: int) -> str:
        if index == 0:
            return ""
        prev = self.matches[index - 1]
        gap = self.text[prev.end() : self.matches[index].start()]
        return prev.group() if not gap.strip() else ""


def _surname_end(words: _Words, i: int, end: int) -> tuple[int, int]:
    """Extend a first name over up to two capitalised words, with particles between:
    returns the new end and the index of the word after the name."""
    j = i + 1
    taken = 0
    while taken < 2 and (nxt := words.next_after(j, end)) is not None:
        token = nxt.group()
        after = words.next_after(j + 1, nxt.end()) if token in _PARTICLES else None
        if after is not None and _capitalised(after.group()):
            end, j, taken = after.end(), j + 2, taken + 1
            continue
        if not _capitalised(token) or token.casefold() in _NEVER_FIRST:
            break
        if not all(_capitalised(part) for part in token.split("-")):
            break  # "Robin Hood-politik", "Anne Frank-museet": the name ends before
        end, j, taken = nxt.end(), j + 1, taken + 1
    return end, j


def _hyphenated(token: str, index: NameIndex) -> bool | None:
    """ "Sven-Erik", "Maj-Britt": a name when every part is one (None: not a name; True: a
    known person's). "Rut-avdrag" and "Anna-gruppen" are compounds, not names."""
    found = [index.base(part) for part in token.split("-")]
    if any(f is None for f in found) or not all(_capitalised(p) for p in token.split("-")):
        return None
    return any(known for _, known in found if known is not None) or False


def _name_at(words: _Words, i: int, index: NameIndex) -> tuple[int, int, int] | None:
    """(start, end, next word index) of a name starting at word `i`, or None."""
    match = words.matches[i]
    token = match.group()
    text = words.text
    if token[0].islower():
        folded = token.casefold()
        if folded in index.known_lower or (
            folded.endswith("s") and folded[:-1] in index.known_lower
        ):
            return match.start(), match.end(), i + 1
        return None
    if not _capitalised(token):
        # an acronym, unless a known person's name is shouted: "MALM", "KERSTIN"
        if len(token) > 2 and token.title() in index.known_parts:
            return match.start(), match.end(), i + 1
        return None
    if "-" in token:
        known_hyphen = _hyphenated(token, index)
        if known_hyphen is None:
            return None
        base, known = token, known_hyphen
    else:
        found = index.base(token)
        if found is None:
            return None
        base, known = found
    folded = base.casefold()
    previous = words.previous(i)
    if not known and (
        folded in _NEVER_FIRST or (previous.istitle() and previous.casefold() in _NEVER_FIRST)
    ):
        return None  # "The Lancet", "San Francisco", "Los Angeles"
    end, j = match.end(), i + 1
    if base == token:  # a genitive ends the name: "Annas Team" is Anna's
        end, j = _surname_end(words, i, end)
    has_surname = j > i + 1
    following = words.next_after(j, end)
    next_word = following.group().casefold() if following is not None else ""
    if next_word in INSTITUTION_NOUNS:  # "Nora kommun", "Svea hovrätt"
        return None
    if not known and not has_surname:
        if base in PLACE_NAMES and (
            previous.casefold() in LOCATIVE_WORDS or base not in index.swedish
        ):
            return None
        if folded in _CALENDAR or token.casefold() in _CALENDAR:
            return None
    ambiguous = folded in index.ambiguous or token.casefold() in index.ambiguous
    if ambiguous and not has_surname and _at_sentence_start(text, match.start()):
        acting = next_word in _PERSON_VERBS or text.startswith(",", match.end())
        if not (acting and (known or base in index.swedish)):
            return None
    return match.start(), end, j


def find_names(text: str, index: NameIndex) -> Iterator[Finding]:
    """Spans of personal names in `text`; overlapping spans are left to the caller."""
    if (pattern := index.full_name_pattern) is not None:
        for match in pattern.finditer(text):
            yield Finding("namn", match.start(), match.end())
    words = _Words(text, list(_WORD.finditer(text)))
    i = 0
    while i < len(words.matches):
        found = _name_at(words, i, index)
        if found is None:
            i += 1
            continue
        start, end, i = found
        yield Finding("namn", start, end)
