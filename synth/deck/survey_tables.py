"""The survey's breakdowns as slide tables (`synth.deck.resources.Grid`): per support
function and group the share agreeing, coloured by what agreeing means; the numbers asked
(span of control, share of admin time) per group."""

from __future__ import annotations

from synth.deck.resources import Grid
from synth.deck.survey import ALL_RESPONDENTS, STAFF_MARKS, StaffTable, heat_colour, percent
from synth.survey.results import AGREE_FROM, LikertResult, NumberSummary, SurveyResults
from synth.text.numbers import decimal, halves

__all__ = ["heat_grid", "held_back", "number_grid", "staff_grid"]


def held_back(results: SurveyResults) -> str:
    if not results.hidden_groups:
        return ""
    return (
        f" Grupper med färre än {results.threshold} svarande visas inte: "
        f"{', '.join(results.hidden_groups)}."
    )


def heat_grid(result: LikertResult, results: SurveyResults, row_header: str) -> Grid | None:
    """Share agreeing per item (rows, the chart's order) and group (columns); None when
    there is no group beside all respondents to compare with."""
    if len(result.groups) < 2 or not result.items:
        return None
    cells, fills = [], []
    for item, shares in zip(result.items, result.breakdown, strict=True):
        cells.append((item.label, *("–" if s is None else percent(s) for s in shares)))
        fills.append(
            (None, *(None if s is None else heat_colour(s, result.meaning) for s in shares))
        )
    meaning = (
        "orange = många vill ha mer stöd"
        if result.meaning == "need"
        else "rött = få, grönt = många"
    )
    note = (
        f"Andel som svarat {AGREE_FROM} eller 5 (instämmer) av dem som svarat på skalan; "
        f"{meaning}. \u201d–\u201d = färre än {results.threshold} svar." + held_back(results)
    )
    return Grid(
        headers=(row_header, *result.groups), cells=tuple(cells), note=note, fills=tuple(fills)
    )


def number_grid(summary: NumberSummary, results: SurveyResults) -> Grid:
    """Per group (all respondents first) how many answered, the median and the mean."""
    unit = f" ({summary.unit})" if summary.unit else ""
    cells = tuple(
        (row.group, str(row.n), decimal(row.median, 1), decimal(row.mean, 1))
        for row in summary.rows
    )
    note = (
        "Median: hälften svarade mindre, hälften mer. Chefsnivå och sektor enligt svaren och "
        "utskicket." + held_back(results)
    )
    return Grid(
        headers=("Grupp", "Svarande", f"Median{unit}", f"Medelvärde{unit}"), cells=cells, note=note
    )


def staff_grid(table: StaffTable, doubted: str | None = None) -> Grid:
    """Per group (all respondents first) how many answered, the median number of staff
    and the shares leading `STAFF_MARKS` or more; `doubted` says under the table which
    group's count comes to more than its sector's employees (`staff_overcount`)."""
    cells = tuple(
        (
            # every level of chef together, as the per-sector rows are not (blind review
            # 146: its median mixed first-line chefs with chefs of chefs)
            f"{row.label}, alla chefsnivåer" if row.group == ALL_RESPONDENTS else row.label,
            str(row.respondents),
            halves(row.median),
            *(percent(share) for share in row.at_least),
        )
        for row in table.rows
    )
    hidden = (
        f" Sektorer med färre än {table.threshold} svar visas inte: {', '.join(table.hidden)}."
        if table.hidden
        else ""
    )
    note = (
        "Hur många medarbetare chefen leder, enligt chefsenkäten; median: hälften leder "
        "färre, hälften fler; per sektor dess vanligaste roll, oftast första linjens "
        f"chefer, med minst {table.threshold} svar (chefer för chefer räknar in sina "
        "chefers medarbetare). Ett ungefärligt svar (”ca 40”) räknas som sitt tal; svar "
        "som inte angav något tal räknas inte." + hidden + (f" {doubted}." if doubted else "")
    )
    return Grid(
        headers=("Grupp", "Svarande", "Median", *(f"{mark} eller fler" for mark in STAFF_MARKS)),
        cells=cells,
        note=note,
    )
