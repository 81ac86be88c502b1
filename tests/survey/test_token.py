from __future__ import annotations

import stat
from pathlib import Path

import pytest

from synth.errors import ConfigError
from synth.survey.token import KEY_FILE, Token, TokenKey


def test_a_token_verifies_only_for_its_recipient_form_and_version() -> None:
    key = TokenKey(bytes(32))
    recipient = key.recipient_id("Anna.Berg@testkommun.se ")
    assert recipient == key.recipient_id("anna.berg@testkommun.se")
    token = key.token("chefsenkat", 1, recipient)
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
