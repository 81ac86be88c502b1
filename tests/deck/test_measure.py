from __future__ import annotations

from synth.deck.measure import NUMBER_INDENT, Box, Para, lines, paras_height, text_width
from synth.deck.slides import BODY_SIZES


def test_longer_text_is_wider_and_bold_wider_still() -> None:
    assert text_width("Iakttagelser", 18) > text_width("Iakt", 18)
    assert text_width("Iakttagelser", 18, bold=True) > text_width("Iakttagelser", 18)
    assert text_width("Iakttagelser", 36) == 2 * text_width("Iakttagelser", 18)


def test_wrapping_follows_the_width_and_hard_breaks() -> None:
    text = "Stödet från HR fungerar väl men IT-stödet är långsamt och ingen äger frågan"
    one_line = text_width(text, 18) + 1
    assert lines(text, one_line, 18) == 1
    assert lines(text, one_line / 2, 18) in (2, 3)
    assert lines("rad ett\nrad två", one_line, 18) == 2
    assert lines("Överlångtordsomintefårplatspåraden", 40, 18) >= 3


def test_a_box_fits_what_is_no_taller_than_it() -> None:
    paras = [Para("Ett kort stycke", 18), Para("Ett till", 18, bullet=True, space_before=9)]
    height = paras_height(paras, 400)
    assert height == 2 * 18 * 1.2 + 9
    assert Box(400, height).fits(paras)
    assert not Box(400, height - 1).fits(paras)


def test_a_two_digit_number_fits_its_hanging_indent_at_the_largest_body_size() -> None:
    """ "10.Sätt ett riktvärde …": at 20 pt the number ran into its text, the indent made
    for 16 pt. The indent holds "10." in bold at the largest body size, with the measure's
    own safety margin."""
    assert text_width("10.", max(BODY_SIZES), bold=True) <= NUMBER_INDENT
