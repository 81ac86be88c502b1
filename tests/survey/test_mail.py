"""The message templates and the message built from them."""

from __future__ import annotations

import datetime as dt
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest

from synth.errors import MailError
from synth.records import Recipient
from synth.survey.mail import TEMPLATES, MailContext, MailTemplates, compose


def context(**changes: object) -> MailContext:
    values: dict[str, object] = {
        "name": "Åsa Öberg",
        "role": "Rektor",
        "sector": "Barn och utbildning",
        "unit": "",
        "engagement": "Översyn Hjo",
        "client": "Hjo kommun",
        "commission": "Genomlysning av kommunens stödfunktioner",
        "form_title": "Chefsenkät om stödet till chefer",
        "deadline": dt.date(2026, 12, 4),
        "workbook": "chefsenkat-asa-oberg.xlsx",
        "signature": "Utredningen",
    }
    return MailContext(**{**values, **changes})  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", sorted(TEMPLATES))
def test_every_template_renders_a_subject_and_a_personal_swedish_body(kind: str) -> None:
    subject, body = MailTemplates().render(kind, context())  # type: ignore[arg-type]

    assert subject.endswith(
        "Chefsenkät om stödet till chefer – svara senast fredag 4 december 2026"
    )
    assert body.startswith("Hej Åsa!\n\n")
    assert "chefsenkat-asa-oberg.xlsx" in body and "fredag 4 december 2026" in body
    assert body.endswith("Med vänliga hälsningar\nUtredningen\n")
    assert "{{" not in body and "\n\n\n" not in body


def test_the_invitation_names_the_commission_and_the_unit_when_there_are_any() -> None:
    templates = MailTemplates()
    _, body = templates.render("send", context(unit="Hemtjänst Norr"))
    assert "Hjo kommun gör just nu en genomlysning av kommunens stödfunktioner" in body
    assert "och gäller Hemtjänst Norr." in body
    _, plain = templates.render("send", context(commission="", unit="", sector=""))
    assert "Hjo kommun ser just nu över hur organisationen fungerar" in plain
    assert "Den är gjord för dig." in plain


def test_a_template_without_a_subject_line_or_with_an_unknown_variable_is_refused(
    tmp_path: Path,
) -> None:
    (tmp_path / "utskick.txt.j2").write_text("Hej {{ name }}!\n", encoding="utf-8")
    (tmp_path / "paminnelse.txt.j2").write_text("Ämne: Hej\n\n{{ efternamn }}\n", encoding="utf-8")
    templates = MailTemplates(tmp_path)
    with pytest.raises(MailError, match=r"utskick\.txt\.j2: första raden ska vara ämnesraden"):
        templates.render("send", context())
    with pytest.raises(MailError, match=r"paminnelse\.txt\.j2: 'efternamn' is undefined"):
        templates.render("reminder", context())
    with pytest.raises(MailError, match=r"mail\.templates: mappen .* finns inte"):
        MailTemplates(tmp_path / "saknas")


def test_the_message_carries_the_workbook_and_survives_the_wire(tmp_path: Path) -> None:
    workbook = tmp_path / "chefsenkat-asa-oberg.xlsx"
    workbook.write_bytes(b"PK\x03\x04 arbetsbok")
    person = Recipient("Åsa Öberg", "asa.oberg@hjo.se", "Barn och utbildning", None, "Rektor")

    message = compose(
        sender="Utredningen <utredning@firma.se>",
        recipient=person,
        subject="Chefsenkät – svara senast fredag 4 december 2026",
        body="Hej Åsa!\n\nSvara senast fredag 4 december 2026.\n",
        attachment=workbook,
        now=dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC),
    )

    wire = message.as_bytes()
    assert max(wire) < 128  # 7-bit clean: no relay can mangle å, ä, ö
    back = message_from_bytes(wire, policy=default)
    assert isinstance(back, EmailMessage)
    assert back["To"].addresses[0].display_name == "Åsa Öberg"
    assert back["Subject"] == "Chefsenkät – svara senast fredag 4 december 2026"
    assert back["Message-ID"].endswith("@firma.se>")
    assert back.get_body().get_content() == "Hej Åsa!\n\nSvara senast fredag 4 december 2026.\n"  # type: ignore[union-attr]
    (attached,) = list(back.iter_attachments())
    assert attached.get_filename() == "chefsenkat-asa-oberg.xlsx"
    assert attached.get_content() == b"PK\x03\x04 arbetsbok"


@pytest.mark.parametrize(
    ("sender", "name"),
    [
        ("Utredningen (Firma AB) <utredning@firma.se>", "Utredningen (Firma AB)"),
        ('"Kansliet, Hjo kommun" <utredning@firma.se>', "Kansliet, Hjo kommun"),
        ("Åsa Öberg (Firma AB) <utredning@firma.se>", "Åsa Öberg (Firma AB)"),
    ],
)
def test_the_sender_name_reaches_the_reader_whole(tmp_path: Path, sender: str, name: str) -> None:
    workbook = tmp_path / "chefsenkat.xlsx"
    workbook.write_bytes(b"PK")
    person = Recipient("Per Ek (HR)", "per.ek@hjo.se", None, None, None)

    message = compose(
        sender=sender,
        recipient=person,
        subject="Chefsenkät",
        body="Hej!\n",
        attachment=workbook,
        now=dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC),
    )

    back = message_from_bytes(message.as_bytes(), policy=default)
    assert isinstance(back, EmailMessage)
    (sent_by,) = back["From"].addresses
    assert (sent_by.display_name, sent_by.addr_spec) == (name, "utredning@firma.se")
    assert back["To"].addresses[0].display_name == "Per Ek (HR)"


def test_a_sender_that_is_no_address_is_refused_by_name_of_the_setting(tmp_path: Path) -> None:
    (tmp_path / "b.xlsx").write_bytes(b"PK")
    person = Recipient("Per Ek", "per.ek@hjo.se", None, None, None)
    with pytest.raises(MailError, match=r"mail\.sender"):
        compose(
            sender="Utredningen <utredning@>",
            recipient=person,
            subject="Chefsenkät",
            body="Hej!\n",
            attachment=tmp_path / "b.xlsx",
            now=dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC),
        )
