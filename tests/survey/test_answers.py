from __future__ import annotations

import datetime as dt

import pytest

from synth.forms import Question, Scale
from synth.survey.answers import read_cell

SCALE = Scale(low="Inte alls", high="Helt")
WORDED = Scale(low="Inte alls", middle=("Lite", "Delvis", "Mycket"), high="Helt")
LIKERT = Question(id="q", text="Nöjd?", type="likert")
SINGLE = Question(
    id="q", text="Var?", type="single", choices=["Central förvaltning", "Sektor", "Enhet"]
)
MULTI = Question(id="q", text="Vilka?", type="multi", choices=["Ekonomi", "HR"])
FTE = Question(id="q", text="Åa", type="number", min=0, max=50, decimals=2, unit="åa")
PEOPLE = Question(id="q", text="Antal", type="number", min=0, max=500, unit="personer")
TEXT = Question(id="q", text="Vad saknar du?", type="text", max_length=10)


@pytest.mark.parametrize(
    ("spec", "value", "status", "text", "number"),
    [
        (LIKERT, 4, "answered", "4", 4.0),
        (LIKERT, "4", "answered", "4", 4.0),
        (LIKERT, "vet ej", "answered", "Vet ej", None),
        (LIKERT, None, "missing", None, None),
        (LIKERT, "   ", "missing", None, None),
        (LIKERT, 6, "invalid", None, None),
        (LIKERT, 3.5, "invalid", None, None),
        (LIKERT, "bra", "invalid", None, None),
        (SINGLE, "central förvaltning", "answered", "central_forvaltning", None),
        (SINGLE, "Kontor", "invalid", None, None),
        (MULTI, "x", "answered", "X", None),
        (MULTI, "kanske", "invalid", None, None),
        (FTE, 2.4, "answered", "2,4", 2.4),
        (FTE, "2,4", "answered", "2,4", 2.4),
        (FTE, "2,4 åa", "answered", "2,4", 2.4),
        (FTE, "60", "invalid", None, None),
        (FTE, "ca 3", "invalid", None, None),
        (FTE, True, "invalid", None, None),
        (PEOPLE, 12, "answered", "12", 12.0),
        (PEOPLE, "12,5", "invalid", None, None),
        (TEXT, "  Mer HR  ", "answered", "Mer HR", None),
        (TEXT, "Alldeles för lång text", "invalid", None, None),
        (TEXT, dt.datetime(2026, 3, 1), "answered", "2026-03-01", None),
    ],
)
def test_a_cell_is_read_as_the_respondent_meant_it(
    spec: Question, value: object, status: str, text: str | None, number: float | None
) -> None:
    answer = read_cell(spec, value, SCALE)
    assert (answer.status, answer.value_text, answer.value_number) == (status, text, number)
    if status == "invalid":
        assert answer.message and answer.raw
    else:
        assert answer.message == ""


@pytest.mark.parametrize(
    ("value", "status", "number"),
    [
        ("4 – Mycket", "answered", 4.0),  # as the list writes it
        ("4 - mycket", "answered", 4.0),
        ("4", "answered", 4.0),
        (4.0, "answered", 4.0),
        ("4,0", "answered", 4.0),
        ("Mycket", "answered", 4.0),
        ("4 – Något annat", "answered", 4.0),  # words changed after sending: the number holds
        ("4 – Helt", "invalid", None),  # the words say 5
        ("4,5", "invalid", None),
        ("0 – Inte alls", "invalid", None),
        ("Vet ej", "answered", None),
    ],
)
def test_a_scale_point_is_read_from_the_list_text_or_the_bare_number(
    value: object, status: str, number: float | None
) -> None:
    answer = read_cell(LIKERT, value, WORDED)
    assert (answer.status, answer.value_number) == (status, number)


def test_an_out_of_range_number_says_the_range_in_swedish() -> None:
    assert read_cell(FTE, "60", SCALE).message == "ligger utanför 0–50 åa, decimalkomma går bra"
    assert read_cell(PEOPLE, 2.5, SCALE).message == "ska vara ett heltal"
