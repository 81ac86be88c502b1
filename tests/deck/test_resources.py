"""The support-resource inventory in the deck: a native chart and a paginated table."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.presentation import Presentation as PresentationType
from pptx.util import Emu

from synth.config import EngagementConfig
from synth.deck import write_deck
from synth.deck.measure import overflow
from synth.deck.resources import resource_pages, resource_table
from synth.deck.survey import chart_label
from synth.errors import DeckError
from synth.survey.inventory import InventoryLine, summarise
from tests.deck.conftest import DATE, add_inventory

UNITS = {
    "klk-ekonomi": ("Kommunledningskontoret", [("ekonomi", 6.0, 5.5, "central")]),
    "klk-hr": ("Kommunledningskontoret", [("hr", 5.0, 4.6, "central")]),
    "bou-stab": (
        "Barn och utbildning",
        [("ekonomi", 2.0, 2.4, "sektor"), ("hr", 1.0, 1.5, "sektor")],
    ),
    "skola-1": ("Barn och utbildning", [("ekonomi", 0.2, 0.4, "enhet")]),
    "skola-2": ("Barn och utbildning", [("ekonomi", 0.0, 0.3, "enhet"), ("it", 0.5, 0.5, "enhet")]),
}


def test_the_inventory_is_a_chart_and_a_table_of_fte_by_function_and_level(
    demo: EngagementConfig,
) -> None:
    add_inventory(demo, UNITS)
    prs = Presentation(str(write_deck(demo, demo.root / "d.pptx", date=DATE).path))
    names = [s.shapes.title.text for s in prs.slides]
    # the titles state what the figures show: Ekonomi has 0.9 of its 8.6 åa beyond the
    # budget out in the operations, all in one sector; 10.1 of the 15.2 åa sit centrally ...
    chart_at = names.index(
        "1,4 åa stödarbete ute i verksamheterna saknar budget, mest inom ekonomi/controller "
        "i Barn och utbildning"
    )
    # ... and how much sits out in the operations, with the functions run on both sides
    table_at = names.index(
        "En tredjedel av stödet finns ute i verksamheterna; två stödfunktioner finns på båda håll"
    )
    survey_at = [chart_label(n) for n in names].index("Chefsenkäten: Vård och omsorg")
    assert survey_at < chart_at < table_at
    assert f"{names[table_at]} (forts.)" not in names
    # no unit gave its number of employees: no slide per 1,000 employees
    assert not any("1 000 anställda" in name for name in names)

    (frame,) = [s for s in prs.slides[chart_at].shapes if s.has_chart]
    chart = frame.chart
    # the bars show what the title says: where the support sits and, out in the
    # operations, the work without a budget (blind review 80: budgeted beside in-practice
    # bars under a title about unbudgeted work showed no part of it)
    assert chart.chart_type == XL_CHART_TYPE.BAR_STACKED
    plot = chart.plots[0]
    # drawn bottom up: the form's first function is the last category, at the top
    assert list(plot.categories) == [
        "IT/digitalisering",
        "HR/personal och lön",
        "Ekonomi/controller",
    ]
    central, budgeted, beyond = plot.series
    assert (central.name, budgeted.name, beyond.name) == (
        "Centralt",
        "Ute i verksamheterna, i budget",
        "Ute i verksamheterna, utan budget",
    )
    assert list(central.values) == pytest.approx([0.0, 4.6, 5.5])
    assert list(budgeted.values) == pytest.approx([0.5, 1.0, 2.2])
    assert list(beyond.values) == pytest.approx([0.0, 0.5, 0.9])
    slide = prs.slides[table_at]
    (grid,) = [s for s in slide.shapes if s.has_table]
    rows = [[cell.text for cell in row.cells] for row in grid.table.rows]
    assert rows == [
        ["Funktion", "Central", "Sektor", "Enhet", "I praktiken", "Budgeterat"],
        ["Ekonomi/controller", "5,5", "2,4", "0,7", "8,6", "8,2"],
        ["HR/personal och lön", "4,6", "1,5", "\u2013", "6,1", "6,0"],
        ["IT/digitalisering", "\u2013", "\u2013", "0,5", "0,5", "0,5"],
    ]
    (note,) = [s for s in slide.shapes if s.name == "Fotnot"]
    assert "5 av 5 tillfrågade har svarat" in note.text_frame.text
    (chart_note,) = [s for s in prs.slides[chart_at].shapes if s.name == "Fotnot"]
    assert "Totalt 14,7 åa budgeterat och 15,2 åa i praktiken" in chart_note.text_frame.text
    # the title's share in the figures it rests on, which the bars alone do not show
    assert chart_note.text_frame.text.startswith("Utan budget i sektorer, kontor och enheter: ")
    assert "enheter: ekonomi/controller 0,9" in chart_note.text_frame.text
    assert "8,6 åa i praktiken" in chart_note.text_frame.text
    # the work without a budget labelled where its bar holds the label, as the tables
    # write numbers, whatever the viewer's locale: Ekonomi's 0,9, not HR's 0,5
    labels = [
        point.data_label.text_frame.text if point.data_label.has_text_frame else ""
        for point in beyond.points
    ]
    assert labels == ["", "", "0,9"]
    # the table, with its measured rows, ends above the footnote; no text overflows
    bottom = grid.top + sum(row.height for row in grid.table.rows)
    assert bottom <= note.top
    assert all(
        min(c.text_frame.paragraphs[0].runs[0].font.size.pt for c in r.cells) >= 14
        for r in grid.table.rows
    )
    for shape in (*prs.slides[chart_at].shapes, *slide.shapes):
        if shape.has_text_frame and shape.text_frame.text:
            assert overflow(shape) == 0, shape.name
    assert "enheters rader visas inte" in slide.notes_slide.notes_text_frame.text


def test_what_the_units_answer_about_the_support_is_a_table_titled_by_what_fewest_affirm(
    demo: EngagementConfig,
) -> None:
    """A blind review found no word of what the inventory's own questions show: that no
    unit has an agreement on what the support is to deliver (0 of 10 "Ja"); the workbook
    had it, row by row. The deck tallies the answers, titles the slide with what fewest
    affirm, and the assessment says it."""
    agreement = ["nej", "nej", "delvis", "nej", "vet_ej"]
    quality = ["hog", "godtagbar", "hog", "hog", "godtagbar"]
    choices = {
        unit: {"overenskommelse": a, "kvalitet": q}
        for unit, a, q in zip(UNITS, agreement, quality, strict=True)
    }
    add_inventory(demo, UNITS, choices=choices)
    prs = Presentation(str(write_deck(demo, demo.root / "d.pptx", date=DATE).path))
    titles = [s.shapes.title.text for s in prs.slides]
    at = titles.index(
        "Ingen av de fem svarande anger att det finns en överenskommelse om vad stödet ska leverera"
    )
    (grid,) = [s for s in prs.slides[at].shapes if s.has_table]
    rows = [[cell.text for cell in row.cells] for row in grid.table.rows]
    assert rows == [
        ["Fråga", "Ja", "Delvis", "Nej", "Hög", "Godtagbar", "Låg", "Vet ej"],
        [
            "Finns det en överenskommelse om vad stödet ska leverera till verksamheten?",
            "0", "1", "3", "\u2013", "\u2013", "\u2013", "1",
        ],
        [
            "Hur bedömer du kvaliteten i det stöd som finns hos er?",
            "\u2013", "\u2013", "\u2013", "3", "2", "0", "0",
        ],
    ]  # fmt: skip
    (note,) = [s for s in prs.slides[at].shapes if s.name == "Fotnot"]
    # the central support units answer about the support they give themselves
    assert (
        "Två av de fem svarande leder en central stödfunktion och svarar om det stöd de "
        "själva ger. Frågorna står i ordning efter hur få som svarar \u201dJa\u201d eller "
        "\u201dHög\u201d, färst först." in note.text_frame.text
    )
    notes = prs.slides[at].notes_slide.notes_text_frame.text
    assert (
        "Tre av fem svarande anger att kvaliteten i stödet är hög; två svarar godtagbar." in notes
    )
    for shape in prs.slides[at].shapes:
        if shape.has_text_frame and shape.text_frame.text:
            assert overflow(shape) == 0, shape.name


def test_answers_about_the_support_from_fewer_than_the_threshold_are_not_shown(
    demo: EngagementConfig,
) -> None:
    """How a unit rates its support is a judgment: as in the chefs' survey, fewer answers
    than the anonymity threshold are not shown."""
    units = dict(list(UNITS.items())[:3])
    add_inventory(demo, units, choices={u: {"kvalitet": "lag"} for u in units})
    prs = Presentation(str(write_deck(demo, demo.root / "d.pptx", date=DATE).path))
    text = " ".join(
        s.text_frame.text for slide in prs.slides for s in slide.shapes if s.has_text_frame
    )
    assert "kvaliteten i stödet" not in text
    assert not any(s.name == "Frågor om stödet" for slide in prs.slides for s in slide.shapes)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("id: stodresurser\nversion: [1\n", r"stodresurser\.yaml, rad \d+: ogiltig YAML"),
        (
            "id: stodresurser\nversion: 1\ntitle: Resurser\n"
            "sections:\n  - id: a\n    title: A\n    questions:\n"
            "      - {id: fritt, type: text, text: Övrigt}\n",
            "har ingen tabell",
        ),
    ],
    ids=["broken-yaml", "no-table"],
)
def test_an_inventory_form_that_cannot_be_used_stops_the_deck_and_names_the_file(
    demo: EngagementConfig, text: str, problem: str
) -> None:
    # the engagement's own variant of the form: the returns are read with it
    add_inventory(demo, UNITS)
    forms = demo.root / "forms"
    forms.mkdir(exist_ok=True)
    (forms / "stodresurser.yaml").write_text(text, encoding="utf-8")
    target = demo.root / "d.pptx"

    with pytest.raises(DeckError, match=problem) as caught:
        write_deck(demo, target, date=DATE)

    assert str(caught.value).startswith(f"{forms / 'stodresurser.yaml'}: ")
    assert "stödresursinventeringen" in str(caught.value)
    assert not target.exists()


def test_a_long_table_continues_on_pages_that_each_fit() -> None:
    lines = [
        InventoryLine(
            f"U{i}",
            "Vård och omsorg",
            f"U{i}",
            f"Funktion nummer {i} med ett längre namn",
            1.0,
            1.0,
            1.0,
            "enhet",
        )
        for i in range(30)
    ]
    table = resource_table(summarise(lines, []))
    assert table is not None and len(table.rows) == 30
    area = (0, 0, int(Emu(914400 * 11)), int(Emu(914400 * 4)))
    pages = resource_pages(table, area)
    assert len(pages) >= 3
    assert [i for page in pages for i in page] == list(range(30))
    # pages share the rows evenly rather than leaving a stub on the last one
    assert max(map(len, pages)) - min(map(len, pages)) <= 1
    assert resource_table(summarise([], [])) is None


def test_the_shadow_organisation_per_1000_employees_and_a_double_count_reach_the_deck(
    demo: EngagementConfig,
) -> None:
    units = {
        **UNITS,
        # the elderly-care sector names its two HR partners as central; HR at the centre
        # (the Kommunledningskontoret row above) counts them too
        "vo-stab": (
            "Vård och omsorg",
            [("hr", 2.0, 2.0, "central"), ("ekonomi", 0.0, 1.2, "sektor")],
        ),
        "hemtjanst": ("Vård och omsorg", [("hr", 0.0, 0.8, "enhet")]),
    }
    employees = {"bou-stab": 900, "skola-1": 60, "skola-2": 40, "vo-stab": 300, "hemtjanst": 200}
    add_inventory(demo, units, employees)
    prs = Presentation(str(write_deck(demo, demo.root / "d.pptx", date=DATE).path))
    titles = [s.shapes.title.text for s in prs.slides]

    # BoU: 5.1 åa in the sector for 1,000 employees; VoO: 2.0 for 500 -> 5.1 against 4.0
    (sector_at,) = [i for i, t in enumerate(titles) if "per 1\u00a0000 anställda" in t]
    assert (
        titles[sector_at] == "Sektorerna har ungefär lika mycket eget stöd per 1\u00a0000 anställda"
    )
    slide = prs.slides[sector_at]
    (grid,) = [s for s in slide.shapes if s.has_table]
    rows = [[cell.text for cell in row.cells] for row in grid.table.rows]
    assert rows[1:] == [
        ["Barn och utbildning", "3", "1\u00a0000", "5,1", "5,1", "1,4"],
        ["Vård och omsorg", "2", "500", "2,0", "4,0", "2,0"],
    ]
    # the two HR partners are in no sum, and the slides say so
    table_at = next(i for i, t in enumerate(titles) if "av stödet finns" in t)
    (note,) = [s for s in prs.slides[table_at].shapes if s.name == "Fotnot"]
    assert "En rad (2,0 åa) där en sektor anger central förvaltning" in note.text_frame.text
    (table,) = [s for s in prs.slides[table_at].shapes if s.has_table]
    hr = [[c.text for c in r.cells] for r in table.table.rows][2]
    assert hr == ["HR/personal och lön", "4,6", "1,5", "0,8", "6,9", "6,0"]
    assert titles[table_at - 1] == (
        "3,4 åa stödarbete ute i verksamheterna saknar budget, mest inom ekonomi/controller"
    )
    # the assessment states the inventory's finding
    # (over its continued slides too)
    assessment = [s for s in prs.slides if s.shapes.title.text.startswith("Bedömning")]
    body = " ".join(
        sh.text_frame.text for slide in assessment for sh in slide.shapes if sh.has_text_frame
    )
    assert "Inventeringen av stödresurser visar att " in body
    # first how much sits out in the operations, then the work done there without a budget
    said = body[body.index("Inventeringen av stödresurser visar att ") :]
    assert said.index("av stödet finns ute i verksamheterna") < said.index(
        "Den visar också att 3,4 åa stödarbete ute i verksamheterna saknar budget"
    )
    # with the share beside what only the operations do (review 51: the 40 percent was
    # driven by the chefs' administrators)
    assert said.index("av stödet finns ute i verksamheterna") < said.index(
        "Utan IT/digitalisering, som bara finns ute i verksamheterna, är andelen "
    )
    # both sectors are told by several units: no unit's own figures on any slide
    assert "enskilda enheters rader visas inte. " in _method_text(prs)


def _method_text(prs: PresentationType) -> str:
    # the method slide and its continuation, as a reader goes on
    method = [s for s in prs.slides if s.shapes.title.text.startswith("Bilaga: metod")]
    assert method
    return " ".join(sh.text_frame.text for s in method for sh in s.shapes if sh.has_text_frame)


def test_a_sector_told_by_one_unit_is_named_on_the_method_slide(demo: EngagementConfig) -> None:
    """The per-sector comparison shows a sector where one unit answered with that unit's
    own figures; the method slide may not promise that no unit's rows are shown."""
    units = {**UNITS, "vo-stab": ("Vård och omsorg", [("ekonomi", 1.0, 1.2, "sektor")])}
    add_inventory(demo, units, {"bou-stab": 900, "skola-1": 60, "vo-stab": 300})
    prs = Presentation(str(write_deck(demo, demo.root / "d.pptx", date=DATE).path))
    assert any("per 1\u00a0000 anställda" in s.shapes.title.text for s in prs.slides)
    assert (
        "enskilda enheters rader visas inte (utom Vård och omsorg, där en enhet har svarat "
        "och sektorns siffror är den enhetens)." in _method_text(prs)
    )


def test_a_sector_head_answering_for_the_sector_is_named_so_and_their_rows_are_not_shown(
    demo: EngagementConfig,
) -> None:
    """A sektorschef who answered for the whole sector gave the sector's figures, not one
    unit's (a blind review: "Samhällsbyggnad: en svarande enhet" was wrong); the comparison
    per 1,000 employees still does not list that one answer's rows (the next review)."""
    units = {**UNITS, "vo-stab": ("Vård och omsorg", [("ekonomi", 1.0, 6.0, "sektor")])}
    add_inventory(
        demo,
        units,
        {"bou-stab": 900, "skola-1": 60, "vo-stab": 300},
        {"vo-stab": "Vård och omsorg"},
    )
    prs = Presentation(str(write_deck(demo, demo.root / "d.pptx", date=DATE).path))
    assert (
        "enskilda enheters rader visas inte (utom Vård och omsorg, där en svarande har svarat "
        "för hela sektorn och sektorns siffror är svaret)." in _method_text(prs)
    )
    (grid,) = [s for s in prs.slides if "per 1\u00a0000 anställda" in s.shapes.title.text]
    text = " ".join(sh.text_frame.text for sh in grid.shapes if sh.has_text_frame)
    # Vård och omsorg has the most own support per 1,000 employees, on one answer: the
    # rows of that answer are not listed
    assert "till 20,0 åa i Vård och omsorg" in grid.shapes.title.text
    assert "består det egna stödet" not in text


def test_a_level_one_respondent_alone_answered_for_is_shown_under_the_level_above() -> None:
    """Blind review 90: the table's "Kontor" column was one verksamhet's row, its head's
    own time on the forecasts among it, where the deck says single units' rows are not
    shown. Its åa stand under "Sektor", and the note says so."""
    from synth.deck.resources import table_note

    def line(unit: str, function: str, actual: float, level: str) -> InventoryLine:
        return InventoryLine(unit, "Vård och omsorg", unit, function, None, actual, actual, level)

    lines = [
        line("klk", "Ekonomi", 11.0, "central"),
        line("bou", "Ekonomi", 2.0, "sektor"),
        line("vo", "Ekonomi", 1.0, "sektor"),
        line("ifo", "Ekonomi", 0.3, "kontor"),
        line("hemtj", "Administration", 2.0, "enhet"),
        line("säbo", "Administration", 1.5, "enhet"),
    ]
    table = resource_table(summarise(lines, ["Ekonomi", "Administration"]))
    assert table is not None
    assert table.levels == ("central", "sektor", "enhet")
    economy = next(r for r in table.rows if r.function == "Ekonomi")
    assert economy.by_level == (11.0, 3.3, 0.0)
    assert economy.actual == 14.3
    # (and not that one answered for it, which points at their row: blind review 149)
    assert "Kontor ingår i Sektor." in table_note(table)
    assert "bara en" not in table_note(table)
    # two who answered for it have a column of their own
    lines.append(line("fso", "Ekonomi", 0.5, "kontor"))
    table = resource_table(summarise(lines, ["Ekonomi", "Administration"]))
    assert table is not None and table.levels == ("central", "sektor", "kontor", "enhet")
    assert "ingår i" not in table_note(table)


def test_a_sectors_employees_are_known_where_someone_answered_for_the_whole_sector() -> None:
    """What the chefs' own count of their staff is weighed against
    (`synth.deck.survey.staff_overcount`): a sector head's answer for the whole sector,
    with its units that answered apart, is the sector's; a few schools' are not."""
    from synth.deck.resources import ResourceTable
    from synth.survey.shadow import InventoryFindings, SectorDensity

    sectors = (
        SectorDensity("Vård och omsorg", 2, 1400.0, 10.0, 0.0, whole=True),
        SectorDensity("Barn och utbildning", 2, 100.0, 2.0, 0.0, whole=False),
        SectorDensity("Samhällsbyggnad", 1, 0.0, 1.0, 0.0, whole=True),
    )
    findings = InventoryFindings(balances=(), sectors=sectors, clauses=(), details=())
    table = ResourceTable(levels=(), rows=(), respondents=5, findings=findings)
    assert table.sector_employees == {"Vård och omsorg": 1400.0}
    assert ResourceTable(levels=(), rows=(), respondents=5).sector_employees == {}


def test_support_the_interviews_name_that_a_sectors_answers_leave_out_is_found() -> None:
    """Blind review 162: the systemförvaltare on half time that three interviews named in
    Vård och omsorg stood in none of its inventory rows. What a sector keeps by the
    material, and reports neither as a row of the function nor in a comment naming the
    role, is asked for; the central administration's own "vi" is not a sector's."""
    from synth.deck.resources import UnlistedSupport, unlisted_support
    from synth.records import SourceType, Statement

    def line(
        sector: str, function: str, fte: float, level: str, comment: str = ""
    ) -> InventoryLine:
        return InventoryLine(sector, sector, "Stab", function, 1.0, fte, fte, level, comment)

    lines = [
        line("Kommunledningskontoret", "IT/digitalisering", 15.0, "central"),
        line("Vård och omsorg", "Kommunikation", 0.5, "sektor", "Verksamhetsutvecklare på halvtid"),
        line("Barn och utbildning", "IT/digitalisering", 2.0, "sektor", "Två IT-tekniker"),
    ]
    table = resource_table(summarise(lines, []))
    assert table is not None
    assert {sector for sector, _, _ in table.kept} == {"Vård och omsorg", "Barn och utbildning"}
    described = (
        ("IT/digitalisering", "IT-stöd, system, e-tjänster och digital utveckling."),
        ("Kommunikation", "Webb, intranät, press, information och grafisk form."),
        ("Verksamhetsutveckling", "Processer, projekt och förbättringsarbete."),
    )

    def said(sid: str, sector: str, text: str, kind: SourceType = SourceType.INTERVJU) -> Statement:
        return Statement(sid, sid.split(".")[0], kind, 1, text, sector=sector)

    statements = [
        said("INT-03.007", "Vård och omsorg", "Vi har en systemförvaltare på 0,5 tjänst."),
        said("FOK-01.038", "Vård och omsorg", "Vi har ju en systemförvaltare på halvtid."),
        # reported: a row of the function, or the role in the sector's comment
        said("FOK-02.032", "Barn och utbildning", "Vi har två egna IT-tekniker på sektorn."),
        said("INT-03.029", "Vård och omsorg", "Vi har en egen verksamhetsutvecklare."),
        # the central administration's own, and a sector that did not answer
        said("INT-06.001", "Kommunledningskontoret", "Vi har egna IT-tekniker."),
        said("INT-04.013", "Samhällsbyggnad", "Vi har anställt en egen systemförvaltare."),
    ]
    assert unlisted_support(table, statements) == ()  # the form's functions unknown
    unlisted = unlisted_support(replace(table, described=described), statements)
    assert unlisted == (
        UnlistedSupport(
            "Vård och omsorg", "IT/digitalisering", ("INT-03.007", "FOK-01.038"), ("intervjuerna",)
        ),
    )
    # said under the inventory's table, whose figures it goes beyond
    from synth.deck.resources import resource_grid, unlisted_line

    beyond = unlisted_line(unlisted)
    assert beyond == (
        "I intervjuerna nämns därtill IT/digitalisering i Vård och omsorg, som inte finns i "
        "sektorns svar."
    )
    assert resource_grid(table, beyond).note.endswith(beyond)
    assert unlisted_line(()) == "" and resource_grid(table).note == resource_grid(table, "").note
