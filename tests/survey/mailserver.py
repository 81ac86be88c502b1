"""A real SMTP server on localhost (aiosmtpd) that keeps what it receives, for the mail tests.

It can refuse chosen addresses (550 at RCPT, as a server does for an unknown mailbox) and
drop the connection when a message for a chosen address arrives.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from synth.config import EngagementConfig, load_config

__all__ = ["Mailbox", "mail_settings", "smtp_server"]


@dataclass
class Mailbox:
    refuse: set[str] = field(default_factory=set)
    drop: set[str] = field(default_factory=set)
    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)
    port: int = 0

    def to(self) -> list[str]:
        """The envelope recipients, in the order they arrived."""
        return [rcpt for _, rcpts in self.envelopes for rcpt in rcpts]

    def message_to(self, address: str) -> EmailMessage:
        return next(m for m in self.messages if address in str(m["To"]))

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address in self.refuse:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.drop & set(envelope.rcpt_tos):
            self.drop -= set(envelope.rcpt_tos)  # once: the next connection works
            server.transport.close()
            return "421 4.4.2 Connection dropped"
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        # line endings as a mailbox stores them, not as they travel
        content = envelope.original_content.replace(b"\r\n", b"\n")
        message = message_from_bytes(content, policy=default)
        assert isinstance(message, EmailMessage)
        self.messages.append(message)
        return "250 Message accepted for delivery"

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        assert isinstance(auth_data, LoginPassword)
        user, password = auth_data.login.decode(), auth_data.password.decode()
        self.logins.append((user, password))
        # handled=False: aiosmtpd answers a refusal itself (535) instead of staying silent
        return AuthResult(success=password == "hemligt", handled=False)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def smtp_server(mailbox: Mailbox | None = None, *, auth: bool = False) -> Iterator[Mailbox]:
    """Run an SMTP server on 127.0.0.1 and a free port for the duration of the block."""
    box = mailbox or Mailbox()
    box.port = _free_port()
    options: dict[str, Any] = {}
    if auth:
        options = {"authenticator": box.authenticate, "auth_require_tls": False}
    controller = Controller(box, hostname="127.0.0.1", port=box.port, **options)
    controller.start()
    try:
        yield box
    finally:
        controller.stop()


def mail_settings(config: EngagementConfig, **settings: object) -> EngagementConfig:
    """`config` with its [mail] section replaced by `settings` (TOML values as Python)."""
    path = config.root / "engagement.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("[mail]")
    lines = ["[mail]"]
    for key, value in settings.items():
        if isinstance(value, bool):
            lines.append(f"{key} = {str(value).lower()}")
        elif isinstance(value, str):
            lines.append(f'{key} = "{value}"')
        elif isinstance(value, list):
            lines.append(f"{key} = [{', '.join(str(v) for v in value)}]")
        else:
            lines.append(f"{key} = {value}")
    path.write_text(text[:start] + "\n".join(lines) + "\n", encoding="utf-8")
    return load_config(Path(config.root))
