"""Copying values between store rows and records, field by field of the same name.

Most records the store hands out are a row's columns under the same names, and most
rows it writes are a record's fields: one function each way instead of a field list
written out per query.
"""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

__all__ = ["field_values", "record_from"]

R = TypeVar("R", bound="DataclassInstance")


def record_from(cls: type[R], row: object, **given: object) -> R:
    """A `cls` whose fields are the attributes of the same name of `row`, except those
    `given`; a field `row` has no attribute for keeps its default."""
    values = {f.name: getattr(row, f.name) for f in fields(cls) if f.init and hasattr(row, f.name)}
    return cls(**(values | given))


def field_values(record: DataclassInstance, **given: object) -> dict[str, Any]:
    """The fields of `record` by name (not copied; unlike `asdict`), with `given` over them:
    the keyword arguments of the row that stores it."""
    return {f.name: getattr(record, f.name) for f in fields(record)} | given
