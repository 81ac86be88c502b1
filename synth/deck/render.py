"""Drawing a `DeckContent` onto slides of a template, one section after another.

How a text is fitted to its box and continued on "(forts.)" slides is in
`synth.deck.slides`, what the speaker notes say in `synth.deck.notes`. Sizes, spacing
and bullets are set explicitly on each paragraph so that what is measured is what
PowerPoint draws.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from pptx.presentation import Presentation as PresentationType

from synth.dates import date_range, swedish_date
from synth.deck.charts import chart_area, clear_body, draw_bars, draw_chart
from synth.deck.content import (
    EACH_PERSPECTIVE,
    LEAST_SHOWN,
    PERSPECTIVES,
    REACH_KINDS,
    SEVERAL_SOURCES,
    TO_WRITE,
    UNREVIEWED,
    DeckContent,
    Fieldwork,
    Observation,
    Recommendation,
    rating_heads,
    restates,
    told_again,
)
from synth.deck.frames import GREY, fill_title, prepare, remove, set_notes, write
from synth.deck.measure import Para, fit_size
from synth.deck.next_steps import Waiting, next_steps
from synth.deck.notes import observation_notes, recommendation_note, themes_note, unsupported_note
from synth.deck.resources import (
    Grid,
    answers_grid,
    answers_title,
    draw_grid,
    draw_resource_chart,
    draw_resource_table,
    grid_pages,
    resource_pages,
    sector_grid,
    unlisted_line,
)
from synth.deck.slides import (
    ACCENT,
    COVER_SIZES,
    MIN_BODY,
    READABLE_BODY,
    Blocks,
    Deck,
    SlideOrigin,
    content_slides,
    continued,
    fits_one_slide,
    pages_needed,
    two_column_slides,
)
from synth.deck.survey import (
    ALL_RESPONDENTS,
    STAFF_MARKS,
    LikertChart,
    least_known,
    plural_role,
    result_charts,
    role_text,
    staff_line,
    staff_overcount,
    states_staff_shares,
)
from synth.deck.survey_evidence import (
    already_staffed,
    also_low,
    budget_room,
    first_results,
    function_scores,
    lowest_rated,
    most_chefs_low,
    rated_lowest,
    rating_and_resources,
    rating_reach,
    without_group,
)
from synth.deck.survey_tables import heat_grid, held_back, number_grid, staff_grid
from synth.deck.template import Layouts
from synth.draft.condense import unclear
from synth.errors import DeckError
from synth.records import DEVELOPMENT
from synth.survey.inventory import ChoiceTally
from synth.survey.results import SurveyResults
from synth.survey.shadow import InventoryFindings, answered
from synth.synthesis.describe import CENTRAL, SECTORS, group_name, interview_place, voices
from synth.text.functions import function_of, role_function
from synth.text.grammar import definite, lower_first
from synth.text.numbers import count_words, listing, share_words, thousands
from synth.text.placement import asked_role, own_support, settles_placement
from synth.text.sentences import quoted, split_sentences

__all__ = ["render"]

_LISTED = 6
"""Strengths and weaknesses on their slide, each: the most widely heard."""
_THIN = 1 / 3
"""How widely, against the most widely heard of its kind, a strength or weakness must be
heard to be listed among them."""


DRAFT_MARK = "Utkast"


def _cover(deck: Deck, content: DeckContent) -> None:
    layout = deck.layouts.title
    title = content.commission or content.client
    # the file's own title, which a reader's PowerPoint shows and a search finds, is the
    # deck's, not the template's ("synth standardmall", blind review 86)
    props = deck.prs.core_properties
    props.title = title
    props.subject = content.client if content.commission else ""
    props.comments = ""
    slide = deck.prs.slides.add_slide(layout)
    deck.origins.append(SlideOrigin("Titelbild"))
    if slide.shapes.title is not None:
        fill_title(slide.shapes.title, title, COVER_SIZES, where="Titelbilden")
    # findings nobody has reviewed are a draft, on the page that is shown first and
    # forwarded, not only in the notes (blind reviews 72-73: "no 'Utkast' marking")
    draft = DRAFT_MARK if content.observations and not content.reviewed else ""
    subtitle_text = "\n".join(
        t
        for t in (content.client if content.commission else "", swedish_date(content.date), draft)
        if t
    )
    others = [s for s in slide.placeholders if s.placeholder_format.idx != 0]
    subtitle = next(iter(others), None)
    if subtitle is not None:
        box = prepare(subtitle)
        paras = fit_size((24.0, 20.0, 18.0), lambda s: [Para(subtitle_text, s, colour=GREY)], box)
        if paras is None:
            raise DeckError("Titelbilden: kundens namn är för långt för bilden; korta det")
        write(subtitle, paras)
        for extra in others[1:]:
            remove(extra)
    # the notes trace each claim to its statements by id, and an id is a row of the
    # survey export or a turn of a transcript: who said it, to anyone holding those
    # (blind reviews 117 and 118 found the notes re-identifying survey respondents)
    if content.observations:
        set_notes(slide, TEAM_ONLY)


TEAM_ONLY = (
    "Arbetsversion för teamet. Talarmanuset anger för varje påstående vilka uttalanden "
    "(INT-…, FOK-…, ENK-…) det bygger på; id:na pekar ut de svarande i enkätexporten och "
    "intervjuutskrifterna. Lämna inte ut den här filen: kundversionen, utan talarmanus, "
    "skrivs med 'synth kundversion'."
)


def _fieldwork(deck: Deck, content: DeckContent) -> None:
    work = content.fieldwork
    lines: list[str] = []
    if work.interviews:
        # a group interview told as an interview is one of them, not an individual one
        alone = "" if work.told_as_interviews else "individuella "
        lines.append(f"{thousands(work.interviews)} {alone}intervjuer med {_interviewed(work)}")
    if work.group_interviews:
        named = group_name(work.group_kinds, one=work.group_interviews == 1)
        taking_part = listing([plural_role(r) or role_text(r) for r in work.grouped])
        who = f" med {taking_part}" if taking_part else ""
        lines.append(f"{thousands(work.group_interviews)} {named}{who}")
    if work.workshops:
        lines.append(f"{thousands(work.workshops)} workshoppar")
    if work.interview_dates:
        lines.append(f"Intervjuerna genomfördes {date_range(*work.interview_dates)}")
    if work.rates:
        # collected as workbooks: the form's own recipients, not the whole recipient list
        answered = sum(r.answered for r in work.rates)
        sent = sum(r.recipients for r in work.rates)
        lines.append(
            f"Chefsenkät: {thousands(answered)} svar av {thousands(sent)} tillfrågade "
            f"(svarsfrekvens {round(answered / sent * 100) if sent else 0}\u00a0%)"
        )
        if work.survey_responses > answered:
            lines.append(f"Enkätexport: {thousands(work.survey_responses - answered)} svar")
    elif work.survey_responses:
        survey = f"Chefsenkät: {thousands(work.survey_responses)} svar"
        if work.response_rate is not None and work.survey_recipients:
            survey += (
                f" av {thousands(work.survey_recipients)} tillfrågade "
                f"(svarsfrekvens {round(work.response_rate * 100)}\u00a0%)"
            )
        lines.append(survey)
    # when it was answered, as the interviews' dates are told (blind review 141 missed the
    # survey's period among how the work was done)
    if work.survey_dates and lines and lines[-1].startswith("Chefsenkät"):
        lines[-1] += f", besvarad {date_range(*work.survey_dates)}"
    # whose ratings the figures are, where the central chefs' are told apart (blind
    # review 133: the summary's figures did not say they leave them out)
    without = content.charts[0].without if content.charts else ""
    if without and lines and lines[-1].startswith("Chefsenkät"):
        lines[-1] += (
            f"; i betygen av stödet ingår inte cheferna i {without}, som själva leder flera "
            "av stödfunktionerna"
        )
    if content.resources is not None and content.resources.rows:
        lines.append(f"Inventering av stödresurser: {content.resources.answered_so_far}")
    # a group of statements where no common claim could be put is no finding: the appendix
    # counts it apart (blind review 148 counted 65 findings where the slide said 68)
    found = sum(o.claimed for o in content.observations)
    main = len(content.main_findings)
    if found:
        # what was heard, in the client's terms; how it was sorted and counted is the
        # method slide's (blind review 146: "882 uttalanden … grupperade i 68 iakttagelser"
        # is the tool's internals on the client's slide)
        grouped = f"Det som framkom sammanfattas i {found} iakttagelser"
        if main < found:
            # not only the most widely heard: say which others have a slide, and why
            chosen = " och ".join(
                why
                for why, given in (
                    ("som konsulterna valt", any(o.ordered for o in content.main_findings)),
                    ("som chefsenkäten pekar ut", any(o.anchored for o in content.main_findings)),
                )
                if given
            )
            also = f" eller {chosen}" if chosen else ""
            # "hörts mest spritt", as the method slide weighs it: by the share of each kind
            # of source, not a count of sources (two blind reviews counted and objected)
            grouped += (
                f"; de {main} som hörts mest spritt{also} redovisas här, övriga i bilaga (se metod)"
            )
        lines.append(grouped)

    def blocks(size: float) -> list[list[Para]]:
        result: list[list[Para]] = []
        if content.commission:
            result.append([Para(f"Uppdrag: {content.commission}", size)])
            result.append([Para("Underlag:", size, bold=True, space_before=size * 0.6)])
        result += [[Para(line, size, bullet=True, space_before=size * 0.4)] for line in lines]
        return result

    content_slides(deck, "Uppdraget och genomförande", blocks, _counted_from(content))


def _counted_from(content: DeckContent) -> str:
    """The notes of the fieldwork slide: where the counts it gives come from that the
    material collected does not show, the lists the survey and the inventory were sent to
    and the interview log. Blind reviews 143-145 found "180 tillfrågade" and "10 av 12
    tillfrågade" nowhere in the interviews, the export and the workbooks."""
    work = content.fieldwork
    parts = []
    if work.recipients_file and work.survey_recipients and not work.rates:
        parts.append(
            f"de {thousands(work.survey_recipients)} tillfrågade i chefsenkäten är raderna i "
            f"mottagarlistan ({work.recipients_file})"
        )
    resources = content.resources
    if resources is not None and resources.rows and resources.invited and resources.invited_file:
        parts.append(
            f"de {resources.invited} tillfrågade i inventeringen av stödresurser är de som "
            f"formuläret skickades till ({resources.invited_file}); vilka som har svarat visar "
            "synth status"
        )
    if work.interview_dates and work.interview_log:
        parts.append(f"intervjudatumen står i intervjuloggen ({work.interview_log})")
    if not parts:
        return ""
    told = "; ".join(parts)
    return f"Var siffrorna kommer ifrån: {told}."


def _interviewed(work: Fieldwork) -> str:
    """Who the interviews were with, as far as it points at no one: all of one role
    ("chefer"), else how many were with the central administration, which runs the
    support, and how many out in the sectors ("nyckelpersoner, 6 av dem i
    Kommunledningskontoret och 4 ute i verksamheterna"). Each role named, as blind review 124
    asked, made the bullets of those who alone hold theirs theirs, and a group interview
    told as an interview a group again (blind review 125)."""
    if len(work.interviewed) == 1:
        role, held = work.interviewed[0]
        plural = plural_role(role) if held > 1 else None
        if plural is not None:
            return plural
    places = _interview_places(work)
    if places is None:
        return "nyckelpersoner"
    named, central, elsewhere = places
    return (
        f"nyckelpersoner, {thousands(central)} av dem i {named} och "
        f"{thousands(elsewhere)} ute i verksamheterna"
    )


def _interview_places(work: Fieldwork) -> tuple[str, int, int] | None:
    """The central administration's name, how many interviews were held there and how
    many out in the sectors; None where any has no sector, or all were held in one of
    the two (as `synth.synthesis.describe.interview_place` counts them)."""
    held = [(interview_place(sector), sector, n) for sector, n in work.interviewed_in]
    central = sum(n for place, _, n in held if place == CENTRAL)
    elsewhere = sum(n for place, _, n in held if place == SECTORS)
    named = next((str(sector) for place, sector, _ in held if place == CENTRAL), "")
    if not central or not elsewhere or any(place is None for place, _, _ in held):
        return None
    return named, central, elsewhere


def _by_perspective(observations: Sequence[Observation]) -> dict[str, list[Observation]]:
    grouped: dict[str, list[Observation]] = {p: [] for p in PERSPECTIVES}
    for observation in observations:
        grouped[observation.perspective].append(observation)
    return grouped


_SUMMARY_EACH = 3
"""Main findings the summary names per perspective at least, where it has that many ..."""
_SUMMARY_MOST = 4
"""... and at most, where another has fewer than `_SUMMARY_EACH` to give ..."""
_SUMMARY_KEY = 5
"""... or where the assessment and the survey's first results name more of its findings."""


def _summarised(
    grouped: dict[str, list[Observation]], key: Collection[str] = ()
) -> dict[str, list[Observation]]:
    """The findings the summary names, per perspective in its order: those `key` names
    (the findings the assessment rests on, the consultant's and the survey's first
    results: `_summary_key`), up to five, filled with the first of the others to three
    each, and to four where a perspective with fewer leaves places over. With two findings
    on the development situation, "Det är oklart vem som äger systemen" was left out of
    the summary though the chefs rate IT second lowest (review 46); with the survey's
    findings first, "Sektorerna har byggt upp egna resurser vid sidan av" and "Det är
    oklart vem som äger vad", the structures' two weaknesses in the assessment, were
    (review 76)."""
    counts = {p: min(_SUMMARY_EACH, len(obs)) for p, obs in grouped.items() if obs}
    spare = _SUMMARY_EACH * len(counts) - sum(counts.values())
    for perspective in sorted(counts, key=lambda p: -len(grouped[p])):
        room = min(_SUMMARY_MOST, len(grouped[perspective])) - counts[perspective]
        extra = max(0, min(spare, room))
        counts[perspective] += extra
        spare -= extra
    shown: dict[str, list[Observation]] = {}
    for perspective, n in counts.items():
        own = grouped[perspective]
        chosen = {id(o) for o in own if o.theme_id in key}
        named = [o for o in own if id(o) in chosen][:_SUMMARY_KEY]
        rest = [o for o in own if id(o) not in chosen][: max(0, n - len(named))]
        picked = {id(o) for o in [*named, *rest]}
        shown[perspective] = [o for o in own if id(o) in picked]
    return shown


def _without_least(
    shown: dict[str, list[Observation]], key: Collection[str]
) -> dict[str, list[Observation]] | None:
    """The summary's lines without the last of the perspective that has the most, one
    `key` names only where no other is left, and a wish before any other; None where
    each perspective has one line."""
    longest = max(shown, key=lambda p: len(shown[p]), default=None)
    if longest is None or len(shown[longest]) < 2:
        return None
    own = shown[longest]
    rest = [o for o in own if o.theme_id not in key]
    # of those, a wish before a finding of what is: what is asked for is the
    # recommendations' to tell, and the summary's lead had put out "Sektorerna har byggt
    # upp egna resurser vid sidan av" before "Det finns önskemål om en väg in"
    candidates = rest or own
    wishes = [o for o in candidates if o.polarity == "förslag"]
    gone = (wishes or candidates)[-1]
    return {**shown, longest: [o for o in own if o is not gone]}


def _told(observation: Observation) -> bool:
    """Whether an interview or a group interview says a finding, not survey answers alone:
    "Det är oklart vem som bestämmer inom lokalförsörjning", two answers under the chefs'
    third-lowest rating, has its slide, and listed first among the weaknesses it put out
    "Sektorerna har byggt upp egna resurser vid sidan av", heard in eight interviews."""
    interviews, groups, _ = observation.counts
    return bool(interviews or groups)


def _survey_firsts(content: DeckContent) -> set[str]:
    """The survey's first results among the findings with a slide: the weakness about the
    function the chefs rate lowest and the strength about the one they rate highest."""
    rated = [(o, r) for o in content.main_findings if (r := o.rated) is not None]
    weak = [(o, r) for o, r in rated if o.leaning == "svaghet"]
    strong = [(o, r) for o, r in rated if o.leaning == "styrka"]
    firsts = [max(weak, key=lambda item: rated_lowest(item[1]))[0]] if weak else []
    firsts += [min(strong, key=lambda item: rated_lowest(item[1]))[0]] if strong else []
    return {o.theme_id for o in firsts}


def _summary_key(content: DeckContent) -> set[str]:
    """The findings the summary names first: those the assessment rests on, those the
    consultant placed, and the survey's first results (`_survey_firsts`)."""
    cited = {t for point in content.assessment if point.supported for t in point.theme_ids}
    ordered = {o.theme_id for o in content.main_findings if o.ordered}
    return cited | ordered | _survey_firsts(content)


def _summary_evidence(observation: Observation) -> str:
    """What a summary's line rests on, in short: the survey's figure where the survey
    points at it, and where it is heard most widely, in words ("merparten av
    intervjuerna"). A list of headlines alone gave no weight to any (blind review 96: "it
    just repeats the slide titles … no ranking"); the exact counts are the slides'."""
    rated = (
        rating_reach(observation.rating, observation.leaning)
        if observation.anchored and observation.rating is not None
        else ""
    )
    return "; ".join(part for part in (rated, observation.heard) if part)


# The order of a perspective's lines in the summary: what is wrong, what is said of it
# without judging, what works, and then what is asked for
_SUMMARY_ORDER = {"svaghet": 0, "neutral": 1, "styrka": 2, "förslag": 3}


def _weaknesses_first(observations: Sequence[Observation]) -> list[Observation]:
    """A perspective's lines by what they say (`_SUMMARY_ORDER`), each kind in the order
    the findings come: a strength and a wish between two weaknesses read as a list of
    topics, not a picture of the perspective."""
    return sorted(observations, key=lambda o: _SUMMARY_ORDER.get(o.polarity or "", 1))


def _summary(deck: Deck, content: DeckContent) -> None:
    # the consultant's order and the survey's first result before the most widely heard
    main = sorted(content.main_findings, key=lambda o: not (o.ordered or o.anchored))
    grouped = _by_perspective(main)
    key = _summary_key(content)
    shown = _summarised(grouped, key)

    lead = _summary_lead(content)

    def blocks(size: float) -> list[list[Para]]:
        result: list[list[Para]] = [[Para(lead, size, bold=True)]] if lead else []
        for i, (perspective, observations) in enumerate(shown.items()):
            heading = Para(
                PERSPECTIVES[perspective][0],
                size,
                bold=True,
                colour=ACCENT,
                space_before=size * 0.8 if i or lead else 0.0,
            )
            items = [
                Para(
                    o.headline,
                    size,
                    bullet=True,
                    space_before=size * 0.3,
                    note=f" ({said})" if (said := _summary_evidence(o)) else "",
                )
                for o in _weaknesses_first(observations)
            ]
            result.append([heading, items[0]])
            result += [[item] for item in items[1:]]
        return result

    # one slide, what a reader takes in at a glance: where it would run on, the last line
    # of the perspective with the most goes, one the assessment, the consultant or the
    # survey points at last (a survey-anchored finding more had sent it to a "(forts.)")
    while pages_needed(deck, "Sammanfattning", blocks) > 1 and (
        fewer := _without_least(shown, key)
    ):
        shown = fewer
    notes = "Huvudteman per perspektiv: de som bedömningen vilar på, konsultens och chefsenkätens "
    notes += "först, sedan de mest spridda:\n"
    notes += "\n".join(
        f"{PERSPECTIVES[p][0]}: {', '.join(o.theme_id for o in obs)}" for p, obs in shown.items()
    )
    if shown:
        content_slides(deck, "Sammanfattning", blocks, notes)


DEVELOPMENT_TITLE = "Bilaga: utvecklingssituationen i siffror"
DEVELOPMENT_CAVEAT = (
    "Uppgifterna är de intervjuades och de svarandes egna och är inte avstämda mot "
    "kommunens statistik."
)


def _development(deck: Deck, content: DeckContent) -> None:
    """The figures the material gives of the development situation (`synth.draft.context`):
    what the findings stand in, in the appendix, as they are the interviewees' own and
    not checked against the municipality's statistics (blind reviews 139 and 146-149:
    unchecked figures do not go before the kommundirektör in the body). Each line's
    statement is named in the notes, as an observation's are.

    A figure another source gives otherwise stays in the notes, with both, for the
    consultant to check against the municipality's own records: shown, "Andra källor anger
    en annan siffra" put the kommundirektör's own efficiency requirement in doubt before
    her (blind reviews 58-59), and one chosen in silence hid that the sources disagree
    (review 43)."""
    shown = content.figures_shown
    if not shown:
        return

    def blocks(size: float) -> list[list[Para]]:
        return [
            *(
                [Para(figure.line, size, bullet=True, space_before=size * 0.6 if i else 0)]
                for i, figure in enumerate(shown)
            ),
            # what they are, on the slide: the interviewees' own figures read as the
            # municipality's statistics (blind review 113: "hearsay numbers shown as facts")
            [Para(DEVELOPMENT_CAVEAT, MIN_BODY, colour=GREY, space_before=size)],
        ]

    notes = [
        "Siffror om utvecklingssituationen som de intervjuade och svarande själva angav "
        "(uttalanden som perspektivlinsen läser som utvecklingssituationen), en per sak, "
        "en enskild intervjus före en grupps; kontrollera dem mot kommunens egna underlag "
        "innan de visas:"
    ]
    for figure in content.development:
        left_out = (
            ""
            if figure in shown
            else " Visas inte på bilden: andra källor anger en annan siffra eller tidsperiod."
        )
        notes.append(f"- {figure.line} (uttalande {figure.statement_id}){left_out}")
        notes += [
            f"  Om samma sak i en annan källa, jämför: {line} (uttalande {sid})"
            for line, sid in figure.also
        ]
    content_slides(deck, DEVELOPMENT_TITLE, blocks, "\n".join(notes))


_CHALLENGES = "Utmaningar"
"""The heading of the development situation's weaknesses beside the weak sides."""


def _strengths_weaknesses(deck: Deck, content: DeckContent) -> None:
    # the most widely heard of each, as many as a slide can hold with room to read them;
    # as in the summary, first those the consultant placed and the survey's own result
    # (the weakness about the function the chefs rate lowest), however widely heard
    firsts = _survey_firsts(content)

    def placed(o: Observation) -> bool:
        return o.ordered or o.theme_id in firsts or (o.anchored and _told(o))

    evidenced = sorted(
        (o for o in content.observations if o.evidenced and o.claimed),
        key=lambda o: not placed(o),
    )
    # listed in the observations' order, the consultant's first and then as widely heard
    # as they are, but for the survey's first results, which the chefs' ratings weigh
    # beside the breadth and the line says so: HR, which 70 % of the chefs rate 4–5, stood
    # below a strength heard in more interviews (blind review 75: "order by weight of
    # evidence including the survey"). Any other finding the survey points at earns its
    # place, not its rank ("IT-stödet till skolan räcker inte (2/9 · 0/3 · 2)" stood
    # second, above "vi och dom" (8/9 · 2/3 · 1); blind review 73)
    rank = {id(o): k for k, o in enumerate(content.observations)}

    def listed(leaning: str) -> list[Observation]:
        heard = [o for o in evidenced if o.leaning == leaning]
        # not one heard far less widely than the widest of its kind, unless placed: "Stödet
        # i rehabärenden är riktigt bra" (one interview, one group, one answer) beside "HR-
        # stödet är bra" (6/10 · 2/2 · 25) padded the strengths (blind review 112: "thin")
        widest = max((o.weight for o in heard), default=0.0)
        heard = [o for o in heard if placed(o) or o.weight >= _THIN * widest]
        chosen = heard[:_LISTED]
        # each perspective with one of them among them, as the summary has each: "Det
        # finns ingen gemensam prioritering av vad som ska digitaliseras", eight interviews
        # and the development situation's only weakness, gave way to a fifth about the
        # structures heard in both focus groups. Its place is the least widely heard of the
        # perspective listed most, not one the consultant or the survey placed.
        for perspective in PERSPECTIVES:
            if any(o.perspective == perspective for o in chosen):
                continue
            first = next((o for o in heard if o.perspective == perspective), None)
            times = Counter(o.perspective for o in chosen)
            given = [
                (times[o.perspective], k)
                for k, o in enumerate(chosen)
                if not (o.ordered or o.anchored) and times[o.perspective] > 1
            ]
            if first is not None and given:
                chosen[max(given)[1]] = first
        return sorted(chosen, key=lambda o: (o.theme_id not in firsts, rank[id(o)]))

    def reach(o: Observation) -> str:
        # the figure where the survey points at the finding (`Observation.anchored`): the
        # reason it is listed, whatever its breadth
        rated = rating_reach(r, o.leaning) if (r := o.rated) is not None else ""
        return " · ".join(part for part in (o.reach, rated) if part)

    strong, weak = listed("styrka"), listed("svaghet")
    if not strong and not weak:
        # a slide of two columns each saying there is nothing to list tells the reader
        # nothing (the seed engagement's deck, where no finding with a leaning had a line)
        return

    # a weakness of the development situation is what the municipality meets from outside
    # (DOMAIN.md), not a weak side of its organisation: "Kompetensförsörjningen är en
    # utmaning" listed among the weak sides of the support (blind review 157); it stands
    # under a heading of its own in the same column, as a SWOT puts its threats apart
    challenges = [o for o in weak if o.perspective == DEVELOPMENT]
    weak = [o for o in weak if o.perspective != DEVELOPMENT]

    def column(
        label: str, observations: list[Observation], then: list[Observation] | None = None
    ) -> Blocks:
        def blocks(size: float) -> list[list[Para]]:
            def items(listed: list[Observation]) -> list[list[Para]]:
                return [
                    [
                        Para(
                            o.headline,
                            size,
                            bullet=True,
                            space_before=size * 0.4,
                            note=f" ({reach(o)})" if reach(o) else "",
                        )
                    ]
                    for o in listed
                ]

            heading = Para(label, size + 2, bold=True, colour=ACCENT)
            none = Para(f"Inga teman där {label.lower()} överväger", size, italic=True)
            own = items(observations) or ([] if then else [[none]])
            result = [[heading, *own[0]], *own[1:]] if own else [[heading]]
            if then:
                more = items(then)
                lead = Para(_CHALLENGES, size + 2, bold=True, colour=ACCENT, space_before=size)
                result += [[lead, *more[0]], *more[1:]]
            return result

        return blocks

    notes = (
        f"Starka sidor: {', '.join(o.theme_id for o in strong) or '–'}\n"
        f"Svaga sidor: {', '.join(o.theme_id for o in weak) or '–'}\n"
        + (
            f"{_CHALLENGES} (svagheter i utvecklingssituationen, det kommunen möter utifrån): "
            f"{', '.join(o.theme_id for o in challenges)}\n"
            if challenges
            else ""
        )
        + "Ett tema räknas som stark eller svag sida efter vad flest av dess uttalanden säger; "
        f"de {_LISTED} mest spridda av varje slag visas efter spridning (inte de som hörts "
        "mindre än en tredjedel så spritt som det mest spridda), de konsulten ordnat "
        "först och minst en om varje perspektiv där det finns någon; det som chefsenkäten "
        "ger lägst och högst betyg visas alltid, först i sin spalt och med enkätens siffra."
    )
    two_column_slides(
        deck,
        "Starka sidor och svaga sidor",
        column("Starka sidor", strong),
        column("Svaga sidor", weak, challenges),
        notes,
        rest=("Starka sidor", "Svaga sidor"),
    )


RELATED_LEAD = "Om {about} tas också upp (se bilaga):"
"""What leads the list of the other findings on what a finding is about
(`Observation.related`)."""


def _observation(deck: Deck, observation: Observation) -> None:
    # the finding is the slide's title, as a consultant writes it; the perspective it
    # belongs to stands above the evidence as a small kicker
    title = observation.headline
    kicker = PERSPECTIVES[observation.perspective][1]
    # an unsupported bullet is never stated as fact: the notes say what was left out and why
    shown = [b for b in observation.bullets if b.shown]
    shown_quotes = list(observation.quotes)
    related = list(observation.related.findings) if observation.related is not None else []

    def left(size: float) -> list[list[Para]]:
        head = Para(kicker, MIN_BODY, bold=True, colour=GREY)
        bullets = [[Para(b.text, size, bullet=True, space_before=size * 0.5)] for b in shown]
        for figure in (
            observation.survey,
            observation.inventory,
            observation.placement,
            observation.staff,
        ):
            if figure:
                bullets.append([Para(figure, size, bullet=True, space_before=size * 0.5)])
        if observation.related is not None and related:
            # a list under its lead, each finding's headline with its breadth in grey
            lead = RELATED_LEAD.format(about=observation.related.about)
            bullets.append(
                [
                    Para(lead, size, bullet=True, space_before=size * 0.5),
                    *(
                        Para(
                            f"\u2013 {text}",
                            size,
                            indented=True,
                            note=f" ({reach})" if reach else "",
                        )
                        for _, text, reach in related
                    ),
                ]
            )
        if not bullets:
            return [[head]]
        return [[head, *bullets[0]], *bullets[1:]]

    def right(size: float) -> list[list[Para]]:
        quotes = [
            [
                Para(quoted(q.text), size, italic=True, space_before=size * 0.6 if i else 0),
                *(
                    [Para(f"\u2013 {q.attribution}", MIN_BODY, colour=GREY)]
                    if q.attribution
                    else []
                ),
            ]
            for i, q in enumerate(shown_quotes)
        ]
        breadth = [Para(observation.breadth, MIN_BODY, colour=GREY, space_before=size)]
        return [*quotes, breadth]

    # a finding's slide reads in the room as the others do, at 16 pt or more: where the
    # survey's and the inventory's figures stand beside four lines and two quotes (HR,
    # procurement), the last of the other findings it lists gives way, down to one (it
    # points to the appendix, where they stand), then the last line that is not said
    # against the finding, down to three, and then the last quote; the notes say what
    # was left out
    left_out: list[str] = []

    def whole(size: float) -> list[list[Para]]:
        return [*left(size), *right(size)]

    while not fits_one_slide(deck, (left, right) if shown_quotes else (whole,), READABLE_BODY):
        lines = [k for k, b in enumerate(shown) if b.own]
        if len(related) > 1:
            left_out.append(f"iakttagelsen {quoted(related.pop()[1])} i listan över andra")
        elif len(shown) > _LEAST_LINES and lines:
            left_out.append(f"punkten {quoted(shown.pop(lines[-1]).text)}")
            # the lines after it say "en annan" or "samma" of what is left
            shown = list(told_again(shown))
        elif len(shown_quotes) > 1:
            left_out.append(f"citatet {shown_quotes.pop().statement_id}")
        else:
            break
    deck.theme_slides.setdefault(observation.theme_id, len(deck.prs.slides) + 1)
    for fid, _, _ in related:
        deck.related_slides.setdefault(fid, len(deck.prs.slides) + 1)
    notes = observation_notes(observation)
    if left_out:
        notes += f"\nUtelämnat på bilden för att texten ska stå i minst {READABLE_BODY:.0f} pt: "
        notes += "; ".join(left_out)
    if not shown_quotes:
        # nothing to quote: the evidence across the slide, its breadth beneath, not a
        # right-hand column holding one grey line (blind review 94: "right columns are
        # half empty")
        content_slides(deck, title, whole, notes, observation.theme_id)
        return
    two_column_slides(deck, title, left, right, notes, theme_id=observation.theme_id)


_LEAST_LINES = 3
"""The fewest lines of evidence a finding's slide gives way to before its quotes do."""


def _reference(deck: Deck, content: DeckContent, theme_ids: Sequence[str]) -> str:
    """ "Headline (bild 9); Headline (bilaga)": the observations in this deck, findable: on
    a slide of their own or listed in the appendix (`_appendix_listed`). One the appendix
    only counts ("Därtill sex iakttagelser som bara en källa tar upp") is not named: "Det
    finns önskemål om stöd i upphandling tidigt (bilaga)" sent the reader looking for an
    entry that was not there."""
    headlines = {o.theme_id: o.headline for o in content.observations}
    return "; ".join(
        f"{headlines[t]} ({place})"
        for t in dict.fromkeys(theme_ids)
        if t in headlines and (place := _where(deck, content, t)) is not None
    )


def _appendix_listed(content: DeckContent) -> list[Observation]:
    """The findings the appendix lists by their headline: those without a slide that claim
    something (`Observation.claimed`) and are heard from several sources; one source alone
    is an anecdote, no finding (`DeckContent.main_findings`), counted at the end."""
    return [o for o in content.other_findings if o.claimed and len(o.source_ids) >= SEVERAL_SOURCES]


def _where(deck: Deck, content: DeckContent, theme_id: str) -> str | None:
    """Where a finding stands in the deck, as a reference to it says: "bild 13", or
    "bilaga" for one the appendix lists (`_appendix_listed`); None for one the appendix
    only counts, which a reference would send the reader looking for in vain."""
    slide = deck.slide_of(theme_id)
    if slide is not None:
        return f"bild {slide}"
    listed = {o.theme_id for o in _appendix_listed(content)}
    return "bilaga" if theme_id in listed else None


def _bears_out(findings: InventoryFindings | None) -> str:
    """What the inventory says of the support the sectors keep beside the central, as the
    sentences told after the finding about it: "Inventeringen av stödresurser visar
    omfattningen: 16,6 åa finns ute i verksamheterna inom sju stödfunktioner som också
    finns centralt, 2,1 åa av dem utan budget, samtidigt som den centrala förvaltningen
    har 9,6 åa färre i praktiken än i budget (…)." and what many do as parts of their
    jobs; empty where no function is on both sides. Its scale, not a proof: most of it is
    budgeted (blind review 133 read "stöder det" of the 16,6 åa as calling sanctioned
    sector staff a resource built up on the side)."""
    if findings is None:
        return ""
    parallel = findings.parallel_said()
    if not parallel:
        return ""
    meanwhile = findings.meanwhile()
    said = f"Inventeringen av stödresurser visar omfattningen: {parallel}"
    said += f", {meanwhile}." if meanwhile else "."
    passing = findings.done_in_passing()
    return f"{said} {passing}" if passing else said


def _told_after(text: str, headline: str, told: str) -> str | None:
    """`text` with `told` after its sentence that names `headline`; None where none does."""
    named = headline.strip().rstrip(".").casefold()
    sentences = split_sentences(text)
    at = next((k for k, s in enumerate(sentences) if named in s.casefold()), None)
    if at is None:
        return None
    return " ".join([*sentences[: at + 1], told, *sentences[at + 1 :]])


def _inventory_point(
    findings: InventoryFindings | None,
    joined: tuple[str, str] | None = None,
    *,
    told: Collection[ChoiceTally] = (),
    borne_out: bool = False,
) -> str | None:
    """The inventory's findings as one point of the assessment: how much of the support
    sits out in the operations, on how many functions run on both sides, and the work
    done there without a budget: the parallel organisation the commissions ask about (the
    last blind review missed it beside a comparison of sectors told by one answer each),
    with what only the operations do (`InventoryFindings.by_nature`). Where the sums show
    other findings only, the first two of them.

    `joined`: the headline of the finding about the support the operations keep
    themselves (`with_placement`) and where it stands ("bild 9"). The point then says the
    inventory bears it out: the interviews and the inventory told apart read as two
    subjects (blind review 75: "nothing joins the inventory figures and the findings").
    `borne_out`: the assessment has told that with the finding itself (`_bears_out`), and
    the central posts not filled with it."""
    if findings is None or not findings.clauses:
        return None
    wanted = [findings.clause(kind) for kind in ("placement", "unbudgeted")]
    clauses = [c for c in wanted if c] or list(findings.clauses[:2])
    first, *then = (c.rstrip(".") for c in clauses)
    # the work done without a budget out there beside the central posts not filled
    unbudgeted = findings.clause("unbudgeted")
    meanwhile = "" if borne_out else findings.meanwhile()
    if unbudgeted and meanwhile:
        first, *then = (f"{c}, {meanwhile}" if c == unbudgeted else c for c in (first, *then))
    # what bears the finding out is the support out there in the functions also run
    # centrally; the share of all of it holds the chefs' own administrators, who are out
    # there by nature and beside nothing (blind review 76)
    placement = (findings.clause("placement") or "").rstrip(".")
    parallel = findings.parallel_said()
    if joined is not None and parallel and first == placement:
        headline, where = joined
        # and the share of all the support out there, which the share without what only
        # the operations have is told against (review 77: "en fjärdedel" had no base)
        said = [
            f"Inventeringen av stödresurser visar omfattningen av iakttagelsen "
            f"{quoted(headline)} ({where}): {parallel}.",
            findings.done_in_passing(),
            f"Av allt stöd finns {share_words(findings.close / findings.actual)} ute i "
            "verksamheterna.",
            findings.by_nature(figures=False),
        ]
    else:
        # the share out there beside what only the operations do (review 51: the 40
        # percent was driven by the chefs' administrators)
        said = [
            f"Inventeringen av stödresurser visar att {first}.",
            findings.by_nature(figures=False) if placement else "",
        ]
    # what fewer than half affirm of the support (no agreement on what it delivers): the
    # last blind review found it missing beside the sums
    # (not one the assessment tells already, `told`)
    doubted = [
        answered(t, rest=False) for t in findings.answers[:1] if t.mostly_not and t not in told
    ]
    return " ".join(
        [
            *(s for s in said if s),
            *(f"Den visar också att {c}." for c in then),
            *(f"{c[:1].upper()}{c[1:]}." for c in doubted),
        ]
    )


def _survey_points(deck: Deck, content: DeckContent) -> tuple[str, ...]:
    """The survey's first result as a point of the assessment, with the finding about it:
    the function the chefs rate lowest has a slide of its own (`with_survey`), and the
    assessment, drafted before the deck reads the survey, says so. What qualifies the
    figures (the chefs who run the functions rating them higher, the function many do not
    know) is a second point: in one, the point ran to 900 characters (blind review 157)."""
    anchored = [
        (o, o.rating)
        for o in content.main_findings
        if o.anchored and o.leaning == "svaghet" and o.rating is not None
    ]
    if not anchored:
        return ()
    # the lowest rated of all the functions, whether or not a finding is about it: the
    # lowest of those with a finding said "IT/digitalisering lägst betyg" (54 %) where no
    # finding was about procurement, which 60 % rated 1–2
    rated = first_results(function_scores(content.charts, content.surveys)).values()
    lowest = max([*rated, *(r for _, r in anchored)], key=rated_lowest)
    about = next(((o, r) for o, r in anchored if r.function == lowest.function), None)
    if about is None:
        rating, said = lowest, f"{lowest_rated(lowest)}."
    else:
        # the finding's figure: the sector set apart only where it was heard (`with_survey`)
        finding, rating = about
        where = _where(deck, content, finding.theme_id)
        seen = f"; se iakttagelsen {quoted(finding.headline)} ({where})" if where else ""
        said = f"{lowest_rated(rating)}{seen}."
    # and the others the chefs rate low, each with where its finding stands
    places = {
        r.function: where
        for o, r in anchored
        if (where := _where(deck, content, o.theme_id)) is not None
    }
    scores = function_scores(content.charts, content.surveys)
    also = also_low(scores, places)
    said += f" {also}" if also else ""
    # and which more chefs rate low, counted, where that is another (blind review 127)
    most = most_chefs_low(scores)
    said += f" {most}" if most else ""
    # the chefs who run several of the functions rate them higher than everyone else: the
    # all-respondents figure holds their marks (blind review 54)
    gapped = next((c for c in content.charts if c.gap is not None), None)
    qualified = ""
    if gapped is not None and gapped.gap is not None:
        # left out of the figures above already (`LikertChart.without`), or the figure
        # without them told here
        left_out = rating.outside == gapped.group
        without = None if left_out else without_group(rating, gapped)
        qualified += (
            f" Cheferna i {gapped.group}, som själva leder flera av stödfunktionerna, ger "
            f"{gapped.gap.said()}"
            + (
                "; deras betyg ingår därför inte i siffrorna ovan."
                if left_out
                else f"; {without}."
                if without
                else "."
            )
        )
    everyone = next((c for c in content.charts if c.group == ALL_RESPONDENTS), None)
    unknown = least_known(everyone) if everyone is not None else None
    if unknown is not None:
        qualified += f" {unknown}"
    return tuple(p.strip() for p in (said, qualified) if p.strip())


def _staff_point(deck: Deck, content: DeckContent) -> str | None:
    """The staff table as a point of the assessment (`staff_line`), with the finding its
    figure stands under (`with_staff`), else the table; review 40 found the first-line
    chefs' load the material's most widely supported message, and the deck's assessment
    silent on it."""
    line = staff_line(content.staff) if content.staff is not None else None
    if line is None:
        return None
    # the support meant for the chefs, where the inventory has it short of its budget
    findings = content.resources.findings if content.resources else None
    support = f" {findings.chefs_support()}" if findings and findings.chefs_support() else ""
    # and what makes a share doubtful, where the chefs count more staff than the sector
    # employs (blind review 156: "run a plausibility check before any derived figure")
    employees = content.resources.sector_employees if content.resources else {}
    if content.staff is not None and (
        overcount := staff_overcount(content.staff, employees, brief=True)
    ):
        support = f" {overcount}.{support}"
    under = next((o for o in content.main_findings if o.staff), None)
    where = _where(deck, content, under.theme_id) if under is not None else None
    if under is None or where is None:
        return f"{line}; se tabellen över antal medarbetare per chef.{support}"
    if states_staff_shares(under.headline):
        # the headline says the figures the line gives: "se iakttagelsen ”68 % av
        # rektorerna …”" after "leder 68 % av dem med rollen rektor …" says them twice
        placed = f"{line[:-1]}; {where})" if line.endswith(")") else f"{line} ({where})"
        return f"{placed}.{support}"
    return f"{line}; se iakttagelsen {quoted(under.headline)} ({where}).{support}"


_UNCLEAR_MOST = 3
"""The most findings a pattern point names: a longer list is no sentence a reader takes in."""


def _pattern_point(
    deck: Deck, content: DeckContent, unagreed: ChoiceTally | None = None
) -> tuple[str, tuple[str, ...]] | None:
    """What several findings in the deck say is unclear, as one judgment that they make a
    pattern, each with where it stands: "Ett genomgående drag är att ansvaret är otydligt:
    det är oklart vem som äger systemen (bild 15), vem som bestämmer inom
    lokalförsörjning (bild 19) och vart man vänder sig (bilaga)." Blind reviews 116 and 117
    found the assessment only repeating the findings one by one, where the material points
    at one common cause. None for fewer than two such findings, or none with a slide;
    with the ids of the findings it names."""
    named = _unclear_named(content, lambda theme_id: _where(deck, content, theme_id))
    if named is None:
        return None
    said = listing([f"{what} ({where})" for what, where, _ in named])
    text = f"{_PATTERN}: det är oklart {said}."
    # the inventory bears it out where few of its respondents have an agreement on what
    # the support delivers (`unagreed`): blind review 127 found the pattern resting on two
    # survey answers and an appendix finding, the strongest evidence told apart on the
    # last page
    if unagreed is not None:
        text += f" Inventeringen pekar åt samma håll: {answered(unagreed, rest=False)}."
    # and what it goes with, where the deck shows it: the operations building support of
    # their own (blind review 137: "ownership is unclear, there is no agreement on what
    # support delivers, and so sectors build their own capacity"; the assessment told the
    # three on three pages, and no judgment joined them). Which way it runs the material
    # does not settle: blind review 138 read the reverse, the sectors' own staff making it
    # unclear who does what, as the kommundirektör and a survey answer say
    built = next(
        (
            (o, where)
            for o in content.main_findings
            if own_support(o.headline)
            and (where := _where(deck, content, o.theme_id)) is not None
            and where.startswith("bild")
        ),
        None,
    )
    ids = tuple(theme_id for *_, theme_id in named)
    if built is not None:
        own, where = built
        text += (
            f" Otydligheten hänger sannolikt ihop med att {lower_first(own.headline).rstrip('.')} "
            f"({where})."
        )
        ids += (own.theme_id,)
    return text, ids


_PATTERN = "Ett genomgående drag är att ansvaret är otydligt"


def _unclear_named(
    content: DeckContent, place: Callable[[str], str | None]
) -> list[tuple[str, str, str]] | None:
    """The findings that say something is unclear, as what reads after "det är oklart"
    ("vem som äger systemen"), where each stands (`place`: "bild 15", "bilaga") and its
    id: those with a slide first, each kind in the deck's order, at most `_UNCLEAR_MOST`;
    None for fewer than two, or none with a slide. Each heard from several voices
    (`Observation.voices`): a pattern across findings is a judgment, and "vem som
    bestämmer inom lokalförsörjning", two survey answers in the same words, led the
    summary and the assessment as one of its three signs (blind review 159: "by the
    deck's own method one vote")."""
    found: list[tuple[bool, str, str, str]] = []
    for observation in content.observations:
        # what reads after "det är oklart": a question of who, what or where
        what = unclear(observation.headline, asked=True)
        where = place(observation.theme_id)
        if what is None or where is None or observation.voices < SEVERAL_SOURCES:
            continue
        found.append((where == "bilaga", what, where, observation.theme_id))
    found.sort(key=lambda item: item[0])
    named = found[:_UNCLEAR_MOST]
    if len(named) < 2 or named[0][0]:
        return None
    return [(what, where, theme_id) for _, what, where, theme_id in named]


def _summary_lead(content: DeckContent) -> str | None:
    """The pattern across the findings (`_pattern_point`) as the summary's first line, in
    short, before the findings per perspective: "Ett genomgående drag är att ansvaret är
    otydligt: det är oklart vem som äger systemen, vart man vänder sig och vem som ska
    beställa ändringen när något slutar fungera." Blind review 132 found the summary a list
    of the findings' headlines, where the assessment's one judgment across them should
    lead the deck. Told before the findings' slides are made, by which of them will have
    one (`DeckContent.main_findings`)."""
    slides = {o.theme_id for o in content.main_findings}
    listed = {o.theme_id for o in _appendix_listed(content)}

    def place(theme_id: str) -> str | None:
        return "bild" if theme_id in slides else "bilaga" if theme_id in listed else None

    named = _unclear_named(content, place)
    if named is None:
        return None
    return f"{_PATTERN}: det är oklart {listing([what for what, _, _ in named])}."


def _unagreed(findings: InventoryFindings | None) -> ChoiceTally | None:
    """The inventory's answers on an agreement about what the support delivers, where
    fewer than half of its respondents have one; None otherwise."""
    return next(
        (t for t in (findings.answers if findings else ()) if t.on_agreement and t.mostly_not),
        None,
    )


def _assessment(deck: Deck, content: DeckContent) -> None:
    # the one pattern across the findings first: the assessment opens with its judgment,
    # not with a restatement of each perspective's findings (blind reviews 118 and 119 found
    # it "the only real synthesis" in the deck, and on the last of three pages)
    findings = content.resources.findings if content.resources else None
    unagreed = _unagreed(findings)
    pattern = _pattern_point(deck, content, unagreed)
    if pattern is None:
        unagreed = None  # told in the inventory's own point
    shown = [pattern[0]] if pattern is not None else []
    # the finding the inventory bears on, where the reader can find it
    placed = next((o for o in content.observations if o.placement), None)
    where = _where(deck, content, placed.theme_id) if placed is not None else None
    # the inventory's figures told in the point that names that finding, after it: the
    # interviews' reason and the inventory's sums one argument, not two pages apart (blind
    # reviews 127-129: "nothing connects the three sources into one picture")
    points = {p.text: p.text for p in content.assessment if p.supported}
    bearing = _bears_out(findings) if placed is not None and where else ""
    if bearing and placed is not None:
        for point in content.assessment:
            if point.supported and placed.theme_id in point.theme_ids:
                after = _told_after(point.text, placed.headline, bearing)
                if after is not None:
                    points[point.text] = after
                    break
    joined = any(told != text for text, told in points.items())
    shown += list(points.values())
    survey = _survey_points(deck, content)
    shown += survey
    staff = _staff_point(deck, content)
    if staff:
        shown.append(staff)
    # the chefs' ratings beside the inventory's staffing: the two sources read together
    compared = rating_and_resources(
        function_scores(content.charts, content.surveys), content.resources
    )
    if compared:
        shown.append(compared)
    inventory = _inventory_point(
        findings,
        (placed.headline, where) if placed is not None and where and not joined else None,
        told=[unagreed] if unagreed is not None else [],
        borne_out=joined,
    )
    if inventory:
        shown.append(inventory)
    if not shown:
        return

    def blocks(size: float) -> list[list[Para]]:
        return [
            [Para(text, size, bullet=True, space_before=size * 0.6 if i else 0)]
            for i, text in enumerate(shown)
        ]

    header = (
        "Bedömningen, punkt för punkt, och de teman den vilar på (uttalanden och källor "
        "bakom varje tema står i anteckningarna till temats bild):"
    )
    # each point's notes under it, on the slide that shows it: the continued slide
    # repeated all of them (review 55); a point not shown is told on the first
    told: list[tuple[str | None, list[str]]] = []
    if pattern is not None:
        told.append(
            (
                pattern[0],
                [
                    f"–. {pattern[0]}",
                    f"   teman: {themes_note(deck, pattern[1])}",
                    "   grund: iakttagelserna vars rubriker säger att något är oklart"
                    + (
                        " och inventeringens svar om en överenskommelse om vad stödet ska leverera"
                        if unagreed is not None
                        else ""
                    ),
                ],
            )
        )
    for point in content.assessment:
        # as shown, with the inventory's figures where they are told in it
        text = points.get(point.text, point.text)
        lines = [f"{point.id or '–'}. {text}"]
        lines.append(f"   teman: {themes_note(deck, point.theme_ids)}")
        if text != point.text and findings:
            lines += [
                "   grund för inventeringens siffror: inventeringen av stödresurser:",
                *(f"   {d}" for d in findings.details),
            ]
        if not point.supported:
            lines.append(unsupported_note(point.reason))
        told.append((text if point.supported else None, lines))
    for rated in survey:
        told.append(
            (rated, [f"–. {rated}", "   grund: chefsenkätens betyg av stödet, alla svarande"])
        )
    if staff:
        told.append(
            (
                staff,
                [
                    f"–. {staff}",
                    "   grund: chefsenkätens antal medarbetare per chef (survey.staff)"
                    + (
                        " och inventeringens årsarbetare för den funktion som är till för "
                        "cheferna, i praktiken och budgeterade"
                        if findings and findings.chefs_support()
                        else ""
                    ),
                ],
            )
        )
    if compared:
        told.append(
            (
                compared,
                [
                    f"–. {compared}",
                    "   grund: chefsenkätens betyg av stödet (alla svarande) och inventeringens "
                    "årsarbetare i praktiken och budgeterade per funktion",
                ],
            )
        )
    if inventory and findings:
        told.append(
            (
                inventory,
                [
                    f"–. {inventory}",
                    "   grund: inventeringen av stödresurser (inventering.xlsx):",
                    *(f"   {d}" for d in findings.details),
                ],
            )
        )

    def page_notes(texts: Sequence[str]) -> str:
        first = any(t and t in shown[0] for t in texts)
        lines = [header]
        for said, told_lines in told:
            on_page = first if said is None else any(t and t in said for t in texts)
            if on_page:
                lines += told_lines
        return "\n".join(lines)

    content_slides(deck, "Bedömning", blocks, page_notes)


def _recommendations(deck: Deck, content: DeckContent) -> Waiting | None:
    """The recommendations' slides; what the others wait on of them, by their numbers
    (`Waiting`), or None."""
    drafted = [r for r in content.recommendations if r.supported]
    left_out = {r.id: why for r in drafted if (why := _left_out(deck, content, r))}
    joined = _joined_by_slide(deck, [r for r in drafted if r.id not in left_out])
    supported = list(dict.fromkeys(joined.get(r.id, r) for r in drafted))
    # at most ten, those that answer a slide first: a wish widely proposed that answers
    # only the appendix takes a place left over, not one a slide's finding needs ("Inför
    # en tydlig lokalförsörjningsprocess …", under the chefs' third-lowest rating, came
    # thirteenth by weight)
    room = _RECOMMENDATIONS
    crowded: list[tuple[Recommendation, bool]] = []
    for appendix in (False, True):
        for r in supported:
            if r.id in left_out or _answers_appendix_only(deck, content, r) is not appendix:
                continue
            if room <= 0:
                crowded.append((r, appendix))
            room -= 1
    # beyond the ten, the one that answers a weakness with a slide of its own that none
    # shown answers: blind reviews 125 and 128 found "Det är oklart vem som bestämmer inom
    # lokalförsörjning", on a slide for the chefs' third-lowest rating, answered by none
    waiting = {r.id for r, _ in crowded}
    answered = {t for r in supported if r.id not in left_out.keys() | waiting for t in r.answers}
    beyond: set[str] = set()
    for r, appendix in crowded:
        if (
            not appendix
            and len(beyond) < _BEYOND
            and any(t not in answered and _weak_on_a_slide(deck, content, t) for t in r.answers)
        ):
            beyond.add(r.id)
            answered.update(r.answers)
    # the notes say how many are shown (blind review 130: "10 … visas redan" beside 11)
    many = _RECOMMENDATIONS + len(beyond)
    for r, appendix in crowded:
        if r.id not in beyond:
            left_out[r.id] = (
                f"svarar bara mot iakttagelser i bilagan, och {many} rekommendationer visas redan"
                if appendix
                else f"{many} rekommendationer visas redan, de som svarar mot mer spridda "
                "iakttagelser"
            )
    shown, settling = _principle_first(
        content, [r for r in supported if r.id not in left_out] or supported
    )
    if not shown:
        return None
    placed = _where_staff_goes(shown, settling)
    rooms = _budget_rooms(content, shown)
    # by place: a recommendation the consultant added may have no id
    texts = [
        f"{_ended(r.text)} {placed[k][0]}" if k in placed else r.text for k, r in enumerate(shown)
    ]

    def blocks(size: float) -> list[list[Para]]:
        # numbered, as the notes and the other recommendations refer to them
        result = []
        for number, rec in enumerate(shown, start=1):
            block = [
                Para(
                    texts[number - 1],
                    size,
                    bold=True,
                    bullet=True,
                    space_before=size * 0.6 if number > 1 else 0,
                    number=number,
                )
            ]
            # what it answers, and what the inventory has of the role it brings in, as one
            # grey paragraph under it
            answers = _reference(deck, content, _answered(deck, content, rec, texts[number - 1]))
            under = [f"Svarar mot: {answers}"] if answers else []
            under += [rooms[number - 1]] if number - 1 in rooms else []
            under += [rec.consequence] if rec.consequence else []
            if under:
                block.append(
                    Para(
                        ". ".join(under) + ("." if len(under) > 1 else ""),
                        MIN_BODY,
                        colour=GREY,
                        indented=True,
                        number=number,
                    )
                )
            result.append(block)
        return result

    # those shown by their number on the slides, then those left to the notes; first, for
    # the consultant, the weaknesses with a slide of their own that none shown answers
    # (blind review 131: the most widely heard, "vi och dom" in eight interviews, had none)
    notes = [
        f"{TO_WRITE}ingen rekommendation svarar mot {quoted(o.headline)} "
        f"({_where(deck, content, o.theme_id)}; {o.reach})."
        for o in content.main_findings
        if o.theme_id in deck.theme_slides
        and _weak_on_a_slide(deck, content, o.theme_id)
        and not any(o.theme_id in r.answers for r in shown)
    ]
    for number, rec in enumerate(shown, start=1):
        notes += recommendation_note(deck, number, rec, texts[number - 1])
        if number - 1 in placed:
            notes.append(f"   {placed[number - 1][1]}")
        if number - 1 in rooms:
            notes.append(f"   {lower_first(rooms[number - 1])} (inventering.xlsx)")
    for rec in dict.fromkeys(joined.get(r.id, r) for r in content.recommendations):
        if rec not in shown:
            notes += recommendation_note(deck, None, rec)
            if rec.supported:
                notes.append(f"   visas inte på bilden: {left_out[rec.id]}")
    content_slides(deck, "Rekommendationer", blocks, "\n".join(notes))
    if settling is None or not placed:
        return None
    named = tuple(_brought_in(shown[k].text) for k in sorted(placed))
    return Waiting(
        settling[0],
        tuple(k + 1 for k in sorted(placed)),
        () if _UNNAMED_ROLE in named else named,
    )


def _next_steps(deck: Deck, content: DeckContent, waiting: Waiting | None) -> None:
    """The next steps (`synth.deck.next_steps`), numbered in the order they are taken,
    what each rests on in the notes."""
    found = next_steps(content, waiting=waiting, slides=deck.theme_slides)
    steps = [s for s in found if not s.own]
    if not steps:
        return

    def blocks(size: float) -> list[list[Para]]:
        return [
            [
                Para(
                    step.text,
                    size,
                    bullet=True,
                    space_before=size * 0.6 if number > 1 else 0,
                    number=number,
                )
            ]
            for number, step in enumerate(steps, start=1)
        ]

    notes = [
        "Nästa steg, ur det underlaget visar saknas, inte är avstämt eller väntar på beslut:",
        *(f"{number}. {step.basis}" for number, step in enumerate(steps, start=1)),
    ]
    own = [s for s in found if s.own]
    if own:
        notes += [
            "Före presentationen (visas inte på bilden):",
            *(f"– {step.text} ({step.basis})" for step in own),
        ]
    content_slides(deck, "Nästa steg", blocks, "\n".join(notes))


def _ended(text: str) -> str:
    """A recommendation's text as a sentence another may follow: ended by its stop."""
    said = text.rstrip()
    return said if said.endswith((".", "!", "?")) else f"{said}."


def _joined_by_slide(deck: Deck, recs: Sequence[Recommendation]) -> dict[str, Recommendation]:
    """Recommendations that answer the findings of one slide and of no other, told as one,
    by the ids of those joined: the first answering the slide's own finding, then the
    first answering only a finding listed there among its related, in one block that
    answers them all. A consultant groups what is recommended for one matter; apart, the
    second took a place among the ten shown from another slide's finding ("Verka för
    mindre personalgrupper", answering the chefs' many medarbetare, pushed "Inför en
    administratör per verksamhetsområde som avlastar enhetscheferna", answering the wish
    listed on the same slide, off the slides). Two answering the slide's own finding stay
    two: drafting found them distinct. The consultant's own stand as they wrote them."""

    def slides(rec: Recommendation) -> set[int]:
        return {slide for t in rec.answers if (slide := deck.slide_of(t)) is not None}

    by_slide: dict[int, list[Recommendation]] = {}
    for rec in recs:
        if not rec.edited and len(on := slides(rec)) == 1:
            by_slide.setdefault(next(iter(on)), []).append(rec)
    result: dict[str, Recommendation] = {}
    for slide, together in by_slide.items():
        own = [r for r in together if any(deck.theme_slides.get(t) == slide for t in r.answers)]
        listed = [r for r in together if r not in own]
        if not own or not listed:
            continue
        parts = [own[0], listed[0]]
        one = replace(
            parts[0],
            text=" ".join(_ended(r.text) for r in parts),
            answers=tuple(dict.fromkeys(t for r in parts for t in r.answers)),
            statement_ids=tuple(dict.fromkeys(s for r in parts for s in r.statement_ids)),
            source_ids=tuple(dict.fromkeys(s for r in parts for s in r.source_ids)),
            id=" och ".join(r.id for r in parts if r.id),
        )
        result.update({r.id: one for r in parts})
    return result


def _answered(deck: Deck, content: DeckContent, rec: Recommendation, text: str) -> tuple[str, ...]:
    """The findings a recommendation's reference names: not a wish whose whole wish its
    own `text` says word for word, which is the recommendation said again ("Inför en
    tydlig lokalförsörjningsprocess med en kontaktperson. Svarar mot: …; Det finns
    önskemål om en tydlig lokalförsörjningsprocess med en kontaktperson"), where it
    answers a finding that is no wish; the lines took the eleventh recommendation onto a
    slide of its own. A wish it only names stays, as the breadth behind a part of it:
    "Det finns önskemål om en tjänstekatalog" under "Inför en väg in …, med en
    tjänstekatalog …", six interviews' wish, and "… om färre styrdokument" under "Minska
    antalet styrdokument och mål" (blind review 132)."""
    wishes = {o.theme_id: o.headline for o in content.observations if o.polarity == "förslag"}
    if all(t in wishes for t in rec.answers):
        return rec.answers
    return tuple(t for t in rec.answers if not (t in wishes and restates(text, wishes[t])))


def _budget_rooms(content: DeckContent, shown: Sequence[Recommendation]) -> dict[int, str]:
    """By place in `shown`, the line under a recommendation that brings in a support role
    (`asked_role`) saying how much of that function's budget the inventory finds vacant
    (`budget_room`): a first step that needs no new money, and what a kommundirektör asks
    first of a recommendation to hire (blind review 131: "recs 9–10 add staff with no
    word on cost or funding"). Not under the consultant's own, nor where the gap is no
    vacancy (blind review 134: a colleague's leave is no money to spend)."""
    table = content.resources
    if table is None or not table.rows:
        return {}
    functions = [row.function for row in table.rows]
    rooms: dict[int, str] = {}
    for k, rec in enumerate(shown):
        role = asked_role(rec.text) if not rec.edited else None
        if role is None:
            continue
        function = function_of([rec.text], functions) or role_function(role, functions)
        room = (
            budget_room(table, function) or already_staffed(table, function)
            if function is not None
            else None
        )
        if room is not None:
            rooms[k] = room
    return rooms


def _settling(content: DeckContent, shown: Sequence[Recommendation]) -> tuple[int, str, str] | None:
    """The first of `shown` that says what support belongs centrally and what in the
    operations (`settles_placement`) and answers the finding that the operations have
    built support of their own (`own_support`): its place from 1, the level it names and
    that finding's id; None where none does."""
    own = {o.theme_id for o in content.observations if own_support(o.headline)}
    return next(
        (
            (number, level, finding)
            for number, r in enumerate(shown, start=1)
            if (finding := next((t for t in r.answers if t in own), None)) is not None
            and (level := settles_placement(r.text)) is not None
        ),
        None,
    )


def _principle_first(
    content: DeckContent, shown: Sequence[Recommendation]
) -> tuple[list[Recommendation], tuple[int, str, str] | None]:
    """`shown` with the recommendation on what support belongs centrally and what in the
    operations (`_settling`) first: the structural decision the others' placement waits
    on ("Var den nya resursen ska finnas … avgörs enligt rekommendation 1"), and the
    question such a review is commissioned to answer. Blind review 134 found it "third in
    a list of 10–11, behind operational items"; the rest keep their order. With it, what
    `_settling` says of the list as ordered (its place is 1), or None."""
    settling = _settling(content, shown)
    if settling is None:
        return list(shown), None
    number, level, finding = settling
    first = shown[number - 1]
    headline = next(o.headline for o in content.observations if o.theme_id == finding)
    return [first, *(r for r in shown if r is not first)], (1, level, headline)


def _where_staff_goes(
    shown: Sequence[Recommendation], settling: tuple[int, str, str] | None
) -> dict[int, tuple[str, str]]:
    """The sentence, and the line of notes, that a recommendation bringing in a support
    role (`asked_role`: "Inför en administratör per verksamhetsområde …") gets where
    another shown says what support belongs centrally and what in the operations
    (`settles_placement`) and answers the finding that the operations have built support
    of their own: blind review 130 found the chefs' administrator and a kommunikatör
    recommended beside "Ta fram principer för vilket stöd som ska finnas centralt och
    vilket som ska finnas i sektorerna", unweighed against it, which adds to the support
    the sectors keep that the assessment finds a problem. By place in `shown`; none that
    the consultant wrote, which stands as they wrote it. `settling`: the place, level and
    headline of the finding that recommendation answers (`_principle_first`)."""
    if settling is None:
        return {}
    number, level, headline = settling
    adding = [
        k
        for k, r in enumerate(shown, start=1)
        if k != number and not r.edited and asked_role(r.text) is not None
    ]
    note = f"vägs mot rekommendation {number}, som svarar mot att {lower_first(headline)}"
    # told in full once, and shorter after: the same sentence twice read as pasted (blind
    # review 131)
    return {
        k - 1: (
            f"Var {_brought_in(shown[k - 1].text)} ska finnas, centralt eller i {level}, "
            f"avgörs enligt rekommendation {number}."
            if k == adding[0]
            else f"Var den ska finnas avgörs likaså enligt rekommendation {number}.",
            note,
        )
        for k in adding
    }


def _brought_in(text: str) -> str:
    """The support role a recommendation brings in (`asked_role`), in the definite form,
    as the sentence saying where it goes names it: "administratörerna" of "Inför en
    administratör per verksamhetsområde …", "kommunikatören" of "… med en kommunikatör
    som …"; "den nya resursen" where no such form is known. Blind review 143 read "Var
    den nya resursen ska finnas" after a norm for how many staff a chef leads as saying it
    of the new chefs too, which are posts in the line."""
    role = asked_role(text)
    found = re.search(rf"\b({re.escape(role)})(\s+per\b)?", text, re.IGNORECASE) if role else None
    if found is None:
        return _UNNAMED_ROLE
    word = found.group(1)
    one = definite(word)
    # one a unit is many ("en administratör per verksamhetsområde"), and a plural is
    # ("två administratörer": its singular form is not built on it)
    many = found.group(2) is not None or (one is not None and not one.startswith(word))
    named = definite(word, plural=True) if many else one
    return named if named is not None else _UNNAMED_ROLE


_UNNAMED_ROLE = "den nya resursen"


_RECOMMENDATIONS = 10
"""The most recommendations the slides show, those answering a slide first: two slides
that a kommundirektör reads through."""
_BEYOND = 2
"""The most recommendations shown beyond `_RECOMMENDATIONS`, each the only one answering a
weakness with a slide of its own."""


# A wish one or two sources voice is an anecdote, not what the material recommends, where
# the finding it answers stands in the appendix
PROPOSED_WIDELY = 3


def _left_out(deck: Deck, content: DeckContent, rec: Recommendation) -> str | None:
    """Why a recommendation drafted from the proposals is left to the notes, or None.

    It derives from the observations the deck shows and from more than one voice: one
    that a single survey answer proposes and that answers no weakness on a slide (blind
    review 55: "some single-source") or that answers only findings of the appendix,
    unless proposed widely ("Inför en tjänstekatalog", three sources), is a wish heard
    once or twice ("Inför en gemensam rutin för skolskjuts, kost
    och lokaler", one survey answer, which a blind review struck). The consultant's own
    stands as they wrote it, and one drafted from the findings themselves, citing no
    proposal, is as widely heard as they are."""
    if rec.edited:
        return None
    # as widely proposed as the wishes it answers were heard: "Det finns önskemål om en
    # tjänstekatalog" is six interviews and three survey answers, of which two give a
    # line the recommendation can cite; "Verka för färre styrdokument och färre mål"
    # cites the rektorer's focus group, and the wish it answers is four sources' (blind
    # review 86: "'en enda källa' is false")
    wishes = [o for o in content.observations if o.theme_id in rec.answers]
    wished = {source for o in wishes if o.polarity == "förslag" for source in o.source_ids}
    # answers in the same words are one proposal: "Inför en tydlig
    # lokalförsörjningsprocess med en kontaktperson" was three chefs' one sentence
    proposed = voices(wished | set(rec.source_ids), [g for o in wishes for g in o.alike])
    # one that cites no proposal at all derives from the findings it answers; so does one
    # that answers a weakness with a slide of its own that several sources say, whose
    # proposal gives the recommendation its words, not its weight: "Verka för färre
    # styrdokument och färre mål", "Utse någon som äger Lifecare …" and "Ge stöd i
    # upphandling tidigt …" stood in the notes under three such slides (blind review 58:
    # "the three defensible recommendations are removed")
    if 0 < proposed < SEVERAL_SOURCES and not _answers_weakness(deck, content, rec):
        alike = len(wished | set(rec.source_ids))
        if alike > 1:
            # three chefs gave them: one voice, not one source (blind review 135)
            return (
                f"föreslås bara i {count_words(alike, neuter=True)} enkätsvar med samma "
                "ordalydelse, som räknas som en röst"
            )
        return "föreslås av en enda källa"
    if _answers_appendix_only(deck, content, rec) and proposed < PROPOSED_WIDELY:
        return "svarar bara mot iakttagelser i bilagan"
    # nor one whose findings the reader finds nowhere, the appendix only counting them (a
    # finding of one source): its "Svarar mot" would be empty. (One whose themes the
    # consultant left out stays, its notes saying so: `recommendation_note`.)
    present = {o.theme_id for o in content.observations}
    if (
        rec.answers
        and set(rec.answers) <= present
        and not any(_where(deck, content, t) for t in rec.answers)
    ):
        return "svarar mot iakttagelser som presentationen inte visar"
    return None


def _answers_weakness(deck: Deck, content: DeckContent, rec: Recommendation) -> bool:
    """Whether a recommendation answers a weakness with a slide of its own that several
    sources say (`_weak_on_a_slide`)."""
    return any(_weak_on_a_slide(deck, content, t) for t in rec.answers)


def _weak_on_a_slide(deck: Deck, content: DeckContent, theme_id: str) -> bool:
    """Whether a finding is a weakness with a slide of its own that several sources say,
    or that the chefs' low rating of its function points out (`Observation.rated`): an
    observation that motivates a recommendation (DOMAIN.md). Blind reviews 134 and 135
    found lokalförsörjning, rated third lowest, with no recommendation where its finding
    rested on answers in the same words."""
    return theme_id in deck.theme_slides and any(
        o.theme_id == theme_id
        and o.leaning == "svaghet"
        and (o.voices >= SEVERAL_SOURCES or o.rated is not None)
        for o in content.observations
    )


def _answers_appendix_only(deck: Deck, content: DeckContent, rec: Recommendation) -> bool:
    """Whether the findings a recommendation answers are all in the deck's appendix, none
    with a slide of its own nor listed on one among a finding's related (one whose
    findings the consultant left out is told as it is, without what it answers). "Det
    finns önskemål om admin nära chefen", listed under the chefs' many staff, is read on
    that slide: its recommendation answers what the slide shows (blind review 115: the
    chefs' admin answered by no recommendation shown)."""
    listed = {o.theme_id for o in content.observations}
    answered = [t for t in rec.answers if t in listed]
    return bool(answered) and not any(
        t in deck.theme_slides or t in deck.related_slides for t in answered
    )


def _resources(deck: Deck, content: DeckContent) -> None:
    table = content.resources
    if table is None or not table.rows:
        return
    findings = table.findings
    headlines = list(findings.headlines) if findings else []
    details = list(findings.details) if findings else []
    layout = deck.layouts.chart
    area = chart_area(layout)
    notes = "\n".join(
        [
            "Summor per funktion och nivå ur inventeringen av stödresurser; enskilda enheters "
            "rader visas inte, och de svarandes kommentarer bara för en sektor där flera har "
            "svarat (se inventering.xlsx).",
            *(f"{h}: {d}" for h, d in zip(headlines, details, strict=True)),
        ]
    )
    # the titles state what the figures show, in the findings' order; labels only where
    # the figures show nothing worth stating
    titles = iter(headlines)
    slide = deck.slide(layout, next(titles, "Stödresurser: årsarbetare per funktion"))
    clear_body(slide)
    draw_resource_chart(slide, area, table, details[0] if details else "")
    set_notes(slide, notes)
    title = next(titles, "Stödresurser per funktion och nivå")
    beyond = unlisted_line(content.unlisted)
    for page, rows in enumerate(resource_pages(table, area, beyond)):
        slide = deck.slide(layout, continued(title, page))
        clear_body(slide)
        draw_resource_table(slide, area, table, rows, beyond)
        set_notes(slide, notes)
    sectors = sector_grid(table)
    if sectors is not None:
        title = next(titles, "Stödresurser per sektor och 1 000 anställda")
        _grid_slides(deck, title, sectors, "Stöd per sektor", notes)
    answers = answers_grid(table)
    if answers is not None and findings is not None:
        told = [f"{answered(t)}." for t in findings.answers]
        _grid_slides(
            deck,
            answers_title(table) or "Stödet enligt inventeringen",
            answers,
            "Frågor om stödet",
            "\n".join(
                [
                    "Inventeringens frågor om stödet, antal svarande per svarsalternativ; "
                    "enskilda enheters svar visas inte.",
                    *(t[:1].upper() + t[1:] for t in told),
                ]
            ),
        )


def _method(deck: Deck, content: DeckContent) -> None:
    work = content.fieldwork
    text = _theme_method(content) if content.observations else []
    if work.survey_responses:
        text.append(
            f"Chefsenkäten besvarades av {thousands(work.survey_responses)} chefer"
            + ("; fritextsvaren ingår i uttalandena." if content.observations else ".")
            + " Enkätresultat visas inte för grupper med färre "
            f"än {content.anonymity_threshold} svar."
            # what a reader of the export finds, said before they find it: the same
            # sentence from several chefs is counted for each, and named as such (review 43)
            + (
                f" {count_words(content.repeated_wordings).capitalize()} "
                f"{'mening' if content.repeated_wordings == 1 else 'meningar'} i "
                "fritextsvaren står ordagrant i svar från flera chefer, vilket kan bero på "
                "dubbla svar, kopierade svar eller en gemensam mall; underlaget visar inte "
                "vilket. De redovisas per svarande, med samma ordalydelse (och sektor) "
                "angiven, men räknas som en röst när iakttagelser och rekommendationer "
                "väljs ut."
                if content.repeated_wordings and content.observations
                else ""
            )
        )
    if work.rates:
        text.append(
            "Svarsfrekvens per sektor: "
            + "; ".join(
                f"{r.sector} {thousands(r.answered)} av {thousands(r.recipients)} "
                f"({round(r.share * 100)}\u00a0%)"
                for r in work.rates
            )
            + "."
        )
    if content.resources is not None and content.resources.rows:
        findings = content.resources.findings
        single = [s for s in findings.sectors if s.units == 1] if findings else []
        # a sector where one respondent answered shows that answer's figures: said so,
        # rather than promising that no unit's rows are shown (the third review's
        # objection); a sector head who answered for the sector is no one unit
        each = " i var och en" if len(single) > 1 else ""
        if all(s.whole for s in single):
            who = f"en svarande{each} har svarat för hela sektorn och sektorns siffror är svaret"
        elif not any(s.whole for s in single):
            who = f"en enhet{each} har svarat och sektorns siffror är den enhetens"
        else:
            who = f"en svarande{each} har svarat och sektorns siffror är svaret"
        alone = (
            f" (utom {listing([s.sector for s in single])}, där {who})"
            if single and sector_grid(content.resources) is not None
            else ""
        )
        text.append(
            "Inventeringen av stödresurser redovisar årsarbetare budgeterat och i praktiken "
            f"per funktion, nivå och sektor, summerade; enskilda enheters rader visas inte{alone}. "
            "Rader som troligen räknar samma personer två gånger ingår inte i summorna."
        )

    def blocks(size: float) -> list[list[Para]]:
        return [
            [Para(t, size, bullet=True, space_before=size * 0.5 if i else 0)]
            for i, t in enumerate(text)
        ]

    # the client reads the method; that nobody has reviewed the themes yet is for the
    # consultant who presents it, never a claim either way on the slide
    # the workbook is the consultant's, named in the notes, not on the client's slide
    general = " ".join(
        part
        for part in (
            ""
            if content.reviewed or not content.observations
            else "OBS: teman har ännu inte granskats av konsulterna. Granska dem i "
            "temaarbetsboken (themes.xlsx) och importera den (synth themes import) innan "
            "presentationen visas; då säger metodbilden att de granskats.",
            "Uttalandena utan tema (Övrigt) finns i temaarbetsboken (themes.xlsx)."
            if content.unthemed and content.observations
            else "",
        )
        if part
    )
    ranking = _ranking_rules(content) if content.observations else ""

    def notes(texts: Sequence[str]) -> str:
        # each note once, on the page it speaks to: the rules where the ranking is told,
        # the rest on the first page (review 121 found them repeated on the "forts.")
        first = bool(text) and any(t == text[0] for t in texts)
        ranked = any(t.startswith(_RANKING_TOLD) for t in texts)
        return " ".join(
            part for part in (ranking if ranked else "", general if first else "") if part
        )

    if text:
        content_slides(deck, "Bilaga: metod", blocks, notes)


_RANKING_TOLD = "Bredden anger"
"""How the method slide's paragraph on the breadth and the ranking opens."""


def _ranking_rules(content: DeckContent) -> str:
    """How the findings were ranked and chosen, rule by rule, for the consultant who is
    asked: the method slide tells the client what the rules do in words (blind reviews
    118 and 119 read its square roots and sign tests as "an algorithm description" that
    gives away a machine-built draft)."""
    anchored = any(o.rated is not None for o in content.observations)
    return (
        "Så valdes iakttagelserna ut: bredden vägs som andelen av intervjuerna, av "
        "gruppintervjuerna och av enkätsvaren som tar upp en iakttagelse, i medeltal där "
        "varje slag väger efter roten ur sitt antal."
        + (
            " Med egen bild alltid: den mest spridda svagheten om den stödfunktion som "
            "cheferna i enkäten ger lägst betyg, om en som fler än hälften av dem ger ett "
            "betyg under skalans mitt och om en som klart fler ger ett betyg under mitten än "
            "över den (teckentest, 5 %), och styrkan om den de ger högst."
            if anchored
            else ""
        )
        + " Ett perspektivs egna bilder utöver de mest spridda kräver punkter från flera "
        "källor som säger det rubriken säger. Av de mest spridda får de med minst "
        f"{count_words(LEAST_SHOWN)} punkter, citat eller siffror under rubriken egna bilder "
        "före de andra."
    )


def _theme_method(content: DeckContent) -> list[str]:
    """How the interviews became themes, for a deck that has them."""
    text = [
        "Intervjuer och fokusgrupper spelades in och skrevs ut; utskrifterna delades i "
        "uttalanden. Namn, e-postadresser, telefonnummer, personnummer och adresser ersattes "
        "innan analysen; det som sades om själva intervjun (kontaktuppgifter, tack, "
        "inspelningen) ingår inte.",
        f"Vart och ett av de {thousands(content.fieldwork.statements)} uttalandena, ur "
        + (
            "utskrifterna och enkätens fritextsvar"
            if content.fieldwork.survey_responses
            else "utskrifterna"
        )
        + ", sorterades efter perspektiv (utvecklingssituationen, strukturen, aktörerna) och "
        "polaritet (styrka, svaghet, förslag eller bakgrund) och grupperades med liknande "
        "uttalanden i teman. "
        + (
            "Teman har granskats och redigerats av konsulterna." if content.reviewed else UNREVIEWED
        ),
        # what the count counts: the blind reviews counted everyone who names a subject
        # and read "3 av 9 intervjuer" under "Upphandling är krånglig …" as an undercount
        f"{_RANKING_TOLD} i hur många intervjuer, gruppintervjuer och enkätsvar det som en "
        "iakttagelses rubrik säger tas upp, inte alla som nämner ämnet"
        + (
            f"; inom parentes hur många av intervjuerna ute i verksamheterna, utanför "
            f"{places[0]} som leder stödfunktionerna, utom där det är en enda, som då "
            "kunde pekas ut. "
            if (places := _interview_places(content.fieldwork)) is not None
            and places[2] >= content.anonymity_threshold
            else ". "
        )
        + "Iakttagelserna ordnas efter hur stor del av intervjuerna, gruppintervjuerna och "
        "enkätsvaren som tar upp dem"
        + (", efter dem som konsulterna själva ordnat." if content.reviewed else ".")
        + (
            " Den mest spridda svagheten om den stödfunktion som cheferna i enkäten ger "
            "lägst betyg och om varje annan som klart fler av dem ger betyg under skalans "
            "mitt än över den (fler än slumpen förklarar), och styrkan om den de ger högst "
            "betyg, redovisas alltid med en egen bild"
            + (
                "; där bara en röst tar upp svagheten med egna ord är enkätens siffra rubrik, "
                "och under den står vad som i övrigt sägs mot stödfunktionen."
                if any(rating_heads(o) for o in content.observations)
                else "."
            )
            if any(o.rated is not None for o in content.observations)
            else ""
        )
        + (
            " Likaså den mest spridda iakttagelsen om hur många medarbetare cheferna har, "
            f"där fler än hälften av cheferna i någon grupp leder {STAFF_MARKS[-1]} eller fler."
            if any(o.anchored and o.staff for o in content.main_findings)
            else ""
        )
        + f" Varje perspektiv har minst {count_words(EACH_PERSPECTIVE)} egna bilder där så många "
        "iakttagelser om det tas upp av flera källor.",
        "Citat återges utan namn och bara där minst "
        f"{content.anonymity_threshold} intervjuer, eller minst lika många enkätsvar, har "
        "samma roll som citatets källa, eller från en fokusgrupp; sektor anges bara när så "
        "många har rollen i samma sektor. Ett enkätsvar märks med roll och sektor bara när "
        "så många har dem utöver de intervjuade som kan ha samma roll. Den som ensam eller "
        "nästan ensam har sin roll citeras inte, och pekas inte ut av det hen säger om sin "
        "enhet (”vi”).",
    ]
    work = content.fieldwork
    if work.told_as_interviews:
        # the only group interview, with two controllers, was them to anyone who knows
        # who was interviewed (`RoleGroups.told_kind`)
        text[-1] += (
            " Gruppintervjuer redovisas som intervjuer där de är färre än "
            f"{content.anonymity_threshold}, så att de få som deltog inte pekas ut."
        )
    if content.unthemed and work.statements:
        share = round(100 * content.unthemed / work.statements)
        text.append(
            f"{thousands(content.unthemed)} uttalanden ({share}\u00a0%) passade inte i något "
            "tema (Övrigt) och redovisas inte här."
        )
    return text


# What a finding says, in the list of the other findings (two blind reviews read an entry
# with no word here as a polarity left out)
_SAYS = {"styrka": "styrka", "svaghet": "svaghet", "förslag": "önskemål", "neutral": "bakgrund"}


def _theme_list(deck: Deck, content: DeckContent) -> None:
    """The findings without a slide of their own as a table per perspective, one row each:
    its headline, what it says and how widely it is heard. Two lines each, a headline
    and its breadth beneath, took seven slides for the demo's fifty (blind reviews 88 and
    89: "two or three")."""
    if not content.other_findings:
        return
    # a theme where no statement says anything to stand as a headline is no finding: it is
    # named by its id at the end, not as "T17: Uttalandena rör svåra, rapporterna och all"
    # (the fourth and fifth reviews), so that no included theme leaves the deck unsaid
    unclaimed = [o.theme_id for o in content.other_findings if not o.claimed]
    # one source alone is an anecdote, no finding (`DeckContent.main_findings`): counted at
    # the end, not listed among what was heard ("Inköp av möbler måste gå via avtal med
    # dåliga produkter", one survey answer)
    heard = _appendix_listed(content)
    named = {o.theme_id for o in heard}
    lone = [o for o in content.other_findings if o.claimed and o.theme_id not in named]
    closing = []
    if lone:
        closing.append(
            f"{count_words(len(lone))} iakttagelse{'r' if len(lone) > 1 else ''} som "
            "bara en källa tar upp"
        )
    if unclaimed:
        closing.append(
            f"{count_words(len(unclaimed))} grupp{'er' if len(unclaimed) > 1 else ''} av "
            "uttalanden där inget gemensamt påstående kunde formuleras"
        )
    besides = f"Därtill {' och '.join(closing)}." if closing else ""
    title = "Bilaga: övriga iakttagelser"
    notes = "\n".join(
        [
            "Iakttagelser som hörts i färre källor, eller där inget uttalande kan "
            "visas under rubriken, och därför inte har en egen bild; de mest spridda "
            "först. Ge ett tema en ordning i temaarbetsboken (themes.xlsx) för att "
            "lyfta det till en egen bild. Temana i temaarbetsboken:",
            *(f"{o.theme_id}: {o.headline}" for o in heard),
            *(f"{o.theme_id}: {o.headline} (en källa)" for o in lone),
            *(
                [
                    f"Utan gemensamt påstående: {listing(unclaimed)}; de kan få en "
                    "rubrik i temaarbetsboken."
                ]
                if unclaimed
                else []
            ),
        ]
    )
    if not heard:
        content_slides(deck, title, lambda size: [[Para(besides, size)]], notes)
        return
    # the kinds of source the engagement has: no column of survey answers without a survey
    kinds = [k for k in range(len(REACH_KINDS)) if any(o.counts[k] for o in heard)]
    # a table per perspective, its name in the title: a column of it took a fifth of the
    # width, and the headlines wrapped onto two lines
    shown = [p for p in PERSPECTIVES if any(o.perspective == p for o in heard)]
    for perspective in shown:
        # the facts told as they are after the findings, and the title says there are such:
        # "Kansliet är nämndernas och kommunstyrelsens sekretariat" is background, not an
        # observation (blind reviews 143-145 read the rows so)
        rows = sorted(
            (o for o in heard if o.perspective == perspective),
            key=lambda o: o.polarity == _BACKGROUND,
        )
        background = rows[-1].polarity == _BACKGROUND
        grid = Grid(
            headers=(
                "Iakttagelse",
                # what it says, so that the assessment's count of weaknesses and strengths
                # per perspective can be checked; a neutral one is background, the facts a
                # report gives beside its judgements
                "Slag",
                *(REACH_KINDS[k].capitalize() for k in kinds),
            ),
            cells=tuple(
                (
                    # the headline alone: a theme's code is the consultant's handle in the
                    # workbook, named in the notes, not the client's (a blind review: "keep
                    # tool internals out of the client deck")
                    o.headline,
                    _SAYS.get(o.polarity or "", ""),
                    *(o.counts[k] or "–" for k in kinds),
                )
                for o in rows
            ),
            note=" ".join(
                part
                for part in (
                    # what "–" stands for here, as the inventory's table says what it does
                    # there ("– = inga åa"; blind review 94)
                    "De mest spridda först, bakgrund sist; – = inga."
                    if background
                    else "De mest spridda först; – = inga.",
                    besides if perspective == shown[-1] else "",
                )
                if part
            ),
            labels=2,
        )
        about = PERSPECTIVES[perspective][1].removeprefix("Iakttagelser ")
        told = f"{title} och bakgrund" if background else title
        _grid_slides(deck, f"{told} {about}", grid, "Övriga iakttagelser", notes)


_BACKGROUND = "neutral"
"""The polarity of what is told as it is, without judging it: background."""


def _survey(deck: Deck, chart: LikertChart) -> None:
    draw_chart(deck.slide(deck.layouts.chart, chart.title), deck.layouts.chart, chart)


def _grid_slides(deck: Deck, title: str, grid: Grid, name: str, notes: str) -> None:
    layout = deck.layouts.chart
    area = chart_area(layout)
    for page, rows in enumerate(grid_pages(grid, area)):
        slide = deck.slide(layout, continued(title, page))
        clear_body(slide)
        draw_grid(slide, area, grid, rows, name)
        set_notes(slide, notes)


def _survey_results(deck: Deck, results: SurveyResults) -> None:
    """A collected survey form: per statement a sorted chart and its breakdown by chefsnivå
    and sector, where the support sits, the areas that would make the most difference, and
    the numbers asked (span of control, share of admin time)."""
    layout = deck.layouts.chart
    privacy = (
        f"Grupper och figurer med färre än {results.threshold} svar visas inte; "
        "svaren finns per svarande (utan namn) i enkatsvar.xlsx (synth survey export)."
    )
    charts = result_charts(results)
    for result, chart in zip(results.likert, charts, strict=True):
        _survey(deck, chart)
        grid = heat_grid(result, results, result.row_header)
        if grid is not None:
            _grid_slides(
                deck,
                f"{result.title}: andel som instämmer per chefsnivå och sektor",
                grid,
                "Per grupp",
                privacy,
            )
    for placement in results.placements:
        note = (
            "Andel av svaren per plats, per stödfunktion (n = antal svar); sorterat med störst "
            "andel centralt först."
        )
        if placement.hidden:
            note += (
                f" Visas inte (färre än {results.threshold} svar): {', '.join(placement.hidden)}."
            )
        slide = deck.slide(layout, placement.title)
        draw_bars(
            slide,
            layout,
            [f"{label} (n={n})" for label, n, _ in placement.items],
            [
                (choice, [shares[i] for _, _, shares in placement.items])
                for i, choice in enumerate(placement.choices)
            ],
            note,
            stacked=True,
        )
        set_notes(slide, privacy)
    for multi in results.multis:
        slide = deck.slide(layout, multi.title)
        draw_bars(
            slide,
            layout,
            [label for label, _ in multi.items],
            [
                (group, [shares[i] for _, shares in multi.items])
                for i, group in enumerate(multi.groups)
            ],
            f"Andel av de {multi.respondents} som markerat minst ett område; sorterat med "
            "flest först." + held_back(results),
            stacked=False,
        )
        set_notes(slide, privacy)
    for summary in results.numbers:
        _grid_slides(deck, summary.title, number_grid(summary, results), "Per grupp", privacy)


def render(prs: PresentationType, layouts: Layouts, content: DeckContent) -> list[SlideOrigin]:
    """Add every slide of the deck to `prs` (a template without slides)."""
    deck = Deck(prs, layouts)
    _cover(deck, content)
    _fieldwork(deck, content)
    _summary(deck, content)
    if any(o.leaning for o in content.observations):
        _strengths_weaknesses(deck, content)
    grouped = _by_perspective(content.main_findings)
    featured = {o.theme_id for o in content.main_findings}
    for observations in grouped.values():
        for observation in observations:
            # the related findings the list points to in the appendix: not one with a
            # slide of its own
            related = observation.related
            _observation(deck, replace(observation, related=related and related.without(featured)))
    # a sector's chart whose finding is the all-respondents chart's (lowest for the same
    # function) says it again: the appendix holds it, and the body the charts that tell
    # something of their own (blind reviews 123 and 124: "five near-identical survey
    # charts"; "43 slides, about 25 plus an appendix")
    said_again = _charts_said_again(content.charts)
    # and the chart of the chefs who run the functions, left out of the first: their
    # ratings of their own support, whose gap the first chart's note and the assessment
    # tell (blind review 144: "consider whether the kommundirektör needs this as a main
    # slide")
    own = [c for c in content.charts if c.group != ALL_RESPONDENTS and c.gap is not None]
    appendix = [*said_again, *(c for c in own if c not in said_again)]
    for chart in content.charts:
        if chart in appendix:
            continue
        if chart.group == ALL_RESPONDENTS and appendix:
            among = chart.among
            if chart.without and any(c.group == chart.without for c in own):
                among = f"{among.rstrip('. ')}; deras svar redovisas för sig i bilagan."
            told = []
            if said_again:
                # where the sectors it speaks for went
                sectors = listing([c.group for c in said_again])
                told.append(
                    f"Också i {sectors} får {chart.bars[0].label} lägst betyg; "
                    f"{'deras diagram står' if len(said_again) > 1 else 'diagrammet står'} "
                    "i bilagan."
                )
            chart = replace(chart, among=" ".join([among, *told]).strip())
        _survey(deck, chart)
    # the staff table where no finding's slide states its claim; where one does (its
    # headline "68 % av rektorerna …", its figures under it), the table is that slide's
    # said again and the appendix holds it (blind reviews 143 and 144: "about 25 slides
    # plus an appendix")
    told_staff = any(o.staff and o.anchored for o in content.main_findings)
    if content.staff is not None and not told_staff:
        _staff_slides(deck, content, content.staff.title)
    for results in content.surveys:
        _survey_results(deck, results)
    _resources(deck, content)
    _assessment(deck, content)
    waiting = _recommendations(deck, content)
    _next_steps(deck, content, waiting)
    _method(deck, content)
    _development(deck, content)
    _theme_list(deck, content)
    for chart in appendix:
        _survey(deck, replace(chart, title=_in_appendix(chart.title)))
    if content.staff is not None and told_staff:
        _staff_slides(deck, content, _in_appendix(content.staff.title))
    return deck.origins


def _staff_slides(deck: Deck, content: DeckContent, title: str) -> None:
    """The survey's staff table per sector, under `title`: every group, as the appendix
    shows the material, with the doubt the other slides give a count beyond the sector's
    employees (`staff_overcount`) beside the number (blind reviews 163 and 164: "the caveat
    belongs next to the number")."""
    staff = content.staff
    if staff is None:
        return
    employees = content.resources.sector_employees if content.resources else {}
    _grid_slides(
        deck,
        title,
        staff_grid(staff, staff_overcount(staff, employees, brief=True)),
        "Per sektor",
        f"Grupper med färre än {staff.threshold} svar visas inte.",
    )


def _in_appendix(title: str) -> str:
    """A chart's title as the appendix names it: "Bilaga: chefsenkäten, Barn och
    utbildning – lägst för …" of "Chefsenkäten: Barn och utbildning – …" (blind review
    125: the charts moved there read as part of the body)."""
    head, colon, rest = title.partition(": ")
    named = head if head[:2].isupper() else head[:1].lower() + head[1:]
    return f"Bilaga: {named}, {rest}" if colon else f"Bilaga: {named}"


def _charts_said_again(charts: Sequence[LikertChart]) -> list[LikertChart]:
    """The sectors' charts that find what the all-respondents chart finds: the same
    function lowest (their first bar, as the bars are sorted), and no gap of the group's
    own ratings against the others' (the central administration's chefs, who run the
    functions)."""
    overall = next((c for c in charts if c.group == ALL_RESPONDENTS), None)
    if overall is None or not overall.bars:
        return []
    lowest = overall.bars[0].label
    return [
        c
        for c in charts
        if c is not overall and c.gap is None and c.bars and c.bars[0].label == lowest
    ]
