"""The tamper-evident token that ties a workbook to its recipient and form version.

The token is `synth1:<form>:<version>:<recipient>:<mac>` where the MAC is an HMAC-SHA256
over recipient, form and version with a secret kept in the engagement folder (never in
engagement.toml, which is shared and versioned). A respondent cannot make a workbook
answer for someone else, or for another form, without the secret. Recipient ids are an
HMAC of the e-mail address as well, so they are stable across edits of the recipient list
and reveal nothing about the person.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import zipfile
from dataclasses import dataclass
from pathlib import Path

from synth.errors import ConfigError

__all__ = ["KEY_FILE", "TOKEN_SHEET", "Token", "TokenKey", "is_survey_workbook"]

KEY_FILE = Path(".synth") / "survey.key"
"""Relative to the engagement folder."""
TOKEN_SHEET = "synth"
_PREFIX = "synth1"
_TOKEN = re.compile(r"^synth1:([a-z][a-z0-9_]*):(\d+):(M[0-9a-f]{10}):([0-9a-f]{32})$")


@dataclass(frozen=True)
class Token:
    form_id: str
    version: int
    recipient_id: str
    mac: str

    @property
    def text(self) -> str:
        return f"{_PREFIX}:{self.form_id}:{self.version}:{self.recipient_id}:{self.mac}"

    @classmethod
    def parse(cls, text: object) -> Token | None:
        """The token in `text`, or None when it is no token at all (not when it is forged)."""
        match = _TOKEN.match(str(text or "").strip())
        if match is None:
            return None
        return cls(match[1], int(match[2]), match[3], match[4])


class TokenKey:
    """The engagement's secret; signs and checks tokens, derives recipient ids."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @classmethod
    def for_engagement(cls, root: Path, *, create: bool) -> TokenKey:
        """Read `root/.synth/survey.key`, creating it (readable by the owner only) if asked."""
        path = root / KEY_FILE
        if not path.is_file():
            if not create:
                raise ConfigError(
                    f"{path}: enkätnyckeln saknas; den skapas av 'synth survey render' och "
                    "behövs för att känna igen de ifyllda arbetsböckerna"
                )
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                pass  # created by a concurrent render a moment ago; read that one
            else:
                with os.fdopen(fd, "w", encoding="ascii") as handle:
                    handle.write(secrets.token_hex(32) + "\n")
        text = path.read_text(encoding="ascii").strip()
        if not re.fullmatch(r"[0-9a-f]{64}", text):
            raise ConfigError(f"{path}: enkätnyckeln är skadad (ska vara 64 hexadecimala tecken)")
        return cls(bytes.fromhex(text))

    def _mac(self, *parts: str) -> str:
        message = "\x1f".join(parts).encode("utf-8")
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def recipient_id(self, email: str) -> str:
        return "M" + self._mac("recipient", email.strip().casefold())[:10]

    def token(self, form_id: str, version: int, recipient_id: str) -> Token:
        mac = self._mac("token", recipient_id, form_id, str(version))[:32]
        return Token(form_id, version, recipient_id, mac)

    def verify(self, token: Token) -> bool:
        expected = self.token(token.form_id, token.version, token.recipient_id)
        return hmac.compare_digest(expected.mac, token.mac)


_TOKEN_SHEET_XML = re.compile(rf'<sheet\b[^>]*\bname="{TOKEN_SHEET}"')


def is_survey_workbook(path: Path) -> bool:
    """Whether `path` is a workbook rendered by synth (it has the hidden token sheet).

    Reads only the workbook's sheet list, so that ingest can leave returned survey
    workbooks to `synth survey collect` without parsing every spreadsheet twice.
    """
    if path.suffix.lower() not in {".xlsx", ".xlsm"}:
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            listing = archive.read("xl/workbook.xml").decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile):
        return False
    return _TOKEN_SHEET_XML.search(listing) is not None
