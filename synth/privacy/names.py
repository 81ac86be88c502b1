"""First names to look for in free text, from a maintained name dictionary.

The source is the name dictionary bundled with the `gender-guesser` package (Jörg Michael's
`nam_dict.txt`, ~48 000 names with frequencies in 55 countries). We keep every name used
in Sweden, and names common anywhere else too, since Swedish workplaces are not only
Swedish-named. Names that are also ordinary Swedish words are flagged as ambiguous.
"""

from __future__ import annotations

import importlib.resources
from functools import cache

import stopwordsiso

__all__ = ["ambiguous_first_names", "names_used_in_sweden", "swedish_first_names"]

# Column of Sweden in nam_dict.txt's country block (the package's Detector.COUNTRIES order).
_SWEDEN = 18
_COUNTRY_BLOCK = slice(30, -1)
# A name at least this common (1-13) in some country is kept even if not used in Sweden.
_ELSEWHERE_MIN = 4
# Names that are also everyday Swedish words, beyond the stop-word list and the list derived
# from corpora (synth/data/name_homographs_sv.txt, see scripts/build_homographs.py);
# capitalised at the start of a sentence they are more often the word than the name.
_HOMOGRAPHS = frozenset(
    [
        "dag",
        "liv",
        "saga",
        "maj",
        "april",
        "juni",
        "juli",
        "augusti",
        "sten",
        "stig",
        "bo",
        "per",
        "love",
        "rut",
        "gun",
        "tyra",
        "ulla",
        "britt",
        "ester",
        "hugo",
        "kim",
        "vera",
        "ro",
        "lo",
        "eld",
        "sol",
        "ilse",
        "bris",
        "storm",
        "skog",
        "berg",
        "lund",
        "ek",
        "ask",
        "alm",
        "lind",
        "rosa",
        "viking",
        "vide",
        "dan",
        "dana",
        "tor",
        "bror",
    ]
)


def _rows() -> list[tuple[str, str]]:
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
    """nam_dict writes compound names with '+': Eva+Lena is Eva Lena, Evalena and Eva-Lena."""
    if "+" not in name:
        return [name]
    return [name.replace("+", sep) for sep in ("-", " ", "")]


@cache
def names_used_in_sweden() -> frozenset[str]:
    """The names nam_dict records as used in Sweden (a subset of `swedish_first_names`)."""
    names: set[str] = set()
    for name, countries in _rows():
        if len(countries) > _SWEDEN and countries[_SWEDEN] != " ":
            names.update(_expand(name))
    return frozenset(names)


@cache
def swedish_first_names() -> frozenset[str]:
    """First names (capitalised as written) to treat as personal names in Swedish text."""
    names: set[str] = set()
    for name, countries in _rows():
        values = [int(c, 16) for c in countries if c not in " $"]
        in_sweden = len(countries) > _SWEDEN and countries[_SWEDEN] != " "
        if in_sweden or max(values, default=0) >= _ELSEWHERE_MIN:
            names.update(_expand(name))
    stop = {word.casefold() for word in stopwordsiso.stopwords("sv")}
    return frozenset(n for n in names if n.casefold() not in stop and len(n) > 1)


@cache
def ambiguous_first_names() -> frozenset[str]:
    """Names that are also Swedish words ("Per månad", "Dag för dag"), lower-cased."""
    stop = {word.casefold() for word in stopwordsiso.stopwords("sv")}
    derived = importlib.resources.files("synth") / "data" / "name_homographs_sv.txt"
    listed = {
        line.strip()
        for line in derived.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    return frozenset(stop | _HOMOGRAPHS | listed)
