"""A Swedish-aware sentence splitter and the filler filter for spoken transcripts.

Transcribed speech is full of abbreviations ("t.ex.", "bl.a.", "kl. 8"), list numbers and
initials, none of which end a sentence, and of backchannel ("mm", "ja precis") that carries
no content. Both are decided here so that statements start and end where a reader expects;
the filler words themselves are listed with the stop words in `synth.text.swedish`.
"""

from __future__ import annotations

import re

from synth.text.numbers import numeral_range
from synth.text.swedish import FILLER_GLUE, FILLER_WORDS

__all__ = [
    "is_filler",
    "quoted",
    "sentence_spans",
    "shortened",
    "split_sentences",
    "swedish_quotes",
    "verbatim",
    "word_count",
]

# Abbreviations whose full stop does not end the sentence, lower-case without the final dot.
# Lower-case dotted forms not listed here ("f.ö", "i.s.f") are recognised by their shape.
_ABBREVIATIONS = frozenset(
    [
        "t.ex",
        "tex",
        "bl.a",
        "bla",
        "m.fl",
        "mfl",
        "dvs",
        "d.v.s",
        "ca",
        "kl",
        "s.k",
        "sk",
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
        "st",
        "äv",
        "dr",
        "prof",
        "ordf",
        "tf",
        "obs",
        "sek",
        "tkr",
        "mkr",
        "mdr",
        "milj",
        "tel",
        "e.d",
        "o.d",
        "o.dyl",
        "m.a.o",
        "i.o.m",
        "t.v",
        "f.d",
        "s.a.s",
        "vs",
        "avd",
        "enl",
        "forts",
        "fig",
        "kap",
        "tim",
        "sid",
        "ev",
    ]
)
# Month abbreviations are also words ("jul", "mar"), so they count only after a day: "3 dec."
_MONTHS = frozenset(
    ["jan", "feb", "febr", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"]
)
# Abbreviations that often close a list and so may end a sentence too: "HR, IT osv. Sen ..."
_MAY_END = frozenset({"osv", "o.s.v", "etc", "m.m", "m.fl", "mfl", "o.d", "e.d", "o.dyl"})
_DOTTED = re.compile(r"(?:[a-zåäö]{1,4}\.)+[a-zåäö]{1,4}")

_WORD = re.compile(r"[\wåäöÅÄÖéü][\wåäöÅÄÖéü\-'’]*")
# A run of sentence punctuation with any closing quotes or brackets, then whitespace; or a
# blank line, which in a transcript is a paragraph break and always ends the sentence.
_CANDIDATE = re.compile(r"(?P<punct>[.!?…]+[\"'”’»)\]]*)(?=\s)|(?P<para>\n[ \t]*\n\s*)")
_NEXT_WORD = re.compile(r"\s*(\S*)")
_LAST_TOKEN = re.compile(r"(\S+)$")


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


# Words a long line is cut before when it must be shortened: each opens a clause of its own
_CUT_BEFORE = frozenset({"och", "men", "som", "eftersom", "så", "där", "när", "för", "utan"})


def shortened(text: str, limit: int) -> str:
    """At most `limit` words of `text`: cut before a conjunction or after a comma when one
    is in the second half of the limit, else mid-phrase and marked with " …". Not inside a
    spoken range: "kan kosta fyra, fem miljoner" is never cut to "kan kosta fyra"."""
    words = text.split()
    if len(words) <= limit:
        return " ".join(words)
    for cut in range(limit, max(3, limit // 2), -1):
        comma = words[cut - 1].endswith(",") and not numeral_range(words[cut - 1], words[cut])
        if comma or words[cut].casefold() in _CUT_BEFORE:
            return " ".join(words[:cut]).rstrip(" ,;:–-")
    return " ".join(words[:limit]).rstrip(" ,;:–-") + " …"


VERBATIM_WORDS = 6
"""The fewest words of a sentence that, found word for word in another survey respondent's
answer, make it the same answer given twice rather than two voices: "Snabba svar." is
said by many, "Upphandlingar av entreprenader drar ut på tiden, vi har tappat en hel
byggsäsong två år i rad" by one, however many rows of an export carry it."""


def verbatim(text: str) -> str | None:
    """A sentence's words as two copies of it share them (case and punctuation aside); None
    where it is too short to tell a copy from a common answer (`VERBATIM_WORDS`)."""
    said = _WORD.findall(text.casefold())
    return " ".join(said) if len(said) >= VERBATIM_WORDS else None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _ends_sentence(text: str, start: int, match: re.Match[str]) -> bool:
    """Whether the punctuation `match` closes the sentence that began at `start`."""
    following = _NEXT_WORD.match(text, match.end())
    next_word = following.group(1) if following else ""
    if not next_word:
        return True
    # "Det var ... svårt", "den 3. maj": speech goes on in lower case
    if next_word[0].islower():
        return False
    if match.group("punct") != ".":
        return True
    before = text[start : match.start()]
    token_match = _LAST_TOKEN.search(before)
    if token_match is None:
        return True
    token = token_match.group(1).lstrip("(\"'«“")
    low = token.lower()
    if low in _ABBREVIATIONS or _DOTTED.fullmatch(low):
        # "osv." and the like may close a sentence; an acronym after them ("etc. IT") may not
        acronym = len(next_word) > 1 and next_word[:2].isupper()
        return low in _MAY_END and next_word[0].isupper() and not acronym
    if low in _MONTHS:
        return not re.search(r"\d\s+$", before[: token_match.start()])
    if len(token) == 1 and token.isupper():
        return False  # an initial: "A. Berg"
    # a number alone at the start is a list item ("1. Första"); at the end it is an amount
    return not (token.isdigit() and len(token) <= 3 and not before[: token_match.start()].strip())


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Start and end offsets in `text` of each sentence, whitespace excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        if match.group("para") is not None:
            end = match.start()
        elif _ends_sentence(text, start, match):
            end = match.end()
        else:
            continue
        first, last = _trim(text, start, end)
        if first < last:
            spans.append((first, last))
        start = match.end()
    first, last = _trim(text, start, len(text))
    if first < last:
        spans.append((first, last))
    return spans


def split_sentences(text: str) -> list[str]:
    """Split Swedish text into sentences; abbreviations such as t.ex. and kl. do not end one."""
    return [" ".join(text[start:end].split()) for start, end in sentence_spans(text)]


def is_filler(sentence: str, *, min_words: int = 2) -> bool:
    """Whether a sentence is backchannel ("mm", "ja precis", "okej") or a bare fragment.

    A sentence is filler when every word is a filler word (phrases like "ja, det är det"
    included) or fewer than `min_words` of its words are something else ("Nej, aldrig.").
    """
    words = [w.lower() for w in _WORD.findall(sentence)]
    if all(w in FILLER_WORDS or w in FILLER_GLUE for w in words):
        return True
    return sum(1 for w in words if w not in FILLER_WORDS) < min_words


def swedish_quotes(text: str) -> str:
    """Quotation marks as a Swedish report prints them, the same at both ends: ”vi och dom”,
    not the "vi och dom" a transcript or a survey answer was typed with."""
    return text.replace('"', "\u201d").replace("\u201c", "\u201d")


_MARKS = '"\u201d\u201c'


def quoted(text: str) -> str:
    """`text` in Swedish quotation marks, a quotation inside it in single ones: ”Det finns
    fortfarande ett ’vi och dom’”, not ”… ett ”vi och dom””. Marks already around it all
    are its own."""
    inner = text.strip()
    if len(inner) > 1 and inner[0] in _MARKS and inner[-1] in _MARKS:
        inner = inner[1:-1]
    for mark in _MARKS:
        inner = inner.replace(mark, "\u2019")
    return f"\u201d{inner}\u201d"
