"""The survey e-mails: the one Jinja2 environment for message templates, and the message.

Templates are read from the engagement's own folder (`mail.templates`) first, then from
synth's (`synth/data/mail`). A template's first line is the subject (`Ämne: ...`), then an
empty line, then the body; a missing variable fails loudly (StrictUndefined).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from importlib import resources
from pathlib import Path

from jinja2 import TemplateError

from synth.addresses import AddressError, sender_address
from synth.config import EngagementConfig
from synth.dates import long_date
from synth.errors import MailError
from synth.records import Recipient
from synth.store.mail import MailKind
from synth.templates import text_environment

__all__ = [
    "TEMPLATES",
    "MailContext",
    "MailTemplates",
    "compose",
    "mail_context",
]

TEMPLATES: dict[MailKind, str] = {"send": "utskick.txt.j2", "reminder": "paminnelse.txt.j2"}
_SUBJECT = "Ämne:"
_XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@dataclass(frozen=True)
class MailContext:
    """What a message template may use."""

    name: str
    role: str
    sector: str
    unit: str
    engagement: str
    client: str
    commission: str
    form_title: str
    deadline: dt.date
    workbook: str
    signature: str
    note: str = ""
    """The consultant's note to this one person (`send --to … --note`), e.g. what was wrong."""
    returned: bool = False
    """Reminders: the person returned a workbook that did not count (rejected or blank)."""

    def variables(self) -> dict[str, object]:
        return {
            **asdict(self),
            "first_name": self.name.split()[0] if self.name.split() else self.name,
            "deadline_text": long_date(self.deadline),
        }


def mail_context(
    config: EngagementConfig,
    form_title: str,
    recipient: Recipient,
    *,
    deadline: dt.date,
    workbook: str,
    note: str = "",
    returned: bool = False,
) -> MailContext:
    section = config.engagement
    display_name = _sender(config.mail.sender).display_name
    return MailContext(
        name=recipient.name,
        role=recipient.role or "",
        sector=recipient.sector or "",
        unit=recipient.unit or "",
        engagement=section.name,
        client=section.client or section.name,
        commission=section.commission,
        form_title=form_title,
        deadline=deadline,
        workbook=workbook,
        signature=display_name or section.name,
        note=note.strip(),
        returned=returned,
    )


def _packaged_dir() -> Path:
    return Path(str(resources.files("synth") / "data" / "mail"))


class MailTemplates:
    """Renders a message template into its subject and body."""

    def __init__(self, configured: Path | None = None) -> None:
        if configured is not None and not configured.is_dir():
            raise MailError(f"mail.templates: mappen {configured} finns inte")
        dirs = [d for d in (configured, _packaged_dir()) if d is not None]
        self.env = text_environment(dirs, keep_trailing_newline=True)

    @classmethod
    def for_engagement(cls, config: EngagementConfig) -> MailTemplates:
        folder = config.mail.templates
        return cls(config.root / folder if folder else None)

    def render(self, kind: MailKind, context: MailContext) -> tuple[str, str]:
        name = TEMPLATES[kind]
        try:
            text = self.env.get_template(name).render(**context.variables())
        except TemplateError as exc:
            raise MailError(f"e-postmallen {name}: {exc}") from exc
        first, _, body = text.lstrip("\n").partition("\n")
        if not first.startswith(_SUBJECT):
            raise MailError(
                f"e-postmallen {name}: första raden ska vara ämnesraden, '{_SUBJECT} ...'"
            )
        subject = " ".join(first.removeprefix(_SUBJECT).split())
        if not subject:
            raise MailError(f"e-postmallen {name}: ämnesraden är tom")
        body = body.strip("\n")
        if context.note and context.note not in body:
            # A template that does not place the note itself gets it after the greeting.
            greeting, gap, rest = body.partition("\n\n")
            if gap:
                body = f"{greeting}\n\n{context.note}{gap}{rest}"
            else:
                body = f"{context.note}\n\n{body}"
        return subject, body + "\n"


def _sender(text: str) -> Address:
    try:
        return sender_address(text)
    except AddressError as exc:
        raise MailError(str(exc)) from None


def compose(
    *,
    sender: str,
    recipient: Recipient,
    subject: str,
    body: str,
    attachment: Path,
    now: dt.datetime,
) -> EmailMessage:
    """The message to one recipient, with their workbook attached."""
    message = EmailMessage()
    sent_by = _sender(sender)
    message["From"] = sent_by
    message["To"] = formataddr((recipient.name, recipient.email))
    message["Subject"] = subject
    message["Date"] = format_datetime(now)
    domain = sent_by.domain or None
    message["Message-ID"] = make_msgid(domain=domain)
    # quoted-printable keeps å, ä and ö intact through relays that are not 8-bit clean
    message.set_content(body, cte="quoted-printable")
    message.add_attachment(
        attachment.read_bytes(), maintype=_XLSX[0], subtype=_XLSX[1], filename=attachment.name
    )
    return message
