from __future__ import annotations

from typing import Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from synth.validation import validation_problems


class Item(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    size: int = Field(ge=1)
    kind: Literal["a", "b"] = "a"

    @field_validator("id")
    @classmethod
    def _short(cls, value: str) -> str:
        if len(value) > 8:
            raise ValueError("id:t är för långt")
        return value


class Doc(BaseModel):
    model_config = ConfigDict(extra="forbid")

    items: list[Item] = Field(min_length=2)


def errors(data: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        Doc.model_validate(data)
    return caught.value


SECRET = "Anna Andersson 070-1234567"


def test_fields_are_named_by_pydantic_path_and_the_input_is_never_quoted() -> None:
    exc = errors({"items": [{"id": "x", "size": 0}, {"id": SECRET, "size": 2, "färg": 1}]})

    text = validation_problems(exc)

    assert text == (
        "items.0.size: Input should be greater than or equal to 1; "
        "items.1.id: Value error, id:t är för långt; "
        "items.1.färg: Extra inputs are not permitted"
    )
    assert "Anna" not in text and "070" not in text


def test_with_the_input_items_are_named_by_id_and_the_problems_are_swedish() -> None:
    data = {"items": [{"id": "x", "size": 0}, {"size": 2, "kind": "c"}]}

    text = validation_problems(errors(data), data=data, swedish=True)

    assert text == (
        "items[x].size: ska vara minst 1; items[2].id: saknas; "
        "items[2].kind: måste vara en av 'a' or 'b'"
    )


def test_a_list_too_short_because_its_item_failed_is_not_reported_twice() -> None:
    exc = errors({"items": [{"id": "x", "size": "många"}]})

    assert validation_problems(exc) == (
        "items.0.size: Input should be a valid integer, unable to parse string as an integer"
    )
    assert validation_problems(errors({"items": []})).startswith("items: List should have")


def test_an_error_on_the_whole_input_is_named_as_the_caller_says() -> None:
    exc = errors([1, 2])

    assert validation_problems(exc, whole="svaret").startswith("svaret: Input should be")
    assert validation_problems(exc, data=[1, 2], swedish=True, whole="formuläret") == (
        "formuläret: ska vara en mappning (nyckel: värde)"
    )
    assert validation_problems(
        exc, swedish=True, messages={"model_type": "ska vara ett JSON-objekt"}
    ) == (": ska vara ett JSON-objekt")
