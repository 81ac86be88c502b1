"""Bounds on what one file may make synth read (issue 13, point 4).

Every bomb is built here at run time from a small real file: a .docx or .xlsx whose parts
unpack to far more than the file's size, or hold too many elements, paragraphs, rows,
columns or cells. Each must be rejected with IngestError naming the file and the bound,
before the library that would parse it (python-docx, openpyxl) sees it.
"""

from __future__ import annotations

import io
import random
import shutil
import zipfile
from collections.abc import Iterable
from itertools import repeat
from pathlib import Path

import pytest
from openpyxl import Workbook

from synth.config import EngagementConfig
from synth.errors import IngestError
from synth.ingest.pipeline import ingest_engagement
from synth.ingest.transcripts import parse_transcript
from synth.store import Store
from synth.tables import is_survey_workbook, limits, read_table
from tests.conftest import DATA

WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SHEET = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
PARAGRAPH = "<w:p><w:r><w:t>IP: Det här är ett stycke om stödet från HR.</w:t></w:r></w:p>"
_WORDS = ["stöd", "ekonomi", "personal", "lön", "rekrytering", "chef", "enhet", "ärende"]


def replace_part(source: Path, target: Path, part: str, chunks: Iterable[bytes]) -> Path:
    """A copy of the package `source` with `part` written from `chunks` (streamed)."""
    with (
        zipfile.ZipFile(source) as src,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst,
    ):
        for info in src.infolist():
            if info.filename == part:
                with dst.open(part, "w") as stream:
                    for chunk in chunks:
                        stream.write(chunk)
            else:
                dst.writestr(info, src.read(info))
    return target


def document(body: Iterable[str], prolog: str = "") -> Iterable[bytes]:
    yield f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<w:document xmlns:w="{WORD}"><w:body>'.encode()
    yield from (chunk.encode() for chunk in body)
    yield b"</w:body></w:document>"


def chunked(pieces: Iterable[str], size: int = 5000) -> Iterable[str]:
    batch: list[str] = []
    for piece in pieces:
        batch.append(piece)
        if len(batch) >= size:
            yield "".join(batch)
            batch = []
    yield "".join(batch)


def paragraphs(megabytes: int) -> Iterable[str]:
    """About `megabytes` MB of one paragraph over and over, as a transcript bomb holds."""
    chunk = PARAGRAPH * 1000
    return repeat(chunk, megabytes * 1024 * 1024 // len(chunk.encode()) + 1)


def docx(tmp_path: Path, name: str, body: Iterable[str], prolog: str = "") -> Path:
    return replace_part(
        DATA / "intervju.docx", tmp_path / name, "word/document.xml", document(body, prolog)
    )


def varied_words(count: int, seed: int = 1) -> list[str]:
    """Words that pack like real text (a few times smaller, not a hundred)."""
    rnd = random.Random(seed)
    return [f"{rnd.choice(_WORDS)}{rnd.randrange(100_000)}" for _ in range(count)]


def workbook(tmp_path: Path, name: str, fill: dict[tuple[int, int], object]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ID", "Sektor"])
    for (row, column), value in fill.items():
        sheet.cell(row=row, column=column, value=value)
    path = tmp_path / name
    book.save(path)
    return path


def rejected(read: object, path: Path) -> str:
    assert callable(read)
    with pytest.raises(IngestError) as caught:
        read(path)
    assert caught.value.file == path.name
    return caught.value.reason


# .docx ------------------------------------------------------------------------------------


def test_a_docx_bomb_is_rejected_before_it_is_unpacked(tmp_path: Path) -> None:
    # 150 MB of paragraphs in a file of about 1 MB: the 3.7 MB file held 1 GB
    bomb = docx(tmp_path, "bomb.docx", paragraphs(150))
    assert bomb.stat().st_size < 5 * 1024 * 1024

    reason = rejected(parse_transcript, bomb)
    assert "packas upp till" in reason and "128 MB per del" in reason


def test_a_part_packed_a_hundred_times_over_is_rejected(tmp_path: Path) -> None:
    bomb = docx(tmp_path, "tät.docx", paragraphs(20))

    reason = rejected(parse_transcript, bomb)
    assert "packad" in reason and "zip-bomb" in reason


def test_too_many_paragraphs_are_rejected(tmp_path: Path) -> None:
    words = varied_words(limits.MAX_PARAGRAPHS + 1)
    path = docx(
        tmp_path, "stycken.docx", chunked(f"<w:p><w:r><w:t>{w}</w:t></w:r></w:p>" for w in words)
    )

    reason = rejected(parse_transcript, path)
    assert "stycken" in reason and "100 000" in reason.replace("\u00a0", " ")


def test_too_many_xml_elements_are_rejected(tmp_path: Path) -> None:
    # one paragraph of a million runs: few paragraphs, far too many elements
    words = varied_words(limits.MAX_XML_ELEMENTS // 2 + 1)
    runs = chunked(f"<w:r><w:t>{w}</w:t></w:r>" for w in words)
    path = docx(tmp_path, "element.docx", ["<w:p>", *runs, "</w:p>"])

    reason = rejected(parse_transcript, path)
    assert "XML-element" in reason


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_xml_entities_are_never_expanded(tmp_path: Path, encoding: str) -> None:
    laughs = '<!DOCTYPE w:document [<!ENTITY a "hahahahahahahahahaha">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)
    )
    xml = "".join(
        chunk.decode()
        for chunk in document(["<w:p><w:r><w:t>&j;</w:t></w:r></w:p>"], laughs + "]>")
    ).replace("UTF-8", encoding.upper())
    source = DATA / "intervju.docx"
    path = replace_part(
        source, tmp_path / "skratt.docx", "word/document.xml", [xml.encode(encoding)]
    )

    reason = rejected(parse_transcript, path)
    assert "DTD" in reason


def test_a_table_claiming_a_million_columns_is_read_cell_by_cell(tmp_path: Path) -> None:
    # python-docx's row.cells repeats a cell once per column it spans: 10**9 here
    row = (
        '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="1000000000"/></w:tcPr>'
        "<w:p><w:r><w:t>Anna Berg</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>HR-stödet fungerar bra hos oss.</w:t></w:r></w:p></w:tc></w:tr>"
    )
    path = docx(tmp_path, "tabell.docx", [f"<w:tbl>{row * 3}</w:tbl>"])

    turns = parse_transcript(path)
    assert [t.speaker for t in turns] == ["Anna Berg"]
    assert turns[0].text.count("HR-stödet") == 3


# .xlsx and .csv ---------------------------------------------------------------------------


def test_a_sheet_past_the_row_bound_is_rejected_before_it_is_read(tmp_path: Path) -> None:
    # one stray cell far down: openpyxl would hand back every empty row above it
    path = workbook(tmp_path, "rader.xlsx", {(1_048_576, 1): "x"})

    reason = rejected(read_table, path)
    assert "rader" in reason and "250 000" in reason.replace("\u00a0", " ")
    assert not is_survey_workbook(path)


def test_a_sheet_past_the_column_bound_is_rejected(tmp_path: Path) -> None:
    path = workbook(tmp_path, "kolumner.xlsx", {(2, 16_384): "x"})

    assert "kolumner" in rejected(read_table, path)


def test_a_sheet_past_the_cell_bound_is_rejected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # two million cells take a while to write; the bound is the same at a thousand
    monkeypatch.setattr(limits, "MAX_CELLS", 1000)
    rnd = random.Random(2)

    def sheet() -> Iterable[bytes]:
        yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{SHEET}"><sheetData>'.encode()
        for r in range(1, 4):
            cells = "".join(f"<c><v>{rnd.randrange(10**6)}</v></c>" for _ in range(400))
            yield f'<row r="{r}">{cells}</row>'.encode()
        yield b"</sheetData></worksheet>"

    source = workbook(tmp_path, "liten.xlsx", {})
    path = replace_part(source, tmp_path / "celler.xlsx", "xl/worksheets/sheet1.xml", sheet())

    assert "celler" in rejected(read_table, path)


def test_a_csv_past_the_row_bound_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "lång.csv"
    path.write_text("ID;Sektor\n" + "1;Vård\n" * limits.MAX_ROWS, encoding="utf-8")

    assert "rader" in rejected(read_table, path)


def test_a_text_file_past_the_size_bound_is_rejected_unread(tmp_path: Path) -> None:
    path = tmp_path / "stor.txt"
    with path.open("wb") as handle:
        handle.truncate(limits.MAX_TEXT_BYTES + 1)

    assert "för stor (över 10 MB; gränsen för text-" in rejected(parse_transcript, path)


def test_a_csv_of_100_000_statements_is_read_though_larger_than_a_transcript(
    tmp_path: Path,
) -> None:
    # `synth cluster` is made for 100k statements; such a file is about 12 MB
    path = tmp_path / "svar.csv"
    answer = "Lönekontoret svarar snabbt, men ärendena bollas ofta mellan sektorn och centralen."
    answer += " Så har det varit länge."
    rows = [f"{i};{answer} ({i})" for i in range(1, 100_001)]
    path.write_text("id;text\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert path.stat().st_size > limits.MAX_TEXT_BYTES

    table = read_table(path)

    assert len(table.rows) == 100_000
    assert table.rows[-1]["text"].endswith("(100000)")


def test_a_csv_past_the_table_size_bound_is_rejected_unread(tmp_path: Path) -> None:
    path = tmp_path / "stor.csv"
    with path.open("wb") as handle:
        handle.truncate(limits.MAX_TABLE_TEXT_BYTES + 1)

    assert "gränsen för CSV-filer" in rejected(read_table, path)


def test_a_transcript_past_the_text_bound_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "lång.txt"
    line = "IP: Det här är en mening om hur stödet från HR fungerar i vardagen.\n"
    path.write_text(line * (limits.MAX_TRANSCRIPT_CHARS // len(line) * 11 // 10), encoding="utf-8")

    assert "tecken text" in rejected(parse_transcript, path)


def test_a_bound_message_never_quotes_the_file(tmp_path: Path) -> None:
    path = tmp_path / "personer.csv"
    path.write_text(
        "Namn;Telefon\n" + "Karin Johansson;070-123 45 67\n" * limits.MAX_ROWS, encoding="utf-8"
    )

    reason = rejected(read_table, path)
    assert "Karin" not in reason and "070" not in reason


def test_is_survey_workbook_reads_only_the_start_of_the_sheet_list(tmp_path: Path) -> None:
    # a sheet list of 150 MB behind a token sheet: looked at, never unpacked whole
    head = f'<?xml version="1.0"?><workbook xmlns="{SHEET}"><sheets><sheet name="synth"/>'
    padding = (b"<!-- " + b"x" * 1_000_000 + b" -->" for _ in range(150))
    source = workbook(tmp_path, "liten.xlsx", {})
    path = replace_part(
        source, tmp_path / "lista.xlsx", "xl/workbook.xml", [head.encode(), *padding]
    )

    assert is_survey_workbook(path)
    assert not is_survey_workbook(DATA / "intervju.docx")
    broken = tmp_path / "trasig.xlsx"
    broken.write_bytes(b"PK\x03\x04 ingen arbetsbok")
    assert not is_survey_workbook(broken)


# the inbox --------------------------------------------------------------------------------


def test_a_bomb_in_the_inbox_is_rejected_and_the_rest_is_read(
    engagement: EngagementConfig,
) -> None:
    docx(engagement.inbox, "bomb.docx", paragraphs(150))
    workbook(engagement.inbox, "rader.xlsx", {(1_048_576, 1): "x"})
    shutil.copy(DATA / "intervju.docx", engagement.inbox / "intervju.docx")

    report = ingest_engagement(engagement)

    rejected_files = dict(report.rejected)
    assert set(rejected_files) == {"inbox/bomb.docx", "inbox/rader.xlsx"}
    assert rejected_files["inbox/bomb.docx"].startswith("bomb.docx: ")
    assert "packas upp" in rejected_files["inbox/bomb.docx"]
    assert "rader" in rejected_files["inbox/rader.xlsx"]
    added = {o.path for o in report.outcomes if o.action == "added"}
    assert added == {"inbox/intervju_rektor.txt", "inbox/enkat.csv", "inbox/intervju.docx"}
    with Store.open(engagement.store_url) as store:
        assert {path for path, _ in store.status().rejected} == set(rejected_files)
        origins = {s.origin for s in store.sources()}
        assert "inbox/intervju.docx" in origins and report.statements > 0


def test_the_bounds_read_a_real_transcript_and_workbook() -> None:
    """The committed fixtures pass every bound: nothing real is near them."""
    limits.check_package(DATA / "intervju.docx", "intervju.docx", "trasig")
    limits.check_package(DATA / "logg_intervjuer.xlsx", "logg_intervjuer.xlsx", "trasig")
    assert parse_transcript(DATA / "intervju.docx")
    assert read_table(DATA / "logg_intervjuer.xlsx").rows


def test_a_zip_directory_of_too_many_parts_is_refused_before_it_is_loaded(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for index in range(limits.MAX_ZIP_ENTRIES + 1):
            archive.writestr(f"d/{index}", b"")
    path = tmp_path / "delar.docx"
    path.write_bytes(buffer.getvalue())

    assert "delar" in rejected(parse_transcript, path)
