"""A recipient list per form, dry runs that record nothing, counts and checks of returns,
and re-sending one workbook: issue 14, points 6–8, over the CLI with a real SMTP server."""

from __future__ import annotations

import re
import shutil
from email.message import EmailMessage
from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from synth.cli import app
from synth.config import load_config
from synth.forms import form_dirs, load_named_form
from synth.store import Store
from synth.store.mail import sent_to
from synth.store.surveys import any_survey_records, recipients
from synth.survey.token import TokenKey
from tests.conftest import DATA, make_engagement
from tests.survey.conftest import fill, ref
from tests.survey.mailserver import Mailbox, mail_settings, smtp_server
from tests.test_cli_survey_loop import _attachment as attachment

runner = CliRunner()
ANNA, PER = "anna.berg@testkommun.se", "per.ek@testkommun.se"
LENA = "lena.sjo@testkommun.se"
LEDNING = [("Per Ek", PER, "Barn och utbildning"), ("Lena Sjö", LENA, "Samhällsbyggnad")]


def engagement(tmp_path: Path, port: int) -> Path:
    """Three chefs on mottagare.xlsx; the inventory goes to two heads on ledning.xlsx."""
    config = make_engagement(tmp_path / "uppdrag")
    shutil.copy(DATA / "mottagare_lista.xlsx", config.root / "mottagare.xlsx")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Namn", "E-post", "Sektor"])
    for row in LEDNING:
        sheet.append(list(row))
    book.save(config.root / "ledning.xlsx")
    settings = {
        "host": "127.0.0.1",
        "port": port,
        "starttls": False,
        "sender": "utredning@firma.se",
        "deadline": "2026-12-04",
        "per_minute": 10_000,
    }
    root = mail_settings(config, **settings).root
    with (root / "engagement.toml").open("a", encoding="utf-8") as toml:
        toml.write('\n[survey.forms.stodresurser]\nrecipients = "ledning.xlsx"\n')
    return root


def invoke(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result.output


def rates(status: str) -> dict[tuple[str, str], tuple[int, int]]:
    return {
        (m.group(1), m.group(2)): (int(m.group(3)), int(m.group(4)))
        for m in re.finditer(
            r"(chefsenkat|stodresurser)\s*│\s*([^│]+?)\s*│\s*(\d+)\s*│\s*(\d+)\s*│", status
        )
    }


def body(box: Mailbox, address: str) -> str:
    texts = []
    for message in box.messages:
        if address in str(message["To"]):
            assert isinstance(message, EmailMessage)
            part = message.get_body(("plain",))
            assert part is not None
            texts.append(part.get_content())
    return "\n".join(texts)


def test_each_form_goes_to_its_own_recipient_list(tmp_path: Path) -> None:
    with smtp_server() as box:
        root = engagement(tmp_path, box.port)
        where = str(root)
        assert "2 arbetsböcker" in invoke("survey", "render", where, "--form", "stodresurser")
        assert "skickade 2" in invoke("survey", "send", where, "--form", "stodresurser")
        assert set(box.to()) == {PER, LENA}
        assert "skickade 3" in invoke("survey", "send", where, "--form", "chefsenkat")
        assert len(box.messages) == 5

        box.messages.clear()
        box.envelopes.clear()
        assert "skickade 2" in invoke("survey", "remind", where, "--form", "stodresurser")
        assert set(box.to()) == {PER, LENA}

    status = invoke("status", where, "--saknade")
    assert rates(status)[("stodresurser", "totalt")] == (2, 0)
    assert rates(status)[("chefsenkat", "totalt")] == (3, 0)
    assert "Har inte svarat på stodresurser (2)" in status
    waiting = status.split("Har inte svarat på stodresurser")[1]
    assert LENA in waiting and ANNA not in waiting


def test_a_dry_run_records_nothing_in_the_store(tmp_path: Path) -> None:
    with smtp_server() as box:
        root = engagement(tmp_path, box.port)
        where = str(root)
        dry = invoke("survey", "send", where, "--form", "chefsenkat", "--dry-run")
        assert "Provkörning, inget skickat: 3 meddelanden skrivna" in dry
        config = load_config(root)
        with Store.open(config.store_url) as store:
            assert not any_survey_records(store)

        invoke("survey", "send", where, "--form", "stodresurser")
        before = rates(invoke("status", where))
        assert before[("stodresurser", "totalt")] == (2, 0)
        for form in ("stodresurser", "chefsenkat"):
            invoke("survey", "send", where, "--form", form, "--dry-run", "--resend")
        invoke("survey", "remind", where, "--form", "stodresurser", "--dry-run")
        assert len(box.messages) == 2
    assert rates(invoke("status", where)) == before
    with Store.open(config.store_url) as store:
        assert len(recipients(store, "stodresurser")) == 2
        assert recipients(store, "chefsenkat") == {}
        assert len(sent_to(store, "stodresurser", "send")) == 2
        assert sent_to(store, "stodresurser", "reminder") == set()


def test_a_blank_return_is_tom_and_its_sender_is_reminded_not_to_ignore_it(
    tmp_path: Path,
) -> None:
    with smtp_server() as box:
        root = engagement(tmp_path, box.port)
        where = str(root)
        invoke("survey", "send", where, "--form", "chefsenkat")
        workbook = attachment(box, PER, "chefsenkat", tmp_path / "hamtat")
        fill(workbook, root / "inbox" / "per.xlsx", {})
        collected = invoke("survey", "collect", where)
        assert "tom" in collected and "tomma 1" in collected
        assert "utan några svar och räknas inte" in collected

        status = invoke("status", where, "--saknade")
        assert rates(status)[("chefsenkat", "totalt")] == (3, 0)
        assert "Har inte svarat på chefsenkat (3)" in status

        box.messages.clear()
        box.envelopes.clear()
        assert "skickade 3" in invoke("survey", "remind", where, "--form", "chefsenkat")
        per, anna = " ".join(body(box, PER).split()), " ".join(body(box, ANNA).split())
        assert "kunde inte räknas" in per and "bortse från" not in per
        assert "bortse från" in anna and "kunde inte räknas" not in anna


def test_more_crosses_than_allowed_are_refused_naming_the_cell(tmp_path: Path) -> None:
    with smtp_server() as box:
        root = engagement(tmp_path, box.port)
        where = str(root)
        invoke("survey", "send", where, "--form", "chefsenkat")
        form = load_named_form("chefsenkat", form_dirs(root))
        crosses = ["ekonomi", "hr", "it", "juridik"]
        cells = [ref(form, "storst_skillnad", "", c) for c in crosses]
        workbook = attachment(box, ANNA, "chefsenkat", tmp_path / "hamtat")
        fill(
            workbook,
            root / "inbox" / "anna.xlsx",
            {ref(form, "underlattar"): 4, **dict.fromkeys(cells, "X")},
        )
        collected = invoke("survey", "collect", where, code=3)
    flat = " ".join(collected.split())
    assert f"{cells[3]} Inom vilka områden" in flat
    assert "4 alternativ är markerade men högst 3 får väljas" in flat


def test_a_reply_saved_as_ods_is_reported(tmp_path: Path) -> None:
    root = engagement(tmp_path, 2525)
    invoke("survey", "render", str(root), "--form", "chefsenkat")
    (root / "inbox" / "chefsenkat-per-ek.ods").write_bytes(b"PK\x03\x04 not read")
    collected = invoke("survey", "collect", str(root), code=3)
    assert "sparad som .ods; spara som .xlsx och skicka igen" in " ".join(collected.split())


def test_render_takes_the_deadline_from_engagement_toml(tmp_path: Path) -> None:
    root = engagement(tmp_path, 2525)
    invoke("survey", "render", str(root), "--form", "chefsenkat")
    workbook = root / "utskick" / "chefsenkat" / "chefsenkat-anna-berg.xlsx"
    sheet = load_workbook(workbook)["Instruktioner"]
    rows = {row[0]: row[1] for row in sheet.iter_rows(min_row=4, max_row=8, values_only=True)}
    assert rows["Svara senast"] == "2026-12-04"


def test_send_to_one_recipient_resends_their_workbook_with_a_note(tmp_path: Path) -> None:
    with smtp_server() as box:
        root = engagement(tmp_path, box.port)
        where = str(root)
        invoke("survey", "send", where, "--form", "chefsenkat")
        box.messages.clear()
        box.envelopes.clear()
        per = TokenKey.for_engagement(root, create=False).recipient_id(PER)
        note = "Arbetsboken du skickade var sparad som .ods. Spara den som .xlsx."
        sent = invoke("survey", "send", where, "--form", "chefsenkat", "--to", per, "--note", note)
        assert "skickade 1" in sent
        assert box.to() == [PER]
        text = " ".join(body(box, PER).split())
        assert text.startswith("Hej Per! " + note)
        assert attachment(box, PER, "chefsenkat", tmp_path / "igen").name == (
            "chefsenkat-per-ek.xlsx"
        )

        unknown = runner.invoke(
            app, ["survey", "send", where, "--form", "chefsenkat", "--to", "M0"]
        )
        assert unknown.exit_code != 0
        assert "mottagaren M0 finns inte i mottagarlistan för chefsenkat" in unknown.output
        lena = TokenKey.for_engagement(root, create=False).recipient_id(LENA)
        other = runner.invoke(app, ["survey", "send", where, "--form", "chefsenkat", "--to", lena])
        assert other.exit_code != 0
        assert len(box.messages) == 1
