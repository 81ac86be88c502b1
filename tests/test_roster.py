from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from synth.config import EngagementConfig, load_config
from synth.errors import IngestError
from synth.records import Recipient, SourceType
from synth.roster import (
    lookup,
    read_interview_log,
    read_recipients,
    read_roster,
    recipient_list,
)

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("name", ["logg_intervjuer.xlsx", "logg_intervjuer.csv"])
def test_the_log_gives_metadata_per_file(name: str) -> None:
    log = read_interview_log(DATA / name)

    assert list(log) == [
        "intervju_ekonomichef.docx",
        "Fokusgrupp_Enhetschefer.vtt",
        "workshop_hr.md",
        "gruppintervju_rektorer.txt",
    ]
    first = log["intervju_ekonomichef.docx"]
    assert first.type is SourceType.INTERVJU and first.date == dt.date(2026, 9, 5)
    assert first.roles == ("Ekonomichef",) and first.sector == "Kommunledningskontoret"
    assert first.participants == ("Helena Forsberg",)
    assert first.interviewers == ("Johan Almqvist", "Sara Nyström")
    focus = log["Fokusgrupp_Enhetschefer.vtt"]
    assert focus.type is SourceType.FOKUSGRUPP and focus.date == dt.date(2026, 9, 10)
    assert focus.participants == ("Anneli Strand", "Robert Hedlund", "Åsa Öberg")
    assert focus.role_of(2) == "Enhetschef"
    workshop = log["workshop_hr.md"]
    assert workshop.type is SourceType.WORKSHOP and workshop.date is None
    assert workshop.roles == ("HR-chef", "HR-konsult")
    assert workshop.role_of(1) == "HR-konsult"
    assert log["gruppintervju_rektorer.txt"].type is SourceType.GRUPPINTERVJU


def test_the_xlsx_and_csv_log_agree() -> None:
    assert read_interview_log(DATA / "logg_intervjuer.xlsx") == read_interview_log(
        DATA / "logg_intervjuer.csv"
    )


def test_lookup_forgives_case_and_suffix() -> None:
    log = read_interview_log(DATA / "logg_intervjuer.csv")
    focus = log["Fokusgrupp_Enhetschefer.vtt"]
    assert lookup(log, "Fokusgrupp_Enhetschefer.vtt") is focus
    assert lookup(log, "fokusgrupp_enhetschefer.VTT") is focus
    assert lookup(log, "Fokusgrupp_Enhetschefer.docx") is focus
    assert lookup(log, "annan.docx") is None


def test_lookup_finds_a_name_macos_wrote_decomposed(tmp_path: Path) -> None:
    path = tmp_path / "intervjuer.csv"
    path.write_text("fil;typ\nintervju_Åsa.docx;intervju\n", encoding="utf-8")
    log = read_interview_log(path)
    assert lookup(log, unicodedata.normalize("NFD", "intervju_Åsa.docx")) is not None


def test_lookup_by_stem_does_not_guess_between_two_files(tmp_path: Path) -> None:
    path = tmp_path / "intervjuer.csv"
    path.write_text("fil;typ\na.docx;intervju\na.vtt;intervju\n", encoding="utf-8")
    log = read_interview_log(path)
    assert lookup(log, "a.vtt") is log["a.vtt"]
    assert lookup(log, "a.txt") is None


def test_an_unknown_type_names_row_and_column() -> None:
    with pytest.raises(IngestError, match=r"^logg_okand_typ\.csv, rad 3, kolumn 'typ'") as caught:
        read_interview_log(DATA / "logg_okand_typ.csv")
    assert "fokusgrupp" in caught.value.reason  # the types that are allowed


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2024-03-05", dt.date(2024, 3, 5)),
        ("2024-3-5", dt.date(2024, 3, 5)),
        ("20240305", dt.date(2024, 3, 5)),
        ("5 mars 2024", dt.date(2024, 3, 5)),
        ("2024-03-05 10:30", dt.date(2024, 3, 5)),
    ],
)
def test_dates_as_consultants_write_them(tmp_path: Path, text: str, date: dt.date) -> None:
    path = tmp_path / "intervjuer.csv"
    path.write_text(f"fil;datum\na.docx;{text}\n", encoding="utf-8")
    assert read_interview_log(path)["a.docx"].date == date


@pytest.mark.parametrize("text", ["5/3", "2024-02-30", "i våras"])
def test_a_bad_date_names_row_and_column(tmp_path: Path, text: str) -> None:
    path = tmp_path / "intervjuer.csv"
    path.write_text(f"Fil;Datum\na.docx;2024-03-05\nb.docx;{text}\n", encoding="utf-8")
    with pytest.raises(IngestError) as caught:
        read_interview_log(path)
    assert (caught.value.file, caught.value.row, caught.value.column) == (
        "intervjuer.csv",
        3,
        "Datum",
    )


def test_a_log_without_file_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "intervjuer.csv"
    path.write_text("namn;typ\na;intervju\n", encoding="utf-8")
    with pytest.raises(IngestError, match=r"^intervjuer\.csv, kolumn 'fil'") as caught:
        read_interview_log(path)
    assert caught.value.column == "fil"


def test_a_file_logged_twice_is_refused_without_repeating_its_name(tmp_path: Path) -> None:
    path = tmp_path / "intervjuer.csv"
    path.write_text("fil\nintervju_Eva.docx\nintervju_Eva.docx\n", encoding="utf-8")
    with pytest.raises(IngestError, match="redan på rad 2") as caught:
        read_interview_log(path)
    assert caught.value.row == 3 and "Eva" not in str(caught.value)


def test_rows_without_a_file_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "intervjuer.csv"
    path.write_text("fil;typ\n;intervju\na.docx;\n", encoding="utf-8")
    log = read_interview_log(path)
    assert list(log) == ["a.docx"] and log["a.docx"].type is SourceType.OKAND


def test_recipients_from_the_workbook() -> None:
    assert read_recipients(DATA / "mottagare_lista.xlsx") == [
        Recipient(
            "Anna Berg",
            "anna.berg@testkommun.se",
            "Vård och omsorg",
            "Hemtjänst Norr",
            "Enhetschef",
        ),
        Recipient("Åsa Öberg", "asa.oberg@testkommun.se", "Barn och utbildning", None, "Rektor"),
        Recipient("Per Ek", "per.ek@testkommun.se"),
    ]


def test_recipients_need_an_email_and_the_error_names_no_one(tmp_path: Path) -> None:
    path = tmp_path / "mottagare.csv"
    path.write_text(
        "namn;e-post;sektor\nAnna Berg;anna.berg@kommun.se;HR\nPer Ek;;IT\n", encoding="utf-8"
    )
    with pytest.raises(IngestError, match=r"rad 3, kolumn 'e-post'") as caught:
        read_recipients(path)
    assert "Per Ek" not in str(caught.value)


def test_a_recipient_list_without_email_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mottagare.csv"
    path.write_text("namn;sektor\nAnna Berg;HR\n", encoding="utf-8")
    with pytest.raises(IngestError) as caught:
        read_recipients(path)
    assert caught.value.column == "e-post"


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("komma@exempelkommun.se,evil3@attacker.example", "exakt en e-postadress"),
        ("vinkel@exempelkommun.se>,<evil4@attacker.example", "exakt en e-postadress"),
        ("semi@exempelkommun.se;evil@attacker.example", "exakt en e-postadress"),
        ('"evil@attacker.example" <anna@exempelkommun.se>', "exakt en e-postadress"),
        ("anna@exempelkommun.se (evil)", "ogiltig"),
        ("anna@exempelkommun.se>", "ogiltig"),
        ("anna@localhost", "ogiltig"),
        ("anna@", "ogiltig"),
    ],
)
def test_a_recipient_row_must_hold_exactly_one_valid_address(
    tmp_path: Path, cell: str, reason: str
) -> None:
    """Issue 13, point 6: the check only wanted an "@" and no space."""
    path = tmp_path / "mottagare.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(
            [
                ["namn", "e-post"],
                ["Anna Berg", "anna.berg@kommun.se"],
                ["Per Ek", cell],
                ["Åsa Öberg", "asa@kommun.se"],
            ]
        )
    with pytest.raises(IngestError, match=r"mottagare\.csv, rad 3, kolumn 'e-post'") as caught:
        read_recipients(path)
    message = str(caught.value)
    assert reason in message
    for echoed in ("Anna", "Per", "Åsa", "kommun", "attacker", "evil", "localhost"):
        assert echoed not in message


def test_a_recipient_address_may_come_as_outlook_writes_it(tmp_path: Path) -> None:
    path = tmp_path / "mottagare.csv"
    path.write_text(
        "namn;e-post\nAnna Berg;Anna Berg <Anna.Berg@Kommun.SE>\nPer Ek; per.ek@kommun.se \n",
        encoding="utf-8",
    )
    assert [r.email for r in read_recipients(path)] == ["Anna.Berg@kommun.se", "per.ek@kommun.se"]


def test_the_recipient_list_is_found_read_and_each_address_counted_once(
    engagement: EngagementConfig,
) -> None:
    (engagement.root / "mottagare.csv").write_text(
        "namn;e-post\nAnna Berg;anna.berg@kommun.se\nPer Ek;per.ek@kommun.se\n"
        "Anna B;Anna.Berg@kommun.se\n",
        encoding="utf-8",
    )
    listing = recipient_list(engagement)
    assert listing.file == "mottagare.csv"  # the .csv twin of the configured mottagare.xlsx
    assert [r.name for r in listing.rows] == ["Anna Berg", "Per Ek", "Anna B"]
    assert [r.name for r in listing.people] == ["Anna Berg", "Per Ek"]
    assert listing.duplicates == 1


def test_a_missing_recipient_list_names_the_setting(engagement: EngagementConfig) -> None:
    with pytest.raises(IngestError, match=r"^mottagare\.xlsx: mottagarlistan saknas"):
        recipient_list(engagement)


def test_the_roster_reports_a_list_it_cannot_read_and_keeps_the_log(
    engagement: EngagementConfig,
) -> None:
    (engagement.root / "mottagare.csv").write_text("namn;sektor\nAnna Berg;HR\n", encoding="utf-8")
    roster = read_roster(engagement)
    assert [file for file, _ in roster.problems] == ["mottagare.csv"]
    assert "Anna Berg" not in roster.problems[0][1]
    assert roster.recipients is None
    assert list(roster.log.entries) == ["intervju_rektor.txt"]
    assert set(roster.names) == {"Kerstin Malm", "Sara Nyström"}


def test_each_form_may_have_its_own_recipient_list_and_the_roster_knows_every_name(
    engagement: EngagementConfig,
) -> None:
    (engagement.root / "mottagare.csv").write_text(
        "namn;e-post\nAnna Berg;anna.berg@kommun.se\n", encoding="utf-8"
    )
    (engagement.root / "ledning.csv").write_text(
        "namn;e-post\nLena Sjö;lena.sjo@kommun.se\n", encoding="utf-8"
    )
    toml = engagement.root / "engagement.toml"
    with toml.open("a", encoding="utf-8") as handle:
        handle.write('\n[survey.forms.stodresurser]\nrecipients = "ledning.xlsx"\n')
    config = load_config(engagement.root)
    assert [r.name for r in recipient_list(config, "stodresurser").people] == ["Lena Sjö"]
    assert [r.name for r in recipient_list(config, "chefsenkat").people] == ["Anna Berg"]
    assert [r.name for r in recipient_list(config).people] == ["Anna Berg"]
    assert {"Anna Berg", "Lena Sjö"} <= set(read_roster(config).names)
