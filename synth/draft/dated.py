"""When the material says a thing was made, and where its sources say otherwise.

Interviewees date the documents and systems they speak of ("en digitaliseringsstrategi
från 2021", "den antogs 2022 tror jag"), from memory. A line of evidence that gives one
year stands on the slide as fact, while another source in the same material gives
another: blind review 145 found the strategy dated 2021 on a slide and 2022 in the
kanslichef's interview, unreconciled. The deck's notes name the other year and where it
is said, for the consultant to check before the client sees it; like the development
figures (`synth.draft.context.Figure`), the disagreement is not put before the client,
and the year is left out of the slide's line (`undated`): review 147 would not have a
disputed year stand on the slide while the notes question it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping

from synth.records import Statement
from synth.text.sentences import split_sentences
from synth.text.swedish import names_stem, stem, stop_words, tokens

__all__ = ["dated_elsewhere", "statements_dated", "undated"]

# A year said as when something came about: "från 2021", "antogs 2022", "sedan 2019",
# "infördes år 2020". A year said of anything else ("i budgeten för 2027", "fram till
# 2030") is when something is to happen, and two of those are two matters.
_DATED = re.compile(
    r"\b(?:från|sedan|antogs|antagen|antaget|beslutades|beslutad|beslutat|infördes|införd"
    r"|infört|togs\s+fram|tagits\s+fram|skrevs|gjordes|köptes|upphandlades)"
    r"\s+(?:i\s+|år\s+)?((?:19|20)\d\d)\b(?!-)",
    re.IGNORECASE,
)
_THING_LETTERS = 6
"""The shortest word that names what is dated ("strategi", "IT-policy"): not "den"."""


def dated_elsewhere(
    line: str, cited: Collection[str], statements: Iterable[Statement]
) -> tuple[str, ...]:
    """Where the material dates what `line` dates otherwise: for each year `line` gives a
    thing (`_DATED`), the statements outside `cited` (those it rests on) whose sentence
    names that thing and dates it with another year, as "INT-07.027 anger 2022". The
    thing is the longest word before the year in the cited statements' sentence that
    gives it, such as "digitaliseringsstrategi" of "Det finns en digitaliseringsstrategi
    från 2021". Empty where none does, or where `line` dates nothing."""
    years = {m.group(1) for m in _DATED.finditer(line)}
    if not years:
        return ()
    pool = list(statements)
    things = _things(years, [st for st in pool if st.id in cited])
    if not things:
        return ()
    told: list[str] = []
    for st in pool:
        if st.id in cited or _DATED.search(st.text) is None:
            continue
        other: set[str] = set()
        for sentence in split_sentences(st.text):
            said = {m.group(1) for m in _DATED.finditer(sentence)}
            if said and not said & years and any(names_stem(sentence, {t}) for t in things):
                other |= said
        if other:
            told.append(f"{st.id} anger {' och '.join(sorted(other))}")
    return tuple(told)


def _things(years: set[str], cited: Iterable[Statement]) -> set[str]:
    """The stems of what the cited statements date with one of `years`: in each sentence
    that does, the longest word before the year, of `_THING_LETTERS` or more and no stop
    word."""
    stop = stop_words()
    found: set[str] = set()
    for st in cited:
        for sentence in split_sentences(st.text):
            for match in _DATED.finditer(sentence):
                if match.group(1) not in years:
                    continue
                before = [
                    w
                    for w in tokens(sentence[: match.start()])
                    if len(w) >= _THING_LETTERS and w.casefold() not in stop
                ]
                if before:
                    found.add(stem(max(before, key=len)))
    return found


def statements_dated(statements: Mapping[str, Statement]) -> list[Statement]:
    """The statements that date something (`_DATED`): those `dated_elsewhere` reads."""
    return [st for st in statements.values() if _DATED.search(st.text)]


# "från 2021" after what it dates goes whole; after a verb ("antogs 2022") only the year
_FROM = re.compile(r"^från\s+(?:år\s+)?(?:19|20)\d\d$", re.IGNORECASE)
_VERB_YEAR = re.compile(
    r"^(?P<verb>\w+(?:\s+fram)?)\s+(?:i\s+|år\s+)?(?:19|20)\d\d$", re.IGNORECASE
)
# what cannot stand before a phrase that dates the word before it
_CLAUSE_START = re.compile(r"(?:^|[,.;:]|\b(?:och|men|eller|så|att))\s*$", re.IGNORECASE)


def undated(line: str) -> str | None:
    """The line without the years it dates things with (`_DATED`), or None where one
    cannot be left out safely: "en digitaliseringsstrategi från 2021 men den är mest
    vision" -> "en digitaliseringsstrategi men den är mest vision", "den antogs 2022" ->
    "den antogs"; "sedan 2019", or "från 2021" opening a clause, stays and gives None."""
    for match in reversed(list(_DATED.finditer(line))):
        start, end = match.span()
        said = line[start:end]
        if _FROM.match(said) and not _CLAUSE_START.search(line[:start]):
            line = line[:start].rstrip() + line[end:]
        elif (verb := _VERB_YEAR.match(said)) is not None and not said.casefold().startswith(
            ("från", "sedan")
        ):
            line = line[:start] + verb["verb"] + line[end:]
        else:
            return None
    return line
