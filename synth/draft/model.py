"""Drafting with a chat model: one question per task, JSON answers validated, bounded retries.

An answer that does not parse or validate is asked again with the reason (never with the
answer itself, which stays out of the next prompt); after the last retry the item raises
`InvalidAnswer` and the caller uses the offline draft for it. Valid answers are cached by
model and prompt hash.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from synth.draft.client import ChatModel, ResponseCache
from synth.draft.prompts import Message, PromptItem, Prompts
from synth.draft.schemas import (
    AssessmentAnswer,
    BulletsAnswer,
    HeadlineAnswer,
    RecommendationsAnswer,
)
from synth.errors import LLMUnavailable
from synth.records import (
    AssessmentPoint,
    Bullet,
    Origin,
    Recommendation,
)
from synth.validation import validation_problems

__all__ = [
    "InvalidAnswer",
    "ask",
    "model_assessment",
    "model_bullets",
    "model_headline",
    "model_recommendations",
    "parse_answer",
]

A = TypeVar("A", bound=BaseModel)
RETRIES = 2
_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$", re.IGNORECASE)


class InvalidAnswer(LLMUnavailable):
    """The model's answers did not validate, retries included."""


def parse_answer(text: str, schema: type[A]) -> A:
    """The answer as `schema`, tolerating a code fence or words around the JSON object."""
    body = _FENCE.sub("", text.strip())
    start, end = body.find("{"), body.rfind("}")
    if start < 0 or end < start:
        raise ValueError("svaret innehåller inget JSON-objekt")
    try:
        data = json.loads(body[start : end + 1])
    except json.JSONDecodeError as exc:
        raise ValueError(f"ogiltig JSON (rad {exc.lineno}, kolumn {exc.colno}: {exc.msg})") from exc
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        raise ValueError(validation_problems(exc, whole="svaret")) from exc


def ask(
    chat: ChatModel,
    messages: Sequence[Message],
    schema: type[A],
    *,
    cache: ResponseCache | None = None,
    retries: int = RETRIES,
) -> A:
    """A valid answer to `messages`, from the cache or the model; InvalidAnswer if none."""
    if cache is not None and (hit := cache.get(chat.name, messages)) is not None:
        try:
            return parse_answer(hit, schema)
        except ValueError:
            pass  # an older schema's answer: ask again
    conversation = list(messages)
    problem = ""
    for _ in range(retries + 1):
        reply = chat.complete(conversation)
        try:
            answer = parse_answer(reply, schema)
        except ValueError as exc:
            problem = str(exc)
            conversation = [
                *messages,
                {
                    "role": "user",
                    "content": f"Ditt förra svar kunde inte användas: {problem}. Svara igen "
                    "med enbart ett JSON-objekt i det angivna formatet.",
                },
            ]
            continue
        if cache is not None:
            cache.put(chat.name, messages, reply)
        return answer
    raise InvalidAnswer(f"ogiltigt svar efter {retries + 1} försök ({problem})")


def _unique(ids: Sequence[str]) -> tuple[str, ...]:
    """The ids an answer cites, each once, in the order given."""
    return tuple(dict.fromkeys(ids))


def model_headline(
    chat: ChatModel,
    prompts: Prompts,
    theme: Mapping[str, object],
    items: Sequence[PromptItem],
    cache: ResponseCache | None,
) -> str:
    return ask(chat, prompts.headline(theme, items), HeadlineAnswer, cache=cache).rubrik


def model_bullets(
    chat: ChatModel,
    prompts: Prompts,
    theme: Mapping[str, object],
    headline: str,
    items: Sequence[PromptItem],
    cache: ResponseCache | None,
) -> tuple[Bullet, ...]:
    answer = ask(chat, prompts.observation(theme, headline, items), BulletsAnswer, cache=cache)
    return tuple(Bullet(text=p.text, statement_ids=_unique(p.uttalanden)) for p in answer.punkter)


def model_assessment(
    chat: ChatModel,
    prompts: Prompts,
    themes: Sequence[Mapping[str, object]],
    cache: ResponseCache | None,
) -> tuple[AssessmentPoint, ...]:
    answer = ask(chat, prompts.assessment(themes), AssessmentAnswer, cache=cache)
    return tuple(AssessmentPoint(text=p.text, theme_ids=_unique(p.teman)) for p in answer.bedomning)


def model_recommendations(
    chat: ChatModel,
    prompts: Prompts,
    themes: Sequence[Mapping[str, object]],
    items: Sequence[PromptItem],
    origin: Origin,
    cache: ResponseCache | None,
) -> tuple[Recommendation, ...]:
    answer = ask(chat, prompts.recommendations(themes, items), RecommendationsAnswer, cache=cache)
    return tuple(
        Recommendation(
            id=f"R{number}",
            text=r.text,
            theme_ids=_unique(r.teman),
            statement_ids=_unique(r.uttalanden),
            origin=origin,
        )
        for number, r in enumerate(answer.rekommendationer, start=1)
    )
