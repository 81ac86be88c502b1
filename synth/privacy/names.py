"""First names to look for in free text, from a maintained name dictionary.

The source is the name dictionary bundled with the `gender-guesser` package (Jörg Michael's
`nam_dict.txt`, ~48 000 names with a frequency for each of 55 countries). Its format, as
read by the package's `Detector`: a line is `<gender> <name>` followed by one column per
country from character 30 on (Sweden is the 19th country, so character 48), each a hex
frequency 1-D or a blank; `#` starts a comment, `=` lines list equivalent names; the file
is UTF-8 (the original ISO-8859-1 encoding with its `<A/>`-style escapes is already
converted); a `+` inside a name stands for a hyphen, a space or nothing ("Abdel+Aziz").

We keep every name used in Sweden, and also names common in some other country (frequency
4 or more), since the people in a Swedish municipality are not only Swedish-named. Names
that are also ordinary Swedish words are listed separately as ambiguous.
"""

from __future__ import annotations

import importlib.resources
from functools import cache

from synth.text.swedish import written_stop_words

__all__ = ["ambiguous_first_names", "names_used_in_sweden", "swedish_first_names"]

# Column of Sweden in the country block (Detector.COUNTRIES.index("sweden")).
_SWEDEN = 18
# The country block starts at character 30; the last character of a line is a '$'.
_COUNTRY_BLOCK = slice(30, -1)
# A name at least this common (1-13) in some country is kept even if not used in Sweden:
# rarer foreign entries are mostly Swedish-looking words ("Bara", "Till") that are not names
# anyone in a Swedish workplace is likely to have.
_ELSEWHERE_MIN = 4
# Names that are also everyday Swedish words, beyond the stop-word list and the list derived
# from corpora (synth/data/name_homographs_sv.txt, see scripts/build_homographs.py).
# A name listed here is still a name mid-sentence ("jag frågade Per"); only at the start of
# a sentence, where everything is capitalised, does it need more evidence ("Per månad").
_HOMOGRAPHS = frozenset(
    [
        # months, which a capitalised name and a sloppy transcript share
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        # common words
        "axel",  # shoulder, axle
        "björn",  # bear
        "bo",  # to live
        "bror",  # brother
        "dag",  # day
        "dan",  # spoken "dagen": "hela dan"
        "ebba",  # ebb
        "ester",  # ester (chemistry)
        "frank",  # frank; franc
        "fred",  # peace
        "gry",  # dawn
        "iris",  # iris
        "jack",  # notch; jack plug
        "karl",  # man, bloke
        "klara",  # to manage
        "lina",  # rope
        "lisa",  # relief
        "liv",  # life
        "lo",  # lynx
        "max",  # at most: "Max tre personer"
        "per",  # per: "Per månad"
        "ro",  # calm
        "rosa",  # pink
        "saga",  # fairy tale
        "sten",  # stone
        "stig",  # path
        "tim",  # hour, abbreviated
        "tina",  # to thaw
        "tom",  # empty
        "viking",  # viking
        "ville",  # wanted (past of vilja)
        "viola",  # viola
        # nature words that are also surnames, for known people's surnames in lower case
        "alm",
        "ask",
        "berg",
        "ek",
        "lind",
        "lund",
        "skog",
        "storm",
    ]
)


def _rows() -> list[tuple[str, str]]:
    """(name, country columns) for every name line of nam_dict.txt."""
    data = importlib.resources.files("gender_guesser") / "data" / "nam_dict.txt"
    rows = []
    for line in data.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line[0] in "#=":
            continue
        parts = line.split()
        rows.append((parts[1], line[_COUNTRY_BLOCK]))
    return rows


def _expand(name: str) -> list[str]:
    """nam_dict writes some compound names with '+': Abdel+Aziz is Abdel-Aziz, Abdel Aziz
    and Abdelaziz (the file's own example: Jun+Wei is Jun-Wei, Jun Wei and Junwei)."""
    if "+" not in name:
        return [name]
    head, *rest = name.split("+")
    # written together the later parts lose their capital: "Junwei", not "JunWei"
    return [name.replace("+", "-"), name.replace("+", " "), head + "".join(rest).lower()]


def _frequencies(countries: str) -> list[int]:
    return [int(c, 16) for c in countries if c not in " $"]


def _in_sweden(countries: str) -> bool:
    return len(countries) > _SWEDEN and countries[_SWEDEN] not in " $"


@cache
def names_used_in_sweden() -> frozenset[str]:
    """The names nam_dict records with a frequency in Sweden (a subset of
    `swedish_first_names`)."""
    names: set[str] = set()
    for name, countries in _rows():
        if _in_sweden(countries):
            names.update(_expand(name))
    return frozenset(n for n in names if len(n) > 1)


@cache
def swedish_first_names() -> frozenset[str]:
    """First names (capitalised as written) to treat as personal names in Swedish text.

    A stop word is kept only when it is a name used in Sweden (Hans, Inga, Dag, Sig):
    foreign entries such as "Men" or "Till" would make every capitalised "Men" a person.
    """
    stop = written_stop_words()
    names: set[str] = set()
    for name, countries in _rows():
        in_sweden = _in_sweden(countries)
        if not in_sweden and max(_frequencies(countries), default=0) < _ELSEWHERE_MIN:
            continue
        for variant in _expand(name):
            if len(variant) > 1 and (in_sweden or variant.casefold() not in stop):
                names.add(variant)
    return frozenset(names)


@cache
def ambiguous_first_names() -> frozenset[str]:
    """Lower-cased names that are also Swedish words ("Per månad", "Dag för dag", "Hans
    chef"): the Swedish stop words, the corpus-derived homographs and a short curated list."""
    derived = importlib.resources.files("synth") / "data" / "name_homographs_sv.txt"
    listed = {
        line.strip()
        for line in derived.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    return frozenset(written_stop_words() | _HOMOGRAPHS | listed)
