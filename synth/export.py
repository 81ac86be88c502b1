"""Exports of the store for the consultant: pseudonymised statements as CSV."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from synth.cells import csv_writer
from synth.config import EngagementConfig
from synth.files import atomic_write
from synth.records import Statement
from synth.store import Store
from synth.store.themes import lens_records, load_themes

__all__ = ["STATEMENT_COLUMNS", "export_statements", "write_statements_csv"]

STATEMENT_COLUMNS = (
    "id",
    "source_id",
    "source_type",
    "role",
    "sector",
    "text",
    "perspective",
    "polarity",
    "theme_id",
)


def write_statements_csv(
    statements: Sequence[Statement],
    out: Path,
    *,
    lenses: Mapping[str, tuple[str, str]] | None = None,
    themes: Mapping[str, str] | None = None,
) -> int:
    """Write pseudonymised statements; UTF-8 with BOM so that Excel opens åäö right, and
    text that starts like a formula gets a leading "'" (`synth.cells.csv_field`).

    `lenses` gives (perspective, polarity) and `themes` the theme id per statement id, once
    the synthesis has run; before that those columns are empty.
    """
    lenses = lenses or {}
    themes = themes or {}
    with atomic_write(out, encoding="utf-8-sig", newline="") as handle:
        writer = csv_writer(handle)
        writer.writerow(STATEMENT_COLUMNS)
        for st in statements:
            perspective, polarity = lenses.get(st.id, ("", ""))
            writer.writerow(
                [
                    st.id,
                    st.source_id,
                    st.source_type.value,
                    st.role or "",
                    st.sector or "",
                    st.text,
                    perspective,
                    polarity,
                    themes.get(st.id, ""),
                ]
            )
    return len(statements)


def export_statements(config: EngagementConfig, out: Path) -> int:
    """Write the engagement's pseudonymised statements to `out`; returns how many."""
    with Store.open(config.store_url) as store:
        lenses = {sid: (r.perspective, r.polarity) for sid, r in lens_records(store).items()}
        themes = {sid: t.id for t in load_themes(store) for sid in t.statement_ids}
        return write_statements_csv(store.statements(), out, lenses=lenses, themes=themes)
