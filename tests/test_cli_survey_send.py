"""`synth survey send|remind` as a consultant runs them, against a real SMTP server."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from synth.cli import app
from tests.conftest import DATA, make_engagement
from tests.survey.conftest import fill
from tests.survey.mailserver import mail_settings, smtp_server

runner = CliRunner()
PER = "per.ek@testkommun.se"


def engagement(tmp_path: Path, **mail: object) -> Path:
    config = make_engagement(tmp_path / "uppdrag")
    shutil.copy(DATA / "mottagare_lista.xlsx", config.root / "mottagare.xlsx")
    settings = {"starttls": False, "sender": "utredning@firma.se", "deadline": "2026-12-04"}
    return mail_settings(config, **{**settings, **mail}).root


def test_send_renders_mails_everyone_once_and_says_what_it_did(tmp_path: Path) -> None:
    root = engagement(tmp_path, host="smtp.example.invalid", per_minute=10_000)
    with smtp_server() as box:
        box.refuse.add(PER)
        where = ["--smtp-host", "127.0.0.1", "--smtp-port", str(box.port)]
        result = runner.invoke(app, ["survey", "send", str(root), "--form", "chefsenkat", *where])

        assert result.exit_code == 3, result.output
        assert f"Skickar via 127.0.0.1:{box.port}, högst 10000 per minut" in result.output
        assert "3 arbetsböcker skrevs först" in result.output
        assert "skickade 2, misslyckades 1, redan skickade 0" in result.output
        assert "Misslyckades: chefsenkat-per-ek.xlsx" in result.output
        assert PER not in result.output
        assert len(box.messages) == 2

        box.refuse.clear()
        result = runner.invoke(app, ["survey", "send", str(root), "--form", "chefsenkat", *where])
        assert result.exit_code == 0, result.output
        assert "skickade 1, misslyckades 0, redan skickade 2" in result.output
        assert len(box.messages) == 3

        resend = ["survey", "send", str(root), "--form", "chefsenkat", *where, "--resend"]
        result = runner.invoke(app, resend)
        assert "skickade 3, misslyckades 0, redan skickade 0" in result.output
        assert len(box.messages) == 6


def test_dry_run_writes_eml_files_to_the_outbox(tmp_path: Path) -> None:
    root = engagement(tmp_path)
    command = ["survey", "send", str(root), "--form", "chefsenkat", "--dry-run"]
    result = runner.invoke(app, [*command, "--deadline", "2026-12-11"])

    assert result.exit_code == 0, result.output
    assert "Provkörning, inget skickat: 3 meddelanden skrivna till" in result.output
    files = sorted((root / "outbox" / "chefsenkat" / "utskick").glob("*.eml"))
    assert [f.name for f in files] == [
        "chefsenkat-anna-berg.eml",
        "chefsenkat-asa-oberg.eml",
        "chefsenkat-per-ek.eml",
    ]
    assert b"fredag 11 december 2026" in files[0].read_bytes().replace(b"=\n", b"")


def test_the_password_comes_from_the_named_environment_variable(tmp_path: Path) -> None:
    with smtp_server(auth=True) as box:
        root = engagement(
            tmp_path,
            host="127.0.0.1",
            port=box.port,
            user="utredare",
            password_env="HJO_SMTP",
            per_minute=10_000,
        )
        command = ["survey", "send", str(root), "--form", "chefsenkat"]
        missing = runner.invoke(app, command, env={"HJO_SMTP": ""})
        assert missing.exit_code == 1
        assert "sätt miljövariabeln HJO_SMTP" in missing.output and box.logins == []

        result = runner.invoke(app, command, env={"HJO_SMTP": "hemligt"})
        assert result.exit_code == 0, result.output
        assert box.logins == [("utredare", "hemligt")] and len(box.messages) == 3
        assert "hemligt" not in result.output


def test_remind_reaches_only_those_who_have_not_answered(tmp_path: Path) -> None:
    with smtp_server() as box:
        root = engagement(tmp_path, host="127.0.0.1", port=box.port, per_minute=10_000)
        runner.invoke(app, ["survey", "send", str(root), "--form", "chefsenkat"])
        sent = root / "utskick" / "chefsenkat"
        fill(sent / "chefsenkat-anna-berg.xlsx", root / "inbox" / "anna.xlsx", {"C6": "Annan"})
        fill(sent / "chefsenkat-per-ek.xlsx", root / "inbox" / "per.xlsx", {"C6": "Annan"})
        assert runner.invoke(app, ["survey", "collect", str(root)]).exit_code in {0, 3}
        box.messages.clear()
        box.envelopes.clear()

        result = runner.invoke(app, ["survey", "remind", str(root), "--form", "chefsenkat"])

        assert result.exit_code == 0, result.output
        assert "Påminnelser av chefsenkat: skickade 1" in result.output
        assert box.to() == ["asa.oberg@testkommun.se"]
        again = runner.invoke(app, ["survey", "remind", str(root), "--form", "chefsenkat"])
        assert "skickade 0, misslyckades 0, redan påminda i dag 1" in again.output
        assert len(box.messages) == 1


def test_no_server_configured_is_a_clear_error(tmp_path: Path) -> None:
    root = engagement(tmp_path)
    result = runner.invoke(app, ["survey", "send", str(root), "--form", "chefsenkat"])
    assert result.exit_code == 1
    assert "mail.host saknas i engagement.toml" in result.output
    assert not (root / "utskick").exists()
