"""What the manager survey says about the support function a finding is about.

A consultant puts the survey's figure beside the interviews: under "Ärenden till IT blir
liggande" the line "I chefsenkäten ger 54 % av 145 chefer stödet från IT/digitalisering 1–2
av 5". `function_of` tells which function texts name (the function's name as a word or as
the first part of a compound: "IT-ärenden", "ekonomirapporterna"); the deck asks it of a
finding's headline (`synth.deck.content.with_survey`). The line comes from the Likert
results of all respondents, from a survey export (`LikertChart`) or a collected form
(`SurveyResults`). Pure functions.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from scipy.stats import binomtest

from synth.deck.resources import ResourceTable, swedish_fte
from synth.deck.survey import EXPORT_TOPIC, LikertChart
from synth.survey.results import SurveyResults
from synth.survey.shadow import SHADOW_FTE, function_in_text
from synth.text.functions import function_of
from synth.text.numbers import listing

__all__ = [
    "MAJORITY",
    "FunctionScore",
    "GroupScore",
    "already_staffed",
    "also_low",
    "budget_room",
    "first_results",
    "function_scores",
    "lowest_rated",
    "most_chefs_low",
    "rated_headline",
    "rated_lowest",
    "rating_and_resources",
    "rating_reach",
    "survey_line",
    "without_group",
]


@dataclass(frozen=True)
class GroupScore:
    """How one sector's chefs rate a function: how many answered, the share below the
    middle of the scale and the share above it."""

    group: str
    n: int
    low: float
    high: float = 0.0


@dataclass(frozen=True)
class FunctionScore:
    """One support function's answers to one Likert question, all respondents."""

    function: str
    asked: str
    """What was asked: "nöjdhet med stödet", "Jag får det stöd jag behöver"."""
    n: int
    shares: tuple[float, ...]
    """Share on each scale point, lowest first."""
    lowest_group: GroupScore | None = None
    """The sector whose chefs rate it lowest, where that sets them apart from all
    respondents by more than chance (`_apart`): Vård och omsorg's 74 % below the middle
    for IT beside all chefs' 54 % was the survey's worst cell, and the line under the IT
    finding left it out (review 51)."""
    groups: tuple[GroupScore, ...] = ()
    """Each sector's score, where the survey shows the sector."""
    heard_group: GroupScore | None = None
    """The sector a finding about the function is heard in alone, as the deck puts the
    figure beside it (`synth.deck.content._heard_in`): under "IT-stödet till skolan räcker
    inte", heard in Barn och utbildning, that sector's 51 %, not all chefs' 54 % (blind
    review 80)."""
    outside: str = ""
    """The group whose chefs the figure leaves out (`LikertChart.without`): the central
    administration, who run the functions; "" where it is all respondents'."""

    @property
    def chefs(self) -> str:
        """Whose figure it is: "chefer", or "chefer utanför Kommunledningskontoret"."""
        return f"chefer utanför {self.outside}" if self.outside else "chefer"

    @property
    def low(self) -> float:
        """Share on the points below the middle (1–2 of 5)."""
        return sum(self.shares[: len(self.shares) // 2])

    @property
    def high(self) -> float:
        """Share on the points above the middle (4–5 of 5)."""
        return sum(self.shares[(len(self.shares) + 1) // 2 :])

    @property
    def rated_low(self) -> bool:
        """Whether the chefs rate it low: most of them below the middle, or clearly more
        below it than above it (`leans_low`)."""
        return self.low > MAJORITY or self.leans_low

    @property
    def leans_low(self) -> bool:
        """Whether more of the chefs rate it below the middle than above it by more than
        chance: a one-sided sign test at 5 % over those who do either. Lokalförsörjning's
        42 % at 1–2 against 20 % at 4–5 (127 chefs) is; Kansli's 34 % against 29 % is not."""
        low, high = round(self.low * self.n), round(self.high * self.n)
        if low <= high:
            return False
        return bool(binomtest(low, low + high, 0.5, alternative="greater").pvalue < _SIGN_LEVEL)


MAJORITY = 0.5
"""More than this share is most."""
_SIGN_LEVEL = 0.05
"""The significance at which more chefs rating a function low than high is more than
chance (`FunctionScore.leans_low`)."""


def function_scores(
    charts: Sequence[LikertChart], surveys: Sequence[SurveyResults]
) -> tuple[FunctionScore, ...]:
    """Every function's result among all respondents: the export's first chart (the one
    of all respondents) and each collected form's Likert questions about functions."""
    scores: list[FunctionScore] = []
    for chart in charts[:1]:
        for bar in chart.bars:
            score = FunctionScore(bar.label, EXPORT_TOPIC, bar.n, bar.shares, outside=chart.without)
            groups = []
            for other in charts[1:]:
                for b in other.bars:
                    if b.label == bar.label:
                        rated = FunctionScore(b.label, EXPORT_TOPIC, b.n, b.shares)
                        groups.append(GroupScore(other.group, b.n, rated.low, rated.high))
            score = replace(score, groups=tuple(groups))
            lowest = max(groups, key=lambda g: (g.low, g.n), default=None)
            if lowest is not None and _apart(score.low, lowest):
                score = replace(score, lowest_group=lowest)
            scores.append(score)
    for survey in surveys:
        for result in survey.likert:
            if result.per_row:
                scores += [
                    FunctionScore(item.label, result.title, item.n, item.shares)
                    for item in result.items
                ]
    return tuple(scores)


def _apart(overall: float, group: GroupScore) -> bool:
    """Whether a sector's share below the middle lies above all respondents' by more than
    two standard errors of a share of its size: what chance alone gives a sector of 50
    chefs is about ±14 points, so 71 % of 17 beside 60 % is noise, 74 % of 54 beside 54 %
    is not."""
    if not group.n:
        return False
    return group.low - overall > 2 * math.sqrt(overall * (1 - overall) / group.n)


def _percent(share: float) -> str:
    return f"{round(share * 100)}\u00a0%"


def _ranges(score: FunctionScore) -> tuple[str, str, int]:
    """The low and the high points of its scale ("1–2", "4–5") and how many it has."""
    points = len(score.shares)
    half = points // 2
    low = f"1–{half}" if half > 1 else "1"
    high = f"{points - half + 1}–{points}" if half > 1 else str(points)
    return low, high, points


def without_group(score: FunctionScore, chart: LikertChart) -> str | None:
    """A function's result among the chefs outside the group of `chart`, from the counts
    of all respondents less the group's: "utan dem ger 65 % av 97 övriga chefer
    Upphandling 1–2 av 5". The central administration's chefs, who run several of the
    functions, rate all nine higher than the others (`GroupGap`), and the all-respondents
    figure holds their marks (blind review 59: "without KLK the lowest ratings get
    worse"). None where the group did not rate it or the counts do not add up."""
    bar = next((b for b in chart.bars if b.label == score.function), None)
    if bar is None or len(bar.shares) != len(score.shares):
        return None
    counts = [
        round(mine * score.n) - round(theirs * bar.n)
        for mine, theirs in zip(score.shares, bar.shares, strict=True)
    ]
    rest = sum(counts)
    if rest <= 0 or min(counts) < 0:
        return None
    others = FunctionScore(score.function, score.asked, rest, tuple(c / rest for c in counts))
    low, _, points = _ranges(others)
    return (
        f"utan dem ger {_percent(others.low)} av {rest} övriga chefer {score.function} "
        f"{low} av {points}"
    )


def survey_line(score: FunctionScore) -> str:
    """The survey's figure as a line of evidence, in the report's voice: "I chefsenkäten
    ger 54 % av 145 chefer stödet från IT/digitalisering 1–2 av 5 (i Vård och omsorg 74 %
    av 54); 16 % ger 4–5." The sector in brackets only where it is set apart
    (`FunctionScore.lowest_group`)."""
    low, high, points = _ranges(score)
    asked = score.asked.rstrip(". ")
    if asked == EXPORT_TOPIC:
        apart = score.heard_group or score.lowest_group
        among = f" (i {apart.group} {_percent(apart.low)} av {apart.n})" if apart else ""
        return (
            f"I chefsenkäten ger {_percent(score.low)} av {score.n} {score.chefs} stödet "
            f"från {score.function} {low} av {points}{among}; {_percent(score.high)} ger "
            f"{high}."
        )
    # a statement the respondents took a stand on is quoted
    return (
        f"I chefsenkäten svarar {_percent(score.low)} av {score.n} chefer {low} av {points} "
        f"om {score.function} på påståendet \u201d{asked}\u201d; {_percent(score.high)} "
        f"svarar {high}."
    )


def rating_reach(score: FunctionScore, leaning: str | None) -> str:
    """The survey's figure in short, beside a finding's breadth in a list, with the
    function rated: "chefsenkäten 60 % av 112 ger IT/digitalisering 1–2" under a
    weakness, "chefsenkäten 70 % av 142 ger HR 4–5" under a strength. Blind review 75
    found HR, the finding the most chefs rate highly, listed below one heard in more
    interviews with nothing on the slide to say why it weighs more; review 80 asked for
    the number who rated it, as 30 chefs answered "vet ej"; review 144 read "IT-ärenden
    tar veckor (chefsenkäten 60 % av 127 ger 1–2)" as a survey of lead times, where the
    chefs rated the support from IT as a whole."""
    low, high, _ = _ranges(score)
    # the sector's own figure where the finding is heard there alone (`heard_group`)
    heard = score.heard_group
    rated: FunctionScore | GroupScore = heard or score
    share, points = (rated.high, high) if leaning == "styrka" else (rated.low, low)
    where = f" i {heard.group}" if heard else ""
    given = (
        f"ger {score.function} {points}"
        if score.asked.rstrip(". ") == EXPORT_TOPIC
        else f"svarar {points} om {score.function}"
    )
    return f"chefsenkäten{where} {_percent(share)} av {rated.n} {given}"


def rated_headline(score: FunctionScore) -> str:
    """The survey's rating of a function as the headline of the weakness about it, where
    one voice alone says that weakness in its own words: "Lokalförsörjning får lågt betyg
    i chefsenkäten: 43 % ger 1–2 av 5" over "Det är oklart vem som bestämmer inom
    lokalförsörjning", which two survey answers in the same words said (blind reviews 162
    and 163: no slide for what the method counts as one voice; review 134: the chefs'
    third-lowest rating needs its slide). The function is its subject, as a finding's
    is."""
    low, _, points = _ranges(score)
    rated = score.heard_group or score
    where = f" i {score.heard_group.group}" if score.heard_group else ""
    # "av 5" kept together: a scale's end alone on a headline's second line reads badly
    return (
        f"{score.function} får lågt betyg i chefsenkäten{where}: {_percent(rated.low)} ger "
        f"{low} av\u00a0{points}"
    )


def lowest_rated(score: FunctionScore) -> str:
    """The survey's first result as a sentence of the assessment: "Chefsenkäten ger
    Upphandling lägst betyg av stödfunktionerna: 60 % av 112 chefer ger 1–2 av 5"."""
    low, _, points = _ranges(score)
    return (
        f"Chefsenkäten ger {score.function} lägst betyg av stödfunktionerna: "
        f"{_percent(score.low)} av {score.n} {score.chefs} ger {low} av {points}"
    )


def also_low(scores: Sequence[FunctionScore], places: dict[str, str]) -> str:
    """The other functions the chefs rate clearly more often below the middle than above it
    (`FunctionScore.rated_low`), lowest first, as a sentence of
    the assessment with each one's figures and, from `places` (by function), where its
    finding stands: "Klart fler chefer ger betyg under mitten än över den också för
    IT/digitalisering (54 % mot 16 %; bild 16) och Lokalförsörjning (42 % mot 20 %)." The
    lowest alone in the assessment left Lokalförsörjning, third lowest and with no
    finding, unsaid (blind review 102). Empty where there is no other."""
    ranked = _worst_first(scores)
    rest = [s for s in ranked[1:] if s.rated_low]
    if not rest:
        return ""
    told = [
        f"{s.function} ({_percent(s.low)} mot {_percent(s.high)}"
        + (f"; {places[s.function]}" if s.function in places else "")
        + ")"
        for s in rest
    ]
    # "klart fler", as the method slide says it (`FunctionScore.leans_low`): blind review
    # 149 found Kansli, 38 % against 25 %, left out with no word of the criterion
    return f"Klart fler chefer ger betyg under mitten än över den också för {listing(told)}."


_MORE_CHEFS = 1.1
"""How many times as many chefs must rate another function low as rate the lowest so, for
the assessment to say it: ten percent, beyond a few answers either way."""


def most_chefs_low(scores: Sequence[FunctionScore]) -> str:
    """Where more chefs, counted, rate another function below the middle than the one rated
    lowest by share, because more of them rate it at all: "Räknat i antal ger dock flest
    chefer IT/digitalisering 1–2 av 5: 79, mot 67 för Upphandling, som färre har bedömt
    (112 mot 145)." Blind review 127 found IT, which touches far more chefs, the
    bigger problem beside Upphandling's 60 % of 112, as a consultant weighs it. Empty where
    the lowest by share is also the most by count, or by less than `_MORE_CHEFS`."""
    ranked = _worst_first(scores)
    if len(ranked) < 2:
        return ""
    lowest = ranked[0]

    def counted(score: FunctionScore) -> int:
        return round(score.low * score.n)

    most = max(ranked[1:], key=lambda s: (counted(s), s.function))
    if counted(most) < _MORE_CHEFS * counted(lowest) or most.n <= lowest.n:
        return ""
    low, _, points = _ranges(most)
    return (
        f"Räknat i antal ger dock flest chefer {most.function} {low} av {points}: "
        f"{counted(most)}, mot {counted(lowest)} för {lowest.function}, som färre har "
        f"bedömt ({lowest.n} mot {most.n})."
    )


def first_results(scores: Sequence[FunctionScore]) -> dict[str, FunctionScore]:
    """Each function's first result (the first question asked about it), by function."""
    first: dict[str, FunctionScore] = {}
    for score in scores:
        first.setdefault(score.function, score)
    return first


def rated_lowest(score: FunctionScore) -> tuple[float, str]:
    """How low the chefs rate a function, for `max`: the most answers below the middle
    against those above it."""
    return score.low - score.high, score.function


def _worst_first(scores: Sequence[FunctionScore]) -> list[FunctionScore]:
    """Each function's first result, the one the chefs rate lowest first."""
    return sorted(first_results(scores).values(), key=rated_lowest, reverse=True)


def _staffed(actual: float, budget: float, where: str) -> str:
    if actual < budget:
        return f"färre årsarbetare {where} än budgeterat"
    if actual > budget:
        return f"fler årsarbetare {where} än budgeterat"
    return f"så många årsarbetare {where} som budgeterat"


@dataclass(frozen=True)
class _Staffing:
    """A function's staffing as the assessment weighs it against the chefs' rating."""

    function: str
    actual: float
    budget: float
    where: str
    """"centralt" or "i praktiken": what `actual` and `budget` count."""
    outside: float = 0.0
    """Åa of the function done out in the operations without a budget."""
    short_by: str = ""
    """Why fewer than budgeted, as the inventory says (`FunctionBalance.short_by`)."""


def _staffing(table: ResourceTable, function: str) -> _Staffing | None:
    """The central administration's figures where the function has a central budget: the
    chefs rate the support they get from HR, not the schedules undersköterskor lay beside
    their work (the last review: "HR has more åa than budgeted" counted 4,5 unbudgeted åa
    out in elderly care, while central HR ran below its budget). Else the totals."""
    balance = table.balance(function)
    if balance is not None and balance.central_budget and balance.central:
        outside = balance.unbudgeted if balance.unbudgeted >= SHADOW_FTE else 0.0
        return _Staffing(
            function,
            balance.central,
            balance.central_budget,
            "centralt",
            outside,
            balance.told_short_by,
        )
    row = next((r for r in table.rows if r.function == function), None)
    if row is None or not row.budget or not row.actual:
        return None
    return _Staffing(function, row.actual, row.budget, "i praktiken")


def budget_room(table: ResourceTable, function: str) -> str | None:
    """What of a function's budget stands vacant, as a line under a recommendation that
    brings in a role of it: "Inventeringen: 4,0 åa färre chefsnära
    administration/assistenter i praktiken än i budget (23,5 mot 27,5; hela skillnaden i
    Barn och utbildning); att tillsätta dem är ett första steg utan ny budget"
    (`FunctionBalance.short_said`); central figures where the function has a central
    budget ("1,0 åa färre kommunikation centralt än i budget (4,5 mot 5,5; enligt
    inventeringen vakanser)"). Blind review 131 found the chefs' administrator recommended
    with no word of the budgeted åa of it not filled, nor of what it costs.

    Only where the inventory's comments say the posts are vacant, for the shortfall all
    but `SHADOW_FTE`: a gap of leave (a colleague on leave, a stand-in part-time), of
    savings or of posts shared with other work is no money to spend (blind review 134:
    "a gap between budgeted and actual staffing is not spare capacity until the reason
    is known"; the kommunikation gap was a leave). None where the function is staffed to
    its budget, or short by less than `SHADOW_FTE`."""
    staffing = _staffing(table, function)
    if staffing is None or staffing.budget - staffing.actual < SHADOW_FTE:
        return None
    balance = table.balance(function)
    if balance is None:
        return None
    central = staffing.where == "centralt"
    vacant = balance.vacant_central if central else balance.vacant
    if vacant < staffing.budget - staffing.actual - SHADOW_FTE:
        return None
    said = balance.short_said(central=central)
    return f"Inventeringen: {said}; att tillsätta dem är ett första steg utan ny budget"


def already_staffed(table: ResourceTable, function: str) -> str | None:
    """What the inventory has of a function out in the operations already, as a line under
    a recommendation that brings in a role of it where no vacancy is told
    (`budget_room`): "Inventeringen: 23,5 åa chefsnära administration/assistenter finns
    redan ute i verksamheterna (27,5 i budget)", and centrally, each level with its own
    budget where that differs ("… och 4,5 centralt (5,5 i budget)"). Blind review 158
    found "Inför en administratör per verksamhetsområde" blind to the administrators Vård
    och omsorg already has and to the budget Barn och utbildning has not filled: what a
    kommundirektör asks first of a recommendation to hire. The budget only as a figure: a
    gap without a vacancy told is no money to spend (blind review 134); and per level, as
    one sum over both "hela skillnaden i Kommunledningskontoret" was wrong where the
    operations were over their budget (blind review 160). None where the operations have
    less than `SHADOW_FTE` of it."""
    balance = table.balance(function)
    if balance is None or balance.close < SHADOW_FTE:
        return None

    def budgeted(actual: float, budget: float) -> str:
        return f" ({swedish_fte(budget)} i budget)" if abs(budget - actual) >= SHADOW_FTE else ""

    close_budget = balance.budget - balance.central_budget
    said = (
        f"Inventeringen: {swedish_fte(balance.close)} åa {function_in_text(function)} finns "
        f"redan ute i verksamheterna{budgeted(balance.close, close_budget)}"
    )
    if balance.central >= SHADOW_FTE:
        said += (
            f" och {swedish_fte(balance.central)} centralt"
            f"{budgeted(balance.central, balance.central_budget)}"
        )
    return said


def _gap(staffing: _Staffing) -> float:
    """How far under its budget a function is staffed, as a share (negative: over)."""
    return (staffing.budget - staffing.actual) / staffing.budget if staffing.budget else 0.0


_AS_FAR = 0.75
"""How far under its budget, against the worst-rated functions' nearest, a function rated
better must be for the assessment to say the staffing does not tell the ratings apart."""
_NEAR_BUDGET = 0.5
"""How much nearer its budget than the worst-rated functions the best-rated must be for the
assessment to say it is near it."""


def rating_and_resources(
    scores: Sequence[FunctionScore], table: ResourceTable | None, lowest: int = 2
) -> str | None:
    """The survey's ratings beside the inventory's staffing, as one point of the
    assessment: "Upphandling och IT/digitalisering, de stödfunktioner som chefsenkäten ger
    lägst betyg, har båda färre årsarbetare centralt än budgeterat (2,4 mot 3,0 och 14,5
    mot 18,5); ute i verksamheterna görs därtill 1,0 åa upphandling/inköp utan budget. HR,
    som får högst betyg, har också färre årsarbetare centralt än budgeterat (22,5 mot
    23,5), och ute i verksamheterna görs 4,5 åa HR utan budget." The two sources side by
    side, for the reader to weigh; no cause is claimed. None where no rated function is in
    the inventory with a budget."""
    if table is None or not table.rows:
        return None
    names = [r.function for r in table.rows]
    matched = [
        (score, staffing)
        for score in _worst_first(scores)
        if (found := function_of([score.function], names)) is not None
        and (staffing := _staffing(table, found)) is not None
    ]
    low = [(s, r) for s, r in matched[:lowest] if s.low > s.high]
    high = [(s, r) for s, r in matched[lowest:][-1:] if s.high > s.low]
    if not low:
        return None

    def figures(pairs: Sequence[tuple[FunctionScore, _Staffing]]) -> str:
        # how far from the budget, as a share: 2,4 of 3,0 and 22,5 of 23,5 are both "fewer
        # than budgeted", 20 and 4 percent under (review 41)
        # and why fewer, where the inventory says: "en upphandlare är föräldraledig"
        # made 20 % under no shortage (blind review 90)
        told = [r for _, r in pairs if r.short_by and _gap(r) > 0]
        # a reason given for each, after each; one given for some, after all of them with
        # what it is said of: "som inventeringen förklarar med vakanser" after two figures
        # read as said of both
        each = len(told) == len(pairs)
        listed = (", och " if each and len(pairs) > 1 else " och ").join(
            f"{swedish_fte(r.actual)} mot {swedish_fte(r.budget)}"
            + (
                f", {round(100 * abs(_gap(r)))}\u00a0% {'under' if _gap(r) > 0 else 'över'}"
                if _gap(r)
                else ""
            )
            + (f", som inventeringen förklarar med {r.short_by}" if each else "")
            for _, r in pairs
        )
        if each or not told:
            return listed
        return listed + "".join(
            f"; för {function_in_text(r.function)} enligt inventeringen {r.short_by}" for r in told
        )

    def outside(pairs: Sequence[tuple[FunctionScore, _Staffing]]) -> str:
        return listing(
            [
                f"{swedish_fte(r.outside)} åa {function_in_text(r.function)}"
                for _, r in pairs
                if r.outside
            ]
        )

    named = " och ".join(s.function for s, _ in low)
    kinds = {_staffed(r.actual, r.budget, r.where) for _, r in low}
    if len(kinds) == 1:
        which = "de stödfunktioner" if len(low) == 2 else "den stödfunktion"
        both = "båda " if len(low) == 2 else ""
        kind = kinds.pop()
        text = (
            f"{named}, {which} som chefsenkäten ger lägst betyg, har {both}{kind} ({figures(low)})"
        )
    else:
        kind = ""
        each = " och ".join(
            f"{s.function} {swedish_fte(r.actual)} årsarbetare {r.where} mot "
            f"{swedish_fte(r.budget)} budgeterade"
            for s, r in low
        )
        text = f"Av de stödfunktioner som chefsenkäten ger lägst betyg har {each}"
    # the best-rated function as far from its budget as the worst-rated are: the staffing
    # does not tell them apart, which is what the comparison shows (review 40: told as two
    # facts, it read as a cause set up and taken back). Nearer its budget, it does not
    # show that (review 41: 4 % under against 20), and the figures are told as they are.
    furthest = min(abs(_gap(r)) for _, r in low)
    same = (
        bool(high)
        and _staffed(high[0][1].actual, high[0][1].budget, high[0][1].where) == kind
        and abs(_gap(high[0][1])) >= furthest
    )
    # nor does it where a function rated between them is as far under its budget: the
    # kansli and communications, 20 and 18 % under, were left out beside procurement and
    # IT, and the sentence read as a cause (blind review 94)
    between = [
        (score, staffing)
        for score, staffing in matched[lowest : len(matched) - len(high)]
        if kind
        and _staffed(staffing.actual, staffing.budget, staffing.where) == kind
        and _gap(staffing) >= _AS_FAR * furthest
    ]
    if same or between:
        also = (
            [
                # their figures alone: what they are short of is not what the point is about
                " och ".join(
                    f"{s.function} ({swedish_fte(r.actual)} mot {swedish_fte(r.budget)})"
                    for s, r in between
                )
                + ", som chefsenkäten ger högre betyg än dem"
            ]
            if between
            else []
        )
        if same:
            ((score, _),) = high
            also.append(f"{score.function}, som får högst betyg ({figures(high)})")
        # that the staffing does not tell them apart, not that it explains nothing: those
        # interviewed name too few hands as a cause of slow procurement (blind reviews 117
        # and 119 read "förklarar inte betygen" as contradicting them)
        text = (
            f"{text}, men det har också {', och '.join(also)}: bemanningen mot budget skiljer "
            "alltså inte ut de lägst betygsatta."
        )
        said_outside = outside([*low, *(high if same else [])])
        if said_outside:
            text += f" Ute i verksamheterna görs därtill {said_outside} utan budget."
        return text
    if outside(low):
        text += f"; ute i verksamheterna görs därtill {outside(low)} utan budget"
    text += "."
    if high:
        ((score, staffing),) = high
        said = _staffed(staffing.actual, staffing.budget, staffing.where)
        nearer = "också " if said == kind else ""
        # much nearer its budget than the worst-rated are to theirs: that is what the
        # figures say of it ("4 % under" beside 20 and 22 was noise to review 42)
        if abs(_gap(staffing)) < _NEAR_BUDGET * min(abs(_gap(r)) for _, r in low):
            # where the figures are the central ones, the sentence says so: HR in all was
            # over its budget (31,0 mot 27,5), which "ligger nära sin budget" hid (review 45)
            where = "centralt " if staffing.where == "centralt" else ""
            text += (
                f" {score.function}, som får högst betyg, ligger {where}nära sin budget "
                f"({swedish_fte(staffing.actual)} mot {swedish_fte(staffing.budget)})"
            )
        else:
            text += f" {score.function}, som får högst betyg, har {nearer}{said} ({figures(high)})"
        if staffing.outside:
            text += f", och ute i verksamheterna görs {outside(high)} utan budget"
        text += "."
    return text
