"""Azure OpenAI through the official client, against a real HTTP server on 127.0.0.1 that
takes Azure's URL shape: /openai/deployments/<deployment>/chat/completions?api-version=…,
the key in the api-key header. The settings' address rule applies as for any endpoint.

No address outside this machine is contacted: the outside endpoint is an address the
settings refuse before anything is sent, and the redirect names one (100.64.0.1) that the
client refuses before connecting.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from synth.config import EngagementConfig, default_toml, load_config
from synth.draft.workflow import DraftRun, draft_engagement, load_current_drafts
from synth.errors import ConfigError, LLMError
from tests.draft.chat_server import Reply, chat_server
from tests.draft.conftest import with_llm
from tests.synthesis.fakes import HashingEmbedder

KEY = "azure-testnyckel-123"
VERSION = "2024-10-21"
DEPLOYMENT = "gpt-4o-mini-utkast"


def azure(config: EngagementConfig, endpoint: str, **settings: object) -> EngagementConfig:
    return with_llm(
        config,
        backend="openai",
        azure_endpoint=endpoint,
        api_version=VERSION,
        deployment=DEPLOYMENT,
        api_key_env="AZURE_OPENAI_API_KEY",
        **settings,
    )


def draft(config: EngagementConfig, api_key: str | None = KEY) -> DraftRun:
    return draft_engagement(config, api_key=api_key, embedder=HashingEmbedder())


def test_drafts_go_to_the_deployment_with_the_version_and_the_key_header(
    demo: EngagementConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    # what the client would read from the environment is not what engagement.toml says
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", "http://127.0.0.2:9")
    monkeypatch.setenv("OPENAI_API_VERSION", "2023-05-15")
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "fel-nyckel")
    with chat_server() as server:
        config = azure(demo, server.root)
        result = draft(config)

    assert result.fallbacks == []
    assert server.requests
    assert set(server.paths) == {
        f"/openai/deployments/{DEPLOYMENT}/chat/completions?api-version={VERSION}"
    }
    assert set(server.api_keys) == {KEY}
    assert set(server.authorization) == {""}  # Azure's key header, not a bearer token
    drafts = load_current_drafts(config)
    assert drafts.themes
    for theme in drafts.themes:
        assert theme.origin.model == f"azure/{DEPLOYMENT}" and not theme.origin.fallback
        assert theme.headline == "Modellens rubrik om stödet"
        assert all(b.supported for b in theme.bullets), [b.reason for b in theme.bullets]
    assert [p.text for p in drafts.assessment.points] == ["Stödet behöver samordnas."]


def test_the_command_lines_base_url_still_wins_over_the_azure_resource(
    demo: EngagementConfig,
) -> None:
    with chat_server() as azure_server, chat_server() as local:
        config = azure(demo, azure_server.root)
        draft_engagement(
            config, base_url=local.url, model="lokal", api_key=None, embedder=HashingEmbedder()
        )
    assert azure_server.requests == []
    assert local.requests and set(local.paths) == {"/v1/chat/completions"}


def test_without_the_key_nothing_is_sent_and_the_variable_is_named(
    demo: EngagementConfig,
) -> None:
    with chat_server() as server:
        config = azure(demo, server.root)
        with pytest.raises(LLMError, match="miljövariabeln AZURE_OPENAI_API_KEY är inte satt"):
            draft(config, api_key=None)
    assert server.requests == []


def test_a_resource_outside_the_network_is_refused_unless_allowed(
    demo: EngagementConfig,
) -> None:
    config = azure(demo, "https://8.8.8.8")
    with pytest.raises(LLMError) as caught:
        draft(config)
    message = str(caught.value)
    assert message.startswith("llm.azure_endpoint: 8.8.8.8 ligger utanför det egna nätet")
    assert "inget skickades dit" in message


def test_a_redirect_from_the_resource_is_refused_and_nothing_goes_there(
    demo: EngagementConfig,
) -> None:
    outside = "http://100.64.0.1:9/openai/deployments/x/chat/completions"

    def respond(body: dict, number: int) -> Reply:
        return Reply(status=307, headers={"location": outside})

    with chat_server(respond) as server:
        config = azure(demo, server.root, allow_external=True, concurrency=1)
        with pytest.raises(LLMError) as caught:
            draft(config)
    assert "omdirigering (307)" in str(caught.value) and "inget skickades dit" in str(caught.value)
    assert len(server.requests) == 1


def test_a_missing_deployment_says_so(demo: EngagementConfig) -> None:
    def respond(body: dict, number: int) -> Reply:
        return Reply(body="DeploymentNotFound", status=404)

    with chat_server(respond) as server:
        config = azure(demo, server.root, max_retries=0)
        with pytest.raises(LLMError, match=f"distributionen '{DEPLOYMENT}' eller adressen"):
            draft(config)


def settings(root: Path, llm: str, change: tuple[str, str] = ("", "")) -> str:
    """What reading engagement.toml with `llm` as its Azure lines gives: the settings, or
    the error after the file's name."""
    text = default_toml("X").replace(
        'azure_endpoint = ""\napi_version = ""\ndeployment = ""\n', llm
    )
    text = text.replace(*change) if change[0] else text
    (root / "engagement.toml").write_text(text, encoding="utf-8")
    try:
        config = load_config(root)
    except ConfigError as exc:
        return str(exc).split("engagement.toml: ", 1)[1]
    return f"{config.llm.azure_endpoint} {config.llm.api_version} {config.llm.deployment}"


AZURE = 'azure_endpoint = "https://min-resurs.openai.azure.com/"\n'


@pytest.mark.parametrize(
    ("llm", "expected"),
    [
        (
            AZURE + 'api_version = "2024-10-21"\ndeployment = "gpt-4o"\n',
            "https://min-resurs.openai.azure.com 2024-10-21 gpt-4o",
        ),
        (
            AZURE,
            "llm: Azure OpenAI kräver azure_endpoint, api_version och deployment; api_version "
            "och deployment saknas",
        ),
        (
            'azure_endpoint = "min-resurs.openai.azure.com/openai"\napi_version = "2024-10-21"\n'
            'deployment = "gpt-4o"\n',
            "llm.azure_endpoint: ska vara resursens adress utan sökväg, t.ex. "
            "https://min-resurs.openai.azure.com",
        ),
        (
            AZURE + 'api_version = "oktober"\ndeployment = "gpt 4o"\n',
            "llm.api_version: 'oktober' är ingen API-version; ange ett datum, t.ex. 2024-10-21 "
            "(eller 2025-01-01-preview); llm.deployment: ska vara distributionens namn i "
            "Azure: bokstäver, siffror, - _ och ., högst 64 tecken",
        ),
        (
            'api_key = "sk-hemlig"\n',
            "llm: nyckeln får inte stå i engagement.toml (filen delas och versionshanteras); "
            "lägg den i en miljövariabel och ange variabelns namn i api_key_env",
        ),
    ],
)
def test_the_azure_settings_are_checked_when_the_file_is_read(
    tmp_path: Path, llm: str, expected: str
) -> None:
    assert settings(tmp_path, llm) == expected


def test_base_url_and_an_azure_resource_together_are_refused(tmp_path: Path) -> None:
    lines = AZURE + 'api_version = "2024-10-21"\ndeployment = "gpt-4o"\n'
    local = ('base_url = ""', 'base_url = "http://localhost:8080/v1"')
    text = settings(tmp_path, lines, local)
    assert text.startswith("llm: base_url och azure_endpoint anger båda vart utkasten skickas")


def test_a_key_where_the_variables_name_belongs_is_refused_and_not_repeated(
    tmp_path: Path,
) -> None:
    text = settings(tmp_path, "", ('api_key_env = "OPENAI_API_KEY"', 'api_key_env = "sk-abc123"'))
    assert text == (
        "llm.api_key_env: ska vara namnet på en miljövariabel (t.ex. AZURE_OPENAI_API_KEY), "
        "inte nyckeln själv"
    )
