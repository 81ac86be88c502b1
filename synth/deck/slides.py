"""The deck being drawn, and text that flows over as many slides as it needs.

Every text is laid out by `synth.deck.measure` before it is written: a box is filled at
the largest size (20, 18, 16 or 14 pt body) at which it fits, and what does not fit at 14 pt
continues on a slide whose title ends in "(forts.)", at 16 pt where one such slide more
allows it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise, zip_longest

from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide, SlideLayout

from synth.deck.frames import (
    body_placeholders,
    box_of,
    fill,
    fill_title,
    page_number,
    remove,
    set_notes,
)
from synth.deck.measure import Box, Para
from synth.deck.template import Layouts
from synth.errors import DeckError

__all__ = [
    "ACCENT",
    "BODY_SIZES",
    "COVER_SIZES",
    "FORTS",
    "MIN_BODY",
    "TITLE_SIZES",
    "Blocks",
    "Deck",
    "PageNotes",
    "SlideOrigin",
    "content_slides",
    "continued",
    "pages_needed",
    "two_column_slides",
]

FORTS = " (forts.)"
BODY_SIZES = (20.0, 18.0, 16.0, 14.0)
MIN_BODY = BODY_SIZES[-1]
READABLE_BODY = 16.0
"""The smallest size a page of running text is set in where one page more allows it."""
# the smaller sizes are for a finding's headline as the title of its slide
TITLE_SIZES = (28.0, 24.0, 20.0, 18.0)
COVER_SIZES = (36.0, 32.0, 28.0, 24.0)
ACCENT = "1F3864"

Blocks = Callable[[float], list[list[Para]]]


@dataclass
class SlideOrigin:
    """What a slide shows, for messages: its title and the theme it is about, if any."""

    title: str
    theme_id: str | None = None


@dataclass
class Deck:
    """The presentation being drawn, with what each of its slides shows."""

    prs: PresentationType
    layouts: Layouts
    origins: list[SlideOrigin] = field(default_factory=list)
    theme_slides: dict[str, int] = field(default_factory=dict)
    """The number of each theme's (first) observation slide, for references to it."""
    related_slides: dict[str, int] = field(default_factory=dict)
    """The number of the slide that lists a finding without a slide of its own among the
    findings related to its own (`Observation.related`): it is read there."""

    def slide_of(self, theme_id: str) -> int | None:
        """The slide a finding is read on: its own, else the one that lists it among
        another's related findings; None for one on neither."""
        return self.theme_slides.get(theme_id, self.related_slides.get(theme_id))

    def slide(self, layout: SlideLayout, title: str, theme_id: str | None = None) -> Slide:
        slide = self.prs.slides.add_slide(layout)
        self.origins.append(SlideOrigin(title, theme_id))
        if slide.shapes.title is not None:
            fill_title(slide.shapes.title, title, TITLE_SIZES, where=title)
        page_number(slide, len(self.prs.slides))
        return slide


# pagination ----------------------------------------------------------------------------


def _flat(blocks: Sequence[Sequence[Para]]) -> list[Para]:
    return [p for block in blocks for p in block]


def _split(blocks: Sequence[Sequence[Para]], box: Box) -> list[list[Para]] | None:
    """The blocks filled into pages in order, as evenly as the pages they need allow;
    None when one block alone does not fit. Filled greedily, twelve recommendations took
    six, five and one: a continuation slide holding one paragraph reads as left over, so
    the pages hold about as many blocks each, none more than a page holds."""
    greedy = _filled(blocks, box, len(blocks))
    if greedy is None or len(greedy) < 2:
        return greedy
    # as many to a page as the pages share out, the first pages one more; else as few
    # to a page as still fill no more pages than filling each page full does
    pages = len(greedy)
    share, more = divmod(len(blocks), pages)
    starts = [k * share + min(k, more) for k in range(pages + 1)]
    even = [[p for block in blocks[a:b] for p in block] for a, b in pairwise(starts)]
    if all(page and box.fits(page) for page in even):
        return even
    for most in range(math.ceil(len(blocks) / pages) + 1, len(blocks)):
        capped = _filled(blocks, box, most)
        if capped is not None and len(capped) == pages:
            return capped
    return greedy


def _filled(blocks: Sequence[Sequence[Para]], box: Box, most: int) -> list[list[Para]] | None:
    """The blocks filled into pages in order, at most `most` to a page; None when one
    block alone does not fit."""
    pages: list[list[Para]] = [[]]
    counts = [0]
    for block in blocks:
        if not box.fits(block):
            return None
        if pages[-1] and (counts[-1] >= most or not box.fits(pages[-1] + list(block))):
            pages.append([])
            counts.append(0)
        pages[-1].extend(block)
        counts[-1] += 1
    return pages


def _columns(
    columns: Sequence[tuple[Blocks, Box]], where: str, *, running: bool = False
) -> list[list[list[Para]]]:
    """Pages for columns side by side, in one size for all of them.

    All on one page at the largest size that fits (for `running` text, a page of its own
    such as the recommendations, below 16 pt only where two pages would not let it stand
    at 16 pt; a finding's slide is one slide); else as few pages as 14 pt needs, at
    the largest size that needs no more, or one page more where that page lets the text
    stand at 16 pt: a page of text at 14 pt is too small to read in the room (blind review
    81, on an assessment that one sentence more had set at 14 pt). A block (a bullet with
    its sub-line, a heading with its first item) never splits.
    """

    def within(size: float, most: int) -> list[list[list[Para]]] | None:
        split = [_split(blocks(size), box) for blocks, box in columns]
        if all(pages is not None and len(pages) <= most for pages in split):
            return [pages or [] for pages in split]
        return None

    least = 1
    for size in BODY_SIZES:
        # one page below 16 pt only where two would not let it stand at 16 pt: eight
        # recommendations were set at 14 pt on one slide, unreadable in the room (blind
        # review 90), where at 20 pt they had taken two
        if running and size < READABLE_BODY and within(READABLE_BODY, 2) is not None:
            least = 2
            break
        if all(box.fits(_flat(blocks(size))) for blocks, box in columns):
            return [[_flat(blocks(size))] for blocks, _ in columns]
    smallest = [_split(blocks(MIN_BODY), box) for blocks, box in columns]
    if any(pages is None for pages in smallest):
        raise DeckError(f"{where}: en text är för lång för en hel bild; korta den")
    needed = max(least, *(len(pages or ()) for pages in smallest))

    for size in BODY_SIZES:
        # below 16 pt only where 16 pt would take more than one page more; the page more
        # buys 16 pt, not a larger size still
        fitted = within(size, needed) if size >= READABLE_BODY else None
        fitted = fitted or (within(READABLE_BODY, needed + 1) if size < READABLE_BODY else None)
        if fitted is not None:
            return fitted
    return [pages or [] for pages in smallest]


def continued(title: str, page: int) -> str:
    return title if page == 0 else title + FORTS


PageNotes = Callable[[Sequence[str]], str]
"""The notes of one page from the texts of the paragraphs on it."""


def content_slides(
    deck: Deck,
    title: str,
    blocks: Blocks,
    notes: str | PageNotes = "",
    theme_id: str | None = None,
) -> None:
    """One text over as many slides as it needs; `notes` the same on each, or (a function
    of the paragraphs on the page) what is said of the paragraphs on it."""
    layout = deck.layouts.content
    (pages,) = _columns([(blocks, box_of(layout))], title, running=theme_id is None)
    for page, paras in enumerate(pages):
        slide = deck.slide(layout, continued(title, page), theme_id)
        (body, *rest) = body_placeholders(slide)
        fill(body, paras)
        for extra in rest:
            remove(extra)
        set_notes(slide, notes if isinstance(notes, str) else notes([p.text for p in paras]))


def pages_needed(deck: Deck, title: str, blocks: Blocks) -> int:
    """How many slides `content_slides` would put `blocks` on."""
    (pages,) = _columns([(blocks, box_of(deck.layouts.content))], title, running=True)
    return len(pages)


def fits_one_slide(deck: Deck, columns: Sequence[Blocks], size: float) -> bool:
    """Whether one or two columns stand on one slide at `size`, as `two_column_slides`
    and `content_slides` set them (two columns one below the other where the template has
    no two-content layout)."""
    layout = deck.layouts.two_content
    if len(columns) == 2 and layout is not deck.layouts.content:
        return all(box_of(layout, k).fits(_flat(blocks(size))) for k, blocks in enumerate(columns))
    return box_of(deck.layouts.content).fits(
        _flat([block for blocks in columns for block in blocks(size)])
    )


def two_column_slides(
    deck: Deck,
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
        content_slides(deck, title, lambda s: left(s) + right(s), notes, theme_id)
        return
    left_box, right_box = box_of(layout, 0), box_of(layout, 1)
    left_pages, right_pages = _columns([(left, left_box), (right, right_box)], title)
    if rest is None or left_box != right_box:
        empty: list[Para] = []
        pairs = list(zip_longest(left_pages, right_pages, fillvalue=empty))
        for page, (left_paras, right_paras) in enumerate(pairs):
            _two_column_slide(
                deck, continued(title, page), (left_paras, right_paras), notes, theme_id
            )
        return
    _two_column_slide(deck, title, (left_pages[0], right_pages[0]), notes, theme_id)
    for label, pages in zip(rest, (left_pages[1:], right_pages[1:]), strict=True):
        for i in range(0, len(pages), 2):
            pair = (pages[i], pages[i + 1] if i + 1 < len(pages) else [])
            _two_column_slide(deck, label + FORTS, pair, notes, theme_id)


def _two_column_slide(
    deck: Deck,
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
