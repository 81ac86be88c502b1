"""What a theme says about itself: keywords, a provisional headline, quotes and breadth.

Pure functions over statements, their vectors and their sources.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.cluster.hierarchy import DisjointSet

from synth.privacy.pseudonymise import contains_marker
from synth.privacy.quotes import special_category
from synth.records import SourceType, Statement
from synth.text.grammar import is_clause
from synth.text.numbers import count_words, listing
from synth.text.sentences import shortened, split_sentences, verbatim, word_count
from synth.text.swedish import tokens
from synth.text.voice import names_central

__all__ = [
    "CENTRAL",
    "SECTORS",
    "Breadth",
    "alike_answers",
    "alike_respondents",
    "breadth",
    "copied_answers",
    "group_kinds",
    "group_name",
    "headline",
    "headline_statement",
    "heard_in",
    "interview_place",
    "keywords",
    "place_totals",
    "quotable",
    "quote_text",
    "quotes",
    "repeated_wordings",
    "self_contained",
    "source_group",
    "told_types",
    "voices",
]

_GROUP_OF = {
    SourceType.INTERVJU: "intervju",
    SourceType.GRUPPINTERVJU: "grupp",
    SourceType.FOKUSGRUPP: "grupp",
    SourceType.WORKSHOP: "grupp",
    SourceType.ENKAT: "enkät",
    SourceType.OKAND: "övrigt",
}


def source_group(kind: SourceType) -> str:
    """intervju, grupp (gruppintervju, fokusgrupp, workshop), enkät or övrigt."""
    return _GROUP_OF[kind]


@dataclass(frozen=True)
class Breadth:
    """How widely a theme is heard: distinct sources per group and per sector."""

    sources: dict[str, int]
    totals: dict[str, int]
    sectors: dict[str, int] = field(default_factory=dict)
    told: dict[SourceType, SourceType] = field(default_factory=dict)
    """The kinds of source counted as another kind (`breadth`)."""
    kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Per group, the kinds of source among all the engagement's sources of it (as they
    are counted): the group of two focus groups is named as focus groups."""
    alike: tuple[int, ...] = ()
    """The survey answers counted that share a sentence word for word, as the sizes of
    their groups (`alike_answers`): (3, 2) of six answers, three of them in one wording
    and two in another."""
    places: dict[str, int] = field(default_factory=dict)
    """The interviews counted, by where they were held: "central" (the central
    administration, which runs most of the support) and "verksamheterna", out in the
    sectors (`interview_place`)."""
    place_totals: dict[str, int] = field(default_factory=dict)
    """All the engagement's interviews by where they were held; empty where any of them
    has no sector, or all were held in one place."""

    def describe(self) -> str:
        """ "nämns i 7 av 12 intervjuer, 1 av 2 gruppintervjuer/fokusgrupper och 31 enkätsvar"."""
        parts = []
        # a kind of source none of whose sources is counted is not named: "0 av 2
        # gruppintervjuer/fokusgrupper" says that neither group spoke of it, where what is
        # counted is only who said what a headline says in words it can read (blind review
        # 93 found both focus groups on a slide that said "0 av 2"); and "och 0
        # enkätsvar" tells nothing, the survey having no denominator here to show
        if self.totals.get("intervju") and self.sources.get("intervju"):
            interviews = f"{self.sources['intervju']} av {self.totals['intervju']} intervjuer"
            # how many of them out in the sectors, where the support is used, not run: half
            # the interviews were with the support functions themselves, whose praise or
            # requests are not a first-line chef's (blind reviews 123-125)
            # (not where one alone of them says it: "1 av 4" beside a line about one
            # function points at the one who holds a role there, blind review 126)
            out, heard = self.place_totals.get(SECTORS), self.places.get(SECTORS, 0)
            if out and self.place_totals.get(CENTRAL) and heard != 1:
                interviews += f" ({heard} av {out} ute i verksamheterna)"
            parts.append(interviews)
        if self.totals.get("grupp") and self.sources.get("grupp"):
            named = group_name(self.kinds.get("grupp", ()), joined="/")
            parts.append(f"{self.sources['grupp']} av {self.totals['grupp']} {named}")
        if self.totals.get("enkät") and self.sources.get("enkät"):
            # answers in the same words are counted each, as different chefs gave them, and
            # said to be alike: "2 enkätsvar" of one sentence in two answers read as two
            # voices (blind reviews 121 and 122: "duplicate survey answers counted as
            # independent voices")
            # (voices, not a tally of copies: one copy in twenty-five is not worth the words)
            parts.append(self._answers(self.sources["enkät"]))
        if self.sources.get("övrigt"):
            parts.append(f"{self.sources['övrigt']} övriga källor")
        if not parts:
            return "nämns inte"
        text = listing(parts)
        return f"nämns i {text}"

    def _answers(self, answers: int) -> str:
        """ "6 enkätsvar, varav fem ordagrant lika i två grupper", "8 enkätsvar, varav två
        par ordagrant lika", "2 enkätsvar med samma ordalydelse"; blind review 123 found
        "med sex olika ordalydelser" unreadable."""
        repeated, groups = sum(self.alike), len(self.alike)
        if groups == 1 and repeated == answers:
            return f"{answers} enkätsvar med samma ordalydelse"
        # a copy counts for each answer beyond the first of its wording
        if not groups or 4 * (repeated - groups) < answers:
            return f"{answers} enkätsvar"
        if set(self.alike) == {2}:
            return (
                f"{answers} enkätsvar, varav {count_words(groups, neuter=True)} par ordagrant lika"
            )
        alike = count_words(repeated, neuter=True)
        if groups == 1:
            return f"{answers} enkätsvar, varav {alike} ordagrant lika"
        return f"{answers} enkätsvar, varav {alike} ordagrant lika i {count_words(groups)} grupper"

    @property
    def total(self) -> int:
        return sum(self.sources.values())

    def record(self) -> dict[str, object]:
        """As a theme stores it (`Theme.breadth`)."""
        return {
            "sources": self.sources,
            "totals": self.totals,
            "sectors": self.sectors,
            "told": {k.value: v.value for k, v in self.told.items()},
            "kinds": {group: list(kinds) for group, kinds in self.kinds.items()},
            "alike": list(self.alike),
            "places": dict(self.places),
            "place_totals": dict(self.place_totals),
            "text": self.describe(),
        }


# The group's kinds of source in the indefinite and the definite plural, and one of them
_GROUP_KINDS = {
    SourceType.GRUPPINTERVJU.value: ("gruppintervjuer", "gruppintervjuerna", "gruppintervju"),
    SourceType.FOKUSGRUPP.value: ("fokusgrupper", "fokusgrupperna", "fokusgrupp"),
    SourceType.WORKSHOP.value: ("workshoppar", "workshopparna", "workshop"),
}


def group_name(
    kinds: Collection[str], *, definite: bool = False, joined: str = " och ", one: bool = False
) -> str:
    """The group interviews, focus groups and workshops of an engagement as a report names
    them: by their kind where all are of one ("2 av 2 fokusgrupper", with `one` "1
    fokusgrupp"), else as both ("gruppintervjuer och fokusgrupper", or with `joined`
    "/"). Blind review 115 found "2 gruppintervjuer och fokusgrupper" wrong of two focus
    groups."""
    form = 2 if one and not definite else int(definite)
    known = {k for k in kinds if k in _GROUP_KINDS}
    if len(known) == 1 and len(set(kinds)) == 1:
        return _GROUP_KINDS[known.pop()][form]
    form = int(definite)
    both = (_GROUP_KINDS["gruppintervju"][form], _GROUP_KINDS["fokusgrupp"][form])
    return joined.join(both)


def group_kinds(record: Mapping[str, object]) -> dict[str, tuple[str, ...]]:
    """The kinds of source per group of a stored breadth (`Breadth.record`); empty for one
    stored before it kept them."""
    kinds = record.get("kinds")
    if not isinstance(kinds, Mapping):
        return {}
    return {
        str(group): tuple(str(k) for k in values)
        for group, values in kinds.items()
        if isinstance(values, list | tuple)
    }


_ALL_OF = 3
"""The fewest sources of a kind where "alla" of them is the widest a finding is heard."""
_NEARLY_ALL_OF = 5
"""The fewest sources of a kind where all but one are "nästan alla": one of three groups
missing is "merparten"."""


def heard_in(breadth: Mapping[str, object]) -> str | None:
    """Where a finding is heard most widely, as a report attributes it: "i merparten av
    intervjuerna", "i alla gruppintervjuer och fokusgrupper", "i tre av nio intervjuer",
    or, where no two interviews or groups say it, "i fyra enkätsvar", of a finding's
    `breadth` as its theme stores it (`Breadth.record`). None without one. One kind only:
    the slide gives the whole breadth, and two made a sentence no one reads to its end.

    "Flest tar upp att …" told a tally and overstated what three of nine said; stated as
    the consultants' own ("det är oklart vem som äger vad") it read as fact what the
    material contests (blind reviews 66-72). The seed reports attribute by group:
    "Enligt de intervjuade …", "merparten"."""
    sources, totals = breadth.get("sources"), breadth.get("totals")
    if not isinstance(sources, Mapping) or not isinstance(totals, Mapping):
        return None
    spoken: list[tuple[int, float, str]] = []
    grouped = group_kinds(breadth).get("grupp", ())
    # (breadth group, the kind in the definite plural, in the indefinite plural)
    heard_kinds = (
        ("intervju", "intervjuerna", "intervjuer"),
        ("grupp", group_name(grouped, definite=True), group_name(grouped)),
    )
    for kind, definite, indefinite in heard_kinds:
        heard, total = int(sources.get(kind, 0)), int(totals.get(kind, 0))
        if heard < 2 or total < heard:
            continue
        if heard == total:
            # both of two is no wider than most of ten: "alla gruppintervjuer och
            # fokusgrupper" of two focus groups had put "åtta av tio intervjuer" aside;
            # and two of one kind are "båda" ("i båda fokusgrupperna")
            both = total == 2 and " och " not in definite
            told = f"i båda {definite}" if both else f"i alla {indefinite}"
            spoken.append((3 if total >= _ALL_OF else 1, heard / total, told))
        elif total >= _NEARLY_ALL_OF and heard == total - 1:
            # eight of nine is more than "merparten" (blind review 75)
            spoken.append((2, heard / total, f"i nästan alla {indefinite}"))
        elif 2 * heard > total:
            spoken.append((1, heard / total, f"i merparten av {definite}"))
        elif 2 * heard == total:
            spoken.append((0, heard / total, f"i hälften av {definite}"))
        else:
            told = f"i {count_words(heard)} av {count_words(total)} {indefinite}"
            spoken.append((0, heard / total, told))
    if spoken:
        # the widest word ("alla", "nästan alla", "merparten"), and of two as wide the
        # interviews, listed first (`max` keeps the first): "merparten" of three groups is
        # two of them; a share only among the rest
        widest = max(spoken, key=lambda item: (item[0], item[1] if not item[0] else 0.0))
        # the groups' word where half the interviews say it too leaves them out, as if the
        # interviews had not: "Kompetensförsörjningen är en utmaning (båda fokusgrupperna)"
        # of five of ten interviews and both groups (blind review 117: "supports it only
        # with 'båda fokusgrupperna'")
        asked = int(sources.get("intervju", 0))
        interviews = spoken[0] if 2 <= asked <= int(totals.get("intervju", 0)) else None
        if interviews is not None and widest is not interviews and interviews[1] >= 0.5:
            return f"{interviews[2]} och {widest[2].removeprefix('i ')}"
        return widest[2]
    answers = int(sources.get("enkät", 0))
    return f"i {count_words(answers, neuter=True)} enkätsvar" if answers > 1 else None


def repeated_wordings(statements: Iterable[Statement]) -> int:
    """How many survey sentences stand word for word (`verbatim`) in the answers of more
    than one respondent: a thing for the consultant to check with whoever runs the
    survey tool, and for the method to say. Each respondent is still counted: the rows
    are different chefs, of different sectors, roles and ratings (review 43)."""
    return sum(1 for ids in _answered_by(statements).values() if len(ids) > 1)


def copied_answers(statements: Iterable[Statement]) -> frozenset[str]:
    """The survey answers among `statements` whose sentence stands word for word in
    another respondent's answer too (`repeated_wordings`), by statement id: no one chef's
    own words to quote (blind review 135: "57 sentences repeated word for word … yet the
    decks quote them")."""
    listed = list(statements)
    shared = {key for key, ids in _answered_by(listed).items() if len(ids) > 1}
    return frozenset(
        st.id for st in listed if st.source_type == SourceType.ENKAT and verbatim(st.text) in shared
    )


def _answered_by(statements: Iterable[Statement]) -> dict[str, set[str]]:
    """Each survey sentence's words (`verbatim`) and the respondents who gave it."""
    sources: dict[str, set[str]] = {}
    for st in statements:
        if st.source_type == SourceType.ENKAT and (key := verbatim(st.text)) is not None:
            sources.setdefault(key, set()).add(st.source_id)
    return sources


CENTRAL = "central"
SECTORS = "verksamheterna"


def interview_place(sector: str | None) -> str | None:
    """Where an interview was held, as the breadth tells it: `CENTRAL` in the central
    administration ("Kommunledningskontoret"), else `SECTORS`; None without a sector."""
    if not sector:
        return None
    return CENTRAL if names_central(sector) else SECTORS


def breadth(
    members: Sequence[Statement],
    source_types: Mapping[str, SourceType],
    told: Mapping[SourceType, SourceType] | None = None,
    source_sectors: Mapping[str, str | None] | None = None,
    least_placed: int = 1,
) -> Breadth:
    """Distinct sources of `members` by group and by sector, against all sources, a kind
    of source counted as the kind it is `told` as where that differs
    (`RoleGroups.told_types`: a lone group interview of two among the interviews, as the
    deck names it). With `source_sectors` (each source's sector), the interviews also by
    where they were held (`Breadth.places`), where at least `least_placed` (the
    engagement's anonymity threshold) were held out in the sectors."""
    told = dict(told or {})

    def group(kind: SourceType) -> str:
        return source_group(told.get(kind, kind))

    seen: dict[str, set[str]] = {}
    sectors: dict[str, set[str]] = {}
    for st in members:
        seen.setdefault(group(st.source_type), set()).add(st.source_id)
        if st.sector:
            sectors.setdefault(st.sector, set()).add(st.source_id)
    totals = Counter(group(kind) for kind in source_types.values())
    kinds: dict[str, set[str]] = {}
    for kind in source_types.values():
        kinds.setdefault(group(kind), set()).add(told.get(kind, kind).value)
    answers = [st for st in members if group(st.source_type) == "enkät"]
    held: dict[str, set[str]] = {}
    for st in members:
        if group(st.source_type) == "intervju" and (place := interview_place(st.sector)):
            held.setdefault(place, set()).add(st.source_id)
    return Breadth(
        sources={group: len(ids) for group, ids in seen.items()},
        totals=dict(totals),
        sectors={sector: len(ids) for sector, ids in sorted(sectors.items())},
        told=told,
        kinds={group: tuple(sorted(named)) for group, named in sorted(kinds.items())},
        alike=alike_answers(answers),
        places={place: len(ids) for place, ids in sorted(held.items())},
        place_totals=_place_totals(source_types, source_sectors or {}, group, least_placed),
    )


def _place_totals(
    source_types: Mapping[str, SourceType],
    source_sectors: Mapping[str, str | None],
    group: Callable[[SourceType], str],
    least: int,
) -> dict[str, int]:
    """The engagement's interviews by where they were held (`interview_place`); empty
    where one has no sector known, where all were held in one place, or where fewer than
    `least` were held out in the sectors: "4 av 4 ute i verksamheterna" tells that each
    of the four sector heads a kommundirektör can name said it, and "0 av 4" that none
    did (blind review 132), as a survey result of a group under the anonymity threshold
    would."""
    places = [
        interview_place(source_sectors.get(source))
        for source, kind in source_types.items()
        if group(kind) == "intervju"
    ]
    if not places or None in places:
        return {}
    counted = Counter(str(place) for place in places)
    if len(counted) < 2 or counted[SECTORS] < least:
        return {}
    return dict(sorted(counted.items()))


def place_totals(record: Mapping[str, object]) -> dict[str, int]:
    """The interviews by where they were held of a stored breadth (`Breadth.record`);
    empty for one stored before it kept them."""
    totals = record.get("place_totals")
    if not isinstance(totals, Mapping):
        return {}
    return {str(place): int(n) for place, n in totals.items() if isinstance(n, int)}


def alike_answers(answers: Sequence[Statement]) -> tuple[int, ...]:
    """The respondents of `answers` that give the same answer, as the sizes of their
    groups (`alike_respondents`), largest first. Empty where each gives its own."""
    return tuple(sorted((len(group) for group in alike_respondents(answers)), reverse=True))


def alike_respondents(statements: Iterable[Statement]) -> tuple[frozenset[str], ...]:
    """The survey respondents among `statements` that give the same answer, in groups:
    two that share a sentence word for word (`verbatim`) are one, and so is a third that
    shares another with either ("IT-ärenden tar veckor. Jag har haft ett ärende öppet i
    TopDesk sedan juni." from an enhetschef in Vård och omsorg and one in
    Samhällsbyggnad). Empty where each gives its own."""
    answers = [st for st in statements if st.source_type == SourceType.ENKAT]
    # the chains of shared sentences are the connected sets of a disjoint-set forest
    respondents = DisjointSet(dict.fromkeys(st.source_id for st in answers))
    first: dict[str, str] = {}
    for st in answers:
        key = verbatim(st.text)
        if key is None:
            continue
        respondents.merge(first.setdefault(key, st.source_id), st.source_id)
    return tuple(sorted((frozenset(s) for s in respondents.subsets() if len(s) > 1), key=sorted))


def voices(sources: Collection[str], alike: Iterable[Collection[str]]) -> int:
    """How many voices `sources` are, each group of respondents that answer in the same
    words (`alike_respondents`) one however many gave them: a copy in the survey tool, or
    one text passed round, is one chef's view, and a finding or a proposal that rests on
    two such answers alone rests on one (blind reviews 127, 132 and 133: "a full slide
    built on two identical survey sentences"; "count identical free-text answers as one
    voice"). The breadth still tells every answer, and says they are alike."""
    counted = set(sources)
    copies = sum(len(counted & set(group)) - 1 for group in alike if counted & set(group))
    return len(counted) - copies


def told_types(record: Mapping[str, object]) -> dict[SourceType, SourceType]:
    """The kinds of source a stored breadth (`Breadth.record`) counted as another kind, so
    that a part of its theme is counted as the theme was."""
    told = record.get("told")
    if not isinstance(told, Mapping):
        return {}
    known = {kind.value: kind for kind in SourceType}
    return {
        known[k]: known[v]
        for k, v in told.items()
        if k in known and isinstance(v, str) and v in known
    }


def keywords(texts_by_theme: Mapping[str, Sequence[str]], *, top: int = 6) -> dict[str, list[str]]:
    """Class-based TF-IDF: words frequent in a theme and rare across themes (c-TF-IDF)."""
    counts = {
        theme: Counter(t for text in texts for t in tokens(text))
        for theme, texts in texts_by_theme.items()
    }
    document_frequency = Counter(word for c in counts.values() for word in c)
    average = np.mean([sum(c.values()) for c in counts.values()]) if counts else 1.0
    themes = len(counts) or 1
    result: dict[str, list[str]] = {}
    for theme, counter in counts.items():
        size = sum(counter.values()) or 1
        scored = {
            word: (n / size) * math.log(1 + average / (document_frequency[word] * size / themes))
            for word, n in counter.items()
            if n >= 2 or len(counter) < 15
        }
        result[theme] = [w for w, _ in sorted(scored.items(), key=lambda x: (-x[1], x[0]))[:top]]
    return result


_MAX_HEADLINE_WORDS = 14


def headline(text: str) -> str:
    """A provisional headline from a statement: its first sentence, shortened at a clause
    (`shortened`) and then marked " …"."""
    first = split_sentences(text)[0] if text.strip() else ""
    short = shortened(first, _MAX_HEADLINE_WORDS)
    # counted as `shortened` counts (words between spaces): "HR:s 1,5 procent" is three
    if short == " ".join(first.split()):
        return first.rstrip(" ,;:")
    return short if short.endswith("…") else f"{short} …"


# A headline stands for a whole theme: a bare "Egentligen inget." or "Det har vuxit." is
# central because it says little, so it must say enough to be read on its own.
_HEADLINE_WORDS = (5, 30)


def headline_statement(
    texts: Sequence[str], similarity: np.ndarray, theme_keywords: Sequence[str] = ()
) -> int:
    """The index of the statement to headline a theme: the most central one that reads on
    its own, has no marker of removed personal data, and whose first sentence is 5-30
    words long and names one of the theme's keywords; failing that, the most central that
    reads on its own; failing that, the most central."""
    order = [int(i) for i in np.argsort(-np.asarray(similarity), kind="stable")]
    words = set(theme_keywords)

    def readable(i: int) -> bool:
        return self_contained(texts[i]) and not contains_marker(texts[i])

    def informative(i: int) -> bool:
        # judged on the first sentence, which is what `headline` keeps
        first = split_sentences(texts[i])[0] if texts[i].strip() else ""
        low, high = _HEADLINE_WORDS
        return low <= word_count(first) <= high and (not words or bool(words & set(tokens(first))))

    for accept in (lambda i: readable(i) and informative(i), readable):
        chosen = next((i for i in order if accept(i)), None)
        if chosen is not None:
            return chosen
    return order[0]


_DANGLING = re.compile(
    r"^(och|men|så|eller|utan|för att|alltså|den där|det där|han|hon|dom|de där|samma|"
    r"den|där|då|dessutom|ja|nej)\b",
    re.IGNORECASE,
)


def self_contained(text: str) -> bool:
    """Whether a statement reads on its own: not a continuation ("Och det …") or a question."""
    return not _DANGLING.match(text.strip()) and not text.rstrip().endswith("?")


# A conjunction that opens a turn ties it to the turn before, not to anything the turn
# says: "Och sektorn har ju anställt egna administratörer …".
_OPENING_CONJUNCTION = re.compile(r"^(?:och|men|så)\s+(?=\w)", re.IGNORECASE)
_TRAILING_OFF = re.compile(r"\.{2,}|…")
# A pronoun that points back at what was said before, once the conjunction is gone
_POINTING_BACK = re.compile(r"^(?:det|detta|dessa|de|dem|dom|den|där|då)\b", re.IGNORECASE)


def quote_text(text: str) -> str:
    """A statement as it is quoted: without the conjunction that opens a spoken turn
    ("Och", "Men", "Så") where the rest reads on its own and does not open with a pronoun
    that points back ("Och det funkar inte" stays as it is, and unquoted). A report trims
    speech so, and a focus group's turn, which often opens so, was never quoted for it
    (blind review 73 counted 9 of 12 slides without a quote). The demo's slides quote
    nothing new by it: its turns that open so are cited as lines already."""
    said = text.strip()
    rest = _OPENING_CONJUNCTION.sub("", said, count=1)
    if rest == said or _POINTING_BACK.match(rest) or not self_contained(rest):
        return said
    # what answers a question in a word or two ("Och cheferna. Det är ingen som pratar om
    # det …", "Men mellan sektorerna …") is no quote without the question
    # (a trailing-off "..." ends what was said as a sentence does)
    if not is_clause(_TRAILING_OFF.split(split_sentences(rest)[0], maxsplit=1)[0]):
        return said
    return rest[:1].upper() + rest[1:]


# A number or a name written with a capital inside a sentence (a system, a unit, a role):
# "Lifecare krånglar", "tre veckor på ett svar", "IT säger att …".
_CONCRETE = re.compile(r"\d|(?<=[a-zåäö,] )[A-ZÅÄÖ][\wåäö-]+")


def _concrete(text: str) -> bool:
    return bool(_CONCRETE.search(text))


# The size of what someone is responsible for ("Jag har sextio rektorer", "vi är runt 1 600
# medarbetare", "hon delar på ca 35 chefer", "en verksamhetschef som har tolv chefer under
# sig") points at one person in a municipality, with or without a role beside the quote:
# such a statement may be evidence, never a quote. From ten up, in digits or words.
_SIZE_OF_UNIT = re.compile(
    r"\b(?:\d[\d\s]*|elva|tolv|[a-zåäö]*(?:tio|ton|tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio"
    r"|nittio|hundra|tusen)[a-zåäö]*)\s+(?:\w+\s+)?(?:medarbetare|anställda|rektorer|chefer"
    r"|enhetschefer|förskolechefer|årsarbetare|handläggare|konsulter|skolor|förskolor"
    r"|enheter|boenden)\b",
    re.IGNORECASE,
)


# "det" after a preposition, with nothing it is the article of: what was said before.
# "Vi har pratat om det i två år" (a service agreement, in the turn before) is no quote
# under a finding on priorities (review 42); "om det centrala stödet" names its subject.
_ON_BEFORE = re.compile(
    r"\b(?:om|med|av|till|på|för) (?:det|detta|dem)(?=\s*(?:[,.;:!?]|$)"
    r"|\s+(?:i|på|och|men|för|så|nu|redan|länge|hela|sedan|sen|heller|också|inte)\b)",
    re.IGNORECASE,
)


QUOTE_CANDIDATES = 5
"""Quotes a theme offers: the deck shows two, and of these the headline's own statement,
a bullet's or one off the finding's subject are not shown; with three, most of the demo's
slides had none left once the only holder of a role was no longer quoted."""
QUOTE_CONFIDENCE = 0.4
"""The least probability of its polarity a statement needs to be quoted under a finding of
that polarity: barely above a guess among four classes (0.25), it may say the opposite. A
focus group's "Det var ett mejl från lönekontoret, en lathund på åtta sidor, och sen skulle
vi se till att alla medarbetare gjorde rätt" (0.35 styrka, for "rätt") stood as the quote
under "Lönekontoret är pålitligt". A bullet, which says who said it and how often, is not
held to it."""


# A survey answer written as a list ("- HR-konsulten - lönekontoret - controllern som kommer
# ut till oss"): items, not a sentence that says something of them, and no quote
_LISTED = re.compile(r"\s*[-–•*]\s")


def quotable(st: Statement, rejected: Collection[str] = frozenset()) -> bool:
    """Whether a statement may stand as a quote: 8-40 words, on its own, not opening on
    what was said before, no marker of removed data, nothing of a unit's size or of a
    special category of personal data, not a list (`_LISTED`), and not rejected by the
    consultant."""
    text = quote_text(st.text)
    words = word_count(text)
    first = split_sentences(text)[0] if text else ""
    return (
        8 <= words <= 40
        and st.id not in rejected
        and not contains_marker(text)
        and self_contained(text)
        and not _ON_BEFORE.search(first)
        and not _SIZE_OF_UNIT.search(text)
        and not special_category(text)
        and not _LISTED.match(text)
    )


def quotes(
    members: Sequence[Statement],
    similarity: np.ndarray,
    *,
    rejected: set[str] | frozenset[str] = frozenset(),
    limit: int = QUOTE_CANDIDATES,
    keywords: Sequence[str] = (),
    shareable: Callable[[Statement], bool] | None = None,
) -> list[str]:
    """Up to `limit` statement ids to quote: self-contained, 8-40 words, no marker of removed
    personal data, from different sources when the theme has them; those that name the
    theme's subject (`keywords`) first, the concrete (a number, a system, a unit) before
    the general, the central before the peripheral."""
    wanted = set(keywords)

    def rank(i: int) -> tuple[int, int, float]:
        text = members[i].text
        return (-min(len(wanted & set(tokens(text))), 2), -int(_concrete(text)), -similarity[i])

    order = sorted(range(len(members)), key=rank)
    # only what may be shown (`shareable`: `RoleGroups.may_quote`), so that a theme of
    # the only kommundirektör's words still has a quote to give
    candidates = [
        members[i]
        for i in order
        if quotable(members[i], rejected) and (shareable is None or shareable(members[i]))
    ]
    chosen: list[Statement] = []

    def said(st: Statement) -> str:
        return " ".join(tokens(st.text))

    # the same words from several chefs are one quote, not three of the places: three
    # rows of "Mycket prat om digitalisering men inget händer" left no other to show
    for st in candidates:
        if len(chosen) == limit:
            break
        if all(st.source_id != c.source_id and said(st) != said(c) for c in chosen):
            chosen.append(st)
    for st in candidates:  # fewer sources than quotes: fill from the most central
        if len(chosen) == limit:
            break
        if st not in chosen and all(said(st) != said(c) for c in chosen):
            chosen.append(st)
    return [st.id for st in chosen]
