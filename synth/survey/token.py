"""The tamper-evident token that ties a workbook to its recipient and form version.

The token is `synth2:<form>:<version>:<recipient>:<mac>:<binding>`. The MAC is an
HMAC-SHA256 over recipient, form and version with a secret kept in the engagement folder
(never in engagement.toml, which is shared and versioned): a respondent cannot make a
workbook answer for someone else, or for another form, without the secret. The binding is
an HMAC over the token and the recipient-specific text the workbook was rendered with
(the "Till" and "Sektor/enhet" rows of the instructions), so that a genuine token copied
into another recipient's workbook no longer fits there. Tokens of workbooks rendered
before the binding existed (`synth1:…` without it) still verify. Recipient ids are an
HMAC of the e-mail address as well, so they are stable across edits of the recipient list
and reveal nothing about the person.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from synth.errors import ConfigError
from synth.files import atomic_write

__all__ = [
    "KEY_FILE",
    "Token",
    "TokenKey",
    "recipient_text",
]

KEY_FILE = Path(".synth") / "survey.key"
"""Relative to the engagement folder."""
_PREFIX = "synth2"
_LEGACY_PREFIX = "synth1"
_TOKEN = re.compile(
    r"^(synth1|synth2):([a-z][a-z0-9_]*):(\d+):(M[0-9a-f]{10}):([0-9a-f]{32})(?::([0-9a-f]{32}))?$"
)
_KEY_TEXT = re.compile(r"[0-9a-f]{64}")


def recipient_text(*values: object) -> str:
    """The recipient-specific cells of a workbook as one text, as the binding covers them.

    Whitespace is normalised and an empty cell equals a missing one, so that the text
    read back from a returned workbook matches the text it was rendered with.
    """
    return "\x1f".join(" ".join(str(v if v is not None else "").split()) for v in values)


@dataclass(frozen=True)
class Token:
    form_id: str
    version: int
    recipient_id: str
    mac: str
    binding: str | None = None
    """An HMAC over the token and the recipient-specific text of the workbook it was
    rendered into; None in a `synth1` token, rendered before there was one."""

    @property
    def text(self) -> str:
        core = f"{self.form_id}:{self.version}:{self.recipient_id}:{self.mac}"
        if self.binding is None:
            return f"{_LEGACY_PREFIX}:{core}"
        return f"{_PREFIX}:{core}:{self.binding}"

    @classmethod
    def parse(cls, text: object) -> Token | None:
        """The token in `text`, or None when it is no token at all (not when it is forged)."""
        match = _TOKEN.match(str(text if text is not None else "").strip())
        # a synth2 token always has its binding, a synth1 token never
        if match is None or (match[1] == _PREFIX) != (match[6] is not None):
            return None
        return cls(match[2], int(match[3]), match[4], match[5], match[6])


class TokenKey:
    """The engagement's secret; signs and checks tokens, derives recipient ids."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @classmethod
    def for_engagement(
        cls, root: Path, *, create: bool, in_use: Callable[[], bool] | None = None
    ) -> TokenKey:
        """Read `root/.synth/survey.key`, creating it (readable by the owner only) if asked.

        The key is written whole or not at all: a synced temporary file, then renamed. An
        empty key file (a full disk could leave one behind before that) is replaced when
        `create` is set and `in_use` says that nothing was made with the engagement's key
        yet; otherwise it is an error that says how to recover.
        """
        path = root / KEY_FILE
        if not path.is_file():
            if not create:
                raise ConfigError(
                    f"{path}: enkätnyckeln saknas; den skapas av 'synth survey render' och "
                    "behövs för att känna igen de ifyllda arbetsböckerna"
                )
            _write_key(path, replace=False)
        text = path.read_text(encoding="ascii", errors="replace").strip()
        if not text and create and in_use is not None and not in_use():
            _write_key(path, replace=True)  # nothing depends on the empty one
            text = path.read_text(encoding="ascii", errors="replace").strip()
        if not _KEY_TEXT.fullmatch(text):
            raise ConfigError(_damaged(path, empty=not text, in_use=in_use))
        return cls(bytes.fromhex(text))

    def _mac(self, *parts: str) -> str:
        message = "\x1f".join(parts).encode("utf-8")
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def recipient_id(self, email: str) -> str:
        return "M" + self._mac("recipient", email.strip().casefold())[:10]

    def token(self, form_id: str, version: int, recipient_id: str, personal: str) -> Token:
        """The token for a workbook whose recipient-specific cells read `personal`
        (`recipient_text` of them)."""
        mac = self._mac("token", recipient_id, form_id, str(version))[:32]
        return Token(form_id, version, recipient_id, mac, self._binding(mac, personal))

    def _binding(self, mac: str, personal: str) -> str:
        return self._mac("binding", mac, personal)[:32]

    def verify(self, token: Token) -> bool:
        """Whether we issued this token for its recipient, form and version."""
        expected = self._mac("token", token.recipient_id, token.form_id, str(token.version))
        return hmac.compare_digest(expected[:32], token.mac)

    def fits(self, token: Token, personal: str) -> bool:
        """Whether a verified token was rendered into a workbook whose recipient-specific
        cells read `personal`; a `synth1` token, which has no binding, always fits."""
        if token.binding is None:
            return True
        return hmac.compare_digest(self._binding(token.mac, personal), token.binding)


def _damaged(path: Path, *, empty: bool, in_use: Callable[[], bool] | None) -> str:
    what = "är tom" if empty else "är skadad (ska vara 64 hexadecimala tecken)"
    if in_use is not None and not in_use():
        return (
            f"{path}: enkätnyckeln {what}. Inga arbetsböcker har skapats med den än: ta bort "
            "filen och kör 'synth survey render' igen, så skapas en ny"
        )
    return (
        f"{path}: enkätnyckeln {what}. Arbetsböcker har redan skapats med den, och utan "
        "nyckeln kan svaren inte kännas igen: återställ filen från en säkerhetskopia. Går "
        "det inte, ta bort filen, kör 'synth survey render' och skicka om med "
        "'synth survey send --resend'; arbetsböcker som redan skickats kan då inte läsas in"
    )


def _write_key(path: Path, *, replace: bool) -> None:
    """A new key at `path`, all of it or nothing (a full disk leaves no empty key behind).

    Without `replace` a key that another render wrote a moment ago is kept, not overwritten.
    """
    try:
        with atomic_write(
            path, encoding="ascii", private=True, replace=replace, durable=True
        ) as handle:
            handle.write(secrets.token_hex(32) + "\n")
    except OSError as exc:
        raise ConfigError(
            f"{path}: enkätnyckeln kunde inte skrivas ({exc.strerror or exc.__class__.__name__});"
            " ingen nyckel sparades. Frigör utrymme eller kontrollera behörigheten och "
            "försök igen"
        ) from exc
