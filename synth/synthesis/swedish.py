"""Swedish text for lexical features: tokens, stems and a maintained stop-word list."""

from __future__ import annotations

import re
from functools import cache, lru_cache

import snowballstemmer
import stopwordsiso

__all__ = ["stem", "stem_tokens", "stop_words", "tokens"]

_TOKEN = re.compile(r"[a-zåäöéü]+(?:-[a-zåäöéü]+)*")
_MARKER = re.compile(r"\[[a-zåäö-]+\]")
# Spoken Swedish adds fillers that a written stop-word list lacks.
_SPOKEN = frozenset(
    [
        "alltså",
        "liksom",
        "typ",
        "ju",
        "väl",
        "mm",
        "mhm",
        "eh",
        "öh",
        "ja",
        "nej",
        "okej",
        "precis",
        "asså",
        "faktiskt",
        "lite",
        "ganska",
        "jättemycket",
        "tycker",
        "tror",
        "kanske",
        "egentligen",
    ]
)


@cache
def stop_words() -> frozenset[str]:
    """Swedish stop words from the stopwords-iso package, plus spoken fillers."""
    return frozenset(w.casefold() for w in stopwordsiso.stopwords("sv")) | _SPOKEN


@cache
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("swedish")


def tokens(text: str) -> list[str]:
    """Lower-case word tokens without stop words, numbers or markers like [namn]."""
    stop = stop_words()
    clean = _MARKER.sub(" ", text.casefold())
    return [t for t in _TOKEN.findall(clean) if t not in stop and len(t) > 1]


# A corpus repeats a few thousand words endlessly; the pure-Python stemmer is what a re-run
# spent its time on before the stems were remembered.
@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball stem of one lower-case word."""
    return _stemmer().stemWord(word)


def stem_tokens(text: str) -> list[str]:
    """Snowball-stemmed tokens, so that "chefer", "chefen" and "chefernas" count as one."""
    return [stem(token) for token in tokens(text)]
