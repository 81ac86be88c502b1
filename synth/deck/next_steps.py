"""What is left before the report is final, as the deck's "Nästa steg": each step drawn
from what this deck's own material shows to be unconfirmed, missing or waiting on a
decision, with what it rests on for the notes. A real report ends on its next steps (the
Gävle commission: "Nästa steg …"), and blind review 139 found the deck ending on eleven
recommendations with no sequence, the observations never tested back on those
interviewed (DOMAIN.md: "observations … tested back on the interviewees"), and the
inventory's gaps unsaid."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from synth.deck.content import DeckContent
from synth.deck.resources import unlisted_told, unreported
from synth.deck.survey import staff_overcount
from synth.survey.shadow import function_in_text
from synth.synthesis.describe import group_name
from synth.text.grammar import lower_first
from synth.text.numbers import count_words, listing


@dataclass(frozen=True)
class Step:
    text: str
    """The step as the slide says it, in the imperative."""
    basis: str
    """What it rests on, for the notes."""
    own: bool = False
    """The consultants' own work before the deck is shown, told in the notes only: a
    kommundirektör is shown the figures checked, not the checking to do (blind review 140:
    "this is the team's homework … don't put the to-do on her slide")."""


@dataclass(frozen=True)
class Waiting:
    """A recommendation the others' placement waits on (`synth.deck.render`: "Var den nya
    resursen ska finnas … avgörs enligt rekommendation 1"), by the numbers on the slides."""

    deciding: int
    adding: tuple[int, ...]
    roles: tuple[str, ...] = ()
    """The support role each of `adding` brings in, named as the sentence on its slide names
    it ("administratörerna", "kommunikatören"); empty where not every one is named."""


def next_steps(
    content: DeckContent,
    *,
    waiting: Waiting | None = None,
    slides: Mapping[str, int] | None = None,
) -> tuple[Step, ...]:
    """The next steps, in the order they are taken: the consultants' own checks first (the
    development figures against the municipality's statistics, the survey's answers alike
    word for word, the chefs' count of their staff where it exceeds the sector's
    employees), then what the material
    lacks (the inventory's missing answers and uncovered functions), the observations
    tested back on those interviewed, the decision the other recommendations wait on, and
    the results told back to the chefs who gave them. `slides`: the slide of each finding
    by its theme id, for references. Empty where the deck shows nothing to take further."""
    steps = [
        step
        for step in (
            _statistics_step(content),
            _copies_step(content),
            _staff_step(content),
            _inventory_step(content, slides or {}),
            _unlisted_step(content),
            _testing_step(content),
            _decision_step(waiting),
            _feedback_step(content),
        )
        if step is not None
    ]
    return tuple(steps)


def _inventory_step(content: DeckContent, slides: Mapping[str, int]) -> Step | None:
    """The answers the inventory lacks, and the functions the chefs rate on a slide of their
    own that no one who answered reports any åa of (the slide says so: "Inventeringen av
    stödresurser säger inget om lokalförsörjning"): blind review 139 read that silence as
    a gap to fill, not an absence. Which units have not answered the notes leave to `synth
    status --saknade`, for the consultant to chase (review 139 asked which two of twelve):
    each is one manager, whom blind reviews 140, 142 and 143 found pointed out on the
    slide and in the notes alike."""
    table = content.resources
    if table is None or not table.rows:
        return None
    uncovered: dict[str, int | None] = {}
    for o in content.observations:
        if o.anchored and o.rating is not None and unreported(table, o.rating.function):
            uncovered.setdefault(function_in_text(o.rating.function), slides.get(o.theme_id))
    parts = []
    silent = table.invited - table.respondents if table.invited else 0
    if silent > 0:
        parts.append(
            f"svar från de {silent} av {table.invited} tillfrågade som inte har svarat"
            if silent > 1
            else f"svar från den av de {table.invited} tillfrågade som inte har svarat"
        )
    if uncovered:
        named = listing(
            [f"{name} (bild {slide})" if slide else name for name, slide in uncovered.items()]
        )
        parts.append(
            f"{named}, som cheferna betygsätter i enkäten men som ingen av de svarande "
            "redovisar årsarbetare för"
        )
    if not parts:
        return None
    basis = (
        f"inventeringen av stödresurser: {table.answered}"
        + ("; vilka som inte har svarat: synth status --saknade" if silent > 0 else "")
        + (f"; inga årsarbetare redovisade för {listing(list(uncovered))}" if uncovered else "")
    )
    return Step(
        f"Komplettera inventeringen av stödresurser med {', och med '.join(parts)}.",
        basis,
    )


def _unlisted_step(content: DeckContent) -> Step | None:
    """The support the interviews or the survey say a sector keeps of its own, which the
    sector's inventory answers leave out (`DeckContent.unlisted`), checked with the
    sector: blind review 162 found the systemförvaltare that three interviews named in
    Vård och omsorg in none of its rows ("Reconcile the inventory with what interviewees
    say about their own staff before calling the totals 'omfattningen'"). What it rests
    on, statement by statement, goes to the notes."""
    unlisted = content.unlisted
    if not unlisted:
        return None
    named, where, whose = unlisted_told(unlisted)
    return Step(
        f"Stäm av inventeringen av stödresurser med sektorerna: {named} nämns i {where} "
        f"men inte i {whose} svar.",
        "; ".join(
            f"{function_in_text(u.function)} i {u.sector}: uttalanden {', '.join(u.statement_ids)}"
            for u in unlisted
        ),
    )


def _statistics_step(content: DeckContent) -> Step | None:
    """The development figures shown in the appendix are the interviewees' own (the slide
    says they are not checked against the municipality's statistics): checking them is a
    step, or they go (blind review 139: "Use SCB/Kolada figures or drop the slide")."""
    if not content.figures_shown:
        return None
    return Step(
        "Stäm av siffrorna om utvecklingssituationen i bilagan mot kommunens egen statistik.",
        "siffrorna på bilden är de intervjuades och de svarandes egna",
        own=True,
    )


def _copies_step(content: DeckContent) -> Step | None:
    """The survey sentences that stand word for word in several chefs' answers, checked
    with whoever runs the survey tool before the deck is shown: one chef answering more
    than once, answers copied or a template shared (blind review 150: "57 free-text
    sentences recur word for word … it should tell the client this is a data-quality
    issue"). The consultants' own work; the method says what is not known."""
    repeated = content.repeated_wordings
    if not repeated or not content.observations:
        return None
    noun = "mening" if repeated == 1 else "meningar"
    sentences = f"{count_words(repeated)} {noun}"
    return Step(
        f"Ta reda på, med den som administrerar enkätverktyget, varför {sentences} i "
        "fritextsvaren står ordagrant i svar från flera chefer: om samma chef har svarat "
        "flera gånger, om svar har kopierats eller om en gemensam mall har använts.",
        f"chefsenkätens fritextsvar: {repeated} {noun} står ordagrant i svar från flera svarande",
        own=True,
    )


def _staff_step(content: DeckContent) -> Step | None:
    """The chefs' own count of their staff, where it comes to more than the sector employs
    (`staff_overcount`), checked against the municipality's personnel records before the
    shares and the chefs a norm would take are shown: the slides say the count is doubtful
    (blind review 156: "run a plausibility check before any derived figure"); which count
    holds is the consultants' to find out."""
    table, resources = content.staff, content.resources
    if table is None or resources is None:
        return None
    doubtful = staff_overcount(table, resources.sector_employees, brief=True)
    if doubtful is None:
        return None
    return Step(
        "Stäm av chefsenkätens uppgifter om hur många medarbetare cheferna leder mot "
        "personalsystemet, och om timavlönade och vikarier räknas med, innan andelarna och "
        "beräkningarna av fler chefer används.",
        f"chefsenkäten och inventeringen: {lower_first(doubtful)}",
        own=True,
    )


def _testing_step(content: DeckContent) -> Step | None:
    """The observations tested back on those interviewed before the assessment and the
    recommendations are final: the work's own next step (DOMAIN.md), which nothing in the
    store records as done."""
    work = content.fieldwork
    if not content.observations or not (work.interviews or work.group_interviews):
        return None
    # what waits on them, of what this deck has
    waiting = [
        name
        for name, present in (
            ("bedömningen", content.assessment),
            ("rekommendationerna", content.recommendations),
        )
        if present
    ]
    before = f"innan {listing(waiting)} blir slutliga" if waiting else "innan de blir slutliga"
    return Step(
        f"Stäm av iakttagelserna med de intervjuade {before}.",
        "arbetsgången: iakttagelserna prövas mot de intervjuade; underlaget anger inte att "
        "det är gjort",
    )


def _decision_step(waiting: Waiting | None) -> Step | None:
    """The recommendation whose principles decide where the support the others add is to
    sit, taken first."""
    if waiting is None or not waiting.adding:
        return None
    numbers = listing([str(n) for n in waiting.adding])
    what = "resursen" if len(waiting.adding) == 1 else "resurserna"
    where = f"{what} i rekommendation {numbers}"
    # each by the role it brings in, where each is named: blind review 143 read "var
    # resurserna i rekommendation 10" as the new chefs that recommendation sets a norm for
    if len(waiting.roles) == len(waiting.adding):
        where = listing(
            [
                f"{role} i rekommendation {number}" if k == 0 else f"{role} i {number}"
                for k, (role, number) in enumerate(zip(waiting.roles, waiting.adding, strict=True))
            ]
        )
    return Step(
        f"Ta ställning till rekommendation {waiting.deciding} först: var {where} ska finnas "
        "avgörs av den.",
        f"rekommendation {numbers} tillför resurser; rekommendation {waiting.deciding} säger "
        "vilket stöd som ska finnas centralt och vilket i verksamheterna",
    )


def _feedback_step(content: DeckContent) -> Step | None:
    """The results told back to the chefs the survey went to and those who sat in the
    focus groups: the Gävle commission ends on the results worked through at the managers' day
    ("Ett arbete kring resultatet kommer genomföras på Chefsdagen"), and blind review 140
    missed it where answers say "vi blir inte lyssnade på"."""
    work = content.fieldwork
    groups = group_name(work.group_kinds, definite=True)
    told = [
        who
        for who, present in (
            # all who were asked: the answers are anonymous, and who did not answer hears
            # what the others said too (blind review 142: "the survey export holds no
            # names, so feedback must go to all … invited managers")
            ("cheferna som fick chefsenkäten", work.survey_responses),
            (f"dem som deltog i {groups}", work.group_interviews),
        )
        if present
    ]
    if not told or not content.observations:
        return None
    return Step(
        f"Återkoppla resultatet till {' och till '.join(told)}.",
        "; ".join(
            part
            for part in (
                f"{work.survey_responses} chefer svarade på chefsenkäten"
                if work.survey_responses
                else "",
                f"{work.group_interviews} "
                f"{group_name(work.group_kinds, one=work.group_interviews == 1)}"
                if work.group_interviews
                else "",
            )
            if part
        ),
    )
