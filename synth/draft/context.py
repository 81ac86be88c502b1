"""The figures the material gives of the development situation: demography, economy,
staffing, as those interviewed and surveyed stated them.

A consultant's account of the development situation rests on figures ("antalet invånare
över 80 ökar med ungefär 40 procent", "ett effektiviseringskrav på 1,5 procent", "900 nya
medarbetare de närmaste fem åren"). Findings are claims heard in several sources, and a
figure is said once, by whoever knows it: two blind reviews found these in the transcripts
and on no main slide of the deck. So they are gathered here, each an evidence line in the
report's voice (`synth.draft.offline.evidence_sentence`), attributed, never quoting a
speaker who alone holds a role and speaks for their unit.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from synth.draft.offline import evidence_sentence
from synth.privacy.roles import RoleGroups
from synth.records import DEVELOPMENT, SourceType, Statement
from synth.store.themes import LensRecord
from synth.synthesis.describe import source_group
from synth.text.sentences import split_sentences
from synth.text.swedish import stem, tokens

__all__ = ["Figure", "development_figures"]

# A figure: a number that is no year or decade ("40 procent", "1,5", "900"; "en strategi
# från 2021" and "skolor från 60- och 70-talet" date something and measure nothing), or a
# number written out before what it counts ("två procent", "trettio procent vakanser").
_NUMBER_WORDS = (
    "två",
    "tre",
    "fyra",
    "fem",
    "sex",
    "sju",
    "åtta",
    "nio",
    "tio",
    "elva",
    "tolv",
    "tretton",
    "fjorton",
    "femton",
    "sexton",
    "sjutton",
    "arton",
    "nitton",
    "tjugo",
    "trettio",
    "fyrtio",
    "femtio",
    "sextio",
    "sjuttio",
    "åttio",
    "nittio",
    "hundra",
    "tusen",
)
_MEASURED = "procent|miljoner|miljarder|kronor|tjänster|medarbetare|vakanser|årsarbetare"
_FIGURE = re.compile(
    r"(?<![\d,.])(?!(?:19|20)\d\d(?!\d|[,.]\d))\d+(?:[,.]\d+)?(?![\d-])"
    rf"|\b(?:{'|'.join(_NUMBER_WORDS)})\s+(?:{_MEASURED})\b",
    re.IGNORECASE,
)


# A span of time a figure is said over ("förra året", "de närmaste fem åren", "på tre år",
# "fram till 2030", "per år"): what it measures changes, as the development situation does.
_OVER_TIME = re.compile(
    r"\b(?:förra|förrförra|nästa)\s+år(?:et)?\b"
    r"|\b(?:de\s+)?(?:senaste|närmaste|kommande)\s+(?:\w+\s+)?åren\b"
    rf"|\bpå\s+(?:\d+|ett|{'|'.join(_NUMBER_WORDS[:9])})\s+år\b"
    r"|\b(?:till|fram till)\s+20\d\d\b|\bper\s+år\b|\bom\s+året\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Figure:
    """A figure of the development situation as the deck states it, and what other sources
    said of the same measure: for the consultant to check, not to show side by side (the
    last blind review found an efficiency requirement of 1,5 and of 2 percent on one
    slide, and a focus group's guess beside the sektorschef's figure)."""

    line: str
    statement_id: str
    also: tuple[tuple[str, str], ...] = ()
    """(evidence line, statement id) of the same measure from other sources."""
    differs: bool = False
    """Whether another source gives another figure of it: the deck leaves it to the notes
    with both, for the consultant to check, rather than choose one in silence (review 43:
    "B väljer tyst en av dem") or show the sources' disagreement to the client (blind
    reviews 58-59)."""


_PER_SOURCE = 2
"""The most figures one source gives the slide: a sektorschef may know two."""
_MEASURE_LETTERS = 5
"""The shortest word stem that names what a figure measures ("hemtjänsttimm",
"effektiviseringskrav"), not how it is said ("kö", "säkert")."""


# what a figure counts in, not what it measures: "fyra miljoner" for consultants and for
# a placement are two matters
_UNITS = frozenset(stem(w) for w in _MEASURED.split("|"))


def _rank(kind: SourceType) -> int:
    # a figure from the one who answers for it before a group's ("säkert femton procent
    # på två år", said in a focus group, beside the sektorschef's "nästan 15 procent på
    # tre år"), and either before a survey answer's
    return {"intervju": 0, "grupp": 1}.get(source_group(kind), 2)


def development_figures(
    statements: Sequence[Statement],
    lenses: Mapping[str, LensRecord],
    roles: RoleGroups | None = None,
    *,
    most: int = 6,
) -> tuple[Figure, ...]:
    """Up to `most` evidence lines that state a figure of the development situation, one
    per measure and at most two per source, each with the id of its statement:
    sentences with a number (not a year) of statements the perspective lens reads as the
    development situation, or said over a span of time whatever the lens read (`_OVER_TIME`:
    "förra året slutade elva enhetschefer och rektorer"), and not as a proposal; an
    individual interview's first, then those the lens read so, then the most confidently
    read. A later line of the same measure (a rare word of some length in common:
    "effektiviseringskrav") is kept with the first as `Figure.also`. A figure of a matter
    no other source names (every such word its speaker's alone) is left out: it points at
    its speaker. Empty where the material gives none."""
    # and a figure said as a change over a span of time, whatever the lens read its
    # statement as: the development situation is what changes, and "förra året slutade
    # elva enhetschefer och rektorer, av ungefär 120", read as the actors, was on no main
    # slide where two blind reviews found the turnover of chefs the material's main story
    candidates = sorted(
        (
            (
                _rank(st.source_type),
                lens.perspective != DEVELOPMENT,
                -lens.perspective_confidence,
                position,
                st,
            )
            for position, st in enumerate(statements)
            if (lens := lenses.get(st.id)) is not None
            and (lens.perspective == DEVELOPMENT or _OVER_TIME.search(st.text))
            and lens.polarity != "förslag"
        ),
        key=lambda item: item[:4],
    )
    if not candidates:
        return ()
    # how many statements name a word: what few name is what a figure is about; and who
    # names it: a matter only its speaker speaks of points at them, "vi" or not ("ett
    # enda barn som behöver placeras på ett HVB kan kosta fyra, fem miljoner" is the one
    # IFO head interviewed, review 42)
    named: Counter[str] = Counter()
    speakers: dict[str, set[str]] = {}
    for st in statements:
        for word in _stems(st.text):
            named[word] += 1
            speakers.setdefault(word, set()).add(st.source_id)
    rare = max(3, len(statements) // 200)
    figures: list[Figure] = []
    measures: list[set[str]] = []
    # the sources of each figure's line and of the lines to compare with it
    heard: list[set[str]] = []
    shown: Counter[str] = Counter()
    said: set[str] = set()
    for *_, st in candidates:
        developing = lenses[st.id].perspective == DEVELOPMENT
        for sentence in _pieces(st.text):
            if not (developing or _OVER_TIME.search(sentence)):
                continue
            line = evidence_sentence(sentence, [st], None, roles)
            # what may not be shown (a quote of the only controller's "vi har ett
            # effektiviseringskrav på två procent") is still compared in the notes, which
            # the client's copy leaves out: else the slide no longer says that sources
            # differ (review 46)
            noted = line or evidence_sentence(sentence, [st], None, None)
            # and where no line can be made of it (a guess: "jag tror det var fyra
            # procent"), its own words, to compare only
            raw = noted is None
            if noted is None:
                noted = f"\u201d{sentence.rstrip('.')}\u201d"
            # a figure cut off with the end of a long sentence is no figure
            if not _FIGURE.search(noted) or noted in said:
                continue
            said.add(noted)
            # from what was said, not from the line's "I en intervju beskrivs att"
            measure = {
                w
                for w in _stems(sentence) - _UNITS
                if named[w] <= rare and len(w) >= _MEASURE_LETTERS
            }
            alone = bool(measure) and all(speakers[w] == {st.source_id} for w in measure)
            # and the age group its line counts, however the number is written: "invånare
            # över 80" and "äldre över åttio" are one measure (blind review 150 found 40
            # procent in ten years on the slide and a focus group's four percent a year
            # unreconciled); of the line, not the sentence, which may be about another
            # measure before it ("ett effektiviseringskrav …, och samtidigt ökar antalet
            # äldre över åttio")
            measure |= _age_groups(noted)
            # (compared in the notes, however few name its words)
            same = next((k for k, m in enumerate(measures) if m & measure), None)
            if same is not None:
                figure = figures[same]
                # one line to compare per source: not its sentence and then its clause
                if st.source_id not in heard[same]:
                    heard[same].add(st.source_id)
                    figures[same] = replace(
                        figure,
                        also=(*figure.also, (noted, st.id)),
                        differs=figure.differs or _differ(noted, figure.line),
                    )
                continue
            if alone or raw:
                continue
            if line is None or shown[st.source_id] >= _PER_SOURCE or len(figures) == most:
                continue
            figures.append(Figure(line, st.id))
            measures.append(measure)
            heard.append({st.source_id})
            shown[st.source_id] += 1
    return tuple(figures)


def _stems(text: str) -> set[str]:
    return {stem(t) for t in tokens(text)}


# the clauses of a sentence that a figure may stand in alone: "Vi har redan kö till
# särskilt boende, och hemtjänsttimmarna har ökat med nästan 15 procent på tre år" gives
# its second clause, whose figure is no longer said as the one sektorschef's "vi"
_CLAUSE_BREAK = re.compile(r",\s+(?:och|men|medan|samtidigt som)\s+|;\s*", re.IGNORECASE)


def _pieces(text: str) -> list[str]:
    """The sentences of `text` with a figure, each followed by its clauses with one."""
    pieces: list[str] = []
    for sentence in split_sentences(text):
        if not _FIGURE.search(sentence):
            continue
        pieces.append(sentence)
        clauses = _CLAUSE_BREAK.split(sentence)
        if len(clauses) > 1:
            pieces += [
                c[:1].upper() + c[1:] for c in clauses if _FIGURE.search(c) and c != sentence
            ]
    return pieces


_NUMBER_VALUES = {word: str(k) for k, word in enumerate(_NUMBER_WORDS[:18], start=2)}
_NUMBER_VALUES |= {
    word: str(10 * k)
    for k, word in enumerate(
        ("tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"), start=2
    )
}

# An age group: "över 80", "över åttio år", "65 år och äldre"; not a share or a count
# ("under 60 procent", "över 100 medarbetare"), nor a span of years ("i över tre år")
_AGE_GROUP = re.compile(
    rf"\b(?:över|äldre än|under|yngre än)\s+(\d+|{'|'.join(_NUMBER_WORDS)})\b"
    rf"(?!\s+(?:{_MEASURED}|%))(?P<years>\s+år\b)?"
    rf"|\b(\d+|{'|'.join(_NUMBER_WORDS)})\s+år\s+och\s+(?:äldre|uppåt|över)\b",
    re.IGNORECASE,
)
_ADULT = 18
"""The youngest age an age group is said from ("över 18 år")."""
_ELDERLY = range(60, 101)
"""The ages an age group without "år" is read from: "invånare över 80"."""


def _age_groups(sentence: str) -> set[str]:
    """The age groups a sentence counts, one key each however the age is written: "ålder
    80" of "invånare över 80" and of "äldre över åttio"."""
    ages = set()
    for match in _AGE_GROUP.finditer(sentence):
        said = (match.group(1) or match.group(3)).casefold()
        age = int(_NUMBER_VALUES.get(said, said)) if said.isdigit() or said in _NUMBER_VALUES else 0
        told = match.group("years") is not None or match.group(3) is not None
        if age in _ELDERLY or (told and age >= _ADULT):
            ages.add(f"ålder {age}")
    return ages


# The span a change is said over, in years: "på tre år", "på 2 år"
_SPAN = re.compile(rf"\bpå\s+(\d+|ett|{'|'.join(_NUMBER_WORDS[:9])})\s+år\b", re.IGNORECASE)


def _differ(line: str, other: str) -> bool:
    """Whether two lines of one measure give it otherwise: other figures, or the same
    over another span where both say one ("ökat med nästan 15 procent på tre år" and
    "säkert femton procent på två år": blind review 134 found the one on the slide and
    the other in a focus group unreconciled)."""
    if _numbers(line) != _numbers(other):
        return True
    spans = [
        {_NUMBER_VALUES.get(s.casefold(), s.casefold()) for s in _SPAN.findall(t)}
        for t in (line, other)
    ]
    return bool(spans[0] and spans[1] and spans[0] != spans[1])


def _numbers(line: str) -> frozenset[str]:
    """The figures a line gives, words as digits ("två procent" and "2 procent" alike)."""
    found = set()
    for match in _FIGURE.finditer(line):
        first = match.group(0).split()[0].casefold().replace(",", ".")
        found.add(_NUMBER_VALUES.get(first, first))
    return frozenset(found)
