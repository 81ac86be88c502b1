"""Generate the default deck template, synth/data/deck/standard.pptx, from python-pptx's own.

Run once after changing the look: `python scripts/make_deck_template.py`. The template is
python-pptx's default master stretched to 16:9, with Arial as the theme font (found on every
Windows and Mac; LibreOffice substitutes the metric-compatible Liberation Sans), a dark blue
left-aligned title, dark grey body text and a thin accent line under the title. Its slides
are empty: synth chooses layouts by their placeholders, so the layouts keep their names only
for the consultant's sake.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Emu, Inches, Pt

TARGET = Path(__file__).resolve().parents[1] / "synth" / "data" / "deck" / "standard.pptx"
WIDTH, HEIGHT = Emu(12192000), Emu(6858000)  # 13.333 x 7.5 in, PowerPoint's 16:9
FONT = "Arial"
TITLE_COLOUR = "1F3864"
BODY_COLOUR = "262626"
ACCENT = RGBColor(0x2E, 0x75, 0xB6)
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"


def _q(ns: str, tag: str) -> str:
    return f"{{{ns}}}{tag}"


def _stretch(shapes: object, factor: float) -> None:
    for shape in shapes:  # type: ignore[attr-defined]
        # a layout placeholder without its own position inherits the (stretched) master's
        if shape._element.spPr.find(_q(A, "xfrm")) is not None:
            shape.left = Emu(round(shape.left * factor))
            shape.width = Emu(round(shape.width * factor))


def _set_theme_fonts(prs: Presentation) -> None:
    theme = prs.slide_master.part.part_related_by(RT.THEME)
    root = etree.fromstring(theme.blob)
    for tag in ("majorFont", "minorFont"):
        latin = root.find(f".//{_q(A, tag)}/{_q(A, 'latin')}")
        if latin is not None:
            latin.set("typeface", FONT)
    theme._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _style_level(level: etree._Element, *, size: int, colour: str, bold: bool) -> None:
    rpr = level.find(_q(A, "defRPr"))
    if rpr is None:
        rpr = etree.SubElement(level, _q(A, "defRPr"))
    rpr.set("sz", str(size * 100))
    rpr.set("b", "1" if bold else "0")
    for old in rpr.findall(_q(A, "solidFill")):
        rpr.remove(old)
    fill = etree.Element(_q(A, "solidFill"))
    etree.SubElement(fill, _q(A, "srgbClr"), val=colour)
    rpr.insert(0, fill)


def _set_text_styles(prs: Presentation) -> None:
    styles = prs.slide_master.element.find(_q(P, "txStyles"))
    title = styles.find(_q(P, "titleStyle")).find(_q(A, "lvl1pPr"))
    title.set("algn", "l")
    _style_level(title, size=28, colour=TITLE_COLOUR, bold=True)
    body = styles.find(_q(P, "bodyStyle"))
    for number, size in ((1, 20), (2, 18), (3, 16), (4, 14), (5, 14)):
        level = body.find(_q(A, f"lvl{number}pPr"))
        if level is not None:
            _style_level(level, size=size, colour=BODY_COLOUR, bold=False)


def _accent_line(prs: Presentation) -> None:
    """A thin line under the title area on the master, so that every slide carries it."""
    master = prs.slide_master
    title = next(s for s in master.placeholders if s.placeholder_format.type == 1)
    top = title.top + title.height + Inches(0.05)
    # master shapes cannot be added directly: draw on a scratch slide, move it, drop the slide
    scratch = prs.slides.add_slide(prs.slide_layouts[6])
    line = scratch.shapes.add_shape(
        MSO_SHAPE.RECTANGLE, title.left, top, WIDTH - 2 * title.left, Pt(2)
    )
    line.fill.solid()
    line.fill.fore_color.rgb = ACCENT
    line.line.fill.background()
    line.shadow.inherit = False
    line.name = "Accentlinje"
    master.shapes._spTree.append(line._element)
    slide_ids = prs.slides._sldIdLst
    prs.part.drop_rel(slide_ids[0].rId)
    slide_ids.remove(slide_ids[0])
    for layout in prs.slide_layouts:
        # the title slide centres its title; a line across its middle would cut through it
        if any(s.placeholder_format.type == 3 for s in layout.placeholders):
            layout.element.set("showMasterSp", "0")


def build() -> Path:
    prs = Presentation()
    factor = WIDTH / prs.slide_width
    prs.slide_width, prs.slide_height = WIDTH, HEIGHT
    _stretch(prs.slide_master.shapes, factor)
    for layout in prs.slide_layouts:
        _stretch(layout.placeholders, factor)
    _set_theme_fonts(prs)
    _set_text_styles(prs)
    _accent_line(prs)
    prs.core_properties.title = "synth standardmall"
    prs.core_properties.author = "synth"
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    prs.save(str(TARGET))
    return TARGET


if __name__ == "__main__":
    print(f"Skrev {build()}")
