"""Survey results as native, editable PowerPoint charts: 100 % stacked bars."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import IO, Any

from pptx.chart.data import CategoryChartData
from pptx.chart.xlsx import CategoryWorkbookWriter
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.oxml.xmlchemy import OxmlElement
from pptx.slide import Slide, SlideLayout
from pptx.util import Emu, Pt
from xlsxwriter import Workbook as XlsxWorkbook

from synth.deck.frames import GREY, MARGIN_X, MARGIN_Y, fill, remove, set_notes
from synth.deck.measure import Para, paras_height
from synth.deck.survey import LikertChart, scale_colours
from synth.errors import DeckError
from synth.text.voice import names_central

__all__ = ["TextChartData", "chart_area", "clear_body", "draw_bars", "draw_chart", "footnote"]

NOTE_SIZE = 14.0
# categories without an order (where support sits, groups of managers): told apart by hue
_CATEGORY_COLOURS = ("1F3864", "4472C4", "8FAADC", "A5A5A5", "D9D9D9", "7F6000")


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
        "n = antal som svarat på skalan, \u201dVet ej\u201d ej medräknat"
        + (
            "; antalet \u201dvet ej\u201d anges vid stapeln."
            if any(b.unknown for b in chart.bars)
            else "."
        )
    )
    if chart.meaning == "need":
        note = note.replace("högst)", "högst, dvs. störst behov)")
    if chart.order_note:
        note += f" {chart.order_note}"
    if chart.hidden:
        hidden = ", ".join(h.rstrip(".") for h in chart.hidden)
        note += f" Visas inte (färre än {chart.threshold} svar): {hidden}."
    if chart.hidden_sectors:
        note += (
            f" Sektorer med färre än {chart.threshold} svarande redovisas inte separat: "
            f"{', '.join(chart.hidden_sectors)}."
        )
    if names_central(chart.group):
        # the central administration's chefs rate the functions they run themselves
        note += f" {chart.group} leder flera av de stödfunktioner som betygsätts här."
    if chart.among:
        note += f" {chart.among}"
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
    note_height = footnote(slide, (left, top, width, height), _chart_note(chart))
    if chart.bars:
        # a bar chart draws its first category at the bottom: hand them over last first
        bars = list(reversed(chart.bars))
        data = TextChartData(number_format="0%")
        data.categories = [bar.category for bar in bars]
        for i, label in enumerate(chart.scale):
            data.add_series(label, [bar.shares[i] for bar in bars])
        frame = slide.shapes.add_chart(
            XL_CHART_TYPE.BAR_STACKED_100, left, top, width, height - note_height, data
        )
        _style_chart(frame.chart, scale_colours(len(chart.scale), chart.meaning))
    # whom the chart leaves out, as its note on the slide says (blind review 157: the
    # notes said "Alla svarande" of a chart without the Kommunledningskontoret's chefs)
    group = f"{chart.group} utom cheferna i {chart.without}" if chart.without else chart.group
    notes = [f"{group}: andel svar per skalsteg; grupper under {chart.threshold} svar visas inte."]
    notes += [f"{bar.label}: n={bar.n}, vet ej {bar.unknown}" for bar in chart.bars]
    set_notes(slide, "\n".join(notes))


def footnote(slide: Slide, area: tuple[int, int, int, int], text: str) -> int:
    """A grey note at the bottom of `area`; returns its height."""
    left, top, width, height = area
    note_paras = [Para(text, NOTE_SIZE, colour=GREY)]
    needed = paras_height(note_paras, Emu(width - 2 * MARGIN_X).pt)
    note_height = int(Pt(needed + 2)) + 2 * MARGIN_Y
    note = slide.shapes.add_textbox(left, top + height - note_height, width, note_height)
    note.name = "Fotnot"
    fill(note, note_paras)
    return note_height


def draw_bars(
    slide: Slide,
    layout: SlideLayout,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    note: str,
    *,
    stacked: bool,
) -> None:
    """Shares as editable bars, the first category at the top: 100 % stacked (where the
    support sits) or side by side (one bar per group), coloured by category, and a note."""
    left, top, width, height = chart_area(layout)
    clear_body(slide)
    note_height = footnote(slide, (left, top, width, height), note)
    data = TextChartData(number_format="0%")
    data.categories = list(reversed(categories))
    colours = [_CATEGORY_COLOURS[i % len(_CATEGORY_COLOURS)] for i in range(len(series))]
    # side by side, a category's first series is drawn at the bottom: the first group (all
    # respondents) goes in last, so that it stands on top of its cluster
    order = list(range(len(series))) if stacked else list(reversed(range(len(series))))
    for i in order:
        name, values = series[i]
        data.add_series(name, list(reversed(values)))
    kind = XL_CHART_TYPE.BAR_STACKED_100 if stacked else XL_CHART_TYPE.BAR_CLUSTERED
    frame = slide.shapes.add_chart(kind, left, top, width, height - note_height, data)
    _style_chart(frame.chart, [colours[i] for i in order], stacked=stacked)


def _every_label(chart: object) -> None:
    """Every category's label drawn: left to itself PowerPoint (and LibreOffice) skips
    every other label of a tall bar chart."""
    axis = chart.category_axis._element  # type: ignore[attr-defined]
    for old in axis.findall(qn("c:tickLblSkip")):
        axis.remove(old)
    skip = OxmlElement("c:tickLblSkip")
    skip.set("val", "1")
    # the schema's order: tickLblSkip comes after c:lblOffset (or c:lblAlgn) when present
    anchor = axis.find(qn("c:lblOffset"))
    if anchor is None:
        anchor = axis.find(qn("c:lblAlgn"))
    if anchor is not None:
        anchor.addnext(skip)
    else:
        axis.append(skip)


def _style_chart(chart: object, colours: Sequence[str], *, stacked: bool = True) -> None:
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
    _every_label(chart)
    plot = chart.plots[0]  # type: ignore[attr-defined]
    plot.gap_width = 60
    plot.overlap = 100 if stacked else 0
    for series, colour in zip(plot.series, colours, strict=True):
        series.format.fill.solid()
        series.format.fill.fore_color.rgb = RGBColor.from_string(colour)
