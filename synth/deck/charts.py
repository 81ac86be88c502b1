"""Survey results as native, editable PowerPoint charts: 100 % stacked bars."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

from pptx.chart.data import CategoryChartData
from pptx.chart.xlsx import CategoryWorkbookWriter
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.slide import Slide, SlideLayout
from pptx.util import Emu, Pt
from xlsxwriter import Workbook as XlsxWorkbook

from synth.deck.frames import GREY, MARGIN_X, MARGIN_Y, fill, remove, set_notes
from synth.deck.measure import Para, paras_height
from synth.deck.survey import LikertChart
from synth.errors import DeckError

__all__ = ["TextChartData", "chart_area", "clear_body", "draw_chart"]

NOTE_SIZE = 14.0
# lowest to highest answer: red through grey to green, readable in greyscale too
_LIKERT_COLOURS = ("C0504D", "E6A19F", "BFBFBF", "A9D18E", "548235")


class _TextWorkbookWriter(CategoryWorkbookWriter):
    """python-pptx's writer of a chart's embedded workbook, with labels kept as text:
    xlsxwriter would write a label (a question, a sector, an inventory function) starting
    with "=" as a live formula and one starting with "http://" as a link."""

    @contextmanager
    def _open_worksheet(self, xlsx_file: IO[bytes]) -> Iterator[tuple[Any, Any]]:
        options = {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
        workbook = XlsxWorkbook(xlsx_file, options)
        worksheet = workbook.add_worksheet()
        yield workbook, worksheet
        workbook.close()


class TextChartData(CategoryChartData):
    """Category chart data whose embedded workbook holds no formulas (`_TextWorkbookWriter`)."""

    @property
    def _workbook_writer(self) -> CategoryWorkbookWriter:
        return _TextWorkbookWriter(self)


def chart_area(layout: SlideLayout) -> tuple[int, int, int, int]:
    """Where the chart goes: the layout's chart or body placeholder."""
    for shape in layout.placeholders:
        if shape.placeholder_format.type in {
            PP_PLACEHOLDER.CHART,
            PP_PLACEHOLDER.OBJECT,
            PP_PLACEHOLDER.BODY,
        }:
            return shape.left, shape.top, shape.width, shape.height
    raise DeckError("mallen saknar en yta för diagram")


def _chart_note(chart: LikertChart) -> str:
    note = (
        f"Andel av svaren per skalsteg ({chart.scale[0]} = lägst, {chart.scale[-1]} = högst); "
        "n = antal som svarat på skalan, \u201dVet ej\u201d ej medräknat."
    )
    if chart.hidden:
        note += f" Visas inte (färre än {chart.threshold} svar): {', '.join(chart.hidden)}."
    if chart.hidden_sectors:
        note += (
            f" Sektorer med färre än {chart.threshold} svarande redovisas inte separat: "
            f"{', '.join(chart.hidden_sectors)}."
        )
    return note


def clear_body(slide: Slide) -> None:
    """Remove every placeholder but the title and the page number: a chart or table takes
    the body's place."""
    for shape in list(slide.placeholders):
        if shape.placeholder_format.type not in {
            PP_PLACEHOLDER.TITLE,
            PP_PLACEHOLDER.CENTER_TITLE,
            PP_PLACEHOLDER.SLIDE_NUMBER,
        }:
            remove(shape)


def draw_chart(slide: Slide, layout: SlideLayout, chart: LikertChart) -> None:
    """The chart, and a note under it on the scale and what is held back, on `slide`."""
    left, top, width, height = chart_area(layout)
    clear_body(slide)
    note_paras = [Para(_chart_note(chart), NOTE_SIZE, colour=GREY)]
    needed = paras_height(note_paras, Emu(width - 2 * MARGIN_X).pt)
    note_height = int(Pt(needed + 2)) + 2 * MARGIN_Y
    note = slide.shapes.add_textbox(left, top + height - note_height, width, note_height)
    note.name = "Fotnot"
    fill(note, note_paras)
    if chart.bars:
        # a bar chart draws its first category at the bottom: hand them over last first
        bars = list(reversed(chart.bars))
        data = TextChartData(number_format="0%")
        data.categories = [f"{bar.label} (n={bar.n})" for bar in bars]
        for i, label in enumerate(chart.scale):
            data.add_series(label, [bar.shares[i] for bar in bars])
        frame = slide.shapes.add_chart(
            XL_CHART_TYPE.BAR_STACKED_100, left, top, width, height - note_height, data
        )
        _style_chart(frame.chart, len(chart.scale))
    notes = [
        f"{chart.group}: andel svar per skalsteg; grupper under {chart.threshold} svar visas inte."
    ]
    notes += [f"{bar.label}: n={bar.n}" for bar in chart.bars]
    set_notes(slide, "\n".join(notes))


def _colours(count: int) -> list[str]:
    if count == len(_LIKERT_COLOURS):
        return list(_LIKERT_COLOURS)
    if count <= 1:
        return [_LIKERT_COLOURS[2]]
    picks = [round(i * (len(_LIKERT_COLOURS) - 1) / (count - 1)) for i in range(count)]
    return [_LIKERT_COLOURS[p] for p in picks]


def _style_chart(chart: object, points: int) -> None:
    chart.has_legend = True  # type: ignore[attr-defined]
    chart.legend.position = XL_LEGEND_POSITION.BOTTOM  # type: ignore[attr-defined]
    chart.legend.include_in_layout = False  # type: ignore[attr-defined]
    chart.font.size = Pt(12)  # type: ignore[attr-defined]
    chart.category_axis.tick_labels.font.size = Pt(12)  # type: ignore[attr-defined]
    value_axis = chart.value_axis  # type: ignore[attr-defined]
    value_axis.maximum_scale = 1.0
    value_axis.has_major_gridlines = False
    value_axis.tick_labels.number_format = "0%"
    value_axis.tick_labels.number_format_is_linked = False
    plot = chart.plots[0]  # type: ignore[attr-defined]
    plot.gap_width = 60
    plot.overlap = 100
    for series, colour in zip(plot.series, _colours(points), strict=True):
        series.format.fill.solid()
        series.format.fill.fore_color.rgb = RGBColor.from_string(colour)
