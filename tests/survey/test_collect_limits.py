"""Survey collect holds returned workbooks to the same bounds as ingest (issue 13, point 4)."""

from __future__ import annotations

import zipfile
from itertools import repeat
from pathlib import Path

from openpyxl import load_workbook

from synth.config import EngagementConfig
from synth.survey.collect import collect_engagement
from synth.survey.layout import ANSWER_SHEET
from synth.survey.render import render_engagement
from synth.survey.returns import read_return
from synth.survey.token import TokenKey
from synth.tables import is_survey_workbook
from tests.survey.conftest import fill, ref


def with_extra_part(source: Path, target: Path, part: str, megabytes: int) -> Path:
    """`source` with one more part of `megabytes` MB that packs to almost nothing."""
    chunk = b"<x>" + b"Svar " * 200_000 + b"</x>"
    with (
        zipfile.ZipFile(source) as src,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst,
    ):
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        with dst.open(part, "w") as stream:
            stream.write(b"<?xml version='1.0'?><bomb>")
            for block in repeat(chunk, megabytes * 1024 * 1024 // len(chunk) + 1):
                stream.write(block)
            stream.write(b"</bomb>")
    return target


def test_a_returned_workbook_past_a_bound_is_rejected_and_the_rest_collected(
    survey_engagement: EngagementConfig,
) -> None:
    config = survey_engagement
    result = render_engagement(config, "chefsenkat")
    anna = next(w.path for w in result.workbooks if "anna" in w.path.name)
    asa = next(w.path for w in result.workbooks if "asa" in w.path.name)
    per = next(w.path for w in result.workbooks if "per-ek" in w.path.name)
    # a stray cell a million rows down the answer sheet: openpyxl would read every row
    book = load_workbook(anna)
    book[ANSWER_SHEET].cell(row=1_048_576, column=1, value="x")
    book.save(config.inbox / "anna.xlsx")
    # 150 MB packed into one extra part of a genuine workbook
    with_extra_part(per, config.inbox / "per.xlsx", "customXml/item9.xml", 150)
    fill(asa, config.inbox / "asa.xlsx", {ref(result.form, "underlattar"): 3})
    assert is_survey_workbook(config.inbox / "per.xlsx")

    report = collect_engagement(config)

    by_file = {o.file: o for o in report.outcomes}
    assert by_file["inbox/anna.xlsx"].action == "rejected"
    assert "rader" in by_file["inbox/anna.xlsx"].problems[0].message
    assert by_file["inbox/per.xlsx"].action == "rejected"
    assert "packas upp till" in by_file["inbox/per.xlsx"].problems[0].message
    assert by_file["inbox/asa.xlsx"].action == "added"


def test_a_returned_workbook_over_the_size_limit_is_not_parsed(
    survey_engagement: EngagementConfig,
) -> None:
    config = survey_engagement
    result = render_engagement(config, "chefsenkat")
    path = next(w.path for w in result.workbooks if "anna" in w.path.name)
    key = TokenKey.for_engagement(config.root, create=False)

    def no_form(form_id: str) -> object:
        raise AssertionError("the workbook was read")

    item = read_return(path, "anna.xlsx", key, no_form, max_bytes=1024)  # type: ignore[arg-type]

    assert item is not None and item.status == "rejected"
    assert "för stor" in item.problems[0]["message"]
    assert "ingest.max_file_mb" in item.problems[0]["message"]
