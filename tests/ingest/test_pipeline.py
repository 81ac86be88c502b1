from __future__ import annotations

import os
import shutil
from pathlib import Path

from synth.config import EngagementConfig
from synth.ingest.pipeline import ingest_engagement
from synth.records import SourceType
from synth.store import Store
from synth.store.schema import MemberRow, RejectedQuoteRow
from synth.store.themes import theme_state
from tests.conftest import DATA

PLANTED = ["Anna Berg", "Anna", "Kerstin", "070-123 45 67", "kerstin.malm@testkommun.se"]


def stored(config: EngagementConfig) -> Store:
    return Store.open(config.store_url)


def test_interview_and_survey_become_pseudonymised_statements(engagement: EngagementConfig) -> None:
    report = ingest_engagement(engagement)

    assert report.ok, report.rejected
    store = stored(engagement)
    statements = store.statements()
    interview = [s for s in statements if s.source_type is SourceType.INTERVJU]
    survey = [s for s in statements if s.source_type is SourceType.ENKAT]
    assert interview and survey
    texts = " ".join(s.text for s in statements)
    for planted in PLANTED:
        assert planted not in texts
    assert "[namn]" in texts
    # "Ring mig gärna på … eller mejla …" is about the interview, not the organisation: set
    # aside before it became a statement, and counted
    assert "[telefon]" not in texts and "[e-post]" not in texts
    assert report.admin == {"inbox/intervju_rektor.txt": 1}
    assert report.summary()["admin_set_aside"] == 1
    # the interviewer's questions are context, not statements
    assert not any(s.text.startswith("Om du tänker på") for s in statements)
    hr = next(s for s in interview if "HR-stödet" in s.text)
    assert hr.question and "HR" in hr.question
    assert hr.role == "Rektor" and hr.sector == "Barn och utbildning"
    # fillers are not statements
    assert not any(s.text.strip(". ") == "Mm" for s in statements)
    # the raw text is kept in the store only
    assert "Anna Berg" in " ".join(store.raw_texts([s.id for s in interview]).values())
    store.close()


def test_survey_answers_keep_gaps_and_read_decimal_commas(engagement: EngagementConfig) -> None:
    ingest_engagement(engagement)
    store = stored(engagement)
    by_respondent = {(r.respondent_id, r.question_id): r for r in store.responses()}
    store.close()
    hr_3 = next(v for (rid, q), v in by_respondent.items() if rid == "R0003" and "hr" in q)
    it_2 = next(v for (rid, q), v in by_respondent.items() if rid == "R0002" and "it" in q)
    assert hr_3.value == 3.0
    assert it_2.value is None and it_2.raw == "Vet ej"
    assert hr_3.sector == "Barn och utbildning" and hr_3.role == "Rektor"


def test_ingesting_again_stores_nothing_new(engagement: EngagementConfig) -> None:
    first = ingest_engagement(engagement)
    second = ingest_engagement(engagement)

    assert second.count("unchanged") == len(second.outcomes) == 2
    assert second.statements == 0
    store = stored(engagement)
    assert sum(1 for _ in store.statements()) == first.statements
    store.close()


def test_a_changed_transcript_replaces_its_statements(engagement: EngagementConfig) -> None:
    ingest_engagement(engagement)
    path = engagement.inbox / "intervju_rektor.txt"
    path.write_text(
        "I: Hur fungerar ekonomistödet?\n"
        "IP: Controllern sitter nära oss och budgetuppföljningen fungerar bra varje månad.\n",
        encoding="utf-8",
    )
    report = ingest_engagement(engagement)

    assert [o.action for o in report.outcomes if o.path.endswith(".txt")] == ["replaced"]
    store = stored(engagement)
    interview = [s for s in store.statements() if s.source_type is SourceType.INTERVJU]
    assert [s.text for s in interview] == [
        "Controllern sitter nära oss och budgetuppföljningen fungerar bra varje månad."
    ]
    assert [s.version for s in store.sources() if s.type is SourceType.INTERVJU] == [2]
    store.close()


def test_a_corrected_log_row_rederives_roles(engagement: EngagementConfig) -> None:
    ingest_engagement(engagement)
    log = engagement.root / "intervjuer.csv"
    log.write_text(
        log.read_text(encoding="utf-8-sig").replace(";Rektor;", ";Förskolechef;"),
        encoding="utf-8",
    )
    ingest_engagement(engagement)

    store = stored(engagement)
    roles = {s.role for s in store.statements() if s.source_type is SourceType.INTERVJU}
    store.close()
    assert roles == {"Förskolechef"}


def test_a_transcript_missing_from_the_log_is_read_with_a_warning(
    engagement: EngagementConfig,
) -> None:
    shutil.copy(engagement.inbox / "intervju_rektor.txt", engagement.inbox / "okand.txt")
    report = ingest_engagement(engagement)

    assert report.ok
    assert [path for path, _ in report.warnings] == ["inbox/okand.txt"]
    store = stored(engagement)
    unknown = [s for s in store.sources() if s.origin == "inbox/okand.txt"]
    assert unknown[0].type is SourceType.OKAND and unknown[0].sector is None
    assert store.status().warnings[0][0] == "inbox/okand.txt"
    store.close()


def test_bad_files_are_rejected_by_name_and_the_rest_is_read(engagement: EngagementConfig) -> None:
    inbox = engagement.inbox
    (inbox / "trasig.docx").write_bytes(b"PK\x03\x04 detta ar ingen docx")
    (inbox / "tom.txt").write_bytes(b"")
    (inbox / "anteckningar.pdf").write_bytes(b"%PDF-1.4")
    (inbox / "binar.txt").write_bytes(bytes(range(256)) * 40)
    (inbox / "export_utan_sektor.csv").write_text(
        "ID;Roll;Vad fungerar bra?\n1;Rektor;Bra stöd\n", encoding="utf-8"
    )
    with (inbox / "stor.vtt").open("wb") as big:
        big.truncate(50 * 1024 * 1024)

    report = ingest_engagement(engagement)

    rejected = dict(report.rejected)
    assert set(rejected) == {
        "inbox/trasig.docx",
        "inbox/tom.txt",
        "inbox/anteckningar.pdf",
        "inbox/binar.txt",
        "inbox/export_utan_sektor.csv",
        "inbox/stor.vtt",
    }
    for path, message in rejected.items():
        assert message.startswith(Path(path).name), message
    assert "Sektor" in rejected["inbox/export_utan_sektor.csv"]
    assert "för stor" in rejected["inbox/stor.vtt"]
    assert "stöds inte" in rejected["inbox/anteckningar.pdf"]
    # the good files went in all the same
    assert {o.path for o in report.outcomes if o.action == "added"} == {
        "inbox/intervju_rektor.txt",
        "inbox/enkat.csv",
    }
    store = stored(engagement)
    assert {path for path, _ in store.status().rejected} == set(rejected)
    store.close()


def test_a_broken_new_version_keeps_what_the_good_one_stored(engagement: EngagementConfig) -> None:
    first = ingest_engagement(engagement)
    (engagement.inbox / "enkat.csv").write_text("ID;Roll\n1;Rektor\n", encoding="utf-8")
    report = ingest_engagement(engagement)

    assert [path for path, _ in report.rejected] == ["inbox/enkat.csv"]
    store = stored(engagement)
    assert len(store.statements()) == first.statements
    assert len(store.respondents()) == 3
    store.close()


def test_a_committed_docx_fixture_is_read(engagement: EngagementConfig) -> None:
    docx = sorted(p for p in DATA.glob("*.docx") if "trasig" not in p.name)
    assert docx, "tests/data holds a real .docx transcript"
    shutil.copy(docx[0], engagement.inbox / docx[0].name)
    report = ingest_engagement(engagement)
    assert report.ok and report.count("added") == 3
    assert os.path.basename(docx[0]) in {Path(p).name for p, _ in report.warnings}


def _interview_texts(config: EngagementConfig) -> dict[str, str]:
    store = stored(config)
    texts = {s.id: s.text for s in store.statements() if s.source_type is SourceType.INTERVJU}
    store.close()
    return texts


def _curate(config: EngagementConfig, member: str, rejected: str) -> None:
    """What the consultant's workbook leaves in the store: a pinned member, a rejected quote."""
    store = stored(config)
    with store.session() as session:
        session.add(MemberRow(statement_id=member, theme_id="T01", pinned=True, text_hash=""))
        session.add(RejectedQuoteRow(statement_id=rejected))
    store.close()


def _curated_texts(config: EngagementConfig) -> tuple[str, str]:
    store = stored(config)
    state = theme_state(store)
    store.close()
    texts = _interview_texts(config)
    (member,) = state.memberships
    (rejected,) = state.rejected_quotes
    return texts[member], texts[rejected]


def test_a_bad_cell_in_the_log_blocks_its_transcript_and_changes_no_statement(
    engagement: EngagementConfig,
) -> None:
    ingest_engagement(engagement)
    before = _interview_texts(engagement)
    ids = sorted(before)
    _curate(engagement, member=ids[0], rejected=ids[-1])
    curated = _curated_texts(engagement)
    log = engagement.root / "intervjuer.csv"
    good_log = log.read_text(encoding="utf-8-sig")
    log.write_text(good_log.replace("2026-09-02", "3 sept"), encoding="utf-8")

    broken = ingest_engagement(engagement)

    rejected = dict(broken.rejected)
    message = rejected["inbox/intervju_rektor.txt"]
    assert "intervjuer.csv, rad 2, kolumn 'datum'" in message and "3 sept" not in message
    # the survey export does not depend on the broken row and is read as usual
    assert "inbox/enkat.csv" not in rejected
    assert _interview_texts(engagement) == before
    store = stored(engagement)
    roles = {s.role for s in store.statements() if s.source_type is SourceType.INTERVJU}
    store.close()
    assert roles == {"Rektor"}

    log.write_text(good_log, encoding="utf-8")
    repaired = ingest_engagement(engagement)

    assert repaired.ok, repaired.rejected
    assert _interview_texts(engagement) == before
    assert _curated_texts(engagement) == curated


def test_an_unreadable_log_blocks_every_file_until_it_is_repaired(
    engagement: EngagementConfig,
) -> None:
    first = ingest_engagement(engagement)
    log = engagement.root / "intervjuer.csv"
    log.write_text("namn;datum\nKerstin Malm;2026-09-02\n", encoding="utf-8")

    report = ingest_engagement(engagement)

    rejected = dict(report.rejected)
    assert {"inbox/intervju_rektor.txt", "inbox/enkat.csv", "intervjuer.csv"} <= set(rejected)
    assert "Kerstin" not in " ".join(rejected.values())
    store = stored(engagement)
    assert len(store.statements()) == first.statements
    store.close()


def test_statement_ids_keep_their_text_when_the_split_changes(
    engagement: EngagementConfig,
) -> None:
    ingest_engagement(engagement)
    before = _interview_texts(engagement)
    ids = sorted(before)
    _curate(engagement, member=ids[1], rejected=ids[-1])
    curated = _curated_texts(engagement)
    path = engagement.inbox / "intervju_rektor.txt"
    # a new answer early in the interview shifts every later statement's position
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "I: Mm.\n", "I: Mm.\nIP: Lönekontoret svarar snabbt och rättar fel samma vecka.\n"
        ),
        encoding="utf-8",
    )

    ingest_engagement(engagement)

    after = _interview_texts(engagement)
    assert {sid: after[sid] for sid in before} == before
    (new,) = set(after) - set(before)
    assert "Lönekontoret" in after[new] and new > max(before)
    assert _curated_texts(engagement) == curated

    # a number once issued is never handed to other text, even after its text went away
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "IP: Lönekontoret svarar snabbt och rättar fel samma vecka.\n", ""
        ),
        encoding="utf-8",
    )
    ingest_engagement(engagement)
    path.write_text(
        path.read_text(encoding="utf-8") + "IP: Upphandlingen tar lång tid och stödet är sent.\n",
        encoding="utf-8",
    )
    ingest_engagement(engagement)
    latest = _interview_texts(engagement)
    assert new not in latest and max(latest) > new


def test_links_in_the_inbox_are_rejected_not_followed(
    engagement: EngagementConfig, tmp_path: Path
) -> None:
    secret = tmp_path / "annat_uppdrag"
    secret.mkdir()
    (secret / "intervju.txt").write_text(
        "IP: Detta är ett annat uppdrags intervju med känsliga uppgifter om personalen.\n",
        encoding="utf-8",
    )
    (engagement.inbox / "passwd.txt").symlink_to("/etc/passwd")
    (engagement.inbox / "mapp").symlink_to(secret, target_is_directory=True)
    os.mkfifo(engagement.inbox / "ror.txt")

    report = ingest_engagement(engagement)

    rejected = dict(report.rejected)
    assert set(rejected) == {"inbox/passwd.txt", "inbox/mapp", "inbox/ror.txt"}
    assert "länk" in rejected["inbox/passwd.txt"] and "länk" in rejected["inbox/mapp"]
    assert "ingen vanlig fil" in rejected["inbox/ror.txt"]
    store = stored(engagement)
    texts = " ".join(s.text for s in store.statements())
    store.close()
    assert "root" not in texts and "annat uppdrag" not in texts
    assert {o.path for o in report.outcomes if o.action == "added"} == {
        "inbox/intervju_rektor.txt",
        "inbox/enkat.csv",
    }
