"""A real HTTP server on 127.0.0.1 that speaks the chat-completions API, for the openai client.

By default it answers like a well-behaved model: valid JSON for whichever task the prompt
is, citing ids that are in the prompt. A test passes `respond` to script other behaviour
(invalid JSON, HTTP 429, a slow answer, a redirect, a body that is no JSON at all …) and
reads `requests` to see what arrived.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from synth.draft.schemas import contains_count


@dataclass
class Reply:
    body: str = ""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    raw: bool = False
    """Send `body` as the whole HTTP body (no chat-completion JSON around it)."""


Respond = Callable[[dict, int], Reply | str | None]
"""(request body, number of this request, from 1) -> a Reply, an answer text, or None for
the default answer."""

_STATEMENT = re.compile(r'<uttalande id="([^"]+)"[^>]*>(.*?)</uttalande>', re.S)
_THEME_ID = re.compile(r'<tema id="([^"]+)"')


def user_prompt(body: dict) -> str:
    return next(m["content"] for m in body["messages"] if m["role"] == "user")


def task_of(body: dict) -> str:
    prompt = body["messages"][1]["content"]
    for task, marker in (
        ("headline", '{"rubrik"'),
        ("observation", '{"punkter"'),
        ("assessment", '{"bedomning"'),
        ("recommendations", '{"rekommendationer"'),
    ):
        if marker in prompt:
            return task
    raise AssertionError("unknown task")


def default_answer(body: dict) -> str:
    prompt = body["messages"][1]["content"]
    found = _STATEMENT.findall(prompt)
    # a careful model writes no counts ("7 av 12", "två av tre"); statements with them are
    # left to the breadth
    plain = [
        (sid, text)
        for sid, text in found
        if not re.search(r"\d", text) and not contains_count(text)
    ]
    if not plain:
        # every statement has a figure: the careful model leaves the figures out
        plain = [(sid, re.sub(r"\s*\d[\d,.]*", "", text).strip()) for sid, text in found[:2]]
    statements = [sid for sid, _ in found]
    themes = _THEME_ID.findall(prompt)
    task = task_of(body)
    if task == "headline":
        return json.dumps({"rubrik": "Modellens rubrik om stödet"}, ensure_ascii=False)
    if task == "observation":
        return json.dumps(
            {"punkter": [{"text": text, "uttalanden": [sid]} for sid, text in plain[:2]]},
            ensure_ascii=False,
        )
    if task == "assessment":
        return json.dumps(
            {"bedomning": [{"text": "Stödet behöver samordnas.", "teman": themes[:2]}]}
        )
    return json.dumps(
        {
            "rekommendationer": [
                {
                    "text": "Inför en väg in för allt stöd.",
                    "teman": themes[:1],
                    "uttalanden": statements[:1],
                }
            ]
        },
        ensure_ascii=False,
    )


def completion(content: str, model: str) -> dict:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


class ChatServer:
    def __init__(self, respond: Respond | None = None) -> None:
        self.respond = respond
        self.requests: list[dict] = []
        self.authorization: list[str] = []
        self.paths: list[str] = []
        """Each request's path and query, as sent (Azure puts the deployment and version there)."""
        self.api_keys: list[str] = []
        """Each request's api-key header (Azure's way of sending the key)."""
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                body = json.loads(self.rfile.read(length))
                with server._lock:
                    server.requests.append(body)
                    server.authorization.append(self.headers.get("authorization", ""))
                    server.paths.append(self.path)
                    server.api_keys.append(self.headers.get("api-key", ""))
                    number = len(server.requests)
                reply = server.respond(body, number) if server.respond else None
                if not isinstance(reply, Reply):
                    reply = Reply(body=default_answer(body) if reply is None else reply)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.raw:
                    text = reply.body
                elif reply.status == 200:
                    text = json.dumps(completion(reply.body, body["model"]))
                else:
                    text = json.dumps({"error": {"message": reply.body or "fel", "type": "x"}})
                payload = text.encode("utf-8")
                try:
                    self.send_response(reply.status)
                    headers = {"content-type": "application/json", **reply.headers}
                    headers["content-length"] = str(len(payload))
                    for key, value in headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    @property
    def url(self) -> str:
        return f"{self.root}/v1"

    def tasks(self) -> list[str]:
        return [task_of(body) for body in self.requests]


@contextmanager
def chat_server(respond: Respond | None = None) -> Iterator[ChatServer]:
    server = ChatServer(respond)
    thread = threading.Thread(target=server.httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
