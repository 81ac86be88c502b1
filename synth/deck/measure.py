"""Measuring text with real font metrics, so that no text overflows its box on a slide.

The metrics are those of Aileron Regular, the TrueType font Pillow embeds (Pillow comes with
python-pptx, so it is there after any `pip install`, on every platform). Aileron is a
Helvetica-like sans: its advance widths are within 2 % of Arial (the default template's
font, and Liberation Sans, which LibreOffice uses in its place). Widths are scaled up by a
safety factor, more for bold, which is about 9 % wider in Arial; so the measurement errs on
the side of wrapping too early, never too late. A firm template with a wider font than Arial
is measured with the same metrics; the margin covers Calibri and similar, not a wide display
face.

A paragraph's height is its wrapped lines times 1.2 x the font size (PowerPoint's single
spacing) plus its space before. Wrapping is greedy at spaces, as PowerPoint wraps.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from PIL import ImageFont
from pptx.util import Emu

__all__ = [
    "BULLET_INDENT",
    "LINE_SPACING",
    "NUMBER_INDENT",
    "Box",
    "Para",
    "fit_size",
    "font_name",
    "lines",
    "overflow",
    "paras_height",
    "shape_paras",
    "text_width",
]

LINE_SPACING = 1.2
_REFERENCE_SIZE = 100
_SAFETY = {False: 1.04, True: 1.12}
BULLET_INDENT = 18.0
NUMBER_INDENT = 32.0
"""The hanging indent of a numbered paragraph: "10." in bold at 20 pt, the largest body
size, where a bullet's 18 pt leaves the text pushed to the next tab stop (at 26 pt,
"10.Sätt ett riktvärde" ran together once the recommendations were set at 20 pt)."""


def font_name() -> str:
    """The font whose metrics are used, for the record."""
    return " ".join(part for part in _font().getname() if part)


@lru_cache(maxsize=1)
def _font() -> ImageFont.FreeTypeFont:
    font = ImageFont.load_default(size=_REFERENCE_SIZE)
    if not isinstance(font, ImageFont.FreeTypeFont):  # Pillow built without FreeType
        raise RuntimeError("Pillow saknar FreeType; textmått kan inte beräknas")
    return font


@lru_cache(maxsize=65536)
def _word_width(word: str) -> float:
    return float(_font().getlength(word))


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width of `text` in points at `size` points, with the safety margin."""
    return _word_width(text) * size / _REFERENCE_SIZE * _SAFETY[bold]


@dataclass(frozen=True)
class Para:
    """One paragraph as it is rendered and measured: sizes in points."""

    text: str
    size: float
    bold: bool = False
    italic: bool = False
    bullet: bool = False
    space_before: float = 0.0
    colour: str | None = None
    """RGB hex, or None for the template's colour."""
    indented: bool = False
    """Aligned with the text of a bullet above, without a bullet of its own."""
    note: str = ""
    """Grey text after `text` in the same paragraph and size ("5/9 intervjuer")."""
    number: int | None = None
    """The number a bullet shows in place of its dot, PowerPoint's own numbering that
    follows on from it in the paragraphs after ("1.", "2.", and "7." opening a slide
    that goes on from six); with `indented`, aligned with the text of a numbered one."""

    @property
    def full_text(self) -> str:
        return self.text + self.note

    @property
    def indent(self) -> float:
        """The left margin in points; a bullet or a number hangs in it."""
        if not (self.bullet or self.indented):
            return 0.0
        return NUMBER_INDENT if self.number is not None else BULLET_INDENT


def lines(text: str, width: float, size: float, *, bold: bool = False) -> int:
    """How many lines `text` takes when wrapped at spaces into `width` points."""
    count = 0
    for hard_line in text.split("\n"):
        count += _wrapped(hard_line, width, size, bold)
    return max(count, 1)


def _wrapped(text: str, width: float, size: float, bold: bool) -> int:
    words = text.split()
    if not words:
        return 1
    space = text_width(" ", size, bold=bold)
    count, used = 1, 0.0
    for word in words:
        w = text_width(word, size, bold=bold)
        if w > width:
            # a word wider than the line is broken between characters
            if used:
                count += 1
            count += int(w // width)
            used = w % width
            continue
        needed = w if used == 0 else used + space + w
        if needed <= width:
            used = needed
        else:
            count += 1
            used = w
    return count


def paras_height(paras: Sequence[Para], width: float) -> float:
    """The height in points the paragraphs take in a text frame `width` points wide."""
    total = 0.0
    for para in paras:
        n = lines(para.full_text, width - para.indent, para.size, bold=para.bold)
        total += para.space_before + n * para.size * LINE_SPACING
    return total


@dataclass(frozen=True)
class Box:
    """The inside of a text frame, in points."""

    width: float
    height: float

    def fits(self, paras: Sequence[Para]) -> bool:
        return paras_height(paras, self.width) <= self.height

    @classmethod
    def of_shape(cls, shape: object) -> Box:
        """The room for text inside a python-pptx shape (its size less the frame's insets)."""
        frame = shape.text_frame  # type: ignore[attr-defined]
        width = shape.width - frame.margin_left - frame.margin_right  # type: ignore[attr-defined]
        height = shape.height - frame.margin_top - frame.margin_bottom  # type: ignore[attr-defined]
        return cls(Emu(width).pt, Emu(height).pt)


def shape_paras(shape: object) -> list[Para]:
    """Read the paragraphs back from a written shape, as the measurement sees them.

    Only what synth sets explicitly is read: each paragraph's first run's size and weight,
    its space before and whether it has a bullet margin. A run without a size counts as 18 pt.
    """
    result: list[Para] = []
    for paragraph in shape.text_frame.paragraphs:  # type: ignore[attr-defined]
        runs = list(paragraph.runs)
        # runs and fields (a page number) both carry their size in an a:rPr
        sizes = paragraph._p.xpath("./a:r/a:rPr/@sz | ./a:fld/a:rPr/@sz")
        size = int(sizes[0]) / 100 if sizes else 18.0
        bold = any(bool(r.font.bold) for r in runs)
        ppr = paragraph._p.pPr
        margin = int(ppr.get("marL", "0")) if ppr is not None else 0
        before = paragraph.space_before.pt if paragraph.space_before is not None else 0.0
        result.append(
            Para(
                text=_paragraph_text(paragraph),
                size=size,
                bold=bold,
                bullet=margin > 0,
                space_before=before,
            )
        )
    return result


def _paragraph_text(paragraph: object) -> str:
    # a line break (<a:br/>) reads as a vertical tab in python-pptx
    return paragraph.text.replace("\v", "\n")  # type: ignore[attr-defined]


def overflow(shape: object) -> float:
    """How many points the shape's text is taller than its frame (0 when it fits)."""
    box = Box.of_shape(shape)
    return max(0.0, paras_height(shape_paras(shape), box.width) - box.height)


def fit_size(
    sizes: Iterable[float], make: Callable[[float], list[Para]], box: Box
) -> list[Para] | None:
    """The paragraphs `make(size)` for the first (largest) size in `sizes` that fits `box`."""
    for size in sizes:
        paras = make(size)
        if box.fits(paras):
            return paras
    return None
