"""Drawing a `DeckContent` onto slides of a template.

Every text is laid out by `synth.deck.measure` before it is written: a box is filled at
the largest size (20, 18, 16 or 14 pt body) at which it fits, and what does not fit at 14 pt
continues on a slide whose title ends in "(forts.)". Sizes, spacing and bullets are set
explicitly on each paragraph so that what is measured is what PowerPoint draws.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import zip_longest

from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide, SlideLayout

from synth.dates import date_range, swedish_date
from synth.deck.charts import chart_area, clear_body, draw_chart
from synth.deck.content import PERSPECTIVES, Bullet, DeckContent, Observation, Recommendation
from synth.deck.frames import (
    GREY,
    body_placeholders,
    box_of,
    fill,
    fill_title,
    page_number,
    prepare,
    remove,
    set_notes,
    write,
)
from synth.deck.measure import Box, Para, fit_size
from synth.deck.resources import draw_resource_chart, draw_resource_table, resource_pages
from synth.deck.survey import LikertChart
from synth.deck.template import Layouts
from synth.errors import DeckError

__all__ = ["FORTS", "SlideOrigin", "render"]

FORTS = " (forts.)"
BODY_SIZES = (20.0, 18.0, 16.0, 14.0)
MIN_BODY = BODY_SIZES[-1]
TITLE_SIZES = (28.0, 24.0, 20.0)
COVER_SIZES = (36.0, 32.0, 28.0, 24.0)
ACCENT = "1F3864"
# lowest to highest answer: red through grey to green, readable in greyscale too
_LIKERT_COLOURS = ("C0504D", "E6A19F", "BFBFBF", "A9D18E", "548235")

Blocks = Callable[[float], list[list[Para]]]


@dataclass
class SlideOrigin:
    """What a slide shows, for messages: its title and the theme it is about, if any."""

    title: str
    theme_id: str | None = None


@dataclass
class _Deck:
    prs: PresentationType
    layouts: Layouts
    origins: list[SlideOrigin] = field(default_factory=list)
    theme_slides: dict[str, int] = field(default_factory=dict)
    """The number of each theme's (first) observation slide, for references to it."""

    def slide(self, layout: SlideLayout, title: str, theme_id: str | None = None) -> Slide:
        slide = self.prs.slides.add_slide(layout)
        self.origins.append(SlideOrigin(title, theme_id))
        if slide.shapes.title is not None:
            fill_title(slide.shapes.title, title, TITLE_SIZES, where=title)
        page_number(slide, len(self.prs.slides))
        return slide


def _number(value: int) -> str:
    # Swedish thousands separator: a (non-breaking) space
    return f"{value:,}".replace(",", "\u00a0")


# pagination ----------------------------------------------------------------------------


def _flat(blocks: Sequence[Sequence[Para]]) -> list[Para]:
    return [p for block in blocks for p in block]


def _split(blocks: Sequence[Sequence[Para]], box: Box) -> list[list[Para]] | None:
    """The blocks filled into pages in order; None when one block alone does not fit."""
    pages: list[list[Para]] = [[]]
    for block in blocks:
        if not box.fits(block):
            return None
        if pages[-1] and not box.fits(pages[-1] + list(block)):
            pages.append([])
        pages[-1].extend(block)
    return pages


def _columns(columns: Sequence[tuple[Blocks, Box]], where: str) -> list[list[list[Para]]]:
    """Pages for columns side by side, in one size for all of them.

    All on one page at the largest size that fits; else as few pages as 14 pt needs, at
    the largest size that needs no more. A block (a bullet with its sub-line, a heading
    with its first item) never splits.
    """
    for size in BODY_SIZES:
        if all(box.fits(_flat(blocks(size))) for blocks, box in columns):
            return [[_flat(blocks(size))] for blocks, _ in columns]
    smallest = [_split(blocks(MIN_BODY), box) for blocks, box in columns]
    if any(pages is None for pages in smallest):
        raise DeckError(f"{where}: en text är för lång för en hel bild; korta den")
    needed = max(len(pages or ()) for pages in smallest)
    for size in BODY_SIZES:
        split = [_split(blocks(size), box) for blocks, box in columns]
        if all(pages is not None and len(pages) <= needed for pages in split):
            return [pages or [] for pages in split]
    return [pages or [] for pages in smallest]


def _continued(title: str, page: int) -> str:
    return title if page == 0 else title + FORTS


def _content_slides(
    deck: _Deck, title: str, blocks: Blocks, notes: str = "", theme_id: str | None = None
) -> None:
    layout = deck.layouts.content
    (pages,) = _columns([(blocks, box_of(layout))], title)
    for page, paras in enumerate(pages):
        slide = deck.slide(layout, _continued(title, page), theme_id)
        (body, *rest) = body_placeholders(slide)
        fill(body, paras)
        for extra in rest:
            remove(extra)
        set_notes(slide, notes)


def _two_column_slides(
    deck: _Deck,
    title: str,
    left: Blocks,
    right: Blocks,
    notes: str = "",
    theme_id: str | None = None,
    *,
    rest: tuple[str, str] | None = None,
) -> None:
    """Two columns side by side, continued on "(forts.)" slides.

    With `rest` (a title for each column's continuation), what does not fit beside the
    other column flows through both columns of its own continuation slides instead of
    leaving one column empty.
    """
    layout = deck.layouts.two_content
    if layout is deck.layouts.content:
        # a template without a two-content layout: the right column follows the left
        _content_slides(deck, title, lambda s: left(s) + right(s), notes, theme_id)
        return
    left_box, right_box = box_of(layout, 0), box_of(layout, 1)
    left_pages, right_pages = _columns([(left, left_box), (right, right_box)], title)
    if rest is None or left_box != right_box:
        empty: list[Para] = []
        pairs = list(zip_longest(left_pages, right_pages, fillvalue=empty))
        for page, (left_paras, right_paras) in enumerate(pairs):
            _two_column_slide(
                deck, _continued(title, page), (left_paras, right_paras), notes, theme_id
            )
        return
    _two_column_slide(deck, title, (left_pages[0], right_pages[0]), notes, theme_id)
    for label, pages in zip(rest, (left_pages[1:], right_pages[1:]), strict=True):
        for i in range(0, len(pages), 2):
            pair = (pages[i], pages[i + 1] if i + 1 < len(pages) else [])
            _two_column_slide(deck, label + FORTS, pair, notes, theme_id)


def _two_column_slide(
    deck: _Deck,
    title: str,
    columns: tuple[list[Para], list[Para]],
    notes: str,
    theme_id: str | None,
) -> None:
    slide = deck.slide(deck.layouts.two_content, title, theme_id)
    shapes = body_placeholders(slide)
    for shape, paras in zip(shapes, columns, strict=False):
        if paras:
            fill(shape, paras)
        else:
            remove(shape)
    for extra in shapes[2:]:
        remove(extra)
    set_notes(slide, notes)


# slides --------------------------------------------------------------------------------


def _cover(deck: _Deck, content: DeckContent) -> None:
    layout = deck.layouts.title
    title = content.commission or content.client
    slide = deck.prs.slides.add_slide(layout)
    deck.origins.append(SlideOrigin("Titelbild"))
    if slide.shapes.title is not None:
        fill_title(slide.shapes.title, title, COVER_SIZES, where="Titelbilden")
    subtitle_text = "\n".join(
        t for t in (content.client if content.commission else "", swedish_date(content.date)) if t
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


def _fieldwork(deck: _Deck, content: DeckContent) -> None:
    work = content.fieldwork
    lines: list[str] = []
    if work.interviews:
        lines.append(f"{_number(work.interviews)} individuella intervjuer med nyckelpersoner")
    if work.group_interviews:
        lines.append(f"{_number(work.group_interviews)} gruppintervjuer och fokusgrupper")
    if work.workshops:
        lines.append(f"{_number(work.workshops)} workshoppar")
    if work.interview_dates:
        lines.append(f"Intervjuerna genomfördes {date_range(*work.interview_dates)}")
    if work.survey_responses:
        survey = f"Chefsenkät: {_number(work.survey_responses)} svar"
        if work.response_rate is not None and work.survey_recipients:
            survey += (
                f" av {_number(work.survey_recipients)} tillfrågade "
                f"(svarsfrekvens {round(work.response_rate * 100)}\u00a0%)"
            )
        lines.append(survey)
    themes = len(content.observations)
    lines.append(
        f"{_number(work.statements)} uttalanden, sorterade efter perspektiv och polaritet "
        f"och grupperade i {themes} teman"
    )

    def blocks(size: float) -> list[list[Para]]:
        result: list[list[Para]] = []
        if content.commission:
            result.append([Para(f"Uppdrag: {content.commission}", size)])
            result.append([Para("Underlag:", size, bold=True, space_before=size * 0.6)])
        result += [[Para(line, size, bullet=True, space_before=size * 0.4)] for line in lines]
        return result

    _content_slides(deck, "Uppdraget och genomförande", blocks)


def _by_perspective(observations: Sequence[Observation]) -> dict[str, list[Observation]]:
    grouped: dict[str, list[Observation]] = {p: [] for p in PERSPECTIVES}
    for observation in observations:
        grouped[observation.perspective].append(observation)
    return grouped


def _summary(deck: _Deck, content: DeckContent) -> None:
    grouped = _by_perspective(content.observations)
    shown = {p: obs[:3] for p, obs in grouped.items() if obs}

    def blocks(size: float) -> list[list[Para]]:
        result: list[list[Para]] = []
        for i, (perspective, observations) in enumerate(shown.items()):
            heading = Para(
                PERSPECTIVES[perspective][0],
                size,
                bold=True,
                colour=ACCENT,
                space_before=size * 0.8 if i else 0.0,
            )
            items = [
                Para(o.headline, size, bullet=True, space_before=size * 0.3) for o in observations
            ]
            result.append([heading, items[0]])
            result += [[item] for item in items[1:]]
        return result

    notes = "Huvudteman per perspektiv, i konsultens ordning:\n" + "\n".join(
        f"{PERSPECTIVES[p][0]}: {', '.join(o.theme_id for o in obs)}" for p, obs in shown.items()
    )
    if shown:
        _content_slides(deck, "Sammanfattning", blocks, notes)


def _strengths_weaknesses(deck: _Deck, content: DeckContent) -> None:
    strong = [o for o in content.observations if o.leaning == "styrka"]
    weak = [o for o in content.observations if o.leaning == "svaghet"]

    def column(label: str, observations: list[Observation]) -> Blocks:
        def blocks(size: float) -> list[list[Para]]:
            heading = Para(label, size + 2, bold=True, colour=ACCENT)
            items = [
                [
                    Para(
                        o.headline,
                        size,
                        bullet=True,
                        space_before=size * 0.4,
                        note=f" ({o.reach})" if o.reach else "",
                    )
                ]
                for o in observations
            ] or [[Para(f"Inga teman där {label.lower()} överväger", size, italic=True)]]
            return [[heading, *items[0]], *items[1:]]

        return blocks

    notes = (
        f"Starka sidor: {', '.join(o.theme_id for o in strong) or '–'}\n"
        f"Svaga sidor: {', '.join(o.theme_id for o in weak) or '–'}\n"
        "Ett tema räknas som stark eller svag sida efter vad flest av dess uttalanden säger."
    )
    _two_column_slides(
        deck,
        "Starka sidor och svaga sidor",
        column("Starka sidor", strong),
        column("Svaga sidor", weak),
        notes,
        rest=("Starka sidor", "Svaga sidor"),
    )


def _quote_text(text: str) -> str:
    """In Swedish quotation marks; quotes inside the quote become single ones."""
    inner = text.strip()
    marks = '"\u201d\u201c'
    if len(inner) > 1 and inner[0] in marks and inner[-1] in marks:
        inner = inner[1:-1]
    inner = inner.replace('"', "\u2019")
    return f"\u201d{inner}\u201d"


def _support(statement_ids: Sequence[str], source_ids: Sequence[str]) -> str:
    if not statement_ids:
        return "SAKNAR STÖD I UTTALANDENA"
    return f"uttalanden {', '.join(statement_ids)}; källor {', '.join(source_ids) or '–'}"


def _bullet_note(bullet: Bullet) -> str:
    line = f"– {bullet.text} [{_support(bullet.statement_ids, bullet.source_ids)}]"
    if bullet.shown:
        return line
    why = bullet.reason or "hänvisar inte till något uttalande"
    return f"{line}\n   OSÄKER ({why}): visas inte på bilden; rätta eller stryk i temaarbetsboken"


def observation_notes(observation: Observation) -> str:
    lines = [
        f"Tema {observation.theme_id} · {len(observation.statement_ids)} uttalanden "
        f"från {len(observation.source_ids)} källor",
    ]
    if observation.origin:
        lines.append(f"Rubrik och punkter: {observation.origin}")
    lines.append("Punkter och vad de vilar på:")
    lines += [_bullet_note(b) for b in observation.bullets]
    if observation.quotes:
        lines.append("Citat:")
        lines += [f"– {q.statement_id} (källa {q.source_id})" for q in observation.quotes]
    lines.append("Uttalanden: " + ", ".join(observation.statement_ids))
    lines.append("Källor: " + ", ".join(observation.source_ids))
    return "\n".join(lines)


def _observation(deck: _Deck, observation: Observation) -> None:
    title = PERSPECTIVES[observation.perspective][1]
    # an unsupported bullet is never stated as fact: the notes say what was left out and why
    shown = [b for b in observation.bullets if b.shown]

    def left(size: float) -> list[list[Para]]:
        head = Para(observation.headline, size + 2, bold=True, colour=ACCENT)
        bullets = [[Para(b.text, size, bullet=True, space_before=size * 0.5)] for b in shown]
        if not bullets:
            return [[head]]
        return [[head, *bullets[0]], *bullets[1:]]

    def right(size: float) -> list[list[Para]]:
        quotes = [
            [Para(_quote_text(q.text), size, italic=True, space_before=size * 0.6 if i else 0)]
            for i, q in enumerate(observation.quotes)
        ]
        breadth = [Para(observation.breadth, MIN_BODY, colour=GREY, space_before=size)]
        return [*quotes, breadth]

    deck.theme_slides.setdefault(observation.theme_id, len(deck.prs.slides) + 1)
    _two_column_slides(
        deck, title, left, right, observation_notes(observation), theme_id=observation.theme_id
    )


def _reference(deck: _Deck, content: DeckContent, theme_ids: Sequence[str]) -> str:
    """ "Headline (bild 9); Headline (bild 12)": the observations in this deck, findable."""
    headlines = {o.theme_id: o.headline for o in content.observations}
    return "; ".join(
        f"{headlines[t]} (bild {deck.theme_slides[t]})"
        for t in dict.fromkeys(theme_ids)
        if t in headlines and t in deck.theme_slides
    )


def _themes_note(deck: _Deck, theme_ids: Sequence[str]) -> str:
    """ "T04 (bild 13), T09 (ej med i presentationen)": the statements behind each theme
    are in the notes of its own slide."""
    if not theme_ids:
        return "SAKNAR KOPPLING TILL NÅGOT TEMA"
    return ", ".join(
        f"{t} (bild {deck.theme_slides[t]})" if t in deck.theme_slides else f"{t} (ej med)"
        for t in dict.fromkeys(theme_ids)
    )


def _unsupported_note(reason: str) -> str:
    return f"   OSÄKER ({reason or 'saknar stöd'}): visas inte på bilden"


def _assessment(deck: _Deck, content: DeckContent) -> None:
    shown = [p for p in content.assessment if p.supported]
    if not shown:
        return

    def blocks(size: float) -> list[list[Para]]:
        return [
            [Para(p.text, size, bullet=True, space_before=size * 0.6 if i else 0)]
            for i, p in enumerate(shown)
        ]

    notes = [
        "Bedömningen, punkt för punkt, och de teman den vilar på (uttalanden och källor "
        "bakom varje tema står i anteckningarna till temats bild):"
    ]
    for point in content.assessment:
        notes.append(f"{point.id or '–'}. {point.text}")
        notes.append(f"   teman: {_themes_note(deck, point.theme_ids)}")
        if not point.supported:
            notes.append(_unsupported_note(point.reason))
    _content_slides(deck, "Bedömning", blocks, "\n".join(notes))


def _recommendation_note(deck: _Deck, number: int, rec: Recommendation) -> list[str]:
    lines = [
        f"{number}. {rec.id + ' ' if rec.id else ''}{rec.text}",
        f"   svarar mot teman: {_themes_note(deck, rec.answers)}",
        f"   bygger på förslagen i: {_support(rec.statement_ids, rec.source_ids)}",
    ]
    if not rec.supported:
        lines.append(_unsupported_note(rec.reason))
    return lines


def _recommendations(deck: _Deck, content: DeckContent) -> None:
    shown = [r for r in content.recommendations if r.supported]
    if not shown:
        return

    def blocks(size: float) -> list[list[Para]]:
        result = []
        for i, rec in enumerate(shown):
            block = [
                Para(rec.text, size, bold=True, bullet=True, space_before=size * 0.6 if i else 0)
            ]
            answers = _reference(deck, content, rec.answers)
            if answers:
                block.append(Para(f"Svarar mot: {answers}", MIN_BODY, colour=GREY, indented=True))
            result.append(block)
        return result

    notes = [
        line
        for number, rec in enumerate(content.recommendations, start=1)
        for line in _recommendation_note(deck, number, rec)
    ]
    _content_slides(deck, "Rekommendationer", blocks, "\n".join(notes))


def _resources(deck: _Deck, content: DeckContent) -> None:
    table = content.resources
    if table is None or not table.rows:
        return
    layout = deck.layouts.chart
    area = chart_area(layout)
    notes = (
        "Summor per funktion och nivå ur inventeringen av stödresurser; enskilda enheters "
        "rader och kommentarer visas inte (se inventering.xlsx)."
    )
    slide = deck.slide(layout, "Stödresurser: årsarbetare per funktion")
    clear_body(slide)
    draw_resource_chart(slide, area, table)
    set_notes(slide, notes)
    title = "Stödresurser per funktion och nivå"
    for page, rows in enumerate(resource_pages(table, area)):
        slide = deck.slide(layout, _continued(title, page))
        clear_body(slide)
        draw_resource_table(slide, area, table, rows)
        set_notes(slide, notes)


def _method(deck: _Deck, content: DeckContent) -> None:
    work = content.fieldwork
    text = [
        "Intervjuer och fokusgrupper spelades in och skrevs ut; utskrifterna delades i "
        "uttalanden. Namn, e-postadresser, telefonnummer och personnummer ersattes innan "
        "analysen.",
        "Varje uttalande sorterades efter perspektiv (utvecklingssituationen, strukturen, "
        "aktörerna) och polaritet (styrka, svaghet, förslag) och grupperades med liknande "
        "uttalanden i teman. Konsulterna har granskat och redigerat teman och rubriker.",
        "Bredden anger i hur många intervjuer, gruppintervjuer och enkätsvar ett tema nämns.",
        "Citat återges anonymt och utan roll. Enkätresultat visas inte för grupper med färre "
        f"än {content.anonymity_threshold} svar.",
    ]
    if work.survey_responses:
        text.append(
            f"Chefsenkäten besvarades av {_number(work.survey_responses)} chefer; "
            "fritextsvaren ingår i uttalandena."
        )

    def blocks(size: float) -> list[list[Para]]:
        return [
            [Para(t, size, bullet=True, space_before=size * 0.5 if i else 0)]
            for i, t in enumerate(text)
        ]

    _content_slides(deck, "Bilaga: metod", blocks)


def _theme_list(deck: _Deck, content: DeckContent) -> None:
    def blocks(size: float) -> list[list[Para]]:
        return [
            [
                Para(f"{o.theme_id}  {o.headline}", size, bullet=True, space_before=size * 0.4),
                Para(
                    f"{PERSPECTIVES[o.perspective][0]} · {o.reach}",
                    MIN_BODY,
                    colour=GREY,
                    indented=True,
                ),
            ]
            for o in content.observations
        ]

    if content.observations:
        _content_slides(
            deck,
            "Bilaga: samtliga teman",
            blocks,
            "Alla teman som konsulterna valt att ta med, i deras ordning.",
        )


def _survey(deck: _Deck, chart: LikertChart) -> None:
    draw_chart(deck.slide(deck.layouts.chart, chart.title), deck.layouts.chart, chart)


def render(prs: PresentationType, layouts: Layouts, content: DeckContent) -> list[SlideOrigin]:
    """Add every slide of the deck to `prs` (a template without slides)."""
    deck = _Deck(prs, layouts)
    _cover(deck, content)
    _fieldwork(deck, content)
    _summary(deck, content)
    if any(o.leaning for o in content.observations):
        _strengths_weaknesses(deck, content)
    grouped = _by_perspective(content.observations)
    for observations in grouped.values():
        for observation in observations:
            _observation(deck, observation)
    for chart in content.charts:
        _survey(deck, chart)
    _resources(deck, content)
    _assessment(deck, content)
    _recommendations(deck, content)
    _method(deck, content)
    _theme_list(deck, content)
    return deck.origins
