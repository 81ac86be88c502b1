"""The support-resource inventory on slides: årsarbetare per function and level.

`resource_table` turns the inventory summary (synth.survey.inventory) into what the slides
show: per function the åa in practice at each level and the sums budgeted and in practice.
Only sums over units are shown, never a unit's own row or a respondent's comment. The
anonymity threshold is for answers about what people think; how many åa a function has is
a fact about the organisation, so the sums are shown even when few units hold them.
The chart is a native stacked bar chart (editable in PowerPoint); the table is paginated
with measured row heights and continues on "(forts.)" slides.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
from pptx.enum.text import PP_ALIGN
from pptx.slide import Slide
from pptx.util import Emu, Pt

from synth.dates import swedish_date
from synth.deck.charts import TextChartData, footnote
from synth.deck.frames import MARGIN_X, MARGIN_Y
from synth.deck.measure import Para, paras_height, text_width
from synth.records import Statement
from synth.survey.inventory import (
    CLOSE_TO_OPERATIONS,
    LEVEL_LABELS,
    LEVELS,
    UNKNOWN,
    ChoiceTally,
    InventoryLine,
    InventorySummary,
    is_central,
)
from synth.survey.shadow import (
    SHADOW_FTE,
    FunctionBalance,
    InventoryFindings,
    answered,
    composition,
    function_in_text,
    inventory_findings,
)
from synth.text.functions import function_of
from synth.text.numbers import count_words, decimal, listing, share_words, thousands
from synth.text.staffing import kept_support
from synth.text.swedish import stem, tokens

__all__ = [
    "Grid",
    "ResourceRow",
    "ResourceTable",
    "UnlistedSupport",
    "answers_grid",
    "answers_title",
    "draw_grid",
    "draw_resource_chart",
    "draw_resource_table",
    "grid_pages",
    "inventory_line",
    "overlap_note",
    "placement_line",
    "resource_grid",
    "resource_note",
    "resource_pages",
    "resource_table",
    "sector_grid",
    "swedish_fte",
    "unlisted_line",
    "unlisted_support",
    "unlisted_told",
]

TABLE_SIZE = 14.0
NOTE_SIZE = 14.0
_CELL_X, _CELL_Y = Pt(5), Pt(2)
_FUNCTION_SHARE = 0.34
_UNPLACED, _CENTRAL = "D9D9D9", "1F3864"
_HEADER_FILL = "D9E1F2"
_MIN_FIRST_SHARE = 0.2
_MIN_VALUE = Pt(44)
"""A heat table's narrowest column: "100 %" at the table's size."""


@dataclass(frozen=True)
class ResourceRow:
    function: str
    by_level: tuple[float, ...]
    """Åa in practice at each of the table's levels, in its order."""
    budget: float
    actual: float
    respondents: int
    """How many respondents gave some of the function."""


@dataclass(frozen=True)
class ResourceTable:
    levels: tuple[str, ...]
    """The levels anyone answered, central first."""
    rows: tuple[ResourceRow, ...]
    """One per function, in the form's order."""
    respondents: int
    """Respondents who answered the inventory, each for their unit or area (a sector head
    for many units): they are counted as respondents, never as units."""
    invited: int | None = None
    """Units the inventory was sent to, when the store knows."""
    invited_file: str = ""
    """The recipient list the form was sent to, which `invited` counts, for the notes."""
    findings: InventoryFindings | None = None
    """What the figures show (`synth.survey.shadow`)."""
    overlaps: int = 0
    """Rows left out of every sum: a sector's central row for a function the central
    administration reports too (`synth.survey.inventory.overlaps`)."""
    overlapping: float = 0.0
    """Their åa."""
    central: tuple[int, int] = (0, 0)
    """Of those who answered the inventory, how many speak for the central administration
    (`synth.survey.inventory.is_central`), and how many answered in all."""
    open_until: dt.date | None = None
    """The last day to answer, where the deck is made before it and not everyone invited
    has answered: the figures are preliminary."""
    merged: tuple[tuple[str, str], ...] = ()
    """Levels one respondent alone answered for, each with the level whose column holds
    them (`_merged_levels`)."""
    kept: tuple[tuple[str, str, str], ...] = ()
    """What each sector out in the operations reports (one with a row placed there, not the
    central administration's own): (sector, function, the row's comment) of every row
    with some åa, budgeted or in practice."""
    described: tuple[tuple[str, str], ...] = ()
    """The form's functions, each with what it says counts as the function ("IT-stöd,
    system, e-tjänster …"), where the deck knows the form."""

    def balance(self, function: str) -> FunctionBalance | None:
        """What the figures show of one function (`FunctionBalance`): its central staff
        against its central budget and its work out in the operations; None where the
        inventory has no findings or none of the function."""
        balances = self.findings.balances if self.findings else ()
        return next((b for b in balances if b.function == function), None)

    @property
    def sector_employees(self) -> dict[str, float]:
        """The employees of each sector that someone answered the inventory for as a whole
        (`SectorDensity.whole`), with any of its units that answered apart: "Vård och
        omsorg utom individ- och familjeomsorgen" and "Individ- och familjeomsorg", 1 280
        and 120. A sector only some of whose units answered is left out: their employees
        are not the sector's."""
        sectors = self.findings.sectors if self.findings else ()
        return {s.sector: s.employees for s in sectors if s.whole and s.employees}

    @property
    def answered(self) -> str:
        """ "18 av 24 tillfrågade har svarat"."""
        if self.invited and self.invited >= self.respondents:
            return f"{self.respondents} av {self.invited} tillfrågade har svarat"
        return f"{self.respondents} har svarat"

    @property
    def answered_so_far(self) -> str:
        """`answered`, and "(preliminärt: svarstiden går ut 4 december 2026)" while the
        inventory is open: review 40 found a deck of 2 December that showed it as final
        with answers due on the 4th. Said where the inventory is presented (the fieldwork
        and its own slides), not on each line that cites it."""
        if self.open_until is None:
            return self.answered
        return f"{self.answered} (preliminärt: svarstiden går ut {swedish_date(self.open_until)})"

    @property
    def budget(self) -> float:
        return round(sum(r.budget for r in self.rows), 2)

    @property
    def actual(self) -> float:
        return round(sum(r.actual for r in self.rows), 2)

    @property
    def headers(self) -> tuple[str, ...]:
        levels = tuple(LEVEL_LABELS.get(level, level) for level in self.levels)
        return ("Funktion", *levels, "I praktiken", "Budgeterat")


def resource_table(
    summary: InventorySummary, invited: int | None = None, threshold: int = 0
) -> ResourceTable | None:
    """The slides' table from the inventory summary; None when nobody has answered. The
    answers to the questions about the support (`InventoryFindings.answers`) are a
    judgment, not a fact about the organisation: shown only where at least `threshold`
    answered, as with the chefs' survey."""
    if not summary.lines:
        return None
    order = (*LEVELS, UNKNOWN)
    present = {a.group for a in summary.by_level}
    shown = tuple(level for level in order if level in present)
    shown += tuple(sorted(present - set(shown)))
    into = _merged_levels(shown, summary.lines)
    levels = tuple(level for level in shown if level not in into)
    rows = []
    for profile in summary.profiles:
        own: dict[str, float] = {}
        for a in summary.by_level:
            if a.function == profile.function:
                place = into.get(a.group, a.group)
                own[place] = own.get(place, 0.0) + a.fte_actual
        rows.append(
            ResourceRow(
                function=profile.function,
                by_level=tuple(round(own.get(level, 0.0), 2) for level in levels),
                budget=round(
                    sum(a.fte_budget for a in summary.by_level if a.function == profile.function),
                    2,
                ),
                actual=profile.fte_actual,
                respondents=profile.respondents,
            )
        )
    respondents = len({line.recipient_id for line in summary.lines})
    rows_of: dict[str, list[InventoryLine]] = {}
    for line in summary.lines:
        rows_of.setdefault(line.recipient_id, []).append(line)
    central = sum(is_central(u.sector, rows_of.get(u.recipient_id, [])) for u in summary.units)
    # the sectors out in the operations: any row of theirs placed there, not the central
    # administration's own
    operations = {line.sector for line in summary.lines if line.level in CLOSE_TO_OPERATIONS}
    findings = inventory_findings(summary)
    findings = replace(
        findings, answers=tuple(t for t in findings.answers if t.answered >= threshold)
    )
    return ResourceTable(
        levels=levels,
        rows=tuple(rows),
        respondents=respondents,
        invited=invited,
        findings=findings,
        central=(central, len(summary.units)),
        overlaps=len(summary.overlaps),
        overlapping=summary.overlapping_fte,
        merged=tuple(into.items()),
        kept=tuple(
            (line.sector, line.function, line.comment)
            for line in summary.lines
            if line.sector in operations and (line.fte_actual or line.fte_budget)
        ),
    )


@dataclass(frozen=True)
class UnlistedSupport:
    """Support a sector keeps of its own by what was said in the interviews or the survey
    (`synth.text.staffing.kept_support`), which no row the sector answered in the inventory
    reports: neither a row of the function nor a comment naming the role."""

    sector: str
    function: str
    statement_ids: tuple[str, ...]
    said_in: tuple[str, ...] = ()
    """Where it was said, as a sentence names it: "intervjuerna", "enkäten"."""


def unlisted_line(unlisted: Sequence[UnlistedSupport]) -> str:
    """What the material says the sectors keep beyond their inventory answers
    (`unlisted_support`), as a sentence under the inventory's table: "I intervjuerna
    nämns därtill IT/digitalisering i Vård och omsorg, som inte finns i sektorns svar."
    Blind review 162 read the table's 0,5 åa IT/digitalisering without budget out there
    as the whole of it while three interviews named a systemförvaltare in Vård och
    omsorg. Empty where nothing is said beyond the answers."""
    if not unlisted:
        return ""
    named, where, whose = unlisted_told(unlisted)
    return f"I {where} nämns därtill {named}, som inte finns i {whose} svar."


def unlisted_told(unlisted: Sequence[UnlistedSupport]) -> tuple[str, str, str]:
    """How a sentence tells `unlisted` support: what, where it was said and whose answers
    leave it out ("IT/digitalisering i Vård och omsorg", "intervjuerna", "sektorns"), for
    the table's sentence (`unlisted_line`) and the next step alike."""
    named = listing([f"{function_in_text(u.function)} i {u.sector}" for u in unlisted])
    where = listing(list(dict.fromkeys(kind for u in unlisted for kind in u.said_in)))
    whose = "sektorernas" if len({u.sector for u in unlisted}) > 1 else "sektorns"
    return named, where, whose


def unlisted_support(
    table: ResourceTable, statements: Sequence[Statement]
) -> tuple[UnlistedSupport, ...]:
    """What the material says the sectors keep that their inventory answers leave out
    (`UnlistedSupport`), in the order first said: blind review 162 found the
    systemförvaltare on half time that three interviews named in Vård och omsorg in none
    of its rows, and the inventory's "0,5 åa IT/digitalisering" out in the operations
    taken as the whole of it. Only sectors that answered, and said by someone of the
    sector or naming it: the central administration's "vi" is its own. Empty where the
    deck does not know the form's functions."""
    if not table.described or not table.kept:
        return ()
    functions = dict(table.described)
    answering = list(dict.fromkeys(sector for sector, _, _ in table.kept))
    reported = {(sector, function) for sector, function, _ in table.kept}
    commented: dict[str, set[str]] = {}
    for sector, _, comment in table.kept:
        commented.setdefault(sector, set()).update(stem(w) for w in tokens(comment))
    found: dict[tuple[str, str], list[Statement]] = {}
    for statement in statements:
        own = statement.sector
        for named, function, role in kept_support(statement.text, functions, answering):
            placed = named or (own if own in answering else None)
            if placed is None or (placed, function) in reported:
                continue
            # the role under another function: "Verksamhetsutvecklare som i praktiken gör
            # kommunikation" is the sector's answer for its verksamhetsutvecklare
            if stem(role) in commented.get(placed, set()):
                continue
            found.setdefault((placed, function), []).append(statement)
    return tuple(
        UnlistedSupport(
            sector,
            function,
            tuple(st.id for st in said),
            tuple(
                dict.fromkeys(
                    "intervjuerna" if st.source_type.is_interview else "enkäten" for st in said
                )
            ),
        )
        for (sector, function), said in found.items()
    )


def _merged_levels(levels: Sequence[str], lines: Sequence[InventoryLine]) -> dict[str, str]:
    """The levels below a sector that one respondent alone answered for ("kontor",
    "enhet"), each with the level above it whose column holds it. A column of one
    respondent is their unit's row, which the table does not show (blind review 90: the
    "Kontor" column was one verksamhet's, its head's own time on the forecasts among it).
    A sector's column is the sector's, whoever answered for it."""
    answering: dict[str, set[str]] = {}
    for line in lines:
        answering.setdefault(line.level, set()).add(line.recipient_id)
    close = [level for level in levels if level in CLOSE_TO_OPERATIONS]
    into: dict[str, str] = {}
    for above, level in pairwise(close):
        if len(answering.get(level, ())) < _SEVERAL_ANSWERING:
            into[level] = into.get(above, above)
    return into


_SEVERAL_ANSWERING = 2
"""The fewest respondents a level out in the operations needs for a column of its own."""


def unreported(table: ResourceTable, rated: str) -> bool:
    """Whether no one who answered the inventory reports any åa of a function the chefs
    rate (`rated`, the survey's label for it): what `inventory_line` says the inventory
    says nothing of."""
    found = function_of([rated], [r.function for r in table.rows])
    row = next((r for r in table.rows if r.function == found), None)
    return row is None or not row.actual


def inventory_line(table: ResourceTable, function: str, *, said_if_none: bool = False) -> str:
    """The inventory's figure for one function as a line of evidence, in the report's
    voice: "Inventeringen av stödresurser redovisar 22,5 årsarbetare för HR/personal och
    lön centralt (23,5 budgeterade) och 8,5 ute i verksamheterna, 4,5 av dem utan
    budget." How many answered is said where the inventory is presented (the fieldwork
    and its own slides), not on each line: blind reviews 136 and 137 counted "10 av 12
    tillfrågade har svarat" on seven slides, and review 138 found it kept on one of them
    inconsistent. Where the function has no central budget (or the inventory no
    findings), its totals: "… 3,4 årsarbetare för upphandling/inköp i
    praktiken (4,0 budgeterade), varav 1,0 ute i verksamheterna …". Empty for a function
    nobody gave any åa of, or, `said_if_none`, that the inventory does not cover it:
    "Inventeringen av stödresurser säger inget om lokalförsörjning: ingen av de svarande
    redovisar årsarbetare för den"."""
    row = next((r for r in table.rows if r.function == function), None)
    name = function_in_text(function)
    if row is None or not row.actual:
        if not said_if_none:
            return ""
        # what the inventory does not cover, not that the function has no one: those who
        # run it may be among those who did not answer, or not asked (blind review 119
        # read "redovisar inga årsarbetare för lokalförsörjning" as there being none)
        return (
            f"Inventeringen av stödresurser säger inget om {name}: ingen av de svarande "
            "redovisar årsarbetare för den."
        )
    outside = sum(
        fte
        for level, fte in zip(table.levels, row.by_level, strict=True)
        if level in CLOSE_TO_OPERATIONS
    )
    balance = table.balance(function)
    if balance is not None and balance.central and balance.central_budget:
        # the central function against its own budget, and what is done out in the
        # operations beside it: "31,0 årsarbetare för HR/personal och lön i praktiken
        # (27,5 budgeterade)" read as HR over budget, while central HR ran below it and
        # the excess was undersköterskor's scheduling time without a budget (blind reviews
        # 84, 86 and 87)
        close = ""
        if balance.close:
            unbudgeted = (
                f", {swedish_fte(balance.unbudgeted)} av dem utan budget"
                if balance.unbudgeted >= SHADOW_FTE
                else ""
            )
            close = f" och {swedish_fte(balance.close)} ute i verksamheterna{unbudgeted}"
        # why fewer than budgeted, where the inventory says: a post on leave is no
        # function short of staff (blind review 90)
        why = (
            f"; skillnaden är enligt svaren {balance.told_short_by}"
            if balance.told_short_by and balance.central < balance.central_budget
            else ""
        )
        return (
            f"Inventeringen av stödresurser redovisar {swedish_fte(balance.central)} "
            f"årsarbetare för {name} centralt ({swedish_fte(balance.central_budget)} "
            f"budgeterade{why}){close}."
        )
    where = (
        f"varav {swedish_fte(outside)} ute i verksamheterna"
        if outside
        else "alla i den centrala förvaltningen"
    )
    return (
        f"Inventeringen av stödresurser redovisar {swedish_fte(row.actual)} årsarbetare för "
        f"{name} i praktiken ({swedish_fte(row.budget)} budgeterade), {where}."
    )


def placement_line(table: ResourceTable) -> str:
    """What the inventory finds of the support the operations keep themselves, as a line
    of evidence under a finding about it: the åa out there in the functions also run
    centrally (`InventoryFindings.parallel`), and how much of it has no budget:
    "Inventeringen av stödresurser visar att 21,1 åa finns ute i verksamheterna inom sju
    stödfunktioner som också finns centralt, 6,6 åa av dem utan budget." The interviews'
    "Sektorerna har byggt upp egna resurser vid sidan av" and these figures are one finding
    from two sources; blind review 75 found nothing joining them. Not the share of all the
    support out there: the chefs' own administrators, which only the operations have, make
    most of it (review 51). Where no function is on both sides, that share; empty where
    nothing is out there."""
    findings = table.findings
    if findings is None or not findings.close or not findings.actual:
        return ""
    text = findings.parallel_said()
    if not text:
        share = share_words(findings.close / findings.actual)
        text = (
            f"{share} av stödet, {decimal(findings.close)} av {decimal(findings.actual)} åa, "
            "finns ute i verksamheterna"
        )
        if findings.unbudgeted >= SHADOW_FTE:
            text += f", {decimal(findings.unbudgeted)} åa av dem utan budget"
    # and what many out there do as parts of their jobs, told apart from the staff
    passing = findings.done_in_passing()
    if passing:
        return f"Inventeringen av stödresurser visar att {text}. {passing}"
    return f"Inventeringen av stödresurser visar att {text}."


def swedish_fte(value: float) -> str:
    """ "2,4"; a function with nothing at a level shows a dash, not a zero."""
    return decimal(value) if value else "\u2013"


def _cells(row: ResourceRow) -> list[str]:
    levels = [swedish_fte(v) for v in row.by_level]
    return [row.function, *levels, swedish_fte(row.actual), swedish_fte(row.budget)]


def table_note(table: ResourceTable) -> str:
    # that only one answered for the level is not said: with the unbudgeted figures per
    # function beside it, it pointed at that one respondent's own row (blind review 149)
    merged = "".join(
        f" {LEVEL_LABELS.get(level, level)} ingår i {LEVEL_LABELS.get(into, into)}."
        for level, into in table.merged
    )
    return (
        f"Åa i praktiken per nivå och summor per funktion; {table.answered_so_far}; "
        f"\u2013 = inga åa.{merged}"
    )


def overlap_note(table: ResourceTable) -> str:
    """What was left out as counted twice; empty when nothing was."""
    if not table.overlaps:
        return ""
    rows = "en rad" if table.overlaps == 1 else f"{table.overlaps} rader"
    return (
        f" {rows.capitalize()} ({swedish_fte(table.overlapping)} åa) där en sektor anger "
        "central förvaltning för en funktion som den centrala förvaltningen själv redovisar "
        "räknas inte, för att inte räkna samma personer två gånger (se bladet Kontroll i "
        "inventering.xlsx)."
    )


def resource_note(table: ResourceTable) -> str:
    return (
        f"Årsarbetare (åa) enligt inventeringen av stödresurser; {table.answered_so_far}. "
        f"Totalt {swedish_fte(table.budget)} åa budgeterat och "
        f"{swedish_fte(table.actual)} åa i praktiken; där bara budgeterat angavs räknas det "
        "som i praktiken." + overlap_note(table)
    )


def draw_resource_chart(
    slide: Slide, area: tuple[int, int, int, int], table: ResourceTable, figures: str = ""
) -> None:
    """Per function the åa in practice, central and out in the operations, and of these
    the work out there without a budget, as editable stacked bars, with a footnote that
    opens with `figures`: what the title states, in the figures it rests on ("4,5 åa
    stödarbete i sektorer … saknar budget").

    The slide is titled by what the inventory shows first, where the support sits and
    the work done without a budget; bars of budgeted beside in-practice åa showed
    neither, and a blind review found the title "6,6 åa … saknar budget" over bars that
    did not show it (review 80). The budget is in the table that follows."""
    left, top, width, height = area
    note = f"{figures} {resource_note(table)}" if figures else resource_note(table)
    note_height = footnote(slide, area, note)
    # a bar chart draws its first category at the bottom: hand them over last first
    rows = list(reversed(table.rows))
    parts = [_placed(table, row) for row in rows]
    data = TextChartData(number_format="0.0")  # labels stay text in the embedded workbook
    data.categories = [row.function for row in rows]
    named = [
        (name, [part[k] for part in parts], colour)
        for k, (name, colour) in enumerate(_PLACED_SERIES)
        # a level nobody gave is no series: "Nivå ej angiven" only where it holds some
        if k < 3 or any(part[k] for part in parts)
    ]
    for name, values, _ in named:
        data.add_series(name, values)
    frame = slide.shapes.add_chart(
        XL_CHART_TYPE.BAR_STACKED, left, top, width, height - note_height, data
    )
    chart = frame.chart
    chart.has_legend = True
    chart.legend.position = XL_LEGEND_POSITION.BOTTOM
    chart.legend.include_in_layout = False
    chart.font.size = Pt(12)
    chart.value_axis.has_major_gridlines = False
    chart.value_axis.tick_labels.number_format = "0"
    chart.value_axis.tick_labels.number_format_is_linked = False
    plot = chart.plots[0]
    plot.gap_width = 50
    plot.overlap = 100
    for series, (_, _, colour) in zip(plot.series, named, strict=True):
        series.format.fill.solid()
        series.format.fill.fore_color.rgb = RGBColor.from_string(colour)
    # the work without a budget labelled where its bar holds the label, written out with
    # a decimal comma ("4,5"), as the tables write them, since a number format's
    # separator follows the viewer's locale; every figure is in the footnote and the
    # totals in the table
    widest = max((row.actual for row in rows), default=0.0)
    for point, part in zip(plot.series[2].points, parts, strict=True):
        if part[2] >= max(SHADOW_FTE, widest * _LABEL_SHARE):
            frame_text = point.data_label.text_frame
            frame_text.text = swedish_fte(part[2])
            point.data_label.position = XL_LABEL_POSITION.CENTER
            font = frame_text.paragraphs[0].runs[0].font
            font.size, font.bold = Pt(12), True
            font.color.rgb = RGBColor.from_string("FFFFFF")


_LABEL_SHARE = 1 / 15
"""The least part of the longest bar a segment must be to hold its label at 12 pt."""


_PLACED_SERIES = (
    ("Centralt", _CENTRAL),
    ("Ute i verksamheterna, i budget", "8EA9DB"),
    ("Ute i verksamheterna, utan budget", "C55A11"),
    ("Nivå ej angiven", _UNPLACED),
)


def _placed(table: ResourceTable, row: ResourceRow) -> tuple[float, float, float, float]:
    """A function's åa in practice as the chart stacks them: central, out in the
    operations within the budget, out there without it (`FunctionBalance.unbudgeted`),
    and at no level given."""
    at = dict(zip(table.levels, row.by_level, strict=True))
    central = at.get("central", 0.0)
    close = sum(at.get(level, 0.0) for level in CLOSE_TO_OPERATIONS)
    balances = table.findings.balances if table.findings is not None else ()
    beyond = next((b.unbudgeted for b in balances if b.function == row.function), 0.0)
    beyond = min(beyond, close)
    unknown = max(0.0, round(row.actual - central - close, 2))
    return (central, round(close - beyond, 2), beyond, unknown)


@dataclass(frozen=True)
class Grid:
    """A table for slides: header, rows of cell texts (first column text, the others
    numbers, right-aligned) and the footnote under it on every page."""

    headers: tuple[str, ...]
    cells: tuple[tuple[str, ...], ...]
    note: str
    fills: tuple[tuple[str | None, ...], ...] = ()
    """Per row and cell a background (hex RGB) that says what the figure means, as in a
    heat table; None or no fills: the table's alternating rows."""
    labels: int = 1
    """How many columns from the left are text, left-aligned; the rest are numbers. Where
    more than one, each column after the first is as wide as its widest word or cell and
    the first, a sentence that wraps, takes the room left (a list of findings)."""


def resource_grid(table: ResourceTable, beyond: str = "") -> Grid:
    """Per function the åa in practice at each level, and its sums; `beyond`, what the
    material says the sectors keep beyond their answers (`unlisted_line`), after the
    note."""
    return Grid(
        headers=table.headers,
        cells=tuple(tuple(_cells(row)) for row in table.rows),
        note=" ".join(part for part in (table_note(table) + overlap_note(table), beyond) if part),
    )


def sector_grid(table: ResourceTable) -> Grid | None:
    """Per sector the support placed in it per 1,000 employees; None when no sector gave
    its number of employees."""
    findings = table.findings
    if findings is None or not any(s.per_thousand is not None for s in findings.sectors):
        return None
    counted = [s for s in findings.sectors if s.per_thousand is not None and s.close > 0]
    cells = tuple(
        (
            s.sector,
            str(s.units),
            thousands(s.employees) if s.employees else "\u2013",
            swedish_fte(s.close),
            swedish_fte(s.per_thousand or 0.0),
            swedish_fte(s.unbudgeted),
        )
        for s in findings.sectors
    )
    return Grid(
        headers=(
            "Sektor",
            "Svarande",
            "Anställda",
            "Åa i sektorn",
            "Åa per 1 000 anställda",
            "Varav utan budget",
        ),
        cells=cells,
        note=" ".join(
            part
            for part in (
                "Stöd placerat i sektorns egen organisation (sektor, kontor, enhet), i "
                "praktiken; anställda enligt de svarande enheterna. Centrala förvaltningens "
                "stöd ingår inte.",
                # what the most is made of, for the reader to weigh the comparison
                composition(max(counted, key=lambda s: s.per_thousand or 0.0)) if counted else "",
            )
            if part
        ),
    )


def answers_title(table: ResourceTable) -> str | None:
    """The slide title of the questions about the support: what the fewest affirm, without
    the other answers the table shows ("Ingen av de tio svarande anger att det finns en
    överenskommelse om vad stödet ska leverera"); None without answers to show."""
    findings = table.findings
    if findings is None or not findings.answers:
        return None
    said = answered(findings.answers[0], rest=False)
    return said[:1].upper() + said[1:]


def answers_grid(table: ResourceTable) -> Grid | None:
    """The inventory's questions about the support (an agreement on what it delivers, its
    competence, its quality): per question how many respondents gave each answer. One
    column per answer, in the forms' order, those every question ends with ("Vet ej")
    last; a dash where the question has no such answer. None without answers to show. A
    blind review missed that no unit has an agreement on what the support is to deliver
    (0 of 10 "Ja", in the workbook only)."""
    findings = table.findings
    if findings is None or not findings.answers:
        return None
    tallies = findings.answers
    labels = list(dict.fromkeys(label for t in tallies for label in t.labels))
    last = {t.labels[-1] for t in tallies}
    ending = [label for label in labels if len(last) == 1 and label in last]
    columns = [label for label in labels if label not in ending] + ending
    cells = tuple(
        (
            t.question,
            *(
                str(t.counts[t.labels.index(label)]) if label in t.labels else "\u2013"
                for label in columns
            ),
        )
        for t in tallies
    )
    return Grid(
        headers=("Fråga", *columns),
        cells=cells,
        note=(
            "Antal svarande per svarsalternativ i inventeringen av stödresurser, var och en "
            f"för sin enhet eller sitt ansvarsområde; {table.answered_so_far}.{_providers(table)} "
            f"Frågorna står i ordning efter hur få som svarar {_firsts(tallies)}, färst först."
        ),
    )


def _firsts(tallies: Sequence[ChoiceTally]) -> str:
    """ "”Ja” eller ”Hög”": the first answers of the questions, each once."""
    firsts = list(dict.fromkeys(t.labels[0] for t in tallies))
    quoted = [f"\u201d{label}\u201d" for label in firsts]
    return " eller ".join([", ".join(quoted[:-1]), quoted[-1]] if len(quoted) > 1 else quoted)


def _providers(table: ResourceTable) -> str:
    """Who among the respondents runs a central support function: they answer for the
    support they give (blind review 54: the table pools six central providers rating their
    own units with four sectors). Said as a count only: split in two, a sector's few
    answers would fall under the anonymity threshold."""
    central, answered = table.central
    if not central or central == answered:
        return ""
    return (
        f" {count_words(central).capitalize()} av de {count_words(answered)} svarande leder "
        "en central stödfunktion och svarar om det stöd de själva ger."
    )


def _widths(grid: Grid, width: int) -> list[int]:
    first = int(width * _FUNCTION_SHARE)
    count = len(grid.headers) - 1
    if grid.labels > 1:
        needs = _needs(grid, cells=True)
        if width - sum(needs) >= width * _MIN_FIRST_SHARE:
            return [width - sum(needs), *needs]
    if grid.fills:
        # a heat table compares many groups: each column as wide as its heading's longest
        # word ("Samhällsbyggnad" whole, at full size), the first as wide as its labels,
        # the room left shared out; evenly as before where the words cannot all fit
        label = max(
            text_width(t, TABLE_SIZE) for t in (grid.headers[0], *(r[0] for r in grid.cells))
        )
        needs = _needs(grid, cells=False)
        # a long label (a statement) wraps between its words instead
        first_need = min(int(Pt(label + 3)) + 2 * _CELL_X, width - sum(needs))
        if first_need >= width * _MIN_FIRST_SHARE:
            spare = width - first_need - sum(needs)
            return [first_need, *(n + spare // count for n in needs)]
    rest = (width - first) // count
    return [first, *([rest] * count)]


def _needs(grid: Grid, *, cells: bool) -> list[int]:
    """The width each column after the first needs: its heading's longest word, and with
    `cells` its widest cell (room to spare: LibreOffice set "önskemål" wider than it is
    measured); never less than a percentage needs."""
    return [
        max(
            _MIN_VALUE,
            int(Pt(max(text_width(w, TABLE_SIZE, bold=True) for w in header.split()) + 3)),
            *(int(Pt(text_width(row[c], TABLE_SIZE) + 6)) for row in grid.cells if cells),
        )
        + 2 * _CELL_X
        for c, header in enumerate(grid.headers[1:], start=1)
    ]


def _row_height(texts: Sequence[str], widths: Sequence[int], *, bold: bool = False) -> int:
    """The height a row needs: its tallest cell, wrapped by real font metrics."""
    tallest = max(
        paras_height([Para(text, TABLE_SIZE, bold=bold)], Emu(w - 2 * _CELL_X).pt)
        for text, w in zip(texts, widths, strict=True)
    )
    return int(Pt(tallest + 1)) + 2 * _CELL_Y


def grid_pages(grid: Grid, area: tuple[int, int, int, int]) -> list[list[int]]:
    """The grid's row indexes, page by page, so that each page's table (header repeated)
    and footnote fit `area`."""
    _, _, width, height = area
    widths = _widths(grid, width)
    note = paras_height([Para(grid.note, NOTE_SIZE)], Emu(width - 2 * MARGIN_X).pt)
    header = _row_height(grid.headers, widths, bold=True)
    room = height - (int(Pt(note + 2)) + 2 * MARGIN_Y) - header
    heights = [_row_height(row, widths) for row in grid.cells]
    pages: list[list[int]] = [[]]
    used = 0
    for index, needed in enumerate(heights):
        if pages[-1] and used + needed > room:
            pages.append([])
            used = 0
        pages[-1].append(index)
        used += needed
    if len(pages) == 1:
        return pages
    # as many rows on each page as the number of pages allows, not a full page and a stub
    per_page = -(-len(heights) // len(pages))
    even = [
        list(range(i, min(i + per_page, len(heights)))) for i in range(0, len(heights), per_page)
    ]
    if len(even) == len(pages) and all(sum(heights[i] for i in page) <= room for page in even):
        return even
    return pages


def resource_pages(
    table: ResourceTable, area: tuple[int, int, int, int], beyond: str = ""
) -> list[list[int]]:
    """`grid_pages` of the table per function and level (`resource_grid`)."""
    return grid_pages(resource_grid(table, beyond), area)


def draw_grid(
    slide: Slide, area: tuple[int, int, int, int], grid: Grid, rows: Sequence[int], name: str
) -> None:
    """One page of `grid` (the rows `grid_pages` gave it) and its footnote."""
    left, top, width, _ = area
    footnote(slide, area, grid.note)
    widths = _widths(grid, width)
    content = [list(grid.headers), *(list(grid.cells[i]) for i in rows)]
    heights = [_row_height(grid.headers, widths, bold=True)]
    heights += [_row_height(texts, widths) for texts in content[1:]]
    frame = slide.shapes.add_table(len(content), len(widths), left, top, width, sum(heights))
    frame.name = name
    table = frame.table
    table.first_row = True
    for column, w in zip(table.columns, widths, strict=True):
        column.width = w
    for r, (texts, h) in enumerate(zip(content, heights, strict=True)):
        table.rows[r].height = h
        for c, text in enumerate(texts):
            cell = table.cell(r, c)
            cell.margin_left = cell.margin_right = _CELL_X
            cell.margin_top = cell.margin_bottom = _CELL_Y
            heat = grid.fills[rows[r - 1]][c] if r and grid.fills else None
            cell.fill.solid()
            cell.fill.fore_color.rgb = RGBColor.from_string(
                heat or (_HEADER_FILL if r == 0 else ("FFFFFF" if r % 2 else "F2F2F2"))
            )
            paragraph = cell.text_frame.paragraphs[0]
            paragraph.text = text
            # numbers right-aligned, so that the decimal commas line up
            if c >= grid.labels:
                paragraph.alignment = PP_ALIGN.RIGHT
            # an empty cell has no run: its paragraph's font sets its line's height
            for font in [run.font for run in paragraph.runs] or [paragraph.font]:
                font.size = Pt(TABLE_SIZE)
                font.bold = r == 0
                font.color.rgb = RGBColor.from_string("000000")


def draw_resource_table(
    slide: Slide,
    area: tuple[int, int, int, int],
    table: ResourceTable,
    rows: Sequence[int],
    beyond: str = "",
) -> None:
    """One page of the table per function and level (`resource_pages`) and its footnote,
    with what the material says beyond the answers (`unlisted_line`)."""
    draw_grid(slide, area, resource_grid(table, beyond), rows, "Stödresurser")
