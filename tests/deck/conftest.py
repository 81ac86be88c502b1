from __future__ import annotations

import datetime as dt
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
) -> None:
    """Store returned inventory workbooks as `synth survey collect` does: per unit its sector
    and rows of (function row id, åa budgeted, åa in practice, placement), and the number
    of employees it gave, if any."""
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
            if employees and unit in employees:
                count = employees[unit]
                answers.append(
                    AnswerInput("antal_anstallda", "", "", "answered", f"{count:g}", count)
                )
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
