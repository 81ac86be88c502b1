"""The engagement's store: sources, respondents, statements, responses, runs."""

from synth.store.store import (
    FileInput,
    FileOutcome,
    SourceInput,
    StatementInput,
    Store,
    StoredResponse,
    StoreStatus,
)

__all__ = [
    "FileInput",
    "FileOutcome",
    "SourceInput",
    "StatementInput",
    "Store",
    "StoreStatus",
    "StoredResponse",
]
