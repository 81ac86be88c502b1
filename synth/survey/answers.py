"""Reading one answer cell as the respondent left it: a value, a gap, or an error.

Excel hands back whatever was typed: numbers as numbers, "2,5" as text in an English
Excel, "Vet ej" as text, a list choice as its label (a Likert point as "4 – Instämmer
till stor del", stored as 4). Blank is a gap (missing), never a
zero; anything that does not fit the question is invalid and kept raw for the report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from synth.forms import Question, Scale
from synth.survey.layout import MARK
from synth.tables import parse_number

__all__ = ["CellAnswer", "read_cell"]

_MARKS = {MARK.casefold(), "ja", "x.", "✓", "✔", "1"}


@dataclass(frozen=True)
class CellAnswer:
    status: str
    """answered, missing or invalid."""
    value_text: str | None = None
    value_number: float | None = None
    raw: str = ""
    message: str = ""


def _raw(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    return " ".join(str(value).split())


def _number(value: object) -> float | None:
    """The number in a cell, typed or written with a decimal comma; None if it is none."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return parse_number(str(value))
    except ValueError:
        return None


def _fmt(number: float) -> str:
    return f"{number:g}".replace(".", ",")


def read_cell(spec: Question, value: object, scale: Scale | None) -> CellAnswer:
    raw = _raw(value)
    if not raw:
        return CellAnswer("missing")
    if spec.type == "likert":
        assert scale is not None  # a form with likert questions has a scale (validated)
        if raw.casefold() == scale.dont_know.casefold():
            return CellAnswer("answered", value_text=scale.dont_know, raw=raw)
        # the list's "4 – Instämmer till stor del", the bare 4 (typed, or an older
        # workbook's list) and the words alone all mean 4
        point = scale.point(raw)
        if point is None:
            return _bad(raw, f"ska vara ett heltal 1–{scale.points} eller {scale.dont_know}")
        return CellAnswer("answered", value_text=str(point), value_number=float(point), raw=raw)
    if spec.type == "single":
        folded = raw.casefold()
        for choice in spec.choices:
            if folded in {choice.label.casefold(), choice.id}:
                return CellAnswer("answered", value_text=choice.id, raw=raw)
        return _bad(raw, "finns inte bland svarsalternativen")
    if spec.type == "multi":
        if raw.casefold() in _MARKS:
            return CellAnswer("answered", value_text=MARK, raw=raw)
        return _bad(raw, f"markera med {MARK} eller lämna tomt")
    if spec.type == "number":
        number = _number(value)
        if number is None:
            return _bad(raw, f"är inget tal (ange {spec.range_text})")
        assert spec.min is not None and spec.max is not None
        if not spec.min <= number <= spec.max:
            return _bad(raw, f"ligger utanför {spec.range_text}")
        if spec.decimals == 0 and not number.is_integer():
            return _bad(raw, "ska vara ett heltal")
        return CellAnswer("answered", value_text=_fmt(number), value_number=number, raw=raw)
    text = str(value).strip() if isinstance(value, str) else raw
    if spec.max_length and len(text) > spec.max_length:
        return _bad(raw, f"är längre än {spec.max_length} tecken")
    return CellAnswer("answered", value_text=text, raw=text)


def _bad(raw: str, message: str) -> CellAnswer:
    return CellAnswer("invalid", raw=raw, message=message)
