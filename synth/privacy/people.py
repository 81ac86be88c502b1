"""Personal names in Swedish text: known people's names and first names from a dictionary.

Known people are the interviewees, interviewers and recipients of an engagement; their
names are matched in any case, since transcripts are sloppy ("pratade med kerstin malm").
Anyone else is found by a capitalised first name from the name dictionary, extended over
up to three following capitalised words ("Lena Holm", "Anna Kinberg Batra"), and over a
family name written first ("Nguyen Van Minh").

In lower case or in capitals a first name alone is not enough: "lena" is an adjective,
and "IVO", "LOU" and "SAM" are acronyms before they are names. There a full name counts:
a first name with a surname after it ("maria svensson", "MARIA SVENSSON"), the surname
being a known person's, a common one, or of a surname's shape (-sson, -ström, -qvist, ...).

Capital letters mislead in two places, and the rules below are about those:
at the start of a sentence every word is capitalised, so a name that is also a word
("Per månad", "Hans chef", "Max tre personer") needs a surname or a person's verb after it
("Per sa"); and place names that are also first names ("i Nora", "Vilhelmina kommun",
"Kina") are places where the context says so.

The names looked for are a `NameIndex` (`synth.privacy.name_index`); the word lists the
rules use are in `synth.privacy.name_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from synth.privacy.findings import Finding
from synth.privacy.name_index import NameIndex, capitalised
from synth.privacy.name_words import (
    CALENDAR,
    COMMON_SURNAMES,
    FAMILY_FIRST,
    NEVER_FIRST,
    PARTICLES,
    PERSON_VERBS,
    SURNAME_SHAPE,
)
from synth.privacy.places import INSTITUTION_NOUNS, LOCATIVE_WORDS, PLACE_NAMES

__all__ = ["find_names"]

# Letters only, with hyphenated parts: "Sven-Erik", "HR-stödet", "Holm-Ek".
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Only spaces may separate a first name from its surname; any punctuation ends the name.
_NAME_GAP = re.compile(r"[ \t\u00a0]{1,3}")
# What precedes a word at the start of a sentence, a list item or a speaker's turn.
_OPENERS = frozenset(".!?:;\"”“»«([{–—-•*·…'\n\r>")


def _at_sentence_start(text: str, position: int) -> bool:
    i = position - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] in _OPENERS


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
    """Extend a first name over up to three capitalised words, with particles between:
    returns the new end and the index of the word after the name."""
    j = i + 1
    taken = 0
    while taken < 3 and (nxt := words.next_after(j, end)) is not None:
        token = nxt.group()
        after = words.next_after(j + 1, nxt.end()) if token in PARTICLES else None
        if after is not None and capitalised(after.group()):
            end, j, taken = after.end(), j + 2, taken + 1
            continue
        if not capitalised(token) or token.casefold() in NEVER_FIRST:
            break
        if not all(capitalised(part) for part in token.split("-")):
            break  # "Robin Hood-politik", "Anne Frank-museet": the name ends before
        end, j, taken = nxt.end(), j + 1, taken + 1
    return end, j


def _hyphenated(token: str, index: NameIndex) -> bool | None:
    """ "Sven-Erik", "Maj-Britt": a name when every part is one (None: not a name; True: a
    known person's). "Rut-avdrag" and "Anna-gruppen" are compounds, not names."""
    found = [index.base(part) for part in token.split("-")]
    if any(f is None for f in found) or not all(capitalised(p) for p in token.split("-")):
        return None
    return any(f[1] for f in found if f is not None) or False


def _name_at(words: _Words, i: int, index: NameIndex) -> tuple[int, int, int] | None:
    """(start, end, next word index) of a name starting at word `i`, or None."""
    match = words.matches[i]
    token = match.group()
    text = words.text
    if token[0].islower():
        # most words are no name: one look-up before the closer look
        folded = token.casefold()
        candidates = index.lower_candidates
        if folded in candidates or (folded[-1] == "s" and folded[:-1] in candidates):
            return _lower_name_at(words, i, index)
        return None
    if not capitalised(token):
        return _capitals_name_at(words, i, index)
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
        folded in NEVER_FIRST or (previous.istitle() and previous.casefold() in NEVER_FIRST)
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
        if folded in CALENDAR or token.casefold() in CALENDAR:
            return None
    ambiguous = folded in index.ambiguous or token.casefold() in index.ambiguous
    if ambiguous and not has_surname and _at_sentence_start(text, match.start()):
        acting = next_word in PERSON_VERBS or text.startswith(",", match.end())
        if not (acting and (known or base in index.swedish)):
            return None
    return match.start(), end, j


def _genitive_base(folded: str) -> list[str]:
    """ "svenssons" -> ["svenssons", "svensson"]: a word and, with an s, its base."""
    return [folded, folded[:-1]] if folded.endswith("s") and len(folded) > 3 else [folded]


def _surname_like(word: str, index: NameIndex, *, strict: bool = False) -> bool:
    """Whether `word`, after a first name, makes a full name: a known person's name, a
    common surname or a surname's shape, never an ordinary word ("dialog", "person").
    `strict`: not a known person's first name ("sen Helena kom" is "sen" the word)."""
    for folded in _genitive_base(word.casefold()):
        known = folded in index.known_folded
        if known and strict and folded.title() in index.first_names:
            known = False
        if known or folded in COMMON_SURNAMES:
            return True
        if folded not in index.ambiguous and len(folded) > 5 and SURNAME_SHAPE.search(folded):
            return True
    return False


def _first_name_like(word: str, index: NameIndex) -> bool:
    """A first name written in lower case or capitals ("maria", "MARIA", "sven-erik")."""
    folded = word.casefold()
    names = index.first_names_folded
    return folded in names or (folded.endswith("s") and len(folded) > 3 and folded[:-1] in names)


def _known_word(word: str, index: NameIndex) -> bool:
    return any(f in index.known_folded for f in _genitive_base(word.casefold()))


def _surnames(
    words: _Words,
    j: int,
    end: int,
    index: NameIndex,
    *,
    capitals: bool,
    loose: bool = False,
    strict: bool = False,
) -> tuple[int, int]:
    """Extend a first name written in lower case or capitals over up to two surnames in the
    same style (a capitalised one after a lower-case first name too: "maria Svensson").
    `loose`: in capitals, any word of three letters or more that is no Swedish word counts;
    `strict`: the first name is also a word ("per", "sen"), so only a lower-case surname that
    is no known first name counts ("per andersson", not "sen Helena")."""
    taken = 0
    while taken < 2 and (nxt := words.next_after(j, end)) is not None:
        token = nxt.group()
        if capitals:
            if not token.isupper():
                break
            plausible = _surname_like(token, index, strict=strict) or (
                loose
                and len(token) > 2
                and token.casefold() not in index.ambiguous
                and any(c in "AEIOUYÅÄÖ" for c in token)
            )
        else:
            if not (token.islower() or (capitalised(token) and not strict)):
                break
            plausible = _surname_like(token, index, strict=strict)
        if not plausible:
            break
        end, j, taken = nxt.end(), j + 1, taken + 1
    return end, j


def _lower_name_at(words: _Words, i: int, index: NameIndex) -> tuple[int, int, int] | None:
    """A name written in lower case: a known person's ("kerstin", "lindqvist") or a full
    name ("maria svensson", "anna karin lindqvist"); a dictionary first name alone is not
    one ("lena" is also an adjective)."""
    match = words.matches[i]
    token = match.group()
    folded = token.casefold()
    known = folded in index.known_lower or (
        folded.endswith("s") and folded[:-1] in index.known_lower
    )
    if not (known or _first_name_like(token, index)) or folded in NEVER_FIRST:
        return None
    j, end = i + 1, match.end()
    # a middle name between two names used in Sweden: "anna karin svensson", but not "ring"
    # before "fatima hassan" (both are in the dictionary, neither is a Swede's middle name)
    while (
        j < i + 3
        and folded.title() in index.swedish
        and (nxt := words.next_after(j, end)) is not None
    ):
        middle = nxt.group()
        if not (middle.islower() and middle.title() in index.swedish):
            break
        if middle.casefold() in index.ambiguous:
            break
        j, end = j + 1, nxt.end()
    ambiguous = any(f in index.ambiguous for f in _genitive_base(folded))
    surname_end, after = _surnames(words, j, end, index, capitals=False, strict=ambiguous)
    if after > j:
        return match.start(), surname_end, after
    if known:
        return match.start(), match.end(), i + 1
    return None


def _in_capitals(words: _Words, index: int) -> bool:
    """Whether word `index` exists and is written in capitals, as every word of a heading or
    a text in capitals is ("OM BRUCE ENHETER", "EN STRAND NÅGONSTANS").

    A marker ("[namn]") counts as capitals: what it replaced may have been, and the answer
    must not change when a text is pseudonymised a second time."""
    if not 0 <= index < len(words.matches):
        return False
    match = words.matches[index]
    token = match.group()
    before, after = words.text[match.start() - 1 : match.start()], words.text[match.end() :][:1]
    if before == "[" and after == "]":
        return True
    return len(token) > 1 and token.isupper()


def _capitals_name_at(words: _Words, i: int, index: NameIndex) -> tuple[int, int, int] | None:
    """A name written in capitals: a known person's ("MALM", "KERSTIN") or a first name
    with a surname ("MARIA SVENSSON"); a first name alone is more likely an acronym."""
    match = words.matches[i]
    token = match.group()
    if len(token) < 3 or not token.isupper():
        return None
    folded = token.casefold()
    known = _known_word(token, index)
    family = folded in FAMILY_FIRST
    if folded in NEVER_FIRST or not (known or family or _first_name_like(token, index)):
        return None
    if family:  # "NGUYEN VAN MINH": a family name, then given names
        nxt = words.next_after(i + 1, match.end())
        if nxt is None or not nxt.group().isupper() or not _first_name_like(nxt.group(), index):
            return None
    ambiguous = any(f in index.ambiguous for f in _genitive_base(folded))
    # Any word in capitals may be the surname of a name shouted in ordinary text ("ring
    # MARIA SVENSSON"), not in a text all in capitals ("HELENA LYSSNAR"), nor after a
    # three-letter first name, which is often an acronym (IVO, LOU, SAM).
    loose = (family or (len(token) > 3 and not ambiguous)) and not _in_capitals(words, i - 1)
    end, j = _surnames(words, i + 1, match.end(), index, capitals=True, strict=ambiguous)
    if loose and j == i + 1:
        loose_end, loose_j = _surnames(words, i + 1, match.end(), index, capitals=True, loose=True)
        if not _in_capitals(words, loose_j):
            end, j = loose_end, loose_j
    if j > i + 1:
        return match.start(), end, j
    if known:
        return match.start(), match.end(), i + 1
    return None


def _family_name_before(words: _Words, i: int, start: int, index: NameIndex) -> int:
    """Where a name found at word `i` starts when a family name is written before it
    ("Nguyen Van Minh"), or another name the dictionary does not have ("Abdi Farah")."""
    if i == 0:
        return start
    previous = words.matches[i - 1]
    token = previous.group()
    if not _NAME_GAP.fullmatch(words.text, previous.end(), start):
        return start
    folded = token.casefold()
    surname = folded in FAMILY_FIRST or folded in COMMON_SURNAMES or folded in index.known_folded
    if not surname:
        return start
    if len(token) > 2 and (capitalised(token) or token.isupper()):
        return previous.start()
    # "Le Van Minh" mid-sentence, but not "Du Anna, ..." or "DU MORGAN JOHANSSON"
    if capitalised(token) and not _at_sentence_start(words.text, previous.start()):
        return previous.start()
    return start


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
        start, end, after = found
        if not words.matches[i].group()[0].islower():
            start = _family_name_before(words, i, start, index)
        i = after
        yield Finding("namn", start, end)
