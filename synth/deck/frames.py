"""Filling text frames so that what is measured is what is drawn.

Every paragraph gets its size, weight, spacing and bullet set explicitly, the frame its
insets and no autofit; `synth.deck.measure.shape_paras` reads the same settings back.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE
from pptx.oxml.ns import qn
from pptx.slide import Slide, SlideLayout
from pptx.util import Emu, Inches, Pt

from synth.deck.measure import Box, Para, fit_size
from synth.errors import DeckError

__all__ = [
    "GREY",
    "MARGIN_X",
    "MARGIN_Y",
    "body_placeholders",
    "box_of",
    "fill",
    "fill_title",
    "page_number",
    "prepare",
    "remove",
    "set_notes",
    "write",
]

GREY = "595959"
MARGIN_X, MARGIN_Y = Inches(0.1), Inches(0.05)
_BODIES = {PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT}


def explicit_geometry(shape: object) -> None:
    """Copy an inherited position onto the slide placeholder, so that it is read back."""
    left, top, width, height = shape.left, shape.top, shape.width, shape.height  # type: ignore[attr-defined]
    shape.left, shape.top, shape.width, shape.height = left, top, width, height  # type: ignore[attr-defined]


def prepare(shape: object) -> Box:
    explicit_geometry(shape)
    frame = shape.text_frame  # type: ignore[attr-defined]
    frame.clear()
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.margin_left = frame.margin_right = MARGIN_X
    frame.margin_top = frame.margin_bottom = MARGIN_Y
    frame.vertical_anchor = MSO_ANCHOR.TOP
    return Box.of_shape(shape)


def write(shape: object, paras: Sequence[Para]) -> None:
    frame = shape.text_frame  # type: ignore[attr-defined]
    for i, para in enumerate(paras):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.line_spacing = 1.0
        paragraph.space_before = Pt(para.space_before)
        paragraph.space_after = Pt(0)
        ppr = paragraph._p.get_or_add_pPr()
        indent = Pt(para.indent)
        ppr.set("marL", str(int(indent)))
        ppr.set("indent", str(-int(indent)) if para.bullet else "0")
        for tag in ("a:buFont", "a:buFontTx", "a:buNone", "a:buChar", "a:buAutoNum"):
            for old in ppr.findall(qn(tag)):
                ppr.remove(old)
        if para.bullet and para.number is not None:
            # in the text's own font, size and weight, as the bold line it numbers
            etree.SubElement(ppr, qn("a:buFontTx"))
            etree.SubElement(ppr, qn("a:buAutoNum"), type="arabicPeriod", startAt=str(para.number))
        elif para.bullet:
            etree.SubElement(ppr, qn("a:buFont"), typeface="Arial")
            etree.SubElement(ppr, qn("a:buChar"), char="•")
        else:
            etree.SubElement(ppr, qn("a:buNone"))
        pieces = [(piece, para.colour) for piece in para.text.split("\n")]
        if para.note:
            pieces.append((para.note, GREY))
        for j, (piece, colour) in enumerate(pieces):
            if 0 < j < len(pieces) - (1 if para.note else 0):
                paragraph.add_line_break()
            run = paragraph.add_run()
            run.text = piece
            run.font.size = Pt(para.size)
            run.font.bold = para.bold and colour == para.colour
            run.font.italic = para.italic
            if colour:
                run.font.color.rgb = RGBColor.from_string(colour)


def fill_title(shape: object, text: str, sizes: Sequence[float], *, where: str) -> None:
    box = prepare(shape)
    paras = fit_size(sizes, lambda s: [Para(text, s, bold=True)], box)
    if paras is None:
        raise DeckError(f"{where}: rubriken är för lång för bilden; korta den")
    write(shape, paras)


def fill(shape: object, paras: Sequence[Para]) -> None:
    prepare(shape)
    write(shape, paras)


PAGE_NUMBER_SIZE = 12.0
# a fixed field id keeps the file the same from run to run
_FIELD_ID = "{5C1C1A4E-7C2B-4F3A-9C55-2D6E1B1F0A01}"


def page_number(slide: Slide, number: int) -> None:
    """The layout's slide-number placeholder, filled with a field PowerPoint keeps current."""
    source = next(
        (
            p
            for p in slide.slide_layout.placeholders
            if p.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER
        ),
        None,
    )
    if source is None:
        return
    slide.shapes.clone_placeholder(source)
    shape = next(
        p for p in slide.placeholders if p.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER
    )
    prepare(shape)
    paragraph = shape.text_frame.paragraphs[0]._p
    field = etree.SubElement(paragraph, qn("a:fld"), id=_FIELD_ID, type="slidenum")
    etree.SubElement(field, qn("a:rPr"), lang="sv-SE", sz=str(int(PAGE_NUMBER_SIZE * 100)))
    etree.SubElement(field, qn("a:t")).text = str(number)


def remove(shape: object) -> None:
    element = shape._element  # type: ignore[attr-defined]
    element.getparent().remove(element)


def body_placeholders(slide: Slide) -> list[object]:
    """The slide's body placeholders, left to right."""
    found = [s for s in slide.placeholders if s.placeholder_format.type in _BODIES]
    return sorted(found, key=lambda s: (s.left or 0, s.top or 0))


def box_of(layout: SlideLayout, index: int = 0) -> Box:
    """The text room of a layout's body placeholder, as the slide will have it."""
    bodies = sorted(
        (s for s in layout.placeholders if s.placeholder_format.type in _BODIES),
        key=lambda s: (s.left or 0, s.top or 0),
    )
    shape = bodies[index]
    return Box(Emu(shape.width - 2 * MARGIN_X).pt, Emu(shape.height - 2 * MARGIN_Y).pt)


def set_notes(slide: Slide, text: str) -> None:
    if text:
        slide.notes_slide.notes_text_frame.text = text
