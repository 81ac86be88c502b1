"""The last look before a deck is written: no personal data in any text of it.

Every text a reader can reach is checked: titles and bodies, table cells, chart categories
and series names, and the speaker notes. The message names the slide, the part and the
kind of data found, never the text, so that it can be shown and logged safely.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from pptx.presentation import Presentation as PresentationType

from synth.deck.content import Observation
from synth.deck.slides import SlideOrigin
from synth.errors import DeckError
from synth.privacy.pseudonymise import Pseudonymiser

__all__ = ["check_personal_data", "deck_texts"]

_SHOWN = 8


def deck_texts(prs: PresentationType) -> Iterator[tuple[int, str, str]]:
    """(slide number, part, text) for every text in the presentation."""
    for number, slide in enumerate(prs.slides, start=1):
        for shape in slide.shapes:
            if shape.has_text_frame:
                yield number, f"textrutan \u201d{shape.name}\u201d", shape.text_frame.text
            if getattr(shape, "has_table", False) and shape.has_table:
                for row in shape.table.rows:
                    for cell in row.cells:
                        yield number, "tabellen", cell.text
            if getattr(shape, "has_chart", False) and shape.has_chart:
                plot = shape.chart.plots[0]
                for category in plot.categories:
                    yield number, "diagrammets kategorier", str(category)
                for series in plot.series:
                    yield number, "diagrammets serier", str(series.name)
        if slide.has_notes_slide:
            yield number, "talarmanuset", slide.notes_slide.notes_text_frame.text


def _in_themes(observations: Sequence[Observation], pseudonymiser: Pseudonymiser) -> list[str]:
    """ "T01 (rubrik)" for each theme text with personal data: what the consultant edits."""
    found: list[str] = []
    for o in observations:
        parts = [("rubrik", o.headline)]
        parts += [("punkt", b.text) for b in o.bullets]
        parts += [(f"citat {q.statement_id}", q.text) for q in o.quotes]
        where = [part for part, text in parts if pseudonymiser.leaks(text)]
        if where:
            found.append(f"{o.theme_id} ({', '.join(where)})")
    return found


def check_personal_data(
    prs: PresentationType,
    pseudonymiser: Pseudonymiser,
    origins: Sequence[SlideOrigin],
    observations: Sequence[Observation] = (),
) -> None:
    """Raise DeckError listing where personal data was found; nothing is written then."""
    problems: list[str] = []
    for number, part, text in deck_texts(prs):
        kinds = sorted({finding.kind for finding in pseudonymiser.leaks(text)})
        if not kinds:
            continue
        origin = origins[number - 1] if number - 1 < len(origins) else None
        about = f", tema {origin.theme_id}" if origin and origin.theme_id else ""
        problems.append(f"bild {number}{about}, {part}: {', '.join(kinds)}")
    if problems:
        more = f" (och {len(problems) - _SHOWN} till)" if len(problems) > _SHOWN else ""
        themes = _in_themes(observations, pseudonymiser)
        raise DeckError(
            "presentationen skrevs inte: personuppgifter hittades"
            + (f" i tema {'; '.join(themes)}, på" if themes else " i")
            + " "
            + "; ".join(problems[:_SHOWN])
            + more
            + ". Rätta rubriken eller markera citatet som ej ok i temaarbetsboken och kör igen."
        )
