from __future__ import annotations

from pathlib import Path

import pytest

from synth.config import default_toml, load_config
from synth.errors import ConfigError


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "engagement.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_the_default_file_reads_back_with_the_documented_defaults(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, default_toml("Hjo kommun")))

    assert config.engagement.name == "Hjo kommun"
    assert config.engagement.anonymity_threshold == 5
    assert config.llm.backend == "offline" and config.llm.allow_external is False
    assert config.store_url.get_backend_name() == "sqlite"
    assert config.store_url.database == str(tmp_path.resolve() / "store.sqlite")
    assert config.inbox == tmp_path.resolve() / "inbox"


def test_a_name_with_quotes_survives_the_round_trip(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, default_toml('Kommun "Ö" \\ test')))
    assert config.engagement.name == 'Kommun "Ö" \\ test'


def test_a_misspelt_key_is_named_in_the_error(tmp_path: Path) -> None:
    text = default_toml("X").replace("anonymity_threshold = 5", "anonymity_treshold = 5")
    with pytest.raises(ConfigError, match=r"engagement\.anonymity_treshold"):
        load_config(write(tmp_path, text))


def test_a_bad_value_is_named_in_the_error(tmp_path: Path) -> None:
    text = default_toml("X").replace('backend = "offline"', 'backend = "gpt"')
    with pytest.raises(ConfigError, match=r"llm\.backend"):
        load_config(write(tmp_path, text))


def test_a_backend_drafting_does_not_have_is_refused_when_the_file_is_read(
    tmp_path: Path,
) -> None:
    text = default_toml("X").replace('backend = "offline"', 'backend = "local"')
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, text))
    assert str(caught.value) == (
        f"{tmp_path / 'engagement.toml'}: llm.backend: 'local' finns inte; välj offline "
        "(utkast utan språkmodell) eller openai (en OpenAI-kompatibel tjänst, även en lokal "
        "server: ange base_url)"
    )
    for backend in ("offline", "openai"):
        text = default_toml("X").replace('backend = "offline"', f'backend = "{backend}"')
        assert load_config(write(tmp_path, text)).llm.backend == backend


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"engagement\.toml: kan inte läsas som TOML"):
        load_config(write(tmp_path, "[engagement\nname = "))


def test_a_folder_without_an_engagement_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="synth init"):
        load_config(tmp_path)


def test_the_interview_log_may_be_a_csv(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, default_toml("X")))
    assert config.existing("intervjuer.xlsx") is None
    (tmp_path / "intervjuer.csv").write_text("fil\n", encoding="utf-8")
    assert config.existing("intervjuer.xlsx") == tmp_path.resolve() / "intervjuer.csv"


def test_the_mail_section_reads_dates_and_refuses_a_password_in_the_file(tmp_path: Path) -> None:
    text = default_toml("X").replace(
        "reminders = []", "deadline = 2026-12-04\nreminders = [2026-11-27, 2026-12-02]"
    )
    config = load_config(write(tmp_path, text))
    assert config.mail.deadline is not None and config.mail.deadline.isoformat() == "2026-12-04"
    assert [d.day for d in config.mail.reminders] == [27, 2]
    assert config.mail.password_env == "SYNTH_SMTP_PASSWORD" and config.mail.per_minute == 30
    with pytest.raises(ConfigError, match=r"mail\.password: Extra inputs"):
        load_config(write(tmp_path, text + 'password = "hemligt"\n'))
    with pytest.raises(ConfigError, match=r"mail\.sender: .*e-postadress"):
        load_config(write(tmp_path, text.replace('sender = ""', 'sender = "Utredningen"')))


def test_a_file_is_known_relative_to_the_engagement_and_a_link_where_it_lies(
    tmp_path: Path,
) -> None:
    root = tmp_path / "uppdrag"
    root.mkdir()
    (root / "engagement.toml").write_text(default_toml("Testkommun"), encoding="utf-8")
    config = load_config(root)
    outside = tmp_path / "annat" / "svar.xlsx"
    outside.parent.mkdir()
    outside.write_bytes(b"")
    (root / "inbox").mkdir()
    (root / "inbox" / "svar.xlsx").symlink_to(outside)
    assert config.file_key(root / "inbox" / ".." / "mottagare.xlsx") == "mottagare.xlsx"
    assert config.file_key(root / "inbox" / "svar.xlsx") == "inbox/svar.xlsx"
    assert config.file_key(outside) == outside.resolve().as_posix()


def test_a_cluster_is_a_scheduler_address_or_nothing(tmp_path: Path) -> None:
    assert load_config(write(tmp_path, default_toml("X"))).models.cluster == ""
    for address in ("tcp://10.0.0.5:8786", "tls://rakna.kommun.local:8786"):
        text = default_toml("X").replace('cluster = ""', f'cluster = "{address}"')
        assert load_config(write(tmp_path, text)).models.cluster == address
    text = default_toml("X").replace('cluster = ""', 'cluster = "rakna.kommun.local"')
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, text))
    assert "models.cluster: 'rakna.kommun.local' är ingen adress till en Dask-schemaläggare" in (
        str(caught.value)
    )
