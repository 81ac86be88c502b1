"""A Swedish-aware sentence splitter and the filler filter for spoken transcripts."""

from __future__ import annotations

import re

__all__ = ["FILLER_WORDS", "is_filler", "split_sentences", "word_count"]

# Abbreviations that end in a full stop without ending the sentence (lower-case, without
# the final dot). Multi-part ones are matched on their last part too ("t.ex" -> "ex").
_ABBREVIATIONS = frozenset(
    [
        "t.ex",
        "bl.a",
        "m.fl",
        "dvs",
        "d.v.s",
        "ca",
        "kl",
        "s.k",
        "osv",
        "o.s.v",
        "etc",
        "p.g.a",
        "pga",
        "fr.o.m",
        "t.o.m",
        "m.m",
        "nr",
        "resp",
        "jfr",
        "ang",
        "inkl",
        "exkl",
        "mfl",
        "tex",
        "bla",
        "st",
        "äv",
        "dr",
        "prof",
        "ordf",
        "tf",
        "vd",
        "obs",
        "sek",
        "tkr",
        "mkr",
        "mdr",
        "milj",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dec",
        "mån",
        "tis",
        "ons",
        "tors",
        "fre",
        "lör",
        "sön",
        "e.d",
        "o.d",
        "o.dyl",
        "m.a.o",
        "i.o.m",
        "t.v",
        "f.d",
        "s.a.s",
        "bl.a.m",
        "tel",
    ]
)
_WORD = re.compile(r"[\wåäöÅÄÖéü][\wåäöÅÄÖéü\-']*")
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”»)]*\s+|\n\s*\n+")

FILLER_WORDS = frozenset(
    [
        "mm",
        "mhm",
        "mmm",
        "hm",
        "hmm",
        "ja",
        "jaa",
        "jo",
        "japp",
        "jepp",
        "nej",
        "nä",
        "näe",
        "okej",
        "ok",
        "okay",
        "precis",
        "exakt",
        "absolut",
        "jaha",
        "aha",
        "eh",
        "eh",
        "öh",
        "äh",
        "ehm",
        "öhm",
        "aa",
        "ah",
        "oj",
        "tack",
        "visst",
        "just",
        "det",
        "så",
        "är",
        "det",
        "sant",
        "juste",
        "alltså",
        "liksom",
        "typ",
        "ju",
        "nja",
        "men",
        "och",
    ]
)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _ends_with_abbreviation(chunk: str) -> bool:
    """Whether the dot at the end of `chunk` belongs to an abbreviation, ordinal or initial."""
    match = re.search(r"(\S+)\.$", chunk)
    if not match:
        return False
    token = match.group(1).lower().lstrip("(\"'«")
    if token in _ABBREVIATIONS:
        return True
    # a single capital letter is an initial ("A. Berg"); a bare number is an ordinal or list
    # item ("den 3. maj", "1. Första")
    return bool(re.fullmatch(r"[a-zåäö]|\d{1,3}", token))


def split_sentences(text: str) -> list[str]:
    """Split Swedish text into sentences; abbreviations such as t.ex. and kl. do not end one."""
    sentences: list[str] = []
    pending = ""
    position = 0
    for match in _BOUNDARY.finditer(text):
        chunk = text[position : match.start()]
        position = match.end()
        candidate = (pending + " " + chunk).strip() if pending else chunk.strip()
        paragraph_break = "\n" in match.group()
        next_char = text[position : position + 1]
        if not paragraph_break and (
            _ends_with_abbreviation(candidate) or (next_char and next_char.islower())
        ):
            pending = candidate
            continue
        if candidate:
            sentences.append(_tidy(candidate))
        pending = ""
    rest = (pending + " " + text[position:]).strip() if pending else text[position:].strip()
    if rest:
        sentences.append(_tidy(rest))
    return [s for s in sentences if s]


def _tidy(sentence: str) -> str:
    return re.sub(r"\s+", " ", sentence).strip()


def is_filler(sentence: str) -> bool:
    """Whether a sentence is only fillers ("mm", "ja precis", "okej") or a one-word fragment.

    Short but real sentences are kept: whether a statement is long enough is decided when
    sentences are grouped into statements.
    """
    words = [w.lower() for w in _WORD.findall(sentence)]
    return sum(1 for w in words if w not in FILLER_WORDS) < 2 and len(words) < 4
