from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from synth.errors import SynthError, WorkbookError
from synth.workbooks import BROKEN_SHEET, NOT_A_WORKBOOK, open_workbook, sheet_rows


def _workbook(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Svar"
    sheet.append(["fråga", "svar"])
    sheet.append(["antal", 4])
    book.save(path)
    return path


def test_a_workbook_is_opened_and_its_rows_read(tmp_path: Path) -> None:
    workbook = open_workbook(_workbook(tmp_path / "a.xlsx"), read_only=True, data_only=True)
    try:
        assert list(sheet_rows(workbook["Svar"], file="a.xlsx")) == [
            ("fråga", "svar"),
            ("antal", 4),
        ]
        assert list(sheet_rows(workbook["Svar"], file="a.xlsx", min_row=2, max_col=1)) == [
            ("antal",)
        ]
    finally:
        workbook.close()


@pytest.mark.parametrize(
    "content",
    [b"", b"not a zip at all", b"PK\x03\x04 truncated"],
    ids=["empty", "text", "truncated-zip"],
)
def test_a_file_that_is_no_workbook_raises_a_named_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "trasig.xlsx"
    path.write_bytes(content)

    with pytest.raises(WorkbookError) as caught:
        open_workbook(path, read_only=True)

    assert isinstance(caught.value, SynthError)
    assert (caught.value.file, caught.value.reason) == ("trasig.xlsx", NOT_A_WORKBOOK)
    assert str(caught.value) == "trasig.xlsx: kan inte öppnas som Excel-arbetsbok (.xlsx)"


def test_a_zip_without_a_workbook_part_raises_a_named_error(tmp_path: Path) -> None:
    path = tmp_path / "paket.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")

    with pytest.raises(WorkbookError, match=r"^paket\.xlsx: kan inte öppnas"):
        open_workbook(path)


def test_a_sheet_whose_xml_is_broken_raises_when_its_rows_are_read(tmp_path: Path) -> None:
    good = _workbook(tmp_path / "a.xlsx")
    broken = tmp_path / "b.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(broken, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # cut off mid-element
            target.writestr(info, data)

    workbook = open_workbook(broken, read_only=True)  # read-only mode parses sheets lazily
    try:
        with pytest.raises(WorkbookError) as caught:
            list(sheet_rows(workbook["Svar"], file="b.xlsx"))
    finally:
        workbook.close()
    assert (caught.value.file, caught.value.reason) == ("b.xlsx", BROKEN_SHEET)
