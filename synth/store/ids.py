"""Readable ids the store hands out: sources (INT-01, ENK-0007), respondents, statements."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from synth.records import SourceType
from synth.store.schema import MetaRow, SourceRow, StatementRow

__all__ = ["SourceIds", "issued_ids", "respondent_id", "statement_ids"]

_PREFIX = {
    SourceType.INTERVJU: "INT",
    SourceType.GRUPPINTERVJU: "GRP",
    SourceType.FOKUSGRUPP: "FOK",
    SourceType.WORKSHOP: "WS",
    SourceType.ENKAT: "ENK",
    SourceType.OKAND: "DOK",
}
_WIDTH = {SourceType.ENKAT: 4}


class SourceIds:
    """Hands out readable source ids (INT-01, FOK-02, ENK-0007) per type, never reused."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._next: dict[SourceType, int] = {}

    def next_id(self, kind: SourceType) -> str:
        prefix = _PREFIX[kind]
        if kind not in self._next:
            pattern = re.compile(rf"^{prefix}-(\d+)$")
            used = [
                int(m.group(1))
                for sid in self._session.scalars(
                    select(SourceRow.id).where(SourceRow.id.like(f"{prefix}-%"))
                )
                if (m := pattern.match(sid))
            ]
            self._next[kind] = max(used, default=0) + 1
        number = self._next[kind]
        self._next[kind] = number + 1
        return f"{prefix}-{number:0{_WIDTH.get(kind, 2)}d}"


def respondent_id(source_id: str) -> str:
    return "R" + source_id.split("-", 1)[1]


_ISSUED_KEY = "statement_ids_issued:{}"


def issued_ids(session: Session, source_id: str) -> dict[str, list[str]]:
    """The ids a source's statements have now, by raw text, in the order they stand."""
    issued: dict[str, list[str]] = {}
    for statement_id, raw_text in session.execute(
        select(StatementRow.id, StatementRow.raw_text)
        .where(StatementRow.source_id == source_id)
        .order_by(StatementRow.position)
    ):
        issued.setdefault(raw_text, []).append(statement_id)
    return issued


def statement_ids(
    session: Session, source_id: str, texts: Sequence[str], issued: dict[str, list[str]]
) -> list[str]:
    """Ids for a source's statements that never change meaning.

    Theme membership, quote rejections and drafts are keyed on statement ids, so an id
    must keep pointing at the same text across re-derivations (a repaired interview log,
    a changed splitting rule): a text seen before keeps its id; a new text gets a number
    never issued for this source before, kept in the meta table as a high-water mark.
    """
    key = _ISSUED_KEY.format(source_id)
    mark = session.get(MetaRow, key)
    numbers = [_number(sid) for ids in issued.values() for sid in ids]
    highest = max([int(mark.value) if mark else 0, *numbers], default=0)
    remaining = {text: list(ids) for text, ids in issued.items()}
    ids: list[str] = []
    for text in texts:
        if remaining.get(text):
            ids.append(remaining[text].pop(0))
        else:
            highest += 1
            ids.append(f"{source_id}.{highest:03d}")
    if mark is None:
        session.add(MetaRow(key=key, value=str(highest)))
    else:
        mark.value = str(highest)
    return ids


def _number(statement_id: str) -> int:
    return int(statement_id.rsplit(".", 1)[1])
