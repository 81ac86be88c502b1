from __future__ import annotations

import errno
import stat
from pathlib import Path

import pytest

from synth.errors import ConfigError
from synth.survey.token import KEY_FILE, Token, TokenKey, recipient_text


def test_a_token_verifies_only_for_its_recipient_form_and_version() -> None:
    key = TokenKey(bytes(32))
    recipient = key.recipient_id("Anna.Berg@testkommun.se ")
    assert recipient == key.recipient_id("anna.berg@testkommun.se")
    token = key.token("chefsenkat", 1, recipient, recipient_text("Anna Berg, Rektor", ""))
    parsed = Token.parse(token.text)
    assert parsed == token and key.verify(parsed)
    other = key.recipient_id("per.ek@testkommun.se")
    for forged in (
        Token("chefsenkat", 1, other, token.mac),
        Token("stodresurser", 1, recipient, token.mac),
        Token("chefsenkat", 2, recipient, token.mac),
    ):
        assert not key.verify(forged)
    assert not TokenKey(b"\x01" * 32).verify(token)
    assert "anna" not in token.text.lower()


@pytest.mark.parametrize("text", [None, "", "synth1:chefsenkat:1:Mabc:00", "hej", 42])
def test_what_is_no_token_parses_to_none(text: object) -> None:
    assert Token.parse(text) is None


def test_the_key_is_created_once_readable_by_the_owner_only(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="enkätnyckeln saknas"):
        TokenKey.for_engagement(tmp_path, create=False)
    first = TokenKey.for_engagement(tmp_path, create=True)
    again = TokenKey.for_engagement(tmp_path, create=False)
    assert first.recipient_id("a@b.se") == again.recipient_id("a@b.se")
    mode = stat.S_IMODE((tmp_path / KEY_FILE).stat().st_mode)
    assert mode & 0o077 == 0
    (tmp_path / KEY_FILE).write_text("inte en nyckel", encoding="ascii")
    with pytest.raises(ConfigError, match="enkätnyckeln är skadad"):
        TokenKey.for_engagement(tmp_path, create=False)


def test_a_token_fits_only_the_workbook_it_was_rendered_into() -> None:
    key = TokenKey(bytes(32))
    recipient = key.recipient_id("anna.berg@testkommun.se")
    rendered = recipient_text("Anna Berg, Rektor", "Barn och utbildning – Skola A")
    token = key.token("chefsenkat", 1, recipient, rendered)
    assert token.text.startswith("synth2:") and token.binding is not None
    # whitespace as Excel may hand it back, and an empty cell read back as None
    assert key.fits(token, recipient_text(" Anna  Berg, Rektor", "Barn och utbildning – Skola A"))
    assert key.fits(
        key.token("chefsenkat", 1, recipient, recipient_text("Anna Berg", "")),
        recipient_text("Anna Berg", None),
    )
    assert not key.fits(token, recipient_text("Per Ek, Rektor", "Barn och utbildning – Skola A"))
    assert not key.fits(token, recipient_text("Anna Berg, Rektor", "Vård och omsorg"))
    # a binding from another token does not carry over
    other = key.token("chefsenkat", 1, key.recipient_id("per.ek@testkommun.se"), rendered)
    assert not key.fits(Token("chefsenkat", 1, recipient, token.mac, other.binding), rendered)
    # a synth1 token (rendered before the binding) verifies and has nothing to fit
    legacy = Token.parse(f"synth1:chefsenkat:1:{recipient}:{token.mac}")
    assert legacy is not None and key.verify(legacy) and key.fits(legacy, "")
    # a synth2 token without a binding, or a synth1 with one, is no token
    assert Token.parse(f"synth2:chefsenkat:1:{recipient}:{token.mac}") is None
    assert Token.parse(f"synth1:chefsenkat:1:{recipient}:{token.mac}:{token.binding}") is None


def test_a_key_that_cannot_be_written_leaves_no_empty_key_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 13, point 11: a full disk left a 0-byte survey.key that blocked every render."""

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("synth.files.os.fsync", disk_full)
    with pytest.raises(ConfigError, match="enkätnyckeln kunde inte skrivas") as caught:
        TokenKey.for_engagement(tmp_path, create=True)
    assert "No space left on device" in str(caught.value)
    assert list((tmp_path / KEY_FILE).parent.iterdir()) == []
    monkeypatch.undo()
    key = TokenKey.for_engagement(tmp_path, create=True)
    assert key.recipient_id("a@b.se") == TokenKey.for_engagement(
        tmp_path, create=False
    ).recipient_id("a@b.se")
    assert [p.name for p in (tmp_path / KEY_FILE).parent.iterdir()] == ["survey.key"]
    assert stat.S_IMODE((tmp_path / KEY_FILE).stat().st_mode) & 0o077 == 0


def test_an_empty_key_is_replaced_only_while_nothing_was_made_with_it(tmp_path: Path) -> None:
    path = tmp_path / KEY_FILE
    path.parent.mkdir()
    path.write_bytes(b"")
    with pytest.raises(ConfigError, match="enkätnyckeln är tom"):
        TokenKey.for_engagement(tmp_path, create=False)
    TokenKey.for_engagement(tmp_path, create=True, in_use=lambda: False)
    assert len(path.read_text(encoding="ascii").strip()) == 64

    path.write_bytes(b"")
    with pytest.raises(ConfigError, match="återställ filen från en säkerhetskopia"):
        TokenKey.for_engagement(tmp_path, create=True, in_use=lambda: True)
    assert path.read_bytes() == b""  # left for the consultant to restore
