"""Exports of the store for the consultant: pseudonymised statements as CSV."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from synth.config import EngagementConfig
from synth.records import Statement
from synth.store import Store

__all__ = ["STATEMENT_COLUMNS", "export_statements", "write_statements_csv"]

STATEMENT_COLUMNS = ("id", "source_id", "source_type", "role", "sector", "text")


def write_statements_csv(statements: Sequence[Statement], out: Path) -> int:
    """Write pseudonymised statements; UTF-8 with BOM so that Excel opens åäö right."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(STATEMENT_COLUMNS)
        for st in statements:
            writer.writerow(
                [st.id, st.source_id, st.source_type.value, st.role or "", st.sector or "", st.text]
            )
    tmp.replace(out)
    return len(statements)


def export_statements(config: EngagementConfig, out: Path) -> int:
    """Write the engagement's pseudonymised statements to `out`; returns how many."""
    store = Store.open(config.store_url)
    try:
        return write_statements_csv(store.statements(), out)
    finally:
        store.close()
