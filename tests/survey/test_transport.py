"""`transport_for`: one way, for the command line and the flows, to the transport of a send."""

from __future__ import annotations

from pathlib import Path

import pytest

from synth.config import MailSettings
from synth.errors import MailError
from synth.survey.transport import EmlWriter, SmtpTransport, transport_for


def test_a_dry_run_writes_eml_files_unthrottled(tmp_path: Path) -> None:
    transport, throttle, where = transport_for(MailSettings(), dry_run=tmp_path / "outbox")

    assert isinstance(transport, EmlWriter) and transport.folder == tmp_path / "outbox"
    assert throttle is None and where is None


def test_smtp_takes_the_overrides_and_the_password_passed_in() -> None:
    mail = MailSettings(host="smtp.firma.se", user="utredning", per_minute=20)

    transport, throttle, where = transport_for(
        mail, host="relay.firma.se", port=2525, password="hemligt"
    )

    assert isinstance(transport, SmtpTransport)
    assert transport.settings.password == "hemligt" and transport.settings.user == "utredning"
    assert where == "relay.firma.se:2525"
    assert throttle is not None and throttle.interval == 3.0


def test_the_password_is_never_read_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SYNTH_SMTP_PASSWORD", "hemligt")
    mail = MailSettings(host="smtp.firma.se", user="utredning")

    with pytest.raises(MailError, match="SYNTH_SMTP_PASSWORD"):
        transport_for(mail)


def test_a_send_without_a_server_is_refused_before_anything_connects() -> None:
    with pytest.raises(MailError, match=r"mail\.host saknas"):
        transport_for(MailSettings())
