from __future__ import annotations

from pathlib import Path

import pytest

from synth.errors import FormError
from synth.forms import (
    BUNDLED_FORMS,
    TableQuestion,
    available_forms,
    form_dirs,
    load_form,
    load_named_form,
)

SUPPORT_FUNCTIONS = {
    "ekonomi",
    "hr",
    "it",
    "kommunikation",
    "verksamhetsutveckling",
    "kansli",
    "upphandling",
    "juridik",
    "lokalforsorjning",
}

MINIMAL = """\
id: mini
version: 1
title: Liten enkät
scale: {low: Inte alls, high: Helt}
sections:
  - id: a
    title: Avsnitt
    questions:
      - {id: nojd, type: likert, text: Nöjd}
"""


def write(tmp_path: Path, text: str, name: str = "mini") -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_forms_load_and_cover_what_the_commission_asks() -> None:
    assert {"chefsenkat", "stodresurser"} <= set(available_forms([BUNDLED_FORMS]))
    chef = load_named_form("chefsenkat", form_dirs(None))
    table = next(q for q in chef.questions() if isinstance(q, TableQuestion))
    assert {r.id for r in table.rows} == SUPPORT_FUNCTIONS
    assert {c.type for c in table.columns} >= {"likert"}
    texts = [q.text for q in chef.questions() if q.type == "text"]
    assert [t.split()[:3] for t in texts] == [
        ["Vad", "fungerar", "bra"],
        ["Vad", "fungerar", "mindre"],
        ["Vad", "saknar", "du"],
    ]
    assert chef.likert_scale.options[-1] == "Vet ej"
    # "Jag skulle behöva mer stöd": agreeing is a need, the others a good mark
    meanings = {c.id: c.scale_meaning for c in table.columns if c.type == "likert"}
    assert meanings == {"far_stod": "positive", "vet_vart": "positive", "behover_mer": "need"}

    inventory = load_named_form("stodresurser", form_dirs(None))
    rows = next(q for q in inventory.questions() if isinstance(q, TableQuestion))
    assert [c.id for c in rows.columns] == [
        "antal_personer",
        "aa_budgeterat",
        "aa_praktiken",
        "placering",
        "kommentar",
    ]
    placement = rows.columns[3]
    assert [c.id for c in placement.choices] == ["central", "sektor", "kontor", "enhet"]
    assert rows.columns[1].decimals == 2 and rows.extra_rows > 0
    assert {r.id for r in rows.rows} >= SUPPORT_FUNCTIONS | {"chefsnara_admin"}
    # issue 14: a function at two placements, a definition on every row, an example row
    # showing work done beyond the budget, and short optional questions on competence
    assert rows.repeat == 2 and rows.row_label("hr_2") == "HR/personal och lön – annan placering"
    assert all(r.help for r in rows.rows)
    assert rows.example is not None
    assert (rows.example.values["aa_budgeterat"], rows.example.values["aa_praktiken"]) == (
        "0",
        "1,0",
    )
    shadow = [line for line in inventory.instructions if "0 i budget" in line]
    assert shadow and "två undersköterskor" in shadow[0]
    optional = {
        q.id: q for q in inventory.questions() if q.id in {"roller", "kompetens", "kvalitet"}
    }
    assert len(optional) == 3 and not any(q.required for q in optional.values())


def test_an_engagement_form_is_found_before_the_shipped_one(tmp_path: Path) -> None:
    (tmp_path / "forms").mkdir()
    own = MINIMAL.replace("id: mini", "id: chefsenkat").replace("Liten enkät", "Egen variant")
    write(tmp_path / "forms", own, "chefsenkat")
    assert load_named_form("chefsenkat", form_dirs(tmp_path)).title == "Egen variant"


def test_an_unknown_form_lists_the_known_ones(tmp_path: Path) -> None:
    with pytest.raises(FormError, match=r"'enkat' finns inte \(finns: .*chefsenkat"):
        load_named_form("enkat", form_dirs(tmp_path))


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ("type: likert", "type: stjärnor"),
            r"mini\.yaml: sections\[a\]\.questions\[nojd\]: okänd typ 'stjärnor'",
        ),
        (("text: Nöjd", "text: Nöjd, färg: röd"), r"questions\[nojd\]\.färg: okänt fält"),
        (("id: nojd", "id: Nöjd"), r"questions\[Nöjd\]\.id: ska vara ett id"),
        (("version: 1", "version: ett"), r"version: ska vara ett heltal"),
        (("scale: {low: Inte alls, high: Helt}\n", ""), r"har likert-frågor men ingen scale"),
        (
            (
                "{id: nojd, type: likert, text: Nöjd}",
                "{id: n, type: number, text: Antal, min: 5, max: 1}",
            ),
            r"questions\[n\]: min \(5\) måste vara mindre än max \(1\)",
        ),
        (
            (
                "{id: nojd, type: likert, text: Nöjd}",
                "{id: n, type: single, text: Vem, choices: [Jag]}",
            ),
            r"questions\[n\]: en fråga av typen single behöver minst två choices",
        ),
        (
            ("{id: nojd, type: likert, text: Nöjd}", "{id: n, type: number, text: Antal}"),
            r"behöver både min och max",
        ),
        (("title: Liten enkät\n", ""), r"mini\.yaml: title: saknas"),
        (
            (
                "{id: nojd, type: likert, text: Nöjd}",
                "{id: n, type: multi, text: Vilka, choices: [A, B, C], max_choices: 3}",
            ),
            r"questions\[n\]: max_choices \(3\) ska vara färre än svarsalternativen \(3\)",
        ),
        (
            ("text: Nöjd}", "text: Nöjd, max_choices: 2}"),
            r"questions\[nojd\]: max_choices hör bara till multi, inte likert",
        ),
        (
            ("high: Helt}", "high: Helt, middle: [Lite, Mycket]}"),
            r"scale: middle ska ha 3 etiketter \(för 2–4\), inte 2",
        ),
        (
            (
                "{id: nojd, type: likert, text: Nöjd}",
                "{id: t, type: table, text: T, rows: [a, a_2], repeat: 2,"
                " columns: [{id: c, type: likert, text: C}]}",
            ),
            r"questions\[t\]: ett upprepat rad-id krockar med en annan rad: \['a_2'\]",
        ),
        (
            (
                "{id: nojd, type: likert, text: Nöjd}",
                "{id: t, type: table, text: T, rows: [a], example: {label: Ex, values: {x: '1'}},"
                " columns: [{id: c, type: likert, text: C}]}",
            ),
            r"questions\[t\]: exemplet har kolumner som inte finns: \['x'\]",
        ),
        (
            (
                "{id: nojd, type: likert, text: Nöjd}",
                "{id: n, type: text, text: Övrigt, scale_meaning: need}",
            ),
            r"questions\[n\]\S*: scale_meaning hör bara till likert, inte text",
        ),
        (
            ("text: Nöjd}", "text: Nöjd, scale_meaning: behov}"),
            r"questions\[nojd\]\.scale_meaning",
        ),
        (
            ("text: Nöjd}", "text: Nöjd, statement: stödet är bra}"),
            r"questions\[nojd\]\S*: statement hör bara till single, inte likert",
        ),
    ],
)
def test_a_bad_definition_names_the_file_and_the_field(
    tmp_path: Path, change: tuple[str, str], expected: str
) -> None:
    path = write(tmp_path, MINIMAL.replace(*change))
    with pytest.raises(FormError, match=expected):
        load_form(path)


def test_duplicate_question_ids_and_a_wrong_file_name_are_refused(tmp_path: Path) -> None:
    twice = MINIMAL + "      - {id: nojd, type: text, text: Igen}\n"
    with pytest.raises(FormError, match=r"samma fråge-id förekommer flera gånger: \['nojd'\]"):
        load_form(write(tmp_path, twice))
    with pytest.raises(FormError, match=r"annat\.yaml: id 'mini' ska vara samma som filnamnet"):
        load_form(write(tmp_path, MINIMAL, "annat"))


def test_broken_yaml_gives_the_line(tmp_path: Path) -> None:
    with pytest.raises(FormError, match=r"mini\.yaml, rad \d+: ogiltig YAML"):
        load_form(write(tmp_path, MINIMAL + "  - [oavslutad\n"))
