"""A small engagement with three recipients, and a respondent's way of filling a workbook."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from synth.config import EngagementConfig
from synth.forms import Form
from synth.survey.layout import ANSWER_SHEET, build_layout
from tests.conftest import DATA, make_engagement


@pytest.fixture
def survey_engagement(tmp_path: Path) -> EngagementConfig:
    config = make_engagement(tmp_path / "uppdrag")
    shutil.copy(DATA / "mottagare_lista.xlsx", config.root / "mottagare.xlsx")
    return config


def ref(form: Form, question: str, row: str = "", field: str = "") -> str:
    """The cell a respondent fills for a question (a table row and column, or an option)."""
    for cell in build_layout(form).answers:
        if cell.key == (question, row, field):
            return cell.ref
    raise KeyError((question, row, field))


def fill(workbook: Path, target: Path, answers: dict[str, object]) -> Path:
    """Open the workbook in "Excel", type the answers into the answer sheet, save as `target`."""
    book = load_workbook(workbook)
    sheet = book[ANSWER_SHEET]
    for cell, value in answers.items():
        sheet[cell] = value
    target.parent.mkdir(parents=True, exist_ok=True)
    book.save(target)
    return target


def stamp(workbook: Path, saved: dt.datetime) -> None:
    """Set the time the workbook says it was saved, as Excel writes it into docProps."""
    with zipfile.ZipFile(workbook) as archive:
        parts = {info: archive.read(info) for info in archive.infolist()}
    with zipfile.ZipFile(workbook, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in parts.items():
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*",
                    rb"\g<1>" + saved.strftime("%Y-%m-%dT%H:%M:%SZ").encode(),
                    data,
                )
            archive.writestr(info, data)
