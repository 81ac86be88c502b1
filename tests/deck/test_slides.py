"""Text that flows over as many slides as it needs, in one size per text."""

from __future__ import annotations

from synth.deck.measure import Box, Para
from synth.deck.slides import _columns

TEXT = (
    "Bilden av strukturen är övervägande kritisk och flera av de intervjuade beskriver hur "
    "stödet har vuxit fram utan beslut. "
) * 2


def paged(height: float) -> list[list[Para]]:
    """Six long bullets in a box 600 pt wide and `height` pt tall."""
    (pages,) = _columns(
        [(lambda size: [[Para(TEXT, size, bullet=True)] for _ in range(6)], Box(600, height))],
        "Bedömning",
    )
    return pages


def test_one_page_more_sets_a_long_text_at_16_pt_rather_than_14() -> None:
    """Blind review 81: one sentence more in the assessment set both its pages at 14 pt,
    "too small for a kommundirektör". In this box 14 pt takes two pages and 16 pt three:
    the third page is taken, and it buys 16 pt, not a larger size still (20 pt also fits
    on three)."""
    pages = paged(210)
    assert len(pages) == 3
    assert {p.size for page in pages for p in page} == {16.0}


def test_where_16_pt_needs_no_page_more_the_largest_size_that_fits_is_kept() -> None:
    # 20 pt on two pages, as 14 pt needs two
    pages = paged(300)
    assert len(pages) == 2
    assert {p.size for page in pages for p in page} == {20.0}
    # 16 pt on two pages: no page more
    assert [len(page) for page in paged(245)] == [3, 3]
