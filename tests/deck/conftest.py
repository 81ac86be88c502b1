from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

import pytest

from synth.config import EngagementConfig, load_config
from synth.draft.workflow import draft_engagement
from synth.forms import form_dirs, load_named_form
from synth.store import Store
from synth.store.surveys import (
    AnswerInput,
    RecipientInput,
    SubmissionInput,
    record_recipients,
    save_submission,
)
from synth.survey.inventory import INVENTORY_FORM
from synth.survey.publish import publish_form
from tests.synthesis.fakes import HashingEmbedder

DATE = dt.date(2026, 11, 25)


@pytest.fixture(scope="package")
def drafted_store(synthesised_demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The synthesised demo with offline drafts (`synth draft`), made once for these tests."""
    root = tmp_path_factory.mktemp("drafted") / "exempelkommun"
    shutil.copytree(synthesised_demo, root)
    draft_engagement(load_config(root), backend="offline", embedder=HashingEmbedder())
    return root


@pytest.fixture
def drafted(drafted_store: Path, tmp_path: Path) -> EngagementConfig:
    """A private copy of the drafted demo, so that a test may edit its drafts."""
    root = tmp_path / "drafted"
    shutil.copytree(drafted_store, root)
    return load_config(root)


def add_inventory(
    config: EngagementConfig,
    units: dict[str, tuple[str, list[tuple[str, float, float, str]]]],
    employees: dict[str, float] | None = None,
    areas: dict[str, str] | None = None,
    choices: dict[str, dict[str, str]] | None = None,
) -> None:
    """Store returned inventory workbooks as `synth survey collect` does: per unit its sector
    and rows of (function row id, åa budgeted, åa in practice, placement), and the number
    of employees, the area (ansvarsområde) and the choices ({question id: choice id}) it
    gave, if any."""
    form = load_named_form(INVENTORY_FORM, form_dirs(config.root))
    with Store.open(config.store_url) as store:
        record_recipients(
            store,
            form.id,
            form.version,
            [
                RecipientInput(unit, sector, unit, "chef", f"{unit}.xlsx")
                for unit, (sector, _) in units.items()
            ],
        )
        for unit, (_, rows) in units.items():
            answers = []
            if areas and unit in areas:
                answers.append(AnswerInput("ansvarsomrade", "", "", "answered", areas[unit]))
            if employees and unit in employees:
                count = employees[unit]
                answers.append(
                    AnswerInput("antal_anstallda", "", "", "answered", f"{count:g}", count)
                )
            for question, choice in (choices or {}).get(unit, {}).items():
                answers.append(AnswerInput(question, "", "", "answered", choice))
            for row, budget, actual, level in rows:
                answers += [
                    AnswerInput(
                        "funktioner", row, "aa_budgeterat", "answered", str(budget), budget
                    ),
                    AnswerInput("funktioner", row, "aa_praktiken", "answered", str(actual), actual),
                    AnswerInput("funktioner", row, "placering", "answered", level),
                ]
            save_submission(
                store,
                None,
                SubmissionInput(
                    file=f"{unit}.xlsx",
                    content_hash=unit,
                    received_at=dt.datetime(2026, 11, 20, 9, 0),
                    status="accepted",
                    form_id=form.id,
                    form_version=form.version,
                    recipient_id=unit,
                    answers=tuple(answers),
                ),
            )


SURVEY_SECTORS = {  # sector: (sent, answered)
    "Barn och utbildning": (60, 34),
    "Vård och omsorg": (50, 27),
    "Samhällsbyggnad": (30, 12),
    "Kommunledningskontoret": (10, 4),
}
"""The chef survey of `add_survey`: Kommunledningskontoret's four are too few to be shown."""


def survey_answers(
    form_id: str, who: str, rng: random.Random, first_line: bool
) -> list[AnswerInput]:
    """One plausible return of chefsenkat: first-line managers get less support and want
    more, most of all from HR and IT; everyone knows little of juridik."""
    answers = [
        AnswerInput(
            "chefsniva",
            "",
            "",
            "answered",
            "forsta_linjen" if first_line else rng.choice(["kontorschef", "sektorschef", "annan"]),
        ),
        AnswerInput(
            "antal_medarbetare",
            "",
            "",
            "answered",
            None,
            float(rng.randint(15, 60) if first_line else rng.randint(3, 12)),
        ),
        AnswerInput(
            "andel_admin",
            "",
            "",
            "answered",
            None,
            float(rng.choice([10, 15, 20, 25, 30, 40]) if first_line else rng.choice([5, 10, 15])),
        ),
    ]
    tilt = {"hr": -1.2, "it": -1.0, "ekonomi": 0.3, "juridik": -0.3, "kommunikation": 0.5}
    for row in [
        "ekonomi",
        "hr",
        "it",
        "kommunikation",
        "verksamhetsutveckling",
        "kansli",
        "upphandling",
        "juridik",
        "lokalforsorjning",
    ]:
        if row == "juridik" and rng.random() < 0.6:
            far = mer = None  # Vet ej
        else:
            base = 3.4 + tilt.get(row, 0) * (1 if first_line else 0.3) + rng.gauss(0, 0.9)
            far = float(min(5, max(1, round(base))))
            mer = float(min(5, max(1, round(6 - base + rng.gauss(0, 0.6)))))
        for field, value in (("far_stod", far), ("vet_vart", far), ("behover_mer", mer)):
            if value is None:
                answers.append(
                    AnswerInput("stod", row, field, "answered", "Vet ej", None, "Vet ej")
                )
            else:
                answers.append(AnswerInput("stod", row, field, "answered", f"{value:g}", value))
        place = rng.choice(
            ["central", "central", "sektor", "enhet"]
            if row != "hr" or not first_line
            else ["central", "sektor", "enhet", "enhet"]
        )
        answers.append(AnswerInput("stod", row, "placering", "answered", place))
    answers.append(AnswerInput("underlattar", "", "", "answered", "3", 3.0 + (rng.random() < 0.4)))
    picks = (
        rng.sample(["hr", "it", "hr", "it", "ekonomi", "juridik", "kansli"], 3)
        if first_line
        else rng.sample(["ekonomi", "upphandling", "kommunikation", "hr"], 2)
    )
    for area in dict.fromkeys(picks):
        answers.append(AnswerInput("storst_skillnad", "", area, "answered", area))
    answers.append(
        AnswerInput(
            "saknar", "", "", "answered", "Mer stöd från HR i rehabärenden nära verksamheten."
        )
    )
    return answers


def add_survey(config: EngagementConfig, seed: int = 14) -> int:
    """Store chefsenkat as sent and collected (`synth survey collect`): SURVEY_SECTORS's
    recipients, the answering ones with `survey_answers`, published to the responses."""
    form = load_named_form("chefsenkat", form_dirs(config.root))
    rng = random.Random(seed)
    people = [
        (f"{sector[:3].lower()}{i:03d}", sector, i < answered, i % 4 != 0)
        for sector, (sent, answered) in SURVEY_SECTORS.items()
        for i in range(sent)
    ]
    with Store.open(config.store_url) as store:
        record_recipients(
            store,
            form.id,
            form.version,
            [
                RecipientInput(who, sector, f"Enhet {who}", "Chef", f"{who}.xlsx")
                for who, sector, _, _ in people
            ],
        )
        for who, _, answers, first_line in people:
            if not answers:
                continue
            save_submission(
                store,
                None,
                SubmissionInput(
                    file=f"{who}.xlsx",
                    content_hash=f"enkat-{who}",
                    received_at=dt.datetime(2026, 11, 20, 9, 0),
                    status="accepted",
                    form_id=form.id,
                    form_version=form.version,
                    recipient_id=who,
                    answers=tuple(survey_answers(form.id, who, rng, first_line)),
                ),
            )
        publish_form(config, store, form)
    return sum(1 for p in people if p[2])
