"""Text that flows over as many slides as it needs, in one size per text."""

from __future__ import annotations

from synth.deck.measure import Box, Para
from synth.deck.slides import _columns

TEXT = (
    "Bilden av strukturen är övervägande kritisk och flera av de intervjuade beskriver hur "
    "stödet har vuxit fram utan beslut. "
) * 2


def paged(height: float, *, running: bool = True) -> list[list[Para]]:
    """Six long bullets in a box 600 pt wide and `height` pt tall."""
    (pages,) = _columns(
        [(lambda size: [[Para(TEXT, size, bullet=True)] for _ in range(6)], Box(600, height))],
        "Bedömning",
        running=running,
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


def test_a_text_that_fits_one_page_only_at_14_pt_takes_two_at_a_larger_size() -> None:
    """Blind review 90: eight recommendations at 14 pt on one slide, "unreadable when
    projected", where at 20 pt they had taken two slides. In this box one page holds them
    at 14 pt alone, and two at 20 pt."""
    pages = paged(440)
    assert len(pages) == 2
    assert {p.size for page in pages for p in page} == {20.0}
    # a finding's slide is one slide, at 14 pt where it must
    assert [len(page) for page in paged(440, running=False)] == [6]


def test_the_pages_of_a_running_text_hold_about_as_many_blocks_each() -> None:
    """Twelve recommendations filled greedily took six, five and one: a continuation
    slide with one paragraph reads as left over. Pages hold about as many blocks each."""

    def blocks(size: float) -> list[list[Para]]:
        return [[Para(TEXT, size, bullet=True)] for _ in range(7)]

    # three to a page at 16 pt in this box: filled full, three, three and one
    (pages,) = _columns([(blocks, Box(600, 260))], "Rekommendationer", running=True)
    assert [len(page) for page in pages] == [3, 2, 2]
    assert {p.size for page in pages for p in page} == {16.0}
