"""Chat models behind a small Protocol: the `openai` client against any OpenAI-compatible
endpoint, with the endpoint rule, the privacy guard and a response cache around it.

Retries on HTTP 429/5xx, connection errors and timeouts are the `openai` client's own
(bounded exponential backoff, honouring Retry-After); what still fails after them becomes
`LLMUnavailable`, and the drafting falls back for that item. A refused key, a wrong model
name or a wrong URL is an `LLMError` that stops the run: every item would fail the same way.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import socket
import sqlite3
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from synth.draft.guard import PromptGuard
from synth.draft.prompts import Message
from synth.errors import LLMError, LLMUnavailable

__all__ = [
    "ChatModel",
    "GuardedChatModel",
    "OpenAIChatModel",
    "ResponseCache",
    "check_endpoint",
    "is_private_host",
]

Resolver = Callable[[str], Sequence[str]]


class ChatModel(Protocol):
    name: str
    """backend/model, for the cache key and the record of who drafted."""

    def complete(self, messages: Sequence[Message]) -> str:
        """The model's answer text to a chat (system + user [+ assistant + user …])."""
        ...


def _resolve(host: str) -> list[str]:
    try:
        return sorted({info[4][0] for info in socket.getaddrinfo(host, None)})
    except OSError:
        return []


def is_private_host(host: str, resolve: Resolver = _resolve) -> bool:
    """Whether `host` is this machine or in a private range (every address it resolves to)."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        addresses = [ipaddress.ip_address(a.split("%")[0]) for a in resolve(host)]
    return bool(addresses) and all(
        a.is_loopback or a.is_private or a.is_link_local for a in addresses
    )


def check_endpoint(base_url: str, *, allow_external: bool, resolve: Resolver = _resolve) -> str:
    """`base_url` if it may be used; many municipalities forbid interview data abroad."""
    parts = urlsplit(base_url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise LLMError(
            f"llm.base_url: '{base_url}' är ingen http(s)-adress, t.ex. http://localhost:11434/v1"
        )
    if not allow_external and not is_private_host(parts.hostname, resolve):
        raise LLMError(
            f"llm.base_url: {parts.hostname} ligger utanför det egna nätet och "
            "llm.allow_external = false; inget skickades. Använd en lokal eller intern "
            "server, eller sätt allow_external = true om uppdraget tillåter det."
        )
    return base_url


@dataclass
class OpenAIChatModel:
    """Any OpenAI-compatible chat-completions endpoint, at temperature 0."""

    base_url: str
    model: str
    api_key: str
    timeout: float = 60.0
    max_retries: int = 3

    def __post_init__(self) -> None:
        from openai import OpenAI

        self.name = f"openai/{self.model}"
        self._client = OpenAI(
            base_url=self.base_url,
            api_key=self.api_key,
            timeout=self.timeout,
            max_retries=self.max_retries,
        )

    def complete(self, messages: Sequence[Message]) -> str:
        import openai

        try:
            response = self._client.chat.completions.create(
                model=self.model,
                messages=list(messages),  # type: ignore[arg-type]
                temperature=0,
            )
        except openai.APITimeoutError as exc:
            raise LLMUnavailable(
                f"{self.base_url}: inget svar inom {self.timeout:g} s (efter "
                f"{self.max_retries} nya försök)"
            ) from exc
        except (openai.AuthenticationError, openai.PermissionDeniedError) as exc:
            raise LLMError(f"{self.base_url}: nyckeln godtas inte ({exc.status_code})") from exc
        except openai.NotFoundError as exc:
            raise LLMError(
                f"{self.base_url}: modellen '{self.model}' eller adressen finns inte (404)"
            ) from exc
        except openai.APIStatusError as exc:
            raise LLMUnavailable(
                f"{self.base_url}: svarade {exc.status_code} (efter {self.max_retries} nya försök)"
            ) from exc
        except openai.APIConnectionError as exc:
            raise LLMUnavailable(f"{self.base_url}: kunde inte ansluta") from exc
        if not response.choices or response.choices[0].message.content is None:
            raise LLMUnavailable(f"{self.base_url}: svaret saknade text")
        return response.choices[0].message.content


@dataclass
class GuardedChatModel:
    """Checks every outgoing message for personal data before the inner model sees it."""

    inner: ChatModel
    guard: PromptGuard

    @property
    def name(self) -> str:
        return self.inner.name

    def complete(self, messages: Sequence[Message]) -> str:
        self.guard.check(messages)
        return self.inner.complete(messages)


def prompt_key(model: str, messages: Sequence[Message]) -> str:
    payload = json.dumps([model, list(messages)], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class ResponseCache:
    """Valid answers by (backend/model, hash of the prompt) in the workspace's cache folder,
    so that a re-run after new interviews only pays for the themes that changed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(path)) as db, db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS answers ("
                "model TEXT, key TEXT, answer TEXT, PRIMARY KEY (model, key))"
            )

    def get(self, model: str, messages: Sequence[Message]) -> str | None:
        with closing(sqlite3.connect(self.path)) as db:
            row = db.execute(
                "SELECT answer FROM answers WHERE model = ? AND key = ?",
                (model, prompt_key(model, messages)),
            ).fetchone()
        return None if row is None else str(row[0])

    def put(self, model: str, messages: Sequence[Message], answer: str) -> None:
        with closing(sqlite3.connect(self.path, timeout=30)) as db, db:
            db.execute(
                "INSERT OR REPLACE INTO answers VALUES (?, ?, ?)",
                (model, prompt_key(model, messages), answer),
            )
