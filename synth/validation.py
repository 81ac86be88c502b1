"""Pydantic's validation errors as one line a consultant can act on: field and problem.

Everything synth validates with pydantic (engagement.toml, lens and form definitions, a
language model's JSON answers) reports through `validation_problems`, which names each
field and never quotes the input: pydantic's default text repeats the value, and a value
may be a transcript's words or a model's answer.

This module depends on the standard library and pydantic only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import ValidationError

__all__ = ["validation_problems"]

_SWEDISH = {
    "missing": "saknas",
    "extra_forbidden": "okänt fält (stavfel?)",
    "string_type": "ska vara text",
    "int_type": "ska vara ett heltal",
    "int_parsing": "ska vara ett heltal",
    "int_from_float": "ska vara ett heltal",
    "float_type": "ska vara ett tal",
    "float_parsing": "ska vara ett tal",
    "bool_type": "ska vara true eller false",
    "bool_parsing": "ska vara true eller false",
    "string_pattern_mismatch": "ska vara ett id: små bokstäver a–z, siffror och _, "
    "och börja med en bokstav",
    "string_too_short": "får inte vara tomt",
    "string_too_long": "är för långt",
    "too_short": "får inte vara tomt",
    "model_type": "ska vara en mappning (nyckel: värde)",
    "dict_type": "ska vara en mappning (nyckel: värde)",
    "list_type": "ska vara en lista",
    "tuple_type": "ska vara en lista",
}


def validation_problems(
    exc: ValidationError,
    *,
    data: object = None,
    swedish: bool = False,
    whole: str = "",
    messages: Mapping[str, str] | None = None,
) -> str:
    """Every error of `exc` as "where: what", joined by "; ".

    - `data`, the input that was validated: when given, a list item is named by its `id`
      (or its 1-based number) as in "sections[stod].questions[nojd].min", the way it is
      found in a YAML file; without it the location is pydantic's dotted path
      ("lenses.0.classes.0.examples").
    - `swedish`: pydantic's own problems (missing, wrong type, unknown field, out of
      range, …) in Swedish; messages our validators raise are Swedish already and are
      shown without pydantic's "Value error, " prefix. Without it pydantic's text is kept.
    - `whole`: what an error about the input as a whole is called ("svaret").
    - `messages`: the caller's own wording for some of pydantic's error types (with
      `swedish`), say what a missing union tag may be.

    A list reported "too short" because an item of it failed is left out: the item is
    the news.
    """
    errors = exc.errors()
    failing = [tuple(e["loc"]) for e in errors]
    kept = [
        e
        for e in errors
        if not (
            e["type"] == "too_short"
            and any(
                len(f) > len(e["loc"]) and f[: len(e["loc"])] == tuple(e["loc"]) for f in failing
            )
        )
    ]
    return "; ".join(
        f"{_where(e['loc'], data, whole)}: {_swedish(e, messages or {}) if swedish else e['msg']}"
        for e in kept
    )


def _where(loc: Sequence[int | str], data: object, whole: str) -> str:
    if data is None:
        return ".".join(str(p) for p in loc) or whole
    parts: list[str] = []
    node = data
    for key in loc:
        if isinstance(key, int) and isinstance(node, list) and 0 <= key < len(node):
            node = node[key]
            label = node.get("id") if isinstance(node, Mapping) else None
            parts[-1:] = [f"{parts[-1] if parts else ''}[{label or key + 1}]"]
        elif isinstance(key, str) and isinstance(node, Mapping):
            if key not in node and key == node.get("type"):
                continue  # the union tag pydantic adds ("likert"); the input has no such level
            parts.append(key)
            node = node.get(key)
    return ".".join(parts) or whole


def _swedish(error: Any, messages: Mapping[str, str]) -> str:
    kind, ctx = error["type"], error.get("ctx") or {}
    if kind in messages:
        return messages[kind]
    if kind in _SWEDISH:
        return _SWEDISH[kind]
    if kind == "literal_error":
        return f"måste vara en av {ctx.get('expected', '')}"
    if kind == "union_tag_not_found":
        return f"{_unquoted(ctx.get('discriminator'))} saknas"
    if kind == "union_tag_invalid":
        return f"okänd typ '{ctx.get('tag')}' ({_unquoted(ctx.get('expected_tags'))})"
    if kind in {"greater_than_equal", "greater_than"}:
        return f"ska vara minst {ctx.get('ge', ctx.get('gt'))}"
    if kind in {"less_than_equal", "less_than"}:
        return f"får vara högst {ctx.get('le', ctx.get('lt'))}"
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    return str(error["msg"])


def _unquoted(text: object) -> str:
    return str(text or "").replace("'", "")
