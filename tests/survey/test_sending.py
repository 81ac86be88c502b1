"""Sending workbooks and reminders through a real SMTP server (aiosmtpd on localhost)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from synth.config import EngagementConfig
from synth.errors import IngestError, MailError, MailUnavailable
from synth.records import Recipient
from synth.store import Store
from synth.store.mail import MailAttempt, mail_log
from synth.survey.collect import collect_engagement
from synth.survey.layout import INSTRUCTION_SHEET
from synth.survey.mail import compose
from synth.survey.sending import SendReport, send_form
from synth.survey.token import Token, TokenKey
from synth.survey.transport import (
    DeliveryFailed,
    EmlWriter,
    SmtpSettings,
    SmtpTransport,
    Throttle,
)
from synth.tables import TOKEN_SHEET
from tests.survey.conftest import fill
from tests.survey.mailserver import Mailbox, mail_settings, smtp_server

ANNA, ASA, PER = "anna.berg@testkommun.se", "asa.oberg@testkommun.se", "per.ek@testkommun.se"
SENDER = "Utredningen <utredning@firma.se>"


@pytest.fixture
def server() -> Iterator[Mailbox]:
    with smtp_server() as box:
        yield box


@pytest.fixture
def config(survey_engagement: EngagementConfig, server: Mailbox) -> EngagementConfig:
    return mail_settings(
        survey_engagement,
        host="127.0.0.1",
        port=server.port,
        starttls=False,
        sender=SENDER,
        deadline="2026-12-04",
    )


def smtp(config: EngagementConfig, password: str | None = None) -> SmtpTransport:
    return SmtpTransport(SmtpSettings.from_config(config.mail, password=password))


def send(config: EngagementConfig, **options: object) -> SendReport:
    return send_form(config, "chefsenkat", smtp(config), **options)  # type: ignore[arg-type]


def remind(config: EngagementConfig, **options: object) -> SendReport:
    return send_form(config, "chefsenkat", smtp(config), kind="reminder", **options)  # type: ignore[arg-type]


def recipient_id(config: EngagementConfig, email: str) -> str:
    return TokenKey.for_engagement(config.root, create=False).recipient_id(email)


def log(config: EngagementConfig) -> list[MailAttempt]:
    with Store.open(config.store_url) as store:
        return mail_log(store, "chefsenkat")


def workbook_of(message: EmailMessage) -> tuple[str, Workbook]:
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content_type() == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    return attachment.get_filename() or "", load_workbook(io.BytesIO(attachment.get_content()))


def test_each_recipient_gets_a_swedish_message_with_their_own_workbook(
    config: EngagementConfig, server: Mailbox
) -> None:
    report = send(config)

    assert (report.count("sent"), report.count("failed"), report.rendered) == (3, 0, 3)
    assert sorted(server.to()) == sorted([ANNA, ASA, PER])
    assert {sender for sender, _ in server.envelopes} == {"utredning@firma.se"}
    key = TokenKey.for_engagement(config.root, create=False)
    for email, first_name in [(ANNA, "Anna"), (ASA, "Åsa"), (PER, "Per")]:
        message = server.message_to(email)
        assert message["Subject"] == (
            "Chefsenkät om stödet till chefer – svara senast fredag 4 december 2026"
        )
        assert message["From"] == SENDER
        body = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        assert body.startswith(f"Hej {first_name}!\n")
        assert "Svara senast fredag 4 december 2026." in body
        assert "Med vänliga hälsningar\nUtredningen" in body
        name, book = workbook_of(message)
        assert name in body
        token = Token.parse(book[TOKEN_SHEET]["B1"].value)
        assert token is not None and key.verify(token)
        assert token.recipient_id == book[TOKEN_SHEET]["B4"].value == key.recipient_id(email)
    _, annas = workbook_of(server.message_to(ANNA))
    assert annas[INSTRUCTION_SHEET]["B4"].value == "Anna Berg, Enhetschef"
    assert "Anna Berg <anna.berg@testkommun.se>" in str(server.message_to(ANNA)["To"])
    assert "och gäller Hemtjänst Norr." in server.message_to(ANNA).get_body().get_content()  # type: ignore[union-attr]


def test_a_second_run_sends_to_no_one_twice_and_resend_sends_to_everyone(
    config: EngagementConfig, server: Mailbox
) -> None:
    send(config)
    again = send(config)
    assert (again.count("sent"), again.count("skipped"), again.rendered) == (0, 3, 0)
    assert len(server.messages) == 3

    resent = send(config, resend=True)
    assert resent.count("sent") == 3
    assert sorted(server.to()) == sorted([ANNA, ASA, PER] * 2)
    assert [a.outcome for a in log(config)] == ["sent"] * 6


def test_a_refused_address_is_recorded_without_it_and_the_others_are_delivered(
    config: EngagementConfig, server: Mailbox
) -> None:
    server.refuse.add(PER)

    report = send(config)

    assert sorted(server.to()) == sorted([ANNA, ASA])
    (failure,) = report.failures
    assert failure.recipient_id == recipient_id(config, PER)
    assert failure.workbook == "chefsenkat-per-ek.xlsx"
    assert failure.error.startswith("mottagaren avvisades av servern (550 5.1.1")
    assert PER not in failure.error and "[e-post]" in failure.error
    attempts = {(a.recipient_id, a.outcome) for a in log(config)}
    assert attempts == {
        (recipient_id(config, ANNA), "sent"),
        (recipient_id(config, ASA), "sent"),
        (recipient_id(config, PER), "failed"),
    }
    assert all(PER not in a.error and "Per Ek" not in a.error for a in log(config))

    server.refuse.clear()
    retry = send(config)
    assert (retry.count("sent"), retry.count("skipped")) == (1, 2)
    assert sorted(server.to()) == sorted([ANNA, ASA, PER])


def test_a_dropped_connection_fails_that_message_and_the_next_goes_out(
    config: EngagementConfig, server: Mailbox
) -> None:
    server.drop.add(ASA)

    report = send(config)

    assert [o.outcome for o in report.outcomes] == ["sent", "failed", "sent"]
    assert "anslutningen till 127.0.0.1" in report.failures[0].error
    assert sorted(server.to()) == sorted([ANNA, PER])
    assert send(config).count("sent") == 1
    assert sorted(server.to()) == sorted([ANNA, ASA, PER])


def test_a_run_that_keeps_losing_the_connection_stops_and_the_next_run_finishes(
    config: EngagementConfig, server: Mailbox
) -> None:
    people = Workbook()
    sheet = people.active
    assert sheet is not None
    sheet.append(["namn", "e-post", "sektor"])
    emails = [f"chef{n}@testkommun.se" for n in range(1, 6)]
    for n, email in enumerate(emails, start=1):
        sheet.append([f"Chef Nummer{n}", email, "Vård och omsorg"])
    people.save(config.root / "mottagare.xlsx")
    server.drop.update(emails[:3])

    report = send(config)

    assert [o.outcome for o in report.outcomes] == ["failed"] * 3
    assert "3 gånger i rad" in report.stopped and not report.ok
    assert server.to() == []
    finished = send(config)
    assert finished.count("sent") == 5 and finished.ok
    assert sorted(server.to()) == sorted(emails)


def test_a_dry_run_writes_the_messages_as_eml_files_and_sends_nothing(
    config: EngagementConfig, server: Mailbox
) -> None:
    folder = config.root / "outbox" / "chefsenkat" / "utskick"

    report = send_form(config, "chefsenkat", EmlWriter(folder))

    assert report.count("written") == 3 and report.count("sent") == 0
    files = sorted(p.name for p in folder.glob("*.eml"))
    assert files == [
        "chefsenkat-anna-berg.eml",
        "chefsenkat-asa-oberg.eml",
        "chefsenkat-per-ek.eml",
    ]
    message = message_from_bytes((folder / files[1]).read_bytes(), policy=default)
    assert isinstance(message, EmailMessage)
    assert "Åsa Öberg" in str(message["To"])
    assert message.get_body().get_content().startswith("Hej Åsa!")  # type: ignore[union-attr]
    name, book = workbook_of(message)
    assert name == "chefsenkat-asa-oberg.xlsx"
    assert book[TOKEN_SHEET]["B4"].value == recipient_id(config, ASA)
    assert server.messages == [] and log(config) == []
    assert send(config).count("sent") == 3  # a dry run counts as no send


def test_reminders_reach_exactly_those_who_got_the_form_and_have_not_answered(
    config: EngagementConfig, server: Mailbox
) -> None:
    server.refuse.add(PER)
    first = send(config)
    assert first.count("sent") == 2
    server.refuse.clear()
    fill(
        config.root / "utskick" / "chefsenkat" / "chefsenkat-anna-berg.xlsx",
        config.inbox / "anna-svar.xlsx",
        {"C6": "Annan chefsroll"},
    )
    assert collect_engagement(config).summary()["added"] == 1
    server.messages.clear()
    server.envelopes.clear()

    report = remind(config)

    # Anna answered; Per never got the form, so a reminder would be his first message
    assert server.to() == [ASA]
    assert report.never_sent == 1 and report.count("sent") == 1
    message = server.messages[0]
    assert message["Subject"].startswith("Påminnelse: Chefsenkät om stödet till chefer")
    assert "Vi har ännu inte fått ditt svar" in message.get_body().get_content()  # type: ignore[union-attr]
    assert workbook_of(message)[0] == "chefsenkat-asa-oberg.xlsx"
    kinds = [(a.recipient_id, a.kind) for a in log(config) if a.outcome == "sent"]
    assert kinds[-1] == (recipient_id(config, ASA), "reminder")

    same_day = remind(config)
    assert same_day.count("sent") == 0 and same_day.count("skipped") == 1
    tomorrow = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    assert remind(config, now=lambda: tomorrow).count("sent") == 1
    assert server.to() == [ASA, ASA]


def test_the_throttle_spaces_the_messages_without_a_real_wait(
    config: EngagementConfig, server: Mailbox
) -> None:
    clock = [100.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        clock[0] += seconds

    throttle = Throttle(60, clock=lambda: clock[0], sleep=sleep)

    send(config, throttle=throttle)

    assert len(server.messages) == 3
    assert waits == [pytest.approx(1.0), pytest.approx(1.0)]


def test_a_server_that_cannot_be_reached_stops_the_run_before_anything_is_recorded(
    survey_engagement: EngagementConfig,
) -> None:
    with smtp_server() as box:
        port = box.port  # free now that the server has stopped
    config = mail_settings(
        survey_engagement,
        host="127.0.0.1",
        port=port,
        starttls=False,
        sender=SENDER,
        deadline="2026-12-04",
    )
    with pytest.raises(
        MailUnavailable, match=rf"kan inte ansluta till e-postservern 127.0.0.1:{port}"
    ):
        send(config)
    assert log(config) == []


def test_the_login_uses_the_password_passed_down_and_a_wrong_one_is_a_clear_error(
    survey_engagement: EngagementConfig,
) -> None:
    with smtp_server(auth=True) as box:
        config = mail_settings(
            survey_engagement,
            host="127.0.0.1",
            port=box.port,
            starttls=False,
            user="utredare",
            sender=SENDER,
            deadline="2026-12-04",
        )
        with pytest.raises(MailError, match=r"lösenordet .* SYNTH_SMTP_PASSWORD"):
            SmtpSettings.from_config(config.mail)
        with pytest.raises(MailError, match="godtog inte inloggningen som utredare") as caught:
            send_form(config, "chefsenkat", smtp(config, password="Xq9-gissat"))
        assert "Xq9-gissat" not in str(caught.value)
        assert send_form(config, "chefsenkat", smtp(config, password="hemligt")).count("sent") == 3
        assert box.logins[-1] == ("utredare", "hemligt") and len(box.messages) == 3


def test_without_a_deadline_or_a_sender_nothing_is_sent(
    survey_engagement: EngagementConfig, server: Mailbox
) -> None:
    no_deadline = mail_settings(
        survey_engagement, host="127.0.0.1", port=server.port, starttls=False, sender=SENDER
    )
    with pytest.raises(MailError, match="sista svarsdag saknas"):
        send(no_deadline)
    assert send(no_deadline, deadline=dt.date(2026, 12, 11)).count("sent") == 3
    assert "fredag 11 december 2026" in server.messages[0]["Subject"]
    no_sender = mail_settings(
        survey_engagement, host="127.0.0.1", port=server.port, starttls=False, deadline="2026-12-04"
    )
    with pytest.raises(MailError, match=r"mail\.sender"):
        send(no_sender, resend=True)


def test_an_engagement_template_replaces_synths_own(
    config: EngagementConfig, server: Mailbox, tmp_path: Path
) -> None:
    folder = config.root / "mallar"
    folder.mkdir()
    (folder / "utskick.txt.j2").write_text(
        "Ämne: Enkät till {{ name }}\n\nHej {{ first_name }}, svara senast {{ deadline }}.\n",
        encoding="utf-8",
    )
    text = (config.root / "engagement.toml").read_text(encoding="utf-8")
    (config.root / "engagement.toml").write_text(text + 'templates = "mallar"\n', encoding="utf-8")
    from synth.config import load_config

    send(load_config(config.root))

    message = server.message_to(ANNA)
    assert message["Subject"] == "Enkät till Anna Berg"
    assert message.get_body().get_content() == "Hej Anna, svara senast 2026-12-04.\n"  # type: ignore[union-attr]


def test_starttls_asked_of_a_server_without_it_is_refused_before_anything_is_sent(
    survey_engagement: EngagementConfig, server: Mailbox
) -> None:
    config = mail_settings(
        survey_engagement,
        host="127.0.0.1",
        port=server.port,
        starttls=True,
        sender=SENDER,
        deadline="2026-12-04",
    )
    with pytest.raises(MailError, match=rf"127\.0\.0\.1:{server.port} erbjuder inte STARTTLS"):
        send(config)
    assert server.messages == [] and log(config) == []


HOSTILE = [
    "komma@exempelkommun.se,evil3@attacker.example",
    "vinkel@exempelkommun.se>,<evil4@attacker.example",
]


@pytest.mark.parametrize("cell", HOSTILE)
def test_an_address_cell_that_names_a_second_recipient_reaches_no_one(
    config: EngagementConfig, server: Mailbox, cell: str
) -> None:
    """Issue 13, point 6: a list in the e-mail column made two SMTP recipients, and the
    personal workbook went to the second."""
    people = Workbook()
    sheet = people.active
    assert sheet is not None
    sheet.append(["namn", "e-post", "sektor"])
    sheet.append(["Chef Ett", "chef1@testkommun.se", "Vård och omsorg"])
    sheet.append(["Chef Två", cell, "Vård och omsorg"])
    people.save(config.root / "mottagare.xlsx")

    with pytest.raises(IngestError) as caught:
        send(config)

    message = str(caught.value)
    assert message.startswith("mottagare.xlsx, rad 3, kolumn 'e-post': ")
    assert "exakt en e-postadress" in message
    for echoed in ("Chef", "chef1", "exempelkommun", "attacker", "evil"):
        assert echoed not in message
    assert server.envelopes == [] and log(config) == []

    sheet.delete_rows(3)
    people.save(config.root / "mottagare.xlsx")
    report = send(config)
    assert report.count("sent") == 1
    assert server.envelopes == [("utredning@firma.se", ["chef1@testkommun.se"])]


def test_the_envelope_holds_the_one_recipient_whatever_the_headers_say(
    config: EngagementConfig, server: Mailbox, tmp_path: Path
) -> None:
    attachment = tmp_path / "chefsenkat-chef-ett.xlsx"
    Workbook().save(attachment)

    def message(to: str) -> EmailMessage:
        return compose(
            sender=SENDER,
            recipient=Recipient("Chef Ett", to),
            subject="Enkät",
            body="Hej!\n",
            attachment=attachment,
            now=dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC),
        )

    transport = smtp(config)
    transport.open()
    try:
        # A Cc (or Bcc) header never adds an envelope recipient ...
        copied = message("chef1@testkommun.se")
        copied["Cc"] = "evil5@attacker.example"
        transport.deliver(copied, "chef-ett", "chef1@testkommun.se")
        # ... and a To header naming someone besides the one recipient goes to no one.
        for hostile in HOSTILE:
            with pytest.raises(DeliveryFailed, match="exakt en mottagare"):
                transport.deliver(message(hostile), "chef-tva", hostile.split(",")[0])
    finally:
        transport.close()

    assert server.envelopes == [("utredning@firma.se", ["chef1@testkommun.se"])]
