"""The survey's results from collected answers, checked against figures worked out by hand."""

from __future__ import annotations

import pytest

from synth.forms import form_dirs, load_named_form
from synth.store.surveys import RecipientInput, StoredAnswer
from synth.survey.results import (
    ALL,
    FIRST_LINE_LABEL,
    OTHER_LEVELS_LABEL,
    anonymous_ids,
    survey_results,
)

FORM = load_named_form("chefsenkat", form_dirs(None))


def cell(
    who: str,
    question: str,
    row: str = "",
    field: str = "",
    *,
    number: float | None = None,
    text: str | None = None,
) -> StoredAnswer:
    if number is not None and text is None:
        text = f"{number:g}"
    return StoredAnswer(who, None, question, row, field, "answered", text, number, text or "")


def person(
    who: str,
    level: str,
    hr: tuple[float | None, float | None],
    *,
    admin: float,
    staff: float,
    areas: tuple[str, ...],
    place: str,
) -> list[StoredAnswer]:
    """One respondent: chefsnivå, HR's far_stod and behover_mer (None = Vet ej), IT's far_stod
    always 3, the share of admin time, span of control, areas marked and HR's placement."""
    far, mer = hr
    rows = [
        cell(who, "chefsniva", text=level),
        cell(who, "antal_medarbetare", number=staff),
        cell(who, "andel_admin", number=admin),
        cell(who, "stod", "hr", "far_stod", number=far)
        if far is not None
        else cell(who, "stod", "hr", "far_stod", text="Vet ej"),
        cell(who, "stod", "hr", "behover_mer", number=mer)
        if mer is not None
        else cell(who, "stod", "hr", "behover_mer", text="Vet ej"),
        cell(who, "stod", "it", "far_stod", number=3),
        cell(who, "stod", "hr", "placering", text=place),
        StoredAnswer(who, None, "stod", "ekonomi", "far_stod", "missing", None, None, ""),
    ]
    rows += [cell(who, "storst_skillnad", "", area, text=area) for area in areas]
    return rows


# Skola: six first-line managers; Kansli: four others (too few for a sector of their own)
PEOPLE = {
    **{f"s{i}": RecipientInput(f"s{i}", "Skola", f"Enhet {i}", "Rektor", "") for i in range(6)},
    **{f"k{i}": RecipientInput(f"k{i}", "Kansli", f"Avd {i}", "Chef", "") for i in range(4)},
}
SCHOOL = [  # (far_stod, behover_mer) for HR
    (1, 5),
    (2, 5),
    (2, 4),
    (4, 2),
    (5, 1),
    (None, 5),
]
OFFICE = [(4, 1), (5, 2), (4, 2), (3, 3)]


def answers() -> list[StoredAnswer]:
    rows: list[StoredAnswer] = []
    for i, hr in enumerate(SCHOOL):
        rows += person(
            f"s{i}",
            "forsta_linjen",
            hr,
            admin=20 + 10 * i,
            staff=20 + i,
            areas=("hr", "it") if i < 4 else ("hr",),
            place="enhet" if i < 2 else "central",
        )
    for i, hr in enumerate(OFFICE):
        rows += person(
            f"k{i}", "kontorschef", hr, admin=10, staff=8, areas=("ekonomi",), place="central"
        )
    return rows


def test_shares_means_and_agreement_match_the_hand_count() -> None:
    results = survey_results(FORM, answers(), PEOPLE, threshold=5, sectors=["Skola", "Kansli"])
    assert results is not None and results.respondents == 10
    far = next(r for r in results.likert if r.id == "stod.far_stod")
    # HR: 1,2,2,4,5 + 4,5,4,3 (Vet ej left out) -> n 9; IT: ten 3s
    hr = next(i for i in far.items if i.label == "HR")
    assert hr.n == 9
    assert hr.shares == pytest.approx((1 / 9, 2 / 9, 1 / 9, 3 / 9, 2 / 9))
    assert hr.mean == pytest.approx(30 / 9)
    assert hr.agree == pytest.approx(5 / 9)
    # worst first: IT (no one agrees) before HR; functions nobody answered are held back
    assert [i.label for i in far.items] == ["IT/digitalisering", "HR"]
    assert "Ekonomi" in far.hidden and "Juridik" in far.hidden


def test_need_is_sorted_most_needed_first_and_keeps_its_meaning() -> None:
    results = survey_results(FORM, answers(), PEOPLE, threshold=5)
    assert results is not None
    need = next(r for r in results.likert if r.id == "stod.behover_mer")
    assert need.meaning == "need" and need.title.startswith("Jag skulle behöva mer stöd")
    far = next(r for r in results.likert if r.id == "stod.far_stod")
    assert far.meaning == "positive"
    (hr,) = need.items  # 5,5,4,2,1,5 + 1,2,2,3 -> 4 of 10 agree
    assert hr.n == 10 and hr.agree == pytest.approx(0.4)


def test_breakdown_by_level_and_sector_holds_back_small_groups() -> None:
    results = survey_results(FORM, answers(), PEOPLE, threshold=5, sectors=["Skola", "Kansli"])
    assert results is not None
    # Kansli and the other managers are four: neither is shown, both are named as held back
    assert results.hidden_groups == (OTHER_LEVELS_LABEL, "Kansli")
    far = next(r for r in results.likert if r.id == "stod.far_stod")
    assert far.groups == (ALL, FIRST_LINE_LABEL, "Skola")
    hr = dict(zip(far.groups, far.breakdown[[i.label for i in far.items].index("HR")], strict=True))
    assert hr[ALL] == pytest.approx(5 / 9)
    # first-line HR far_stod: 1,2,2,4,5 (Vet ej left out) -> 2 of 5
    assert hr[FIRST_LINE_LABEL] == pytest.approx(0.4) and hr["Skola"] == pytest.approx(0.4)
    # with a threshold of 6 the five first-line HR answers are themselves too few
    strict = survey_results(FORM, answers(), PEOPLE, threshold=6)
    assert strict is not None
    far6 = next(r for r in strict.likert if r.id == "stod.far_stod")
    row = far6.breakdown[[i.label for i in far6.items].index("HR")]
    assert dict(zip(far6.groups, row, strict=True))[FIRST_LINE_LABEL] is None


def test_numbers_areas_and_placements() -> None:
    results = survey_results(FORM, answers(), PEOPLE, threshold=5)
    assert results is not None
    admin = next(n for n in results.numbers if n.id == "andel_admin")
    rows = {r.group: r for r in admin.rows}
    # 20,30,40,50,60,70 and 10,10,10,10
    assert rows[ALL].n == 10 and rows[ALL].median == pytest.approx(25)
    assert rows[ALL].mean == pytest.approx(310 / 10)
    assert rows[FIRST_LINE_LABEL].median == pytest.approx(45)
    assert OTHER_LEVELS_LABEL not in rows
    staff = next(n for n in results.numbers if n.id == "antal_medarbetare")
    # 8,8,8,8 and 20..25: the middle two are 20 and 21
    assert staff.unit == "personer" and {r.group: r.median for r in staff.rows}[
        ALL
    ] == pytest.approx(20.5)
    (areas,) = results.multis
    assert areas.groups == (ALL, FIRST_LINE_LABEL)
    # HR 6 of 10; Ekonomi and IT 4 each (a tie goes by name); nobody marked the rest
    assert [label for label, _ in areas.items][:3] == ["HR", "Ekonomi", "IT/digitalisering"]
    assert dict(areas.items)["Juridik"] == (0.0, 0.0)
    assert dict(areas.items)["HR"] == pytest.approx((0.6, 1.0))
    (placement,) = results.placements
    (hr,) = [item for item in placement.items if item[0] == "HR"]
    assert hr[1] == 10
    assert dict(zip(placement.choices, hr[2], strict=True))["Centralt"] == pytest.approx(0.8)


def test_anonymous_ids_do_not_follow_the_list() -> None:
    ids = anonymous_ids("chefsenkat", [f"p{i:03d}" for i in range(30)])
    assert sorted(ids.values()) == [f"R{i:03d}" for i in range(1, 31)]
    assert [ids[f"p{i:03d}"] for i in range(30)] != sorted(ids.values())
