"""When the material says a thing was made, and where its sources say otherwise."""

from __future__ import annotations

import pytest

from synth.draft.dated import dated_elsewhere, statements_dated, undated
from synth.records import SourceType, Statement


def _said(sid: str, text: str) -> Statement:
    return Statement(sid, sid.split(".")[0], SourceType.INTERVJU, 1, text)


STATEMENTS = {
    st.id: st
    for st in (
        _said(
            "INT-06.019", "Det finns en digitaliseringsstrategi från 2021, men den är mest vision."
        ),
        _said("INT-07.027", "Det finns en digitaliseringsstrategi, den antogs 2022 tror jag."),
        _said("INT-07.014", "Det finns en IT-policy från 2014 som fortfarande gäller formellt."),
        # a year of what is to happen is another matter: no date of the strategy
        _said("INT-01.002", "I budgeten för 2027 ska digitaliseringsstrategin följas upp."),
        # the same year elsewhere agrees
        _said("GRP-01.010", "Digitaliseringsstrategin är från 2021, den har ingen budget."),
    )
}
LINE = (
    "I en annan intervju beskrivs att det finns en digitaliseringsstrategi från 2021 men att "
    "den är mest vision."
)


def test_a_year_another_source_gives_otherwise_is_found_for_the_notes() -> None:
    """Blind review 145: the strategy dated 2021 on a slide, 2022 in another interview."""
    dated = statements_dated(STATEMENTS)
    assert {st.id for st in dated} == {"INT-06.019", "INT-07.027", "INT-07.014", "GRP-01.010"}
    assert dated_elsewhere(LINE, {"INT-06.019"}, dated) == ("INT-07.027 anger 2022",)
    # what is dated once, or a line that dates nothing, has nothing to check
    policy = "I en intervju beskrivs att det finns en IT-policy från 2014 som fortfarande gäller."
    assert dated_elsewhere(policy, {"INT-07.014"}, dated) == ()
    assert (
        dated_elsewhere("I en intervju beskrivs att strategin är mest vision.", set(), dated) == ()
    )


@pytest.mark.parametrize(
    ("line", "left"),
    [
        (
            "Det finns en digitaliseringsstrategi från 2021 men den är mest vision.",
            "Det finns en digitaliseringsstrategi men den är mest vision.",
        ),
        ("Strategin antogs år 2022 av fullmäktige.", "Strategin antogs av fullmäktige."),
        ("Planen togs fram 2020.", "Planen togs fram."),
        # a year that opens a clause, or says since when, cannot go without its clause
        ("Från 2021 har kommunen en strategi.", None),
        ("Kommunen har haft systemet sedan 2019.", None),
        # a year of anything else is no date of a thing and stays
        ("I budgeten för 2027 finns inga pengar.", "I budgeten för 2027 finns inga pengar."),
    ],
)
def test_a_disputed_year_is_left_out_where_the_line_reads_without_it(
    line: str, left: str | None
) -> None:
    assert undated(line) == left
