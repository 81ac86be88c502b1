"""What the deck says, as typed records, and the builder that makes them.

The slides are drawn from a `DeckContent` only. `observations_from_themes` makes one
observation per included theme: with the theme's draft (`synth draft`, the consultant's
edits included) its headline and bullets are the draft's, each bullet keeping the statements
it rests on and whether the grounding held; without one, the theme's headline and its central
statements condensed to their first sentence. Quotes, breadth and leaning always come from
the theme itself, so that every count on a slide is a computed one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from synth.deck.resources import (
    ResourceTable,
    UnlistedSupport,
    inventory_line,
    placement_line,
)
from synth.deck.survey import (
    STAFF_MARKS,
    STAFF_NOUN,
    LikertChart,
    StaffTable,
    asks_fewer_staff,
    plural_role,
    says_staff_count,
    staff_ceiling,
    staff_cost,
    staff_detail,
    staff_headline,
    staff_line,
    staff_overcount,
    staff_remedy,
    staff_trusted,
)
from synth.deck.survey_evidence import (
    MAJORITY,
    FunctionScore,
    first_results,
    rated_headline,
    rated_lowest,
    survey_line,
)
from synth.draft.context import Figure
from synth.draft.dated import dated_elsewhere, statements_dated, undated
from synth.draft.evidence import attributed
from synth.draft.function_said import said_of_function
from synth.draft.offline import topic_only, wished, wording
from synth.draft.support import (
    counted_as,
    headline_claim,
    headline_head,
    headline_subject,
    names_subject,
    narrowed,
    subject_within,
)
from synth.privacy.pseudonymise import contains_marker
from synth.privacy.roles import RoleGroups
from synth.records import (
    EACH_PERSPECTIVE,
    AssessmentPoint,
    Drafts,
    Source,
    SourceType,
    Statement,
    Theme,
    ThemeDraft,
    dominant_polarity,
    finding_theme,
)
from synth.records import Bullet as DraftBullet
from synth.records import Recommendation as DraftRecommendation
from synth.records.themes import breadth_weight
from synth.store.surveys import ResponseRate
from synth.store.themes import LensRecord
from synth.survey.results import SurveyResults
from synth.synthesis.describe import (
    alike_respondents,
    copied_answers,
    heard_in,
    quote_text,
    self_contained,
    voices,
)
from synth.synthesis.themes import OTHER
from synth.text.functions import (
    function_count,
    function_of,
    headline_function,
    lines_function,
)
from synth.text.grammar import lower_first, subject_words
from synth.text.placement import own_support
from synth.text.sentences import quoted, split_sentences, swedish_quotes, word_count
from synth.text.swedish import names_stem, stem, stop_words, tokens, words
from synth.text.voice import report_voice, speaker_unit

__all__ = [
    "PERSPECTIVES",
    "REACH_KINDS",
    "SEVERAL_SOURCES",
    "UNREVIEWED",
    "AssessmentPoint",
    "Bullet",
    "DeckContent",
    "Fieldwork",
    "Observation",
    "Providers",
    "Quote",
    "Recommendation",
    "Related",
    "fieldwork",
    "heard_sectors",
    "leaning",
    "observations_from_themes",
    "rating_heads",
    "reach",
    "reach_counts",
    "reach_text",
    "recommendations_from_drafts",
    "restates",
    "sentence_case",
    "told_again",
    "told_apart",
    "with_dates_checked",
    "with_function_said",
    "with_inventory",
    "with_placement",
    "with_related",
    "with_staff",
    "with_staff_remedy",
    "with_survey",
]

PERSPECTIVES: dict[str, tuple[str, str]] = {
    # perspective -> (heading in the summary, slide title of its observations)
    "utvecklingssituation": ("Utvecklingssituationen", "Iakttagelser om utvecklingssituationen"),
    "strukturer": ("Strukturen", "Iakttagelser om strukturen"),
    "aktörer": ("Aktörerna", "Iakttagelser om aktörerna"),
}
TO_WRITE = "Att skriva: "
"""What opens a line of the notes that tells the consultant what the deck lacks and they
are to write (a recommendation for a weakness on a slide): the client copy, which has no
notes, says it (`synth.deck.client`)."""
UNREVIEWED = "Teman är maskinellt grupperade."
"""What the method slide says of themes the consultants have not reviewed (no themes
workbook imported): the client copy warns of a deck that says it (`synth.deck.client`)."""
SEVERAL_SOURCES = 2
"""The fewest sources a finding needs for a slide of its own, respondents answering in the
same words counted as one (`Observation.voices`), unless the consultant or the survey
placed it there."""
LEAST_SHOWN = 3
"""The fewest things a finding's slide shows under its headline (lines of evidence that say
it, quotes, the survey's and the inventory's figures) for it to take a slide by breadth
before those with fewer: "Lönerna blir rätt och de svarar när man ringer", heard in four
interviews, had a slide of two lines that both said "lönekontoret är pålitligt", in place
of a wish heard in six (blind review 107: "an empty slide")."""
_BULLETS = (2, 3)
_BULLET_WORDS = (6, 24)
_QUOTES = 2


@dataclass(frozen=True)
class Bullet:
    text: str
    statement_ids: tuple[str, ...] = ()
    """The statements the bullet rests on."""
    supported: bool = True
    """False when the grounding did not hold (the draft's "osäker")."""
    reason: str = ""
    source_ids: tuple[str, ...] = ()
    """The pseudonymous sources of `statement_ids`."""
    counterpart: str = ""
    """The finding of the other polarity whose statements the line cites (the draft's)."""
    beside: bool = False
    """The line tells a misgiving said beside the finding's support (the draft's)."""
    untold: str = ""
    """The line before `told_apart` told its source from the others' ("I en intervju …"
    for "I en annan intervju …"): told again where the slide leaves a line out."""

    @property
    def own(self) -> bool:
        """Whether the line is evidence of its finding, not said against it."""
        return not self.counterpart and not self.beside

    @property
    def shown(self) -> bool:
        """Whether the slide states it as fact: only what cites statements and held."""
        return self.supported and bool(self.statement_ids)


@dataclass(frozen=True)
class Quote:
    text: str
    statement_id: str
    source_id: str
    attribution: str = ""
    """Who said it, as the slide shows it: "enhetschef, Vård och omsorg" or, for a role held
    by fewer sources than the anonymity threshold, only the kind of source ("intervju")."""
    identifiable: bool = False
    """Whether the role was left out because so few hold it that it would point at a person."""


@dataclass(frozen=True)
class Related:
    """The other findings on what a finding is about, listed under its evidence by their
    headlines, each with its breadth: the chefs' loneliness and turnover under how many
    staff they lead (`with_staff`), the wish for a clear process under the weakness about
    lokalförsörjning (`with_related`). Each is too thin for a slide of its own, and
    together they tell one story that the appendix scatters."""

    about: str
    """What they are about, as the lead names it: "chefernas villkor", "lokalförsörjning"."""
    why: str
    """Why they are listed, for the notes: "vars rubrik nämner cheferna"."""
    findings: tuple[tuple[str, str, str], ...]
    """Each finding's id, headline and breadth in short, the most widely heard first."""

    def without(self, ids: Collection[str]) -> Related | None:
        """Those not among `ids` (the findings with slides of their own: the list points
        to the appendix), or None where none is left."""
        kept = tuple(f for f in self.findings if f[0] not in ids)
        return replace(self, findings=kept) if kept else None


@dataclass(frozen=True)
class Observation:
    """One theme as the deck shows it."""

    theme_id: str
    perspective: str
    leaning: str | None
    """styrka, svaghet or None: where the theme goes on the strengths/weaknesses slide."""
    headline: str
    bullets: tuple[Bullet, ...]
    quotes: tuple[Quote, ...]
    breadth: str
    """ "Nämns i 7 av 12 intervjuer och 31 enkätsvar"."""
    statement_ids: tuple[str, ...]
    source_ids: tuple[str, ...]
    sectors: tuple[str, ...] = ()
    """The sectors it is heard in (`heard_sectors`): by two of its sources or more, or by
    a third of them."""
    counts: tuple[str, str, str] = ("", "", "")
    """The breadth in short, for a table's columns (`reach_counts`): "7/12", "", "31"."""
    origin: str = ""
    """Who wrote headline and bullets, for the notes: "utkast (offline)", "konsultens text"."""
    weight: float = 0.0
    """How widely it was heard (`Theme.weight`): the deck shows the widest first."""
    polarity: str | None = None
    """What the finding says, as drafting and the assessment count it: the theme's
    dominant polarity (styrka, svaghet, förslag or neutral)."""
    ordered: bool = False
    """Whether the consultant placed it (an order in the themes workbook): then it has a
    slide of its own wherever it ranks."""
    edited: bool = False
    """Whether the consultant edited its draft: its headline and lines are theirs, its
    quotes still the theme's."""
    renamed: bool = False
    """Whether the consultant renamed its theme in the workbook: its headline is theirs."""
    undrafted: bool = False
    """Whether it is a theme without a draft where the others have theirs: one drafting
    found no finding of its own in (its subjects went to other themes' findings), or one
    made since the drafts were. Its headline is its central statement's own words ("…
    vi matar in samma uppgifter två gånger"), no finding to put on a slide of its own; the
    appendix lists it until it is drafted or the consultant names it."""
    rating: FunctionScore | None = None
    """The survey's result for the support function its headline names, if any."""
    anchored: bool = False
    """Whether it is the weakness about the support function the survey's chefs rate
    lowest (or the strength about the one they rate highest): a slide of its own
    wherever it ranks (`with_survey`); or the finding about how many staff the chefs lead,
    where most chefs of a group lead many (`with_staff`)."""
    inventory: str = ""
    """The support-resource inventory's figure for the function its headline names, as a
    line of evidence (`with_inventory`); empty when it names none."""
    staff: str = ""
    """The survey's figure of how many staff the chefs lead, as a line of evidence, under
    the finding about that (`with_staff`); empty elsewhere."""
    placement: str = ""
    """The inventory's support out in the operations in the functions also run centrally,
    as a line of evidence under the finding about the support they keep themselves
    (`with_placement`); empty elsewhere."""
    unrated: tuple[Bullet, ...] = ()
    """Lines left off the slide as the providers' own survey answers about a function they
    run (`Providers.without_own`): for the notes."""
    uncounted: tuple[str, ...] = ()
    """The statements of the finding left out of its count as the providers' own survey
    answers about a function they run (`Providers.counted`): for the notes."""
    dated: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Per line that dates something, where another source dates it otherwise
    (`with_dates_checked`): for the notes, for the consultant to check."""
    heard: str = ""
    """Where it is heard most widely, in words (`heard_in`): "merparten av intervjuerna",
    "tre av tio intervjuer"; empty where no two sources of a kind say it."""
    related: Related | None = None
    """The other findings on what it is about, listed under its evidence: the chefs'
    conditions under how many staff they lead (`with_staff`), what else is said of the
    support function the survey points it out for (`with_related`); None elsewhere."""
    asked: tuple[str, ...] = ()
    """The questions its statements from interviews and groups answer (the survey's are
    the same for every answer): what it is about where its headline names no support
    function (`with_related`)."""
    spread: Mapping[str, object] = field(default_factory=dict)
    """Its breadth as its finding stores it (`Breadth.record`), for a count made again
    against the same sources (`with_staff`)."""
    alike: tuple[frozenset[str], ...] = ()
    """Its survey respondents that answer in the same words, in groups
    (`alike_respondents`): each group is one voice (`voices`)."""

    @property
    def voices(self) -> int:
        """How many voices its sources are, respondents answering in the same words one
        (`synth.synthesis.describe.voices`): what a slide of its own asks for."""
        return voices(self.source_ids, self.alike)

    @property
    def reach(self) -> str:
        """The breadth in short, for lists: "7/12 intervjuer · 31 enkätsvar"."""
        return reach_text(self.counts)

    @property
    def survey(self) -> str:
        """The survey's figure for the function, as a line of evidence
        (`synth.deck.survey_evidence`); empty when the headline names none."""
        return survey_line(self.rating) if self.rating is not None else ""

    @property
    def rated(self) -> FunctionScore | None:
        """The chefs' rating of its function where that placed it on a slide (`anchored`);
        None otherwise."""
        return self.rating if self.anchored else None

    @property
    def claimed(self) -> bool:
        """Whether its headline says something: not the list of what its statements are
        about that drafting falls back on ("Uttalandena rör …"), which is no finding to
        put before a client unless the consultant placed it."""
        return not topic_only(self.headline, self.theme_id)

    @property
    def items_shown(self) -> int:
        """How many things its slide shows under the headline: lines of evidence that say
        it (not those said against it), quotes, and the survey's, the inventory's and the
        staff figures."""
        lines = sum(1 for b in self.bullets if b.shown and b.own)
        figures = (self.survey, self.inventory, self.placement, self.staff)
        return lines + len(self.quotes) + sum(1 for f in figures if f)

    @property
    def evidenced(self) -> bool:
        """Whether anything stands under its headline: a quote or a bullet shown. One
        without is no finding to show a client on a slide of its own; the appendix lists
        it, so that no included theme leaves the deck unsaid."""
        return bool(self.quotes) or any(b.shown and b.own for b in self.bullets)


@dataclass(frozen=True)
class Recommendation:
    text: str
    answers: tuple[str, ...]
    """Theme ids of the observations the recommendation answers."""
    statement_ids: tuple[str, ...] = ()
    source_ids: tuple[str, ...] = ()
    supported: bool = True
    reason: str = ""
    id: str = ""
    edited: bool = False
    """The consultant wrote or changed it: it stands on the slide as they left it."""
    consequence: str = ""
    """What following it takes, where the material tells (`staff_cost`), as a line under
    it; empty elsewhere."""


@dataclass(frozen=True)
class Fieldwork:
    """How the engagement was carried out, counted from the store."""

    interviews: int
    """Interviews, with any group interview told as one (`told_as_interviews`)."""
    group_interviews: int
    workshops: int
    survey_responses: int
    survey_recipients: int | None
    statements: int
    interview_dates: tuple[dt.date, dt.date] | None = None
    """The first and the last interview or group interview, from the interview log."""
    survey_dates: tuple[dt.date, dt.date] | None = None
    """The first and the last day a survey respondent answered, where the export says
    (`survey.answered`)."""
    rates: tuple[ResponseRate, ...] = ()
    """Per sector of a collected survey form: sent and answered (`synth survey collect`)."""
    told_as_interviews: int = 0
    """Group interviews counted among the interviews: so few that the deck tells them as
    interviews (`RoleGroups.told_types`), so that the few who took part are not pointed at."""
    group_kinds: tuple[str, ...] = ()
    """The kinds of source among `group_interviews` ("fokusgrupp"): by them it is named."""
    interviewed: tuple[tuple[str, int], ...] = ()
    """The roles of those interviewed (a group interview told as one among them), each
    with how many held it, in the order of the sources."""
    interviewed_in: tuple[tuple[str | None, int], ...] = ()
    """The interviews (as `interviews` counts them) per sector of their source, None for
    one without: how many were with the central administration that runs the support
    (blind review 125: "the reader needs to know that 5 of the 10 interviews are with the
    support functions themselves")."""
    grouped: tuple[str, ...] = ()
    """The roles taking part in the group interviews and focus groups, each once."""
    recipients_file: str = ""
    """The recipient list `survey_recipients` counts (`ingest.recipients`), for the notes:
    blind reviews 143-145 found "180 tillfrågade" nowhere in the material they had."""
    interview_log: str = ""
    """The interview log the interview dates come from (`ingest.interview_log`)."""

    @property
    def response_rate(self) -> float | None:
        if not self.survey_recipients:
            return None
        return self.survey_responses / self.survey_recipients


@dataclass(frozen=True)
class DeckContent:
    client: str
    commission: str
    date: dt.date
    fieldwork: Fieldwork
    observations: tuple[Observation, ...]
    """Included themes, the consultant's order first, then the most widely heard."""
    charts: tuple[LikertChart, ...] = ()
    """Survey charts of survey exports (the older, unsorted per-sector charts), in slide order."""
    surveys: tuple[SurveyResults, ...] = ()
    """Results of the survey forms collected as workbooks (`synth.survey.results`)."""
    staff: StaffTable | None = None
    """How many people the chefs of a survey export lead, where it asks (`survey.staff`)."""
    development: tuple[Figure, ...] = ()
    """The figures the material gives of the development situation, each an evidence line
    with its statement's id (`synth.draft.context.development_figures`)."""
    assessment: tuple[AssessmentPoint, ...] = ()
    """The drafted assessment (bedömning), point by point; empty without drafts."""
    recommendations: tuple[Recommendation, ...] = ()
    resources: ResourceTable | None = None
    """The support-resource inventory, when any unit has answered it."""
    anonymity_threshold: int = 5
    reviewed: bool = False
    """Whether the consultants have imported an edited themes workbook (a curation record)."""
    themed: bool = True
    """Whether the store has themes at all; without, the deck is the survey and inventory."""
    featured: int = 12
    """How many findings get a slide of their own (`[deck] findings`); the rest are listed
    in an appendix. A report carries about a dozen findings, weightiest first."""
    unthemed: int = 0
    """Statements that fit no theme (Övrigt): the method slide says how many."""
    repeated_wordings: int = 0
    """Survey sentences that stand word for word in several respondents' answers
    (`synth.synthesis.describe.repeated_wordings`): the method slide says how many."""
    unlisted: tuple[UnlistedSupport, ...] = ()
    """Support the material says a sector keeps that its inventory answers leave out
    (`synth.deck.resources.unlisted_support`): the next steps ask for it."""

    @property
    def figures_shown(self) -> tuple[Figure, ...]:
        """The development figures the appendix shows: not one another source gives
        otherwise (`Figure.differs`), which stays in the notes."""
        return tuple(figure for figure in self.development if not figure.differs)

    @property
    def main_findings(self) -> tuple[Observation, ...]:
        """The findings with a slide of their own, `featured` in all: every one the
        consultant placed and every one the survey points out (`Observation.anchored`),
        then the most widely heard that several sources say, with a line of evidence under
        the headline, or that the assessment rests on, those with `LEAST_SHOWN` things to
        show before the others; and beyond them every other one the assessment rests
        on."""
        cited = {t for point in self.assessment if point.supported for t in point.theme_ids}

        def fixed(observation: Observation) -> bool:
            return observation.ordered or observation.anchored

        def placed(observation: Observation) -> bool:
            return fixed(observation) or observation.theme_id in cited

        candidates = [o for o in self.observations if o.evidenced and (o.claimed or placed(o))]
        # a slide whose headline stands on one quote alone illustrates, it does not show
        # what was heard ("Man blir ensam som chef" over a quote that an HR consultant has
        # too many managers, the fifth review): the appendix lists it; so does a finding
        # one source alone says, however few others there are: an anecdote is no finding
        # to put before a client (the last review: choose slides by "support from several
        # sources")
        eligible = [
            o
            for o in candidates
            if not placed(o)
            and not o.undrafted
            and o.voices >= SEVERAL_SOURCES
            and any(b.shown and b.own for b in o.bullets)
        ]
        chosen = {id(o) for o in candidates if fixed(o)}
        # the consultant's placed findings count against the dozen; one the survey points
        # out takes a place only where it is among the most widely heard, and comes beside
        # them otherwise, as the method slide says ("de 12 som hörts mest spritt eller som
        # chefsenkäten pekar ut"): the chefs' many staff and IT in the schools had pushed
        # "Det är för många mål", heard in six interviews, into the appendix
        room = max(self.featured - sum(o.ordered for o in candidates), 0)
        # the assessment's findings count against the dozen where they are among the most
        # widely heard, and a lighter one it rests on comes beside them, not in place of a
        # weightier: "Controllerna gör ett bra jobb", the structures' strength in the
        # assessment, took the last place while "Det är för många mål", said in five of
        # nine interviews, stood in the appendix (blind reviews 56-58)
        # what may take a place by breadth: the eligible and the assessment's own
        selectable = {id(o) for o in eligible} | {id(o) for o in candidates if o.theme_id in cited}
        # and one with little to show under its headline only where room is left after
        # those with more: payroll's two lines, both "lönekontoret är pålitligt", took the
        # slide of a wish heard more widely (blind review 107: "an empty slide"); on an
        # engagement whose findings all show two lines, they still fill the slides
        thin = {
            id(o)
            for o in candidates
            if o.items_shown < LEAST_SHOWN and o.theme_id not in cited and not fixed(o)
        }
        # a finding of wishes that a recommendation answers together with a weightier
        # finding of wishes says again what that slide and that recommendation say: "Det
        # finns önskemål om en tjänstekatalog" beside "Det finns önskemål om en väg in",
        # both answered by "Inför en väg in för allt stöd, med en tjänstekatalog …", while
        # "Det är för många mål", heard in six interviews, stood in the appendix (blind
        # review 123). The recommendation names it; the slide it would have had beside the
        # dozen goes to the next most widely heard
        repeated = _said_again(
            [o for o in candidates if fixed(o) or id(o) in selectable], self.recommendations, fixed
        )
        selectable -= repeated
        room += sum(1 for o in candidates if id(o) in repeated and o.theme_id in cited)
        turns = [(o, False) for o in candidates] + [(o, True) for o in candidates if id(o) in thin]
        for observation, later in turns:
            if id(observation) in chosen and not observation.ordered and room > 0:
                room -= 1
            if id(observation) in chosen or id(observation) in repeated:
                continue
            if id(observation) not in selectable:
                continue
            if id(observation) in thin and not later:
                continue
            # a wish about what a weakness already on a slide is about says it again ("Det
            # finns önskemål om hjälp med digitalisering" beside "Det finns ingen gemensam
            # prioritering av vad som ska digitaliseras", a blind review): the
            # recommendation answering both says it once. On a slide already, or to come:
            # the assessment's findings all have one, and the wish heard more widely than
            # the weakness had taken the last place before it ("Det är för många mål", six
            # interviews, went to the appendix)
            if not placed(observation) and _wish_of(
                observation, [o for o in candidates if id(o) in chosen or placed(o)]
            ):
                continue
            if room > 0:
                chosen.add(id(observation))
                room -= 1
            elif observation.theme_id in cited:
                chosen.add(id(observation))
        # each perspective is a section of the report: one left with a single finding on
        # a slide, or none, gets the weightiest of its others as well, up to
        # `EACH_PERSPECTIVE`, beside the `featured` (the development situation had one
        # slide while "Det är svårt att rekrytera behöriga lärare", from two interviews,
        # a focus group and two survey answers, stood in the appendix)
        for perspective in PERSPECTIVES:
            have = sum(o.perspective == perspective for o in candidates if id(o) in chosen)
            # a place beside the dozen only for a finding whose slide shows several sources
            # saying what its headline says: "Budgeten kommer för sent och ändras flera
            # gånger under året", one survey answer's claim, took the development
            # situation's second slide over lines about the budget's size and the reports
            # (blind review 82)
            said = [o for o in eligible if o.perspective == perspective and _shows_its_claim(o)]
            for observation in said:
                if have >= EACH_PERSPECTIVE:
                    break
                shown = [o for o in candidates if id(o) in chosen]
                if id(observation) not in chosen and not _wish_of(observation, shown):
                    chosen.add(id(observation))
                    have += 1
        return tuple(o for o in candidates if id(o) in chosen)

    @property
    def other_findings(self) -> tuple[Observation, ...]:
        """The findings listed in the appendix only."""
        main = {o.theme_id for o in self.main_findings}
        return tuple(o for o in self.observations if o.theme_id not in main)


def _shows_its_claim(observation: Observation) -> bool:
    """Whether the lines and quotes on a finding's slide that say what its headline says
    of its subject (name the subject and half the words of its claim, `headline_claim`)
    rest on `SEVERAL_SOURCES`; a headline without a subject or a claim to look for, or
    lines that do not know their sources, pass."""
    subject = headline_subject(observation.headline)
    claim = headline_claim(observation.headline, subject)
    # lines that do not know their sources (a theme's own, undrafted) cannot be counted
    if not subject or not claim or not any(b.source_ids for b in observation.bullets):
        return True
    said = [(b.text, b.source_ids) for b in observation.bullets if b.shown and b.own] + [
        (q.text, (q.source_id,)) for q in observation.quotes
    ]
    # half the claim's words at least: "Politiska uppdrag kommer utan resurser och utan
    # tidplan" is not said by "vi har fått fler uppdrag men inte mer resurser" (blind
    # review 83)
    enough = (len(claim) + 1) // 2
    sources = {
        source
        for text, ids in said
        if names_subject(text, subject) and sum(names_stem(text, {c}) for c in claim) >= enough
        for source in ids
    }
    return voices(sources, observation.alike) >= SEVERAL_SOURCES


def _said_again(
    candidates: Sequence[Observation],
    recommendations: Sequence[Recommendation],
    fixed: Callable[[Observation], bool],
) -> set[int]:
    """The findings of wishes among `candidates` (by `id`) that a recommendation answers
    together with a finding of wishes listed before them (`candidates`: those that may
    take a slide, the widest heard first); none the consultant or the survey placed
    (`fixed`)."""
    wishes = [o for o in candidates if o.polarity == "förslag"]
    rank = {o.theme_id: k for k, o in enumerate(wishes)}
    repeated: set[int] = set()
    for observation in wishes:
        if fixed(observation):
            continue
        own = rank[observation.theme_id]
        if any(
            observation.theme_id in r.answers and any(rank.get(t, own) < own for t in r.answers)
            for r in recommendations
            if r.supported
        ):
            repeated.add(id(observation))
    return repeated


def _wish_of(observation: Observation, shown: Sequence[Observation]) -> bool:
    """Whether a finding of wishes is about what a weakness among `shown` is about
    (`subject_within`)."""
    if observation.polarity != "förslag":
        return False
    # what it asks for, where that is not all it names ("en digitaliseringsplan" of "…
    # för hela kommunen", `headline_head`)
    wanted = headline_head(observation.headline) or headline_subject(observation.headline)
    return any(
        o.polarity == "svaghet" and subject_within(wanted, headline_subject(o.headline))
        for o in shown
    )


def fieldwork(
    sources_by_type: Mapping[str, int],
    statements: int,
    recipients: int | None,
    sources: Sequence[Source] = (),
    rates: tuple[ResponseRate, ...] = (),
    told: Mapping[SourceType, SourceType] | None = None,
) -> Fieldwork:
    """The counts of `Store.status()` grouped as the deck reports them, a kind of group
    `told` as interviews (`RoleGroups.told_types`) counted among them, as the breadth
    counts it; of the `sources`, the interview dates, the roles interviewed and the
    sectors the interviews were held in, and the roles taking part in the groups."""
    dates = sorted(s.date for s in sources if s.type.is_interview and s.date is not None)
    answered = sorted(s.date for s in sources if s.type == SourceType.ENKAT and s.date)
    told = told or {}
    # who was interviewed, in the order of the sources
    spoken = sorted((s for s in sources if s.type.is_interview), key=lambda s: s.id)
    interviewed: Counter[str] = Counter()
    interviewed_in: Counter[str | None] = Counter()
    grouped: dict[str, None] = {}
    for source in spoken:
        if told.get(source.type, source.type) == SourceType.INTERVJU:
            interviewed.update(" ".join(role.split()) for role in source.roles if role.strip())
            interviewed_in[source.sector] += 1
        elif told.get(source.type, source.type) in {
            SourceType.GRUPPINTERVJU,
            SourceType.FOKUSGRUPP,
        }:
            grouped.update((" ".join(role.split()), None) for role in source.roles if role.strip())

    known = {kind.value: kind for kind in SourceType}

    def count(*kinds: SourceType) -> int:
        return sum(
            int(n)
            for value, n in sources_by_type.items()
            if (kind := known.get(value)) is not None and told.get(kind, kind) in kinds
        )

    return Fieldwork(
        interviews=count(SourceType.INTERVJU),
        group_interviews=count(SourceType.GRUPPINTERVJU, SourceType.FOKUSGRUPP),
        told_as_interviews=sum(
            int(n) for value, n in sources_by_type.items() if known.get(value) in told
        ),
        group_kinds=tuple(
            sorted(
                {
                    told.get(kind, kind).value
                    for value, n in sources_by_type.items()
                    if int(n)
                    and (kind := known.get(value)) is not None
                    and told.get(kind, kind) in {SourceType.GRUPPINTERVJU, SourceType.FOKUSGRUPP}
                }
            )
        ),
        workshops=count(SourceType.WORKSHOP),
        survey_responses=count(SourceType.ENKAT),
        survey_recipients=recipients,
        statements=statements,
        interview_dates=(dates[0], dates[-1]) if dates else None,
        survey_dates=(answered[0], answered[-1]) if answered else None,
        rates=rates,
        interviewed=tuple(interviewed.items()),
        interviewed_in=tuple(interviewed_in.items()),
        grouped=tuple(grouped),
    )


def leaning(polarity: Mapping[str, int]) -> str | None:
    """styrka or svaghet, whichever of the two the theme's statements say more often."""
    strong, weak = polarity.get("styrka", 0), polarity.get("svaghet", 0)
    if strong == weak:
        return None
    return "styrka" if strong > weak else "svaghet"


def presentable(theme: Theme) -> bool:
    """Whether a theme appears in the deck: included, active, placed in a perspective."""
    return (
        theme.include
        and theme.status == "active"
        and theme.id != OTHER
        and theme.merged_into is None
        and theme.size > 0
        and theme.perspective in PERSPECTIVES
    )


@dataclass(frozen=True)
class Providers:
    """The group of respondents that runs the support functions the survey rates, and
    those functions: the central administration, whose ratings the survey's figures
    leave out (`synth.deck.survey.LikertChart.without`)."""

    group: str
    functions: tuple[str, ...]

    def judging(
        self,
        headline: str,
        quoted: Iterable[str],
        statements: Mapping[str, Statement],
        groups: RoleGroups,
    ) -> frozenset[str]:
        """Of the statements `quoted`, those of the group's own members that may not be
        quoted under `headline`: all of them where it names a function the group runs
        (`headline_function`), as a head of function in the central administration
        criticising a colleague's function is a provider's view, which the survey's figure
        beside it leaves out for the same reason ("– avdelningschef" under "Det är svårt
        att få hjälp från kommunikation" was one of the communication head's peers, blind
        review 136); elsewhere, those whose label would not name the group (`RoleGroups
        .attribute`): a provider's words under "– avdelningschef" read as a recipient's
        (blind review 137: "one population rule, applied to ratings and free text alike,
        or the exception stated")."""
        if not self.group:
            return frozenset()
        group = _sector_key(self.group)
        about_function = self._about(headline)
        return frozenset(
            sid
            for sid in quoted
            if (st := statements.get(sid)) is not None
            and self._member(st)
            and (about_function or group not in groups.attribute(st)[0].casefold())
        )

    def _about(self, headline: str) -> bool:
        """Whether a finding's headline names a function the group runs."""
        return headline_function(headline, self.functions) is not None

    def _own_only(self, statement_ids: Sequence[str], statements: Mapping[str, Statement]) -> bool:
        """Whether a line rests on the group's own survey answers alone."""
        return bool(statement_ids) and all(
            self._answer(statements.get(sid)) for sid in statement_ids
        )

    def _member(self, statement: Statement) -> bool:
        """Whether a statement's source is of the group."""
        return _sector_key(statement.sector or "") == _sector_key(self.group)

    def _answer(self, statement: Statement | None) -> bool:
        """Whether a statement is a survey answer of the group's."""
        return (
            statement is not None
            and statement.source_type is SourceType.ENKAT
            and self._member(statement)
        )

    def counted(
        self,
        theme: Theme,
        headline: str,
        bullets: Sequence[DraftBullet],
        statements: Mapping[str, Statement],
    ) -> Theme:
        """A finding about a function the group runs as far as it rests on others than the
        group's own survey answers: its breadth, weight and statements (`narrowed`). Its
        lines and the survey's figure beside it leave those answers out
        (`without_own`), so its count of answers does too: "25 enkätsvar" under "HR-stödet
        är bra" counted the central administration's own (blind review 150: "one evidence
        rule everywhere"). An answer that a line shown with others' cites stays counted,
        as the line tells it ("I två enkätsvar med samma ordalydelse …"). As it is where
        nothing else is left."""
        if not self.group or not self._about(headline):
            return theme
        shown = {
            sid
            for b in bullets
            if not self._own_only(b.statement_ids, statements)
            for sid in b.statement_ids
        }
        left = {
            sid
            for sid in theme.statement_ids
            if sid not in shown and self._answer(statements.get(sid))
        }
        kept = [sid for sid in theme.statement_ids if sid not in left]
        if not kept or not left:
            return theme
        # its quotes as they were, but for those left out (`judging` keeps the group's
        # from a finding about its function anyway)
        quotes = tuple(q for q in theme.quotes if q not in left)
        return replace(narrowed(theme, kept, statements), quotes=quotes)

    def without_own(
        self, headline: str, bullets: Sequence[Bullet], statements: Mapping[str, Statement]
    ) -> tuple[tuple[Bullet, ...], tuple[Bullet, ...]]:
        """The lines of a finding about a function the group runs, without those that rest
        only on the group's own survey answers, and those left out. The survey's figure
        beside them leaves the group's ratings out; their free text judging the same
        support is a provider's view too (blind review 148: "HR-direkten i telefon är
        bra" under "HR-stödet är bra" was an avdelningschef's in the central
        administration). Interviews are chosen for who they are, and stay. Where every
        line is such, they all stay: the finding is told as it was heard."""
        if not self.group or not self._about(headline):
            return tuple(bullets), ()
        left = tuple(b for b in bullets if self._own_only(b.statement_ids, statements))
        if not left or len(left) == len(bullets):
            return tuple(bullets), ()
        return tuple(b for b in bullets if b not in left), left


def _sector_key(sector: str) -> str:
    return " ".join(sector.split()).casefold()


def observations_from_themes(
    themes: Sequence[Theme],
    statements: Mapping[str, Statement],
    drafts: Drafts | None = None,
    *,
    anonymity_threshold: int = 5,
    providers: Providers | None = None,
) -> tuple[Observation, ...]:
    """One observation per presentable theme with evidence to show: those the consultant
    placed in their order, then the rest by how widely each was heard (`Theme.weight`).
    Each comes from its draft when `drafts` has one, else from the theme's own headline and
    central statements.

    `statements` are all the store's statements: the role groups that decide whether a
    quote may name its role are counted over them (see `RoleGroups`). The `providers` are
    quoted only under their own name, and never about a function they run
    (`Providers.judging`)."""
    groups = RoleGroups.count(statements, anonymity_threshold)
    findings = [
        _finding(theme, draft, statements)
        for theme in themes
        if presentable(theme)
        for draft in _drafted(theme, drafts)
    ]
    # each as far as the providers' own survey answers are not counted in it, and those
    # (`Providers.counted`)
    counted = [
        (
            providers.counted(
                finding, _headline(finding, draft), draft.bullets if draft else (), statements
            )
            if providers is not None
            else finding,
            draft,
            finding.statement_ids,
        )
        for finding, draft in findings
    ]
    drafted = drafts is not None and bool(drafts.themes)
    ranked = sorted(
        counted, key=lambda f: (f[0].order is None, f[0].order or 0, -f[0].weight, f[0].id)
    )
    # a statement quoted or cited under one finding is not quoted under a later one: the
    # report says a thing once, where it weighs most; nor is a survey answer that another
    # chef gave word for word quoted at all (`copied_answers`)
    shown: set[str] = set(copied_answers(statements.values()))
    built = []
    for theme, draft, heard in ranked:
        observation = _observation(
            theme, statements, draft, groups, shown=frozenset(shown), providers=providers
        )
        kept = set(theme.statement_ids)
        observation = replace(observation, uncounted=tuple(s for s in heard if s not in kept))
        if drafted and draft is None and theme.label == theme.auto_label:
            observation = replace(observation, undrafted=True)
        shown |= {q.statement_id for q in observation.quotes}
        # a line naming the other side's finding cites that finding's statements, which
        # its own slide may still quote
        shown |= {sid for b in observation.bullets if b.own for sid in b.statement_ids}
        built.append(observation)
    # a finding with nothing under its headline (every statement repeats it or none reads
    # on its own) gets no slide, but the appendix lists it (`Observation.evidenced`)
    return tuple(built)


def with_survey(
    observations: Sequence[Observation], scores: Sequence[FunctionScore]
) -> tuple[Observation, ...]:
    """The observations, each whose headline names a support function the survey asked
    about with that function's figure (the first question asked about it) as context.

    A rating does not say why ("krånglig och tar alldeles för lång tid"), so it weighs no
    finding; but the function the chefs rate lowest is the survey's first result, and a
    consultant gives the weakness about it a slide of its own, as the strength about the
    function they rate highest (`Observation.anchored`), where the chefs lean that way.
    So does the weakness about any function that most of the chefs who rate it put below
    the middle: IT, 1–2 from 54 % of 145 chefs (79 of them, more than procurement's 67)
    and lowest in Vård och omsorg, was left in the appendix beside procurement's 60 %
    (review 47); and about any that more of them rate below the middle than above it
    beyond chance (`FunctionScore.leans_low`): Kommunikation's 40 % at 1–2 against 25 %
    at 4–5 stood in the appendix, which blind reviews 100 and 101 found a central theme
    buried."""
    first = first_results(scores)
    if not first:
        return tuple(observations)
    lowest = max(first.values(), key=rated_lowest)
    highest = max(first.values(), key=lambda s: (s.high - s.low, s.function))
    anchors = {("svaghet", s.function): s.rated_low for s in first.values()}
    anchors |= {
        ("svaghet", lowest.function): lowest.low > lowest.high,
        ("styrka", highest.function): highest.high > highest.low,
    }
    functions: list[str | None] = []
    given = _headlined(observations, list(first))
    for observation in observations:
        functions.append(function := _function(observation, list(first), given))
        given |= {function} if function is not None else set()
    named = [headline_function(o.headline, list(first)) is not None for o in observations]
    # the weightiest finding about each anchored function (they come weightiest first),
    # one whose headline names it before one whose lines do: under "Sektorn har anställt
    # egna administratörer", whose two lines name IT, IT's rating is context, and "IT-stödet
    # till skolan räcker inte" is the finding about it
    # (one of a single voice too: the chefs' rating points the function out, and the
    # method slide promises it a slide; blind review 134 found lokalförsörjning, rated
    # third lowest, missing where two survey answers in the same words were all its
    # finding had. Its breadth says they are alike)
    chosen: dict[tuple[str, str], int] = {}
    for by_headline in (True, False):
        for index, (observation, function) in enumerate(zip(observations, functions, strict=True)):
            key = (observation.leaning or "", function or "")
            if anchors.get(key) and key not in chosen and named[index] is by_headline:
                chosen[key] = index
    # unless one its evidence and quotes are about is heard at least twice as widely (not
    # one the consultant edited, whose quotes are still its theme's):
    # "Ärendena bollas mellan supporten och leverantören i veckor" (eight sources, its
    # quotes IT's Lifecare and TopDesk stories) before "IT-stödet till skolan räcker inte"
    # (two), which framed the chefs' lowest-but-one rating as the schools' (blind reviews
    # 93 and 95)
    for key, index in list(chosen.items()):
        leaning, function = key
        wider = next(
            (
                k
                for k, o in enumerate(observations)
                if not named[k]
                and not o.edited
                and (o.leaning or "") == leaning
                and _read_function(o, list(first)) == function
                and o.voices >= _WIDER * observations[index].voices
            ),
            None,
        )
        if wider is not None:
            chosen[key] = wider
            functions[wider], functions[index] = function, None
    anchored = set(chosen.values())
    result = []
    for index, (observation, function) in enumerate(zip(observations, functions, strict=True)):
        if function is None:
            result.append(observation)
            continue
        rated = replace(
            observation, rating=_heard_in(first[function], observation), anchored=index in anchored
        )
        if rating_heads(rated) and rated.rating is not None:
            rated = replace(
                rated,
                headline=rated_headline(rated.rating),
                origin=(
                    f"rubrik ur chefsenkätens betyg, i stället för {quoted(rated.headline)}, "
                    f"som en enda röst säger; punkter: {rated.origin}"
                ),
            )
        result.append(rated)
    return tuple(result)


def rating_heads(observation: Observation) -> bool:
    """Whether the chefs' rating heads a finding (`with_survey`, `rated_headline`): a
    weakness the survey points out (`Observation.anchored`) that one voice alone says in
    its own words, under no headline the consultant wrote; the survey is what points it
    out, and those words are a line under it."""
    return (
        observation.anchored
        and observation.rating is not None
        and observation.leaning == "svaghet"
        and observation.voices < SEVERAL_SOURCES
        and not (observation.edited or observation.renamed)
    )


def with_function_said(
    observations: Sequence[Observation],
    statements: Mapping[str, Statement],
    lenses: Mapping[str, LensRecord],
    groups: RoleGroups,
    described: Sequence[tuple[str, str]] = (),
) -> tuple[Observation, ...]:
    """The observations, the one whose headline the chefs' rating is (`rating_heads`) with
    lines of what else the material says against its function, in whatever words
    (`said_of_function`; the function named by its label and by the inventory form's
    description of it, `described`: label -> description). Its own words are one voice;
    under the rating a consultant sets what else was said: "Lokalfrågor fastnar och ingen
    tar ansvar", "besluten fattas ad hoc" (blind reviews 164 and 165). Nothing said on
    another finding's lines or quotes is said again."""
    cited = {
        sid
        for o in observations
        for sid in (
            *(sid for b in o.bullets if b.own for sid in b.statement_ids),
            *(q.statement_id for q in o.quotes),
        )
    }
    descriptions = dict(described)
    result = []
    for observation in observations:
        if not rating_heads(observation) or observation.rating is None:
            result.append(observation)
            continue
        function = observation.rating.function
        inventoried = function_of([function], list(descriptions)) if descriptions else None
        description = descriptions.get(inventoried or "", "")
        room = _ROOM - sum(1 for b in observation.bullets if b.shown)
        said = said_of_function(
            function,
            description,
            list(statements.values()),
            lenses,
            groups,
            cited=cited,
            most=room,
        )
        added = tuple(
            Bullet(
                text=sentence_case(b.text),
                statement_ids=b.statement_ids,
                source_ids=_sources(b.statement_ids, statements),
            )
            for b in said
        )
        if not added:
            result.append(observation)
            continue
        bullets = told_apart(by_role((*observation.bullets, *added), statements, groups))
        # its breadth counts who says what the slide says, the rating's function judged as
        # a whole, as the staff finding's does (`_staff_counted`): "Nämns i 2 enkätsvar"
        # under five answers' lines reads as a miscount. Its sources stay the finding's,
        # the one voice that makes the rating its headline
        told = [
            statements[sid]
            for b in bullets
            if b.own and b.shown
            for sid in b.statement_ids
            if sid in statements
        ]
        said_also = replace(
            observation,
            bullets=bullets,
            origin=f"{observation.origin}; därtill vad som i övrigt sägs om {function}",
        )
        record = counted_as(observation.spread, told) if observation.spread else {}
        text = str(record.get("text", ""))
        if text:
            said_also = replace(
                said_also,
                breadth=text[:1].upper() + text[1:],
                counts=reach_counts(record),
                heard=(heard_in(record) or "").removeprefix("i "),
                spread=record,
            )
        result.append(said_also)
    return tuple(result)


_ROOM = 4
"""The most lines of the material a slide the chefs' rating heads shows, beside the
rating's and the inventory's: with them and the other findings on its function listed, a
slide at the body's least readable size."""


_WIDER = 2
"""How many times as many sources a finding whose evidence is about a function must have
to stand for it before one whose headline names it."""


def _read_function(observation: Observation, functions: Sequence[str]) -> str | None:
    """The function a finding's lines and quotes are about (`lines_function`)."""
    evidence = [*(b.text for b in observation.bullets), *(q.text for q in observation.quotes)]
    return lines_function(evidence, functions)


def _heard_in(score: FunctionScore, observation: Observation) -> FunctionScore:
    """The function's figure as it belongs under the finding: the sector that rates it
    markedly lower (`FunctionScore.lowest_group`) only where the finding was heard there.
    Vård och omsorg's 74 % for IT was "a non-sequitur" under "IT-stödet till skolan räcker
    inte", heard in Barn och utbildning (review 53). A finding heard in one sector alone
    has that sector's figure beside all chefs' (`FunctionScore.heard_group`)."""
    alone = observation.sectors[0].casefold() if len(observation.sectors) == 1 else None
    heard = next((g for g in score.groups if g.group.casefold() == alone), None)
    if heard is not None:
        return replace(score, lowest_group=None, heard_group=heard)
    apart = score.lowest_group
    if apart is None or apart.group.casefold() in {s.casefold() for s in observation.sectors}:
        return score
    return replace(score, lowest_group=None)


def with_inventory(
    observations: Sequence[Observation], table: ResourceTable | None
) -> tuple[Observation, ...]:
    """The observations, each whose headline names a support function of the inventory
    with how many årsarbetare that function has and where they sit: under "Upphandling är
    krånglig och tar alldeles för lång tid" the reader sees that a whole municipality's
    procurement is 3,4 åa. Like the survey's rating it says nothing of why, so it weighs
    no finding."""
    if table is None or not table.rows:
        return tuple(observations)
    functions = [r.function for r in table.rows]
    # the finding the survey's rating of a function stands under (`with_survey`) has that
    # function's figure too, whatever another's headline names: the IT figure stood under
    # "IT-stödet till skolan räcker inte" in the appendix, not under the IT finding
    rated = {
        id(o): found
        for o in observations
        if o.anchored
        and o.rating is not None
        and (found := function_of([o.rating.function], functions)) is not None
    }
    result = []
    given = _headlined(observations, functions) | set(rated.values())
    for observation in observations:
        function = rated.get(id(observation)) or _function(observation, functions, given)
        if id(observation) not in rated and function in rated.values():
            function = None
        given |= {function} if function is not None else set()
        line = inventory_line(table, function) if function is not None else ""
        if not line and observation.anchored and observation.rating is not None:
            # the function the chefs rate, which no one inventoried reports any åa of: said,
            # not left for the reader to wonder at (blind review 118: lokalförsörjning had
            # a slide of its own, and the inventory's silence on it went unsaid)
            line = inventory_line(table, function or observation.rating.function, said_if_none=True)
        result.append(replace(observation, inventory=line) if line else observation)
    return tuple(result)


def with_staff(
    observations: Sequence[Observation],
    table: StaffTable | None,
    statements: Mapping[str, Statement] | None = None,
    employees: Mapping[str, float] | None = None,
) -> tuple[Observation, ...]:
    """The observations, the weightiest about how many staff the chefs lead (its headline
    names the chefs, or a role of the survey's respondents, and their `STAFF_NOUN`) with
    the staff table's figure as a line of evidence: the interviews' "Många enhetschefer i
    äldreomsorgen har 40, 50 medarbetare" and the survey's 68 % of the rektorer leading
    40 or more are one finding from two sources, which review 49 found missing from the
    slides. Where most chefs of a group lead that many, and lines of the finding's own
    stand under its headline (`Observation.evidenced`), it has a slide of its own
    (`Observation.anchored`), as the weakness about the lowest-rated function does: the
    figure alone under an interview's headline is the staff table again, less well. Not a
    strength or a wish: the figure is no evidence that something works, nor a proposal.
    Where a group's staff come to more than its sector's `employees` in the inventory, the
    line says so (`staff_overcount`)."""
    line = staff_line(table) if table is not None else None
    if table is None or line is None:
        return tuple(observations)
    overcount = staff_overcount(table, employees or {})
    roles = {r.role.casefold() for r in table.rows if r.role}
    heavy = any(r.at_least[-1] > MAJORITY for r in table.rows[1:])
    result = list(observations)
    for index, observation in enumerate(result):
        if observation.polarity not in {"styrka", "förslag"} and _about_staff(
            observation.headline, roles
        ):
            anchored = observation.anchored or (heavy and observation.evidenced)
            others = [o for o in result if o is not observation]
            told = _chefs_conditions(others, roles)
            # the survey's claim heads it where the interviews' names a group the
            # survey shows less burdened; never over the consultant's own headline
            claim = (
                None
                if observation.edited or observation.renamed
                # (not of a group whose count the inventory puts in doubt)
                else staff_headline(staff_trusted(table, employees or {}), observation.headline)
            )
            counted = (
                _staff_counted(observation, statements, [r.role for r in table.rows if r.role])
                if claim and statements
                else observation
            )
            result[index] = replace(
                counted,
                headline=claim or observation.headline,
                origin=(
                    f"rubrik ur chefsenkätens antal medarbetare per chef, i stället för "
                    f"{quoted(observation.headline)}"
                    + (
                        f"; bredden räknad på de uttalanden som anger att en chef leder "
                        f"{STAFF_MARKS[-1]} {STAFF_NOUN} eller fler"
                        if counted is not observation
                        else ""
                    )
                    + f"; punkter: {observation.origin}"
                    if claim
                    else observation.origin
                ),
                # under the survey's claim, what it does not say already
                staff=f"{(staff_detail(table) if claim else None) or line}."
                + (f" {overcount}." if overcount else ""),
                anchored=anchored,
                related=Related(_CONDITIONS_ABOUT, _CHEFS_WHY, told) if told else None,
            )
            break
    return tuple(result)


def with_staff_remedy(
    recommendations: Sequence[Recommendation],
    observations: Sequence[Observation],
    table: StaffTable | None,
    statements: Mapping[str, Statement] | None = None,
    employees: Mapping[str, float] | None = None,
) -> tuple[Recommendation, ...]:
    """The recommendations, one drafted from a wish for fewer staff per chef
    (`asks_fewer_staff`: "Verka för mindre personalgrupper") that answers the finding about
    how many staff the chefs lead first told as the norm that finding calls for
    (`staff_remedy`), resting on every statement of `statements` that asks for fewer staff
    per chef, in whatever words: blind review 141 found it traced to three survey answers
    in the same words, one voice, where the focus groups' "Färre medarbetare per chef. Max
    trettio." and "Färre personer per chef" asked for it too. Not the consultant's own,
    nor one asking for anything else of that finding ("Inför en administratör …"). What it
    takes is told with what makes the count doubtful (`staff_overcount`, of the sectors'
    `employees`)."""
    staffed = next((o.theme_id for o in observations if o.staff and o.anchored), None)
    # begun with the groups whose count the inventory does not put in doubt, as the
    # headline names them (blind review 162: the norm began with Vård och omsorg's
    # enhetschefer, whose count the deck itself doubts)
    trusted = staff_trusted(table, employees or {}) if table is not None else None
    called = staff_remedy(trusted) if trusted is not None and staffed is not None else None
    if called is None or table is None or trusted is None:
        return tuple(recommendations)
    wishes = {o.theme_id: o.headline for o in observations if o.polarity == "förslag"}
    asking = [st for st in (statements or {}).values() if asks_fewer_staff(st.text)]
    # what it takes, counted on those who answered (`staff_cost`), at the figure those who
    # ask name where they name one ("Max trettio"; blind review 143: the 30 had no source)
    named = [(st, n) for st in asking if (n := staff_ceiling(st.text)) is not None]
    # counted on the same groups
    cost = staff_cost(trusted) or ""
    if named:
        ceilings = Counter(n for _, n in named)
        most = min(n for n, k in ceilings.items() if k == max(ceilings.values()))
        # one voice a source: a focus group saying it twice is one that proposes it
        naming = {st.source_id: st.source_type for st, n in named if n == most}
        whose = f"som föreslås {lower_first(attributed(list(naming.values())))}"
        cost = staff_cost(trusted, most, whose) or ""
    overcount = staff_overcount(table, employees or {}, uncounted=True)
    if cost and overcount:
        cost = f"{cost}. {overcount}"
    return tuple(
        # the wish it said in so many words is what the norm stands for now: not a
        # finding of its own that the norm answers ("… önskemål om mindre personalgrupper")
        replace(
            r,
            text=called,
            answers=tuple(
                t for t in r.answers if not (t in wishes and restates(r.text, wishes[t]))
            ),
            statement_ids=tuple(dict.fromkeys([*r.statement_ids, *(st.id for st in asking)])),
            source_ids=tuple(dict.fromkeys([*r.source_ids, *(st.source_id for st in asking)])),
            consequence=cost,
        )
        if not r.edited and r.answers[:1] == (staffed,) and asks_fewer_staff(r.text)
        else r
        for r in recommendations
    )


def restates(text: str, headline: str) -> bool:
    """Whether a recommendation's `text` says a wish finding's whole wish word for word
    ("Inför en tydlig lokalförsörjningsprocess med en kontaktperson" of "Det finns önskemål
    om en tydlig lokalförsörjningsprocess med en kontaktperson")."""
    asked = wished(headline)
    return bool(asked) and f" {wording(str(asked))} " in f" {wording(text)} "


def _staff_counted(
    observation: Observation, statements: Mapping[str, Statement], roles: Sequence[str]
) -> Observation:
    """The staff finding heard where what its survey headline claims is said: by the
    statements that tell a chef leading `STAFF_MARKS`' most or more (`says_staff_count`),
    counted against the same sources as its breadth was. Its breadth had counted those
    who said the interview headline it replaced: "4 av 10 intervjuer och 1 av 2" under
    "Många rektorer och …", where the rektorer's focus group tells of 62 and 50 staff
    each (blind review 115: "wrong group count, wrong interview set"). As it was where
    fewer than two sources say it."""
    members = [st for st in statements.values() if says_staff_count(st.text, roles)]
    if len({m.source_id for m in members}) < 2 or not observation.spread:
        return observation
    record = counted_as(observation.spread, members)
    text = str(record.get("text", ""))
    return replace(
        observation,
        breadth=text[:1].upper() + text[1:],
        counts=reach_counts(record),
        heard=(heard_in(record) or "").removeprefix("i "),
        statement_ids=tuple(m.id for m in members),
        source_ids=tuple(sorted({m.source_id for m in members})),
        sectors=heard_sectors(members),
        weight=breadth_weight(record),
        spread=record,
        alike=alike_respondents(members),
    )


_RELATED_MOST = 3
"""The most other weaknesses (or strengths) a finding's list of related findings names,
besides the wish."""
_CONDITIONS_ABOUT = "chefernas villkor"
_CHEFS_WHY = 'vars rubrik nämner cheferna, eller säger "man" i samma tema som en sådan'
_CHEFS_MOST = 4
"""The most weaknesses the chefs' conditions list: their span, loneliness, not being
listened to, turnover and the admin that lands on them are one story (blind reviews
112-114), the widest told first."""


def _chefs_conditions(
    observations: Sequence[Observation], roles: set[str]
) -> tuple[tuple[str, str, str], ...]:
    """The weaknesses whose headlines name the chefs (`_names_chef`), the most widely heard
    first, and the wish naming them heard most widely, each as its headline and its
    breadth in short, to stand under the finding about how many staff they lead; with
    their ids. Span of control, loneliness, turnover and the admin that lands on them are
    one story of the first-line chefs' conditions; the four blind reviews of stop 52 found
    them scattered over the appendix, each too thin for a slide of its own. Told as a list
    of the findings' own headlines, as the appendix names them: in one sentence they made
    a paragraph of sixty words (blind review 103), and a headline of two clauses inside
    it, in quotation marks, read as a two-person interview's quote (review 101). Empty
    where no weakness names them.

    Nor a claim of a generic "man" beside one that names them in the same theme: "Man
    blir inte lyssnad på" stood in the appendix beside "Man blir ensam som chef", the
    first-line chefs' complaint that blind reviews 112-114 found missing from the slides."""
    naming = [o for o in observations if _names_chef(o.headline, roles)]
    themes = {finding_theme(o.theme_id) for o in naming}
    generic = [
        o
        for o in observations
        if o not in naming
        and finding_theme(o.theme_id) in themes
        and subject_words(o.headline) == ("man",)
    ]
    return _listed([*naming, *generic], "svaghet", least=1, most=_CHEFS_MOST)


def _listed(
    observations: Sequence[Observation],
    polarity: str,
    *,
    least: int,
    most: int = _RELATED_MOST,
    first: Collection[str] = (),
) -> tuple[tuple[str, str, str], ...]:
    """Of `observations`, those whose polarity is `polarity`, those of ids `first` and
    then the most widely heard first (up to `most`), and the wish heard most widely, as
    their ids, headlines and breadths in short; empty where fewer than `least` are of that
    polarity."""
    said = sorted(
        (o for o in observations if o.claimed and not o.undrafted),
        key=lambda o: (o.theme_id not in first, -o.weight, o.theme_id),
    )
    about = [o for o in said if o.polarity == polarity][:most]
    # and the wish heard most widely: what is asked for to ease it
    asked = next((o for o in said if o.polarity == "förslag" and wished(o.headline)), None)
    listed = [*about, *([asked] if asked is not None else [])]
    if len(about) < least or not listed:
        return ()
    return tuple((o.theme_id, o.headline, o.reach) for o in listed)


def with_related(observations: Sequence[Observation]) -> tuple[Observation, ...]:
    """The observations, each that the survey points out for a support function
    (`Observation.anchored` with its `rating`) with the other findings about that
    function (`_about_function`), of its own polarity, and the wish about it heard most
    widely (`Related`). "Det är oklart vem som bestämmer inom lokalförsörjning", two
    survey answers under the chefs' third-lowest rating, had a slide of one line while
    the wish for "en tydlig lokalförsörjningsprocess med en kontaktperson", three
    answers, stood in the appendix; IT's slide said nothing of "IT-supporten är svår att
    nå" (blind reviews 105 and 106: the IT evidence "scattered in the appendix")."""
    result = list(observations)
    for index, observation in enumerate(result):
        rating = observation.rating
        if not observation.anchored or rating is None or observation.related is not None:
            continue
        function = rating.function
        others = [o for o in result if o is not observation and _about_function(o, function)]
        # those whose headline names the function before those whose questions do: "IT-
        # supporten är svår att nå" gave way to "Uppföljningen sker i flera system …", a
        # matter of reporting asked about under IT (blind review 138)
        named = {o.theme_id for o in others if headline_function(o.headline, [function])}
        told = _listed(others, observation.polarity or "", least=0, first=named)
        if told:
            why = f"vars rubrik, eller de frågor intervjuerna svarar på, nämner {function}"
            result[index] = replace(observation, related=Related(lower_first(function), why, told))
    return tuple(result)


def _about_function(observation: Observation, function: str) -> bool:
    """Whether a finding is about a support function: its headline names it, or, where
    its headline names no function the survey asks about and it has no other's figure,
    more than half of the two or more questions its interviews and groups answer name it
    (`function_count`): "Chromebooks som går sönder blir liggande i veckor" answers "Hur
    fungerar IT-stödet?" and "Om vi går över till IT, hur fungerar det?". Not lines that
    name a function in passing: which function a finding's headline or questions are
    about is what it is about. Of two questions, both: "Det är oklart vart man vänder sig"
    answered one on IT and one on the support in general, and was listed on the IT slide
    (blind review 156); answering one on "kommunikation, upphandling" and one on "vi och
    dom", on the procurement slide, and its recommendation told as one with procurement's."""
    named = headline_function(observation.headline, [function])
    if named is not None:
        return named == function
    rated = observation.rating
    if rated is not None and rated.function != function:
        return False
    asked = observation.asked
    return len(asked) >= 2 and 2 * function_count(asked, function) > len(asked)


def _names_chef(headline: str, roles: Collection[str] = ()) -> bool:
    """Whether a headline names a chef: a word whose last part is "chef" or one of the
    survey's respondents' `roles` ("rektor"), in a noun's inflections ("enhetscheferna",
    "rektorerna", "hos chefen"); not a compound that only starts with it
    ("Chefsdagarna", "chefsnära administration")."""
    heads = {_CHEF, *(r.casefold() for r in roles if r.strip())}
    pattern = re.compile(
        rf"\w*(?:{'|'.join(re.escape(h) for h in sorted(heads))})(?:en|n|er|erna|ar|arna|s)?",
        re.I,
    )
    return any(pattern.fullmatch(word) for word in tokens(headline))


def with_placement(
    observations: Sequence[Observation], table: ResourceTable | None
) -> tuple[Observation, ...]:
    """The observations, the weightiest about the support the operations keep themselves
    (`own_support`: "Sektorerna har byggt upp egna resurser vid sidan av") with the
    inventory's support out there as a line of evidence (`placement_line`).
    The question of what sits centrally and what close to the operations is the
    commission's own (DOMAIN.md); the inventory measures it and the interviews tell it,
    and blind review 75 found the deck telling the two apart. Not a wish: the figure is no
    proposal."""
    line = placement_line(table) if table is not None else ""
    if not line:
        return tuple(observations)
    result = list(observations)
    for index, observation in enumerate(result):
        if observation.polarity != "förslag" and own_support(observation.headline):
            result[index] = replace(observation, placement=line)
            break
    return tuple(result)


def with_dates_checked(
    observations: Sequence[Observation], statements: Mapping[str, Statement]
) -> tuple[Observation, ...]:
    """The observations, each line that dates something ("en digitaliseringsstrategi från
    2021") with the statements elsewhere that date it otherwise (`dated_elsewhere`), for
    the notes (blind review 145: 2021 on the slide, 2022 in another interview), and on the
    slide without the disputed year where it can be left out (`undated`; review 147: the
    notes questioned a year the slide still stated)."""
    dated = statements_dated(statements)
    if not dated:
        return tuple(observations)
    result = []
    for observation in observations:
        checks: list[tuple[str, tuple[str, ...]]] = []
        bullets = []
        for bullet in observation.bullets:
            found = dated_elsewhere(bullet.text, bullet.statement_ids, dated)
            if found:
                checks.append((bullet.text, found))
                bullet = replace(bullet, text=undated(bullet.text) or bullet.text)
            bullets.append(bullet)
        if checks:
            observation = replace(observation, bullets=tuple(bullets), dated=tuple(checks))
        result.append(observation)
    return tuple(result)


_CHEF = "chef"


def _about_staff(headline: str, roles: set[str]) -> bool:
    """Whether a headline says how many staff chefs have: it names the `STAFF_NOUN` and a
    chef ("enhetschefer", "cheferna") or a role of the survey's respondents ("rektorerna"):
    not "Medarbetarna i hemtjänsten har gemensamma telefoner"."""
    if not names_stem(headline, {stem(STAFF_NOUN)}):
        return False
    # by the word in any inflection or compound ("enhetschefer", "rektorerna"): the
    # stemmer cuts "rektor" to "rekt" but "rektorerna" to "rektor"
    return any(role in word for word in tokens(headline) for role in {_CHEF, *roles})


def _headlined(observations: Sequence[Observation], functions: Sequence[str]) -> set[str]:
    """The functions the observations' headlines name: each has its figure there."""
    named = (headline_function(o.headline, functions) for o in observations)
    return {function for function in named if function is not None}


def _function(observation: Observation, functions: Sequence[str], given: set[str]) -> str | None:
    """The support function a finding is about: the one its headline's subject names, or,
    where its subject names none ("Det är oklart vem som äger systemen"), the one at least
    half its lines of evidence name, far more than any other (`function_of`; IT in "IT
    säger att de förvaltar tekniken …", "… IT, fastighet eller kommunens service …"),
    unless another observation has that function's figure (`given`): one whose headline
    names it, or one before it. IT's rating stood under "Sektorerna har byggt upp egna
    resurser vid sidan av", two of whose lines name IT, and again under "IT-stödet till
    skolan räcker inte" on a later slide."""
    named = headline_function(observation.headline, functions)
    if named is not None:
        return named
    found = lines_function([b.text for b in observation.bullets], functions)
    # a figure read off the evidence stands once, beside the weightiest such finding: the
    # same two lines under two slides about IT's systems say nothing the first did not
    return None if found in given else found


def _drafted(theme: Theme, drafts: Drafts | None) -> Sequence[ThemeDraft | None]:
    """The drafted findings of a theme (None: it has no draft). A theme the consultant
    named in the workbook is the one finding they named, unless they edited a later
    finding's draft too."""
    own = drafts.findings(theme.id) if drafts is not None else ()
    renamed = theme.label != theme.auto_label
    kept = [d for d in own if d.theme_id == theme.id or d.origin.edited or not renamed]
    return kept or [None]


def _finding(
    theme: Theme, draft: ThemeDraft | None, statements: Mapping[str, Statement]
) -> tuple[Theme, ThemeDraft | None]:
    """The theme as far as the headline shown rests on it (`synth.draft.support`): its
    breadth, weight, quotes, statements and perspective are those of the statements that
    say what the headline says, its id the finding's ("T46.2" for a theme's second). A
    headline the consultant gave the theme after drafting rests on the whole theme."""
    if draft is None or not draft.support_ids or _headline(theme, draft) != draft.headline:
        return theme, draft
    finding = narrowed(theme, draft.support_ids, statements)
    perspective = draft.perspective or theme.perspective
    # the quotes drawn from the finding's own support (`synth.draft.offline.with_quotes`)
    # where the draft has them: its theme's alone may lie outside what it rests on
    quotes = draft.quote_ids or finding.quotes
    return replace(finding, id=draft.theme_id, perspective=perspective, quotes=quotes), draft


def _headline(theme: Theme, draft: ThemeDraft | None) -> str:
    """The consultant's words first: a draft they edited, else a theme they renamed in the
    workbook (perhaps after the draft was made), else the draft's, else the theme's label."""
    if draft is not None and (draft.origin.edited or theme.label == theme.auto_label):
        return draft.headline
    return theme.label


_HEARD_SHARE = 1 / 3
"""The share of a finding's sources in one sector that has it heard there, where fewer
than two sources are."""


def heard_sectors(members: Sequence[Statement]) -> tuple[str, ...]:
    """The sectors a finding is heard in: those of two of its sources or more, or of at
    least a third of them. One interview in Vård och omsorg among three sources in Barn och
    utbildning (an IFO head on the school, under "IT-stödet till skolan räcker inte") put
    Vård och omsorg's 74 % for IT beside a finding about the schools (blind reviews 75 and
    80)."""
    sources: dict[str, set[str]] = {}
    for m in members:
        if m.sector:
            sources.setdefault(" ".join(m.sector.split()), set()).add(m.source_id)
    total = len({m.source_id for m in members})
    return tuple(
        sorted(
            sector
            for sector, ids in sources.items()
            if len(ids) >= 2 or len(ids) >= _HEARD_SHARE * total
        )
    )


def _observation(
    theme: Theme,
    statements: Mapping[str, Statement],
    draft: ThemeDraft | None,
    groups: RoleGroups,
    *,
    shown: frozenset[str] = frozenset(),
    providers: Providers | None = None,
) -> Observation:
    """The observation of one finding; `shown`: the statements an earlier observation
    quotes or cites, which its quotes leave out, as they leave out the `providers`' where
    a reader could not tell them apart or the finding is about a function they run
    (`Providers.judging`)."""
    members = [statements[sid] for sid in theme.statement_ids if sid in statements]
    headline = _headline(theme, draft)
    unrated: tuple[Bullet, ...] = ()
    if providers is not None:
        shown |= providers.judging(headline, theme.quotes, statements, groups)
    if draft is None:
        quotes = _quotes(headline, theme, statements, (), groups, cited=shown)
        used = {q.statement_id for q in quotes}
        said = [headline, *(_first_sentence(q.text) for q in quotes)]
        bullets = _bullets(said, theme.keywords, [m for m in members if m.id not in used])
    else:
        bullets = tuple(
            Bullet(
                text=sentence_case(b.text),
                statement_ids=b.statement_ids,
                supported=b.supported,
                reason=b.reason,
                source_ids=_sources(b.statement_ids, statements),
                counterpart=b.counterpart,
                beside=b.beside,
            )
            for b in draft.bullets
            if b.text.strip()
        )
        if providers is not None:
            bullets, unrated = providers.without_own(headline, bullets, statements)
        quotes = _beside(headline, theme, statements, bullets, groups, shown)
        if not quotes:
            bullets, quotes = _quoted_line(headline, theme, statements, bullets, groups, shown)
        bullets = told_apart(by_role(bullets, statements, groups))
    breadth = theme.breadth_text
    return Observation(
        theme_id=theme.id,
        perspective=str(theme.perspective),
        leaning=leaning(theme.polarity),
        headline=headline,
        bullets=bullets,
        quotes=tuple(quotes),
        breadth=breadth[:1].upper() + breadth[1:],
        statement_ids=tuple(m.id for m in members),
        source_ids=tuple(sorted({m.source_id for m in members})),
        sectors=heard_sectors(members),
        counts=reach_counts(theme.breadth),
        heard=(heard_in(theme.breadth) or "").removeprefix("i "),
        origin=_origin(draft),
        weight=theme.weight,
        polarity=draft.polarity if draft is not None else dominant_polarity(theme.polarity),
        ordered=theme.order is not None,
        edited=draft is not None and draft.origin.edited,
        renamed=theme.label != theme.auto_label,
        asked=tuple(
            m.question for m in members if m.question and m.source_type is not SourceType.ENKAT
        ),
        spread=theme.breadth,
        alike=alike_respondents(members),
        unrated=unrated,
    )


# A line that rests on survey answers alone, as the draft words it: "I ett enkätsvar
# beskrivs att …", "I tre enkätsvar med samma ordalydelse från samma sektor nämns …"; not
# one that frames them with their question ("I ett enkätsvar på frågan …")
_ANSWERS = re.compile(
    r"^I (?P<count>ett|två|tre|fyra|fem) enkätsvar "
    r"(?P<alike>med samma ordalydelse (?P<sector>från samma sektor )?)?"
    r"(?P<verb>beskrivs|nämns|efterfrågas|framförs|önskas) (?P<rest>.+)$",
    re.S,
)
_COUNTED = {"ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5}
_ACTIVE = {
    "beskrivs": "beskriver",
    "nämns": "nämner",
    "efterfrågas": "efterfrågar",
    "framförs": "framför",
    "önskas": "önskar",
}


def by_role(
    bullets: Sequence[Bullet], statements: Mapping[str, Statement], groups: RoleGroups
) -> tuple[Bullet, ...]:
    """The lines of a slide that rest on one survey answer or one focus group told by who
    gave it. An answer by its role, where a quote of it would be labelled with that role
    (`RoleGroups.named_role`): "En rektor i Barn och utbildning beskriver i enkäten att
    det är svårt att rekrytera behöriga lärare" for "I ett enkätsvar beskrivs att …", and
    "En annan rektor …" for the next of the same role; answers of one role by it, as
    answers ("I tre enkätsvar med samma ordalydelse från enhetschefer i Samhällsbyggnad
    nämns …"). A focus group by its sector, or
    its role (`_group_of`): "I en fokusgrupp i Vård och omsorg nämns …", and "I samma
    fokusgrupp …" for its next line. A report says who holds a view ("Flera
    förvaltningschefer beskriver …", "från verksamheternas sida"); a slide of
    lines each opening "I ett enkätsvar beskrivs att" reads as a tool's log (blind review
    158: "every body slide is a chain of 'I en intervju beskrivs att…'"). An answer is
    told by the rule of a quote's label, so the line names no one a quote would not; a
    focus group's words are the group's."""
    told: Counter[str] = Counter()
    named: set[str] = set()
    result: list[Bullet] = []
    for bullet in bullets:
        sources = set(bullet.source_ids)
        answer = _ANSWERS.match(bullet.text)
        spoken = _ONE_GROUP.match(bullet.text)
        # a line said beside the finding by one focus group is told by who it was too: "I
        # en fokusgrupp i Barn och utbildning beskrivs samtidigt att …" (blind review 164)
        if (
            not (bullet.own or (spoken and len(sources) == 1))
            or not sources
            or (len(sources) > 1 and answer is None)
        ):
            result.append(bullet)
            continue
        if not bullet.own:
            answer = None
        source = min(sources)
        group = _group_of(groups, source) if spoken else None
        who = _answered_by(answer, bullet, statements, groups) if answer else None
        if answer is not None and who is not None:
            role, plural = who
            if len(sources) == 1:
                some = "En annan" if told[role] else "En"
                told[role] += 1
                text = f"{some} {role} {_ACTIVE[answer['verb']]} i enkäten {answer['rest']}"
            else:
                # answers, not people: answers in the same words are one voice (the
                # method slide), and "Tre enhetschefer … nämner" read as three (blind
                # review 160); "från samma sektor" is said by the sector named, or kept
                alike = "med samma ordalydelse " if answer["alike"] else ""
                if answer["sector"] and " i " not in plural:
                    plural += " i samma sektor"
                text = (
                    f"I {answer['count']} enkätsvar {alike}från {plural} "
                    f"{answer['verb']} {answer['rest']}"
                )
        elif answer is not None and answer["sector"]:
            # "från samma sektor" after a line that names a sector reads as that sector
            # (blind review 161: the two answers after a Samhällsbyggnad line were from Vård
            # och omsorg): the sector is named, where its answers are enough to show
            sector = _one_sector(bullet, statements, groups)
            said = f"från {sector} " if sector else ""
            text = bullet.text.replace(answer["sector"], said, 1)
        elif spoken is not None and group is not None and len(sources) == 1:
            rest = spoken["rest"]
            if source in named:
                said = _ALSO.sub(r"\g<verb> också ", rest, count=1)
                text = f"I samma fokusgrupp {said}" if said != rest else bullet.text
            else:
                text = f"I en fokusgrupp {group} {rest}"
            named.add(source)
        else:
            result.append(bullet)
            continue
        result.append(replace(bullet, text=text))
    return tuple(result)


def _one_sector(
    bullet: Bullet, statements: Mapping[str, Statement], groups: RoleGroups
) -> str | None:
    """The sector all the survey answers a line cites are from, where at least the
    anonymity threshold of the survey's answers are from it, as survey results per sector
    are shown; None otherwise."""
    sectors = {statements[sid].sector for sid in bullet.statement_ids if sid in statements}
    if len(sectors) != 1:
        return None
    (sector,) = sectors
    return sector if sector and groups.sector_answers(sector) >= groups.threshold else None


def _answered_by(
    answer: re.Match[str],
    bullet: Bullet,
    statements: Mapping[str, Statement],
    groups: RoleGroups,
) -> tuple[str, str] | None:
    """The role that gave the survey answers a line rests on, with its sector where that
    may be shown, in the singular and the plural ("rektor i Barn och utbildning",
    "rektorer i Barn och utbildning"); None where they are not all labelled alike
    (`RoleGroups.named_role`), the line cites fewer answers than it counts, or the role
    has no plural here."""
    cited = [statements[sid] for sid in bullet.statement_ids if sid in statements]
    first = {st.source_id: st for st in reversed(cited)}
    if len(first) != _COUNTED[answer["count"]] or len(first) != len(set(bullet.source_ids)):
        return None
    labels = {groups.named_role(st) for st in first.values()}
    if len(labels) != 1 or (label := labels.pop()) is None:
        return None
    role, _, sector = label.partition(", ")
    plural = plural_role(role)
    if plural is None:
        return None
    where = f" i {sector}" if sector else ""
    return f"{role}{where}", f"{plural}{where}"


# A line that rests on one focus group: "I en fokusgrupp beskrivs att …"
_ONE_GROUP = re.compile(r"^I en fokusgrupp (?P<rest>(?!med |i ).+)$", re.S)


def _group_of(groups: RoleGroups, source: str) -> str | None:
    """Who a focus group was, as a line tells it: its sector where all who spoke share one
    ("i Vård och omsorg"), else its role where all share one ("med rektorer"). The
    sector is what sets one group's view against another's, as the fieldwork slide names
    the groups' roles; and a group of several roles told by them narrowed the speaker of
    "vi skulle köpa nya utemiljöer till två förskolor" to one of its two förskolechefer
    (blind review 159), while lines the longer for both stood at 14 pt. None where
    neither may be told."""
    members = groups.members.get(source, ())
    sectors = {" ".join(sector.split()) for _, sector in members if sector}
    if len(sectors) == 1 and all(sector for _, sector in members):
        return f"i {sectors.pop()}"
    roles = {role.casefold() for role, _ in members}
    plural = plural_role(members[0][0]) if len(roles) == 1 else None
    return f"med {plural}" if plural is not None else None


# A line that rests on one source of a kind: "I en intervju beskrivs att …"
_ONE_SOURCE = re.compile(
    r"^I (?P<article>en|ett) (?P<kind>intervju|gruppintervju|fokusgrupp|workshop|enkätsvar) "
)
_ORDINALS = ("tredje", "fjärde", "femte")
"""The third source of a kind on a slide and on; the second is "en annan" ("ett annat")."""
# what a line says its source does, that "också" follows ("beskrivs också att …")
_ALSO = re.compile(r"^(?P<verb>\w+s) ")


def told_apart(bullets: Sequence[Bullet]) -> tuple[Bullet, ...]:
    """The lines of a slide, each that rests on one source of a kind another line before
    it rests on one of too saying so: "I en intervju beskrivs att A", "I en annan
    intervju beskrivs att B", "I en tredje intervju …", where the sources differ, and "I
    samma intervju beskrivs också att …" where it is the same. Four lines opening "I en
    intervju beskrivs att" read as one interview told four times, and as a tool's log
    (blind review 138 counted 45 lines so opened)."""
    seen: dict[str, list[str]] = {}
    told: list[Bullet] = []
    for bullet in bullets:
        opened = _ONE_SOURCE.match(bullet.text)
        # a group told by who it was (`by_role`) is told apart by that
        if (
            opened is None
            or bullet.counterpart
            or len(set(bullet.source_ids)) != 1
            or bullet.text[opened.end() :].startswith(("med ", "i "))
        ):
            told.append(bullet)
            continue
        kind, (source,) = opened["kind"], set(bullet.source_ids)
        earlier = seen.setdefault(kind, [])
        rest = bullet.text[opened.end() :]
        if not earlier:
            text = bullet.text
        elif source in earlier:
            said = _ALSO.sub(r"\g<verb> också ", rest, count=1)
            text = f"I samma {kind} {said}" if said != rest else bullet.text
        elif len(earlier) <= len(_ORDINALS) + 1:
            other = "annat" if opened["article"] == "ett" else "annan"
            ordinal = other if len(earlier) == 1 else _ORDINALS[len(earlier) - 2]
            text = f"I {opened['article']} {ordinal} {kind} {rest}"
        else:
            text = bullet.text
        if source not in earlier:
            earlier.append(source)
        told.append(replace(bullet, text=text, untold=bullet.text))
    return tuple(told)


def told_again(bullets: Sequence[Bullet]) -> tuple[Bullet, ...]:
    """The lines of a slide told apart anew (`told_apart`) from what they said before, once
    the slide left one out: "I samma intervju bekräftas också …" stood after the line of
    that interview had given way (blind review 161)."""
    return told_apart([replace(b, text=b.untold or b.text, untold="") for b in bullets])


def _origin(draft: ThemeDraft | None) -> str:
    if draft is None:
        return "rubrik och punkter ur temat (inget utkast)"
    if draft.origin.edited:
        return "utkast, redigerat av konsulten"
    model = f", {draft.origin.model}" if draft.origin.model else ""
    fallback = " (reservutkast offline)" if draft.origin.fallback else ""
    return f"utkast ({draft.origin.backend}{model}){fallback}"


def _sources(ids: Sequence[str], statements: Mapping[str, Statement]) -> tuple[str, ...]:
    return tuple(sorted({statements[i].source_id for i in ids if i in statements}))


def recommendations_from_drafts(
    drafts: Drafts, statements: Mapping[str, Statement]
) -> tuple[Recommendation, ...]:
    return tuple(_recommendation(r, statements) for r in drafts.recommendations)


def _recommendation(
    drafted: DraftRecommendation, statements: Mapping[str, Statement]
) -> Recommendation:
    return Recommendation(
        text=drafted.text,
        answers=drafted.theme_ids,
        statement_ids=drafted.statement_ids,
        source_ids=_sources(drafted.statement_ids, statements),
        supported=drafted.supported,
        reason=drafted.reason,
        id=drafted.id,
        edited=drafted.origin.edited,
    )


REACH_KINDS = ("intervjuer", "grupper", "enkätsvar")
"""What `reach_counts` counts, in its order: the words `reach` writes after each count."""


def reach_counts(breadth: Mapping[str, object]) -> tuple[str, str, str]:
    """ "5/9", "3/3", "34" from a theme's stored breadth: of all the interviews and group
    interviews how many it is heard in, and in how many survey answers (`REACH_KINDS`);
    "" where the engagement has no such source or none of them says it (as
    `Breadth.describe` leaves out such a kind)."""
    sources = breadth.get("sources") or {}
    totals = breadth.get("totals") or {}
    if not isinstance(sources, Mapping) or not isinstance(totals, Mapping):
        return ("", "", "")
    interviews, groups = (
        f"{sources[kind]}/{totals[kind]}" if totals.get(kind) and sources.get(kind) else ""
        for kind in ("intervju", "grupp")
    )
    answers = str(sources["enkät"]) if sources.get("enkät") else ""
    return (interviews, groups, answers)


def reach_text(counts: Sequence[str]) -> str:
    """ "5/9 intervjuer · 3/3 grupper · 34 enkätsvar" of `reach_counts`."""
    return " · ".join(
        f"{count} {kind}" for count, kind in zip(counts, REACH_KINDS, strict=True) if count
    )


def reach(breadth: Mapping[str, object]) -> str:
    """ "5/9 intervjuer · 3/3 grupper · 34 enkätsvar" from a theme's stored breadth."""
    return reach_text(reach_counts(breadth))


def _stems(text: str) -> set[str]:
    return {stem(word) for word in tokens(text)}


# An evidence line that quotes what was said (`synth.draft.evidence`: "I ett enkätsvar
# nämns ”…”")
_VERBATIM_LINE = re.compile(r'\bnämns ["\u201d]')
_LEAST_LINES = 2
"""The fewest lines of a finding's own evidence a slide keeps when one becomes its quote."""


def _beside(
    headline: str,
    theme: Theme,
    statements: Mapping[str, Statement],
    bullets: Sequence[Bullet],
    groups: RoleGroups,
    shown: frozenset[str],
) -> list[Quote]:
    """The quotes beside `bullets` (`_quotes`): none that a bullet says or cites, nor any
    an earlier observation `shown`."""
    return _quotes(
        headline,
        theme,
        statements,
        [b.text for b in bullets],
        groups,
        cited=shown | {sid for b in bullets for sid in b.statement_ids},
    )


def _quoted_line(
    headline: str,
    theme: Theme,
    statements: Mapping[str, Statement],
    bullets: tuple[Bullet, ...],
    groups: RoleGroups,
    shown: frozenset[str],
) -> tuple[tuple[Bullet, ...], list[Quote]]:
    """A slide without a quote, with a line that quotes one source's words ("I ett
    enkätsvar nämns ”för många mål och för mycket uppföljning i olika system”"), shows
    those words as its quote instead, where they may be quoted and at least
    `_LEAST_LINES` other lines of its own evidence stay: the words are the same, and a
    quote beside the lines reads as a report's slide (blind review 73: 9 of 12 slides
    with an empty right-hand column, every line "I en intervju beskrivs att …"). Else
    the bullets as they are and no quote."""
    own = [b for b in bullets if b.statement_ids and b.own]
    if len(own) <= _LEAST_LINES:
        return bullets, []
    for line in own:
        if not _VERBATIM_LINE.search(line.text) or len(set(line.source_ids)) != 1:
            continue
        rest = tuple(b for b in bullets if b is not line)
        quotes = _beside(headline, theme, statements, rest, groups, shown)
        if any(q.statement_id in line.statement_ids for q in quotes):
            return rest, quotes
    return bullets, []


def _on_subject(text: str, subject: set[str]) -> bool:
    """Whether a quote names something of what its finding is about: a word of the
    headline or the theme's keywords, or a compound of one ("digitaliseringsstrategi"
    of "digitalisering"). "Det är min uppskattning, vi har inte mätt det" names nothing
    and proves nothing under any headline."""
    return names_stem(text, subject)


def _quotes(
    label: str,
    theme: Theme,
    statements: Mapping[str, Statement],
    bullets: Sequence[str],
    groups: RoleGroups,
    *,
    cited: set[str] | frozenset[str] = frozenset(),
) -> list[Quote]:
    """Up to two of the theme's quotes, each saying something new.

    A provisional headline is often a quote's own first words: such a quote is used only
    when no other is left, and only if it goes on beyond the headline. The same words said
    twice (an interview and a survey answer) are quoted once, and a quote whose first
    sentence is already a bullet, or whose statement a bullet rests on (`cited`), is not
    repeated under it. A quote that tells of a third person's health or another special
    category of personal data is never shown, nor one where the speakers name their own
    position while their role is too rare to be shown (`synth.privacy.quotes`), nor one
    whose first sentence names nothing the finding is about (`_on_subject`).
    """
    headline = _key(label.removesuffix("…"))
    said = {_key(text) for text in bullets}
    subject = _stems(" ".join([label, *theme.keywords]))
    # as quoted: a spoken turn without the "Och" that opens it (`quote_text`)
    quoted_as = {
        sid: replace(statements[sid], text=quote_text(statements[sid].text))
        for sid in theme.quotes
        if sid in statements
    }
    candidates = [
        st
        for sid, st in quoted_as.items()
        if sid not in cited
        and _key(_first_sentence(st.text)) not in said
        and groups.may_quote(statements[sid])
        # read from its start: a quote whose first sentence names nothing of the finding
        # is about something else ("Jag skulle vilja ha färre styrdokument och färre mål.
        # …" under "Det finns önskemål om hjälp med digitalisering", which its third
        # sentence names; blind review 58)
        and _on_subject(_first_sentence(st.text), subject)
        # nor one that says a line beside it again in its words: "IT-ärenden bollas mellan
        # supporten och leverantören och jag får ingen återkoppling" under "… beskrivs att
        # ärendena bollas mellan supporten och leverantören i veckor" (blind review 123)
        and not any(_says_again(st.text, line) for line in bullets)
    ]

    # the headline may be the quote in the report's voice ("vi" as "verksamheterna")
    def heard(s: Statement) -> str:
        voiced = report_voice(s.text, speaker_unit(s.role, s.sector)) or s.text
        return voiced if _key(voiced).startswith(headline) else s.text

    fresh = [s for s in candidates if not _key(heard(s)).startswith(headline)]
    extending = [s for s in candidates if s not in fresh and not _repeats(headline, heard(s))]
    chosen: list[Statement] = []
    for candidate in fresh or extending:
        if len(chosen) < _QUOTES and all(_key(q.text) != _key(candidate.text) for q in chosen):
            chosen.append(candidate)
    quotes: list[Quote] = []
    for picked in chosen:
        attribution, identifiable = groups.attribute(picked)
        quotes.append(Quote(picked.text, picked.id, picked.source_id, attribution, identifiable))
    return quotes


_RUN_WORDS = 5
"""The words running that a quote shares with a line beside it before it says that line
again, `_RUN_CONTENT` of them no stop words: "bollas mellan supporten och leverantören",
not "det tar för lång tid"."""
_RUN_CONTENT = 3


def _says_again(quote: str, line: str) -> bool:
    """Whether a quote and an evidence line share `_RUN_WORDS` words running (inflection
    aside: "ärenden" and "ärendena"), `_RUN_CONTENT` of them no stop words."""
    stop = stop_words()
    said = [stem(w) for w in words(line)]
    runs = {tuple(said[k : k + _RUN_WORDS]) for k in range(len(said) - _RUN_WORDS + 1)}
    own = words(quote)
    for k in range(len(own) - _RUN_WORDS + 1):
        run = own[k : k + _RUN_WORDS]
        if sum(w not in stop for w in run) >= _RUN_CONTENT and tuple(map(stem, run)) in runs:
            return True
    return False


def _first_sentence(text: str) -> str:
    sentences = split_sentences(text)
    return sentences[0].strip() if sentences else text.strip()


def _bullets(
    said: Sequence[str], keywords: Sequence[str], members: Sequence[Statement]
) -> tuple[Bullet, ...]:
    """Central statements (members come most central first) condensed to a first sentence:
    readable on their own, naming one of the theme's keywords, no marker of removed data or
    transcriber's note ("[skratt]"), not what the headline or a quote already says, from
    different sources first."""
    candidates: list[tuple[str, Statement]] = []
    # short survey answers ("Fler skoladministratörer.") only when nothing longer is there
    for low in (_BULLET_WORDS[0], 2):
        candidates = _bullet_candidates(said, keywords, members, low)
        if candidates:
            break
    chosen: list[tuple[str, Statement]] = []
    sources: set[str] = set()
    for distinct_only in (True, False):
        for sentence, member in candidates:
            if len(chosen) == _BULLETS[1]:
                break
            if (sentence, member) in chosen or (distinct_only and member.source_id in sources):
                continue
            chosen.append((sentence, member))
            sources.add(member.source_id)
    order = {m.id: i for i, m in enumerate(members)}
    chosen.sort(key=lambda pair: order[pair[1].id])
    return tuple(Bullet(text=sentence_case(s), statement_ids=(m.id,)) for s, m in chosen)


def _bullet_candidates(
    said: Sequence[str], keywords: Sequence[str], members: Sequence[Statement], low: int
) -> list[tuple[str, Statement]]:
    seen = {_key(text) for text in said}
    words = set(keywords)
    candidates: list[tuple[str, Statement]] = []
    for member in members:
        sentence = _first_sentence(member.text)
        if (
            low <= word_count(sentence) <= _BULLET_WORDS[1]
            and self_contained(sentence)
            and "[" not in sentence
            and not contains_marker(sentence)
            and _key(sentence) not in seen
            and (not words or bool(words & set(tokens(sentence))))
        ):
            seen.add(_key(sentence))
            candidates.append((sentence, member))
    return candidates


def _repeats(headline: str, text: str) -> bool:
    """Whether a quote only repeats the headline: its words and at most three more."""
    key = _key(text)
    return key.startswith(headline) and len(key.split()) - len(headline.split()) < 4


# Quotation marks as typed ("), as the slide writes them (”) or nested (’): the same words.
_QUOTE_MARKS = str.maketrans("", "", '"\u201d\u201c\u2019\u2018«»')


def _key(text: str) -> str:
    return " ".join(text.casefold().translate(_QUOTE_MARKS).split()).rstrip(".!… ")


def sentence_case(text: str) -> str:
    """A line as a slide shows it: Swedish quotation marks, a capital first."""
    # a spoken list ("- HR-konsulten - lönekontoret") leaves a dash in front
    text = swedish_quotes(text.lstrip("-–—•* "))
    return text[:1].upper() + text[1:]
