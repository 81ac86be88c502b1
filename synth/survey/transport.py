"""Where survey e-mail goes: an SMTP server, or .eml files for a dry run; and the throttle.

A transport delivers one message at a time. A failure that concerns one message (a
refused address, a dropped connection, a timeout) is raised as `DeliveryFailed` and the
sender records it and goes on; a failure that would hit every message (no server, a
refused login, no STARTTLS) is a `MailError` and stops the run before anything is lost.
"""

from __future__ import annotations

import smtplib
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path
from typing import NamedTuple, Protocol

from synth.config import MailSettings
from synth.errors import MailError, MailUnavailable

__all__ = [
    "DeliveryFailed",
    "EmlWriter",
    "Outgoing",
    "SmtpSettings",
    "SmtpTransport",
    "Throttle",
    "Transport",
    "transport_for",
]


class DeliveryFailed(Exception):
    """One message did not go out; `reason` is Swedish and may quote the server."""

    def __init__(self, reason: str, *, connection: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.connection = connection
        """Whether the connection was lost (as opposed to this one message refused)."""


class Transport(Protocol):
    records: bool
    """Whether a delivery really sends mail (and so is recorded in the send log)."""

    def open(self) -> None: ...

    def deliver(self, message: EmailMessage, name: str, to: str) -> None:
        """Deliver `message` to the one address `to` (the envelope's only recipient)."""
        ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    starttls: bool
    user: str
    password: str | None
    timeout: float

    @classmethod
    def from_config(
        cls,
        mail: MailSettings,
        *,
        host: str | None = None,
        port: int | None = None,
        password: str | None = None,
    ) -> SmtpSettings:
        """The settings of `[mail]`, with the command line's overrides and the password."""
        settings = cls(
            host=host or mail.host,
            port=port or mail.port,
            starttls=mail.starttls,
            user=mail.user,
            password=password,
            timeout=mail.timeout_seconds,
        )
        if not settings.host:
            raise MailError(
                "mail.host saknas i engagement.toml: ange e-postservern där eller med --smtp-host"
            )
        if settings.user and not password:
            raise MailError(
                f"lösenordet för e-postkontot {settings.user} saknas: sätt miljövariabeln "
                f"{mail.password_env} (mail.password_env)"
            )
        return settings

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"


def _server_text(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error
    decoded = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{exc.smtp_code} {' '.join(decoded.split())}"


class SmtpTransport:
    """One SMTP connection, opened once and opened again after it drops."""

    records = True

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self._smtp: smtplib.SMTP | None = None

    def open(self) -> None:
        try:
            self._connect()
        except DeliveryFailed as exc:
            raise MailUnavailable(exc.reason) from exc

    def _connect(self) -> smtplib.SMTP:
        if self._smtp is not None:
            return self._smtp
        s = self.settings
        try:
            smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
        except (OSError, smtplib.SMTPException) as exc:
            raise DeliveryFailed(
                f"kan inte ansluta till e-postservern {s.where} ({_os_reason(exc)})",
                connection=True,
            ) from exc
        try:
            smtp.ehlo()
            if s.starttls:
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if s.user:
                smtp.login(s.user, s.password or "")
        except smtplib.SMTPAuthenticationError as exc:
            smtp.close()
            raise MailError(
                f"e-postservern {s.where} godtog inte inloggningen som {s.user} "
                f"({_server_text(exc)})"
            ) from exc
        except smtplib.SMTPNotSupportedError as exc:
            smtp.close()
            what = "STARTTLS" if s.starttls and "STARTTLS" in str(exc) else "inloggning"
            raise MailError(f"e-postservern {s.where} erbjuder inte {what}") from exc
        except ssl.SSLError as exc:
            smtp.close()
            raise MailError(f"e-postservern {s.where}: STARTTLS misslyckades ({exc})") from exc
        except (OSError, smtplib.SMTPException) as exc:
            smtp.close()
            raise DeliveryFailed(
                f"e-postservern {s.where} avbröt anslutningen ({_os_reason(exc)})",
                connection=True,
            ) from exc
        self._smtp = smtp
        return smtp

    def _drop(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.close()
            finally:
                self._smtp = None

    def deliver(self, message: EmailMessage, name: str, to: str) -> None:
        # The envelope gets exactly the one address, never what smtplib would gather from
        # the headers; a To header that names anyone else is a bug and goes to no one.
        if [address for _, address in getaddresses(message.get_all("To", []))] != [to]:
            raise DeliveryFailed("meddelandet ska ha exakt en mottagare och skickades inte")
        smtp = self._connect()
        try:
            smtp.send_message(message, to_addrs=[to])
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            if code == 421:
                self._drop()
            reason = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
            raise DeliveryFailed(
                f"mottagaren avvisades av servern ({code} {' '.join(reason.split())})",
                connection=code == 421,
            ) from exc
        except smtplib.SMTPSenderRefused as exc:
            raise DeliveryFailed(f"servern avvisade avsändaren ({_server_text(exc)})") from exc
        except smtplib.SMTPDataError as exc:
            if exc.smtp_code == 421:
                self._drop()
            raise DeliveryFailed(
                f"servern tog inte emot meddelandet ({_server_text(exc)})",
                connection=exc.smtp_code == 421,
            ) from exc
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            self._drop()
            raise DeliveryFailed(
                f"anslutningen till {self.settings.where} bröts ({_os_reason(exc)})",
                connection=True,
            ) from exc
        except smtplib.SMTPException as exc:
            self._drop()
            raise DeliveryFailed(f"fel från e-postservern ({exc.__class__.__name__})") from exc

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                pass  # the server went first; there is nothing left to close politely
            finally:
                self._drop()


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return "tidsgränsen överskreds"
    if isinstance(exc, ConnectionRefusedError):
        return "anslutningen nekades"
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return "servern stängde anslutningen"
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else exc.__class__.__name__


class EmlWriter:
    """A dry run: each message written as `<name>.eml` in `folder`, nothing sent."""

    records = False

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def open(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)

    def deliver(self, message: EmailMessage, name: str, to: str) -> None:
        (self.folder / f"{name}.eml").write_bytes(message.as_bytes())

    def close(self) -> None:
        pass


class Throttle:
    """At most `per_minute` deliveries a minute, evenly spaced. The clock and the sleep are
    parameters so that a test can run a throttled send without waiting."""

    def __init__(
        self,
        per_minute: int,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.interval = 60.0 / per_minute
        self._clock = clock
        self._sleep = sleep
        self._last: float | None = None

    def wait(self) -> None:
        """Return when the next delivery may start."""
        if self._last is not None:
            remaining = self._last + self.interval - self._clock()
            if remaining > 0:
                self._sleep(remaining)
        self._last = self._clock()


class Outgoing(NamedTuple):
    """How a send goes out: the transport, the throttle (none for a dry run) and, for
    the summary, where it goes ("host:port"; None for a dry run)."""

    transport: Transport
    throttle: Throttle | None
    where: str | None


def transport_for(
    mail: MailSettings,
    *,
    dry_run: Path | None = None,
    host: str | None = None,
    port: int | None = None,
    password: str | None = None,
) -> Outgoing:
    """The transport for `[mail]`, for the command line and the flows alike.

    With `dry_run` (a folder), messages are written there as .eml files and nothing is
    sent. Otherwise they go to the SMTP server of `[mail]` or `host`/`port`, throttled to
    `mail.per_minute`; `password` is read from the environment by the caller, the edge
    (by the name `mail.password_env` gives). A setting that would make every message fail
    (no server, a user without a password) is a `MailError` now, before anything is sent.
    Nothing connects until the transport is opened.
    """
    if dry_run is not None:
        return Outgoing(EmlWriter(dry_run), None, None)
    settings = SmtpSettings.from_config(mail, host=host, port=port, password=password)
    return Outgoing(SmtpTransport(settings), Throttle(mail.per_minute), settings.where)
