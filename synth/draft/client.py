"""Chat models behind a small Protocol: the `openai` client against any OpenAI-compatible
endpoint, with the endpoint rule, the privacy guard and a response cache around it.

Retries on HTTP 429/5xx, connection errors and timeouts are the `openai` client's own
(bounded exponential backoff, honouring Retry-After); what still fails after them becomes
`LLMUnavailable`, and the drafting falls back for that item. A refused key, a wrong model
name or a wrong URL is an `LLMError` that stops the run: every item would fail the same way.

The endpoint rule is checked where each request is sent (an HTTP client hook), not once up
front, and redirects are never followed: a server that answers 3xx gets an `LLMError`, and
nothing goes to the address it named. A run's overall deadline (`Deadline`) bounds every
request's timeout and refuses requests once it has passed.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import socket
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit

from synth.cache import KeyValueCache
from synth.draft.guard import PromptGuard
from synth.draft.prompts import Message
from synth.errors import LLMError, LLMUnavailable

__all__ = [
    "ChatModel",
    "Deadline",
    "DeadlinePassed",
    "GuardedChatModel",
    "OpenAIChatModel",
    "ResponseCache",
    "check_endpoint",
    "is_private_host",
]

Resolver = Callable[[str], Sequence[str]]


class ChatModel(Protocol):
    @property
    def name(self) -> str:
        """backend/model, for the cache key and the record of who drafted."""
        ...

    def complete(self, messages: Sequence[Message]) -> str:
        """The model's answer text to a chat (system + user [+ assistant + user …])."""
        ...


def _resolve(host: str) -> list[str]:
    try:
        return sorted({str(info[4][0]) for info in socket.getaddrinfo(host, None)})
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


def _outside(host: str) -> str:
    return (
        f"{host} ligger utanför det egna nätet och llm.allow_external = false; inget "
        "skickades dit. Använd en lokal eller intern server, eller sätt allow_external = "
        "true om uppdraget tillåter det."
    )


def check_endpoint(
    base_url: str,
    *,
    allow_external: bool,
    resolve: Resolver = _resolve,
    setting: str = "llm.base_url",
) -> str:
    """`base_url` if it may be used; many municipalities forbid interview data abroad.

    `setting`: the engagement.toml key the address came from, for the message."""
    parts = urlsplit(base_url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise LLMError(
            f"{setting}: '{base_url}' är ingen http(s)-adress, t.ex. http://localhost:11434/v1"
        )
    if not allow_external and not is_private_host(parts.hostname, resolve):
        raise LLMError(f"{setting}: {_outside(parts.hostname)}")
    return base_url


class DeadlinePassed(LLMUnavailable):
    """The drafting run's overall deadline has passed; the item gets the offline draft."""


class Deadline:
    """The overall time a drafting run may wait on the model (`llm.deadline_s`).

    The clock starts at the run's first request. Every request's timeout is cut to the
    time left, and once none is left no request is sent: the remaining items fall back.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._ends: float | None = None
        self._lock = threading.Lock()

    def remaining(self) -> float:
        """Seconds left (starting the clock on the first call)."""
        with self._lock:
            if self._ends is None:
                self._ends = time.monotonic() + self.seconds
            return self._ends - time.monotonic()

    @property
    def passed(self) -> bool:
        with self._lock:
            return self._ends is not None and time.monotonic() >= self._ends

    def error(self) -> DeadlinePassed:
        return DeadlinePassed(
            f"tidsgränsen för hela utkastkörningen (llm.deadline_s = {self.seconds:g} s) "
            "har passerats; inget mer skickades"
        )


def _location(request_url: str, location: str) -> str:
    """Where a redirect points, as scheme://host[:port] (never the path or query)."""
    parts = urlsplit(urljoin(request_url, location))
    if not parts.hostname:
        return "en annan adress"
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        port = ""
    return f"{parts.scheme}://{host}{port}"


@dataclass
class OpenAIChatModel:
    """Any OpenAI-compatible chat-completions endpoint, at temperature 0; or, with
    `api_version`, an Azure OpenAI resource through the official client's `AzureOpenAI`:
    `base_url` is then the resource (https://<resurs>.openai.azure.com) and `model` the
    deployment, which Azure takes in the path (/openai/deployments/<model>/chat/completions,
    ?api-version=… in the query, the key in the api-key header).

    Every request passes `_before_send` on its way out (the endpoint rule for its own host,
    the deadline) and every response `_after_response` (a redirect is refused, never
    followed), whichever the API.
    """

    base_url: str
    model: str
    api_key: str
    timeout: float = 60.0
    max_retries: int = 3
    allow_external: bool = False
    deadline: Deadline | None = None
    resolve: Resolver = _resolve
    api_version: str = ""
    max_tokens: int = 1024

    def __post_init__(self) -> None:
        from openai import AzureOpenAI, DefaultHttpxClient, OpenAI

        # openai's own client class (httpx or httpx2, whichever this openai version uses)
        http_client = DefaultHttpxClient(
            follow_redirects=False,
            event_hooks={"request": [self._before_send], "response": [self._after_response]},
        )
        self._client: OpenAI
        if self.api_version:
            self.name = f"azure/{self.model}"
            # every argument given: the client would otherwise read AZURE_OPENAI_* and
            # OPENAI_API_VERSION from the environment, behind engagement.toml's back
            self._client = AzureOpenAI(
                azure_endpoint=self.base_url,
                azure_deployment=self.model,
                api_version=self.api_version,
                api_key=self.api_key,
                timeout=self.timeout,
                max_retries=self.max_retries,
                http_client=http_client,
            )
        else:
            self.name = f"openai/{self.model}"
            self._client = OpenAI(
                base_url=self.base_url,
                api_key=self.api_key,
                timeout=self.timeout,
                max_retries=self.max_retries,
                http_client=http_client,
            )

    def _before_send(self, request: Any) -> None:
        """Runs for every request, retries included, right before it is sent."""
        host = str(request.url.host)
        if not self.allow_external and not is_private_host(host, self.resolve):
            raise LLMError(f"{self.base_url}: en förfrågan till {_outside(host)}")
        if self.deadline is not None:
            left = self.deadline.remaining()
            if left <= 0:
                raise self.deadline.error()
            timeout = request.extensions.get("timeout")
            if isinstance(timeout, dict):
                request.extensions = {
                    **request.extensions,
                    "timeout": {
                        key: left if value is None else min(float(value), left)
                        for key, value in timeout.items()
                    },
                }

    def _after_response(self, response: Any) -> None:
        if 300 <= response.status_code < 400:
            target = _location(str(response.request.url), response.headers.get("location", ""))
            raise LLMError(
                f"{self.base_url}: servern svarade med en omdirigering "
                f"({response.status_code}) till {target}. synth följer inga omdirigeringar, "
                "så inget skickades dit. Ange den adress som ska användas som llm.base_url "
                "(om den är tillåten) och kör på nytt."
            )

    def complete(self, messages: Sequence[Message]) -> str:
        import openai

        if self.deadline is not None and self.deadline.passed:
            raise self.deadline.error()
        try:
            response: Any = self._client.chat.completions.create(
                model=self.model,
                messages=list(messages),  # type: ignore[arg-type]
                temperature=0,
                max_tokens=self.max_tokens,
            )
        except openai.APITimeoutError as exc:
            if self.deadline is not None and self.deadline.passed:
                raise self.deadline.error() from exc
            raise LLMUnavailable(
                f"{self.base_url}: inget svar inom {self.timeout:g} s (efter "
                f"{self.max_retries} nya försök)"
            ) from exc
        except (openai.AuthenticationError, openai.PermissionDeniedError) as exc:
            raise LLMError(f"{self.base_url}: nyckeln godtas inte ({exc.status_code})") from exc
        except openai.NotFoundError as exc:
            what = "distributionen" if self.api_version else "modellen"
            raise LLMError(
                f"{self.base_url}: {what} '{self.model}' eller adressen finns inte (404)"
            ) from exc
        except openai.APIStatusError as exc:
            raise LLMUnavailable(
                f"{self.base_url}: svarade {exc.status_code} (efter {self.max_retries} nya försök)"
            ) from exc
        except openai.APIConnectionError as exc:
            if isinstance(exc.__cause__, LLMError):  # our hook, wrapped by an older openai
                raise exc.__cause__ from None
            raise LLMUnavailable(f"{self.base_url}: kunde inte ansluta") from exc
        except (json.JSONDecodeError, openai.APIResponseValidationError) as exc:
            raise LLMUnavailable(
                f"{self.base_url}: svaret var inte giltig JSON enligt chat-API:t"
            ) from exc
        choices = getattr(response, "choices", None)
        first = choices[0] if isinstance(choices, list) and choices else None
        content = getattr(getattr(first, "message", None), "content", None)
        if not isinstance(content, str):
            raise LLMUnavailable(f"{self.base_url}: svaret saknade text")
        return content


@dataclass
class GuardedChatModel:
    """Checks every outgoing message for personal data before the inner model sees it, and
    pseudonymises every answer before anyone reads it: a model may write a name, a phone
    number or a personnummer (its own or one it was led to), and its text goes on into
    later prompts, the store and the deck."""

    inner: ChatModel
    guard: PromptGuard
    sent: int = 0
    """Prompts handed to the inner model in this run so far."""

    def __post_init__(self) -> None:
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return self.inner.name

    def complete(self, messages: Sequence[Message]) -> str:
        with self._lock:
            self.guard.check(messages, sent=self.sent)
            self.sent += 1
        return self.guard.clean(self.inner.complete(messages))


def prompt_key(model: str, messages: Sequence[Message]) -> str:
    payload = json.dumps([model, list(messages)], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class ResponseCache:
    """Valid answers by (backend/model, hash of the prompt) in the workspace's cache folder,
    so that a re-run after new interviews only pays for the themes that changed.

    `clean` is applied to every answer read (the pseudonymiser: answers cached before model
    text was pseudonymised must not come back unchanged)."""

    def __init__(self, path: Path, *, clean: Callable[[str], str] | None = None) -> None:
        self.path = path
        self.clean = clean
        self._cache = KeyValueCache(path)

    def get(self, model: str, messages: Sequence[Message]) -> str | None:
        found = self._cache.get(f"llm:{model}", prompt_key(model, messages))
        if found is None:
            return None
        answer = found.decode("utf-8")
        return answer if self.clean is None else self.clean(answer)

    def put(self, model: str, messages: Sequence[Message], answer: str) -> None:
        self._cache.put(f"llm:{model}", prompt_key(model, messages), answer.encode("utf-8"))
