"""The engagement's store: sources, respondents, statements, responses, runs."""

from synth.store.reading import StoredResponse, StoreStatus
from synth.store.store import Store
from synth.store.writing import FileInput, FileOutcome, SourceInput, StatementInput

__all__ = [
    "FileInput",
    "FileOutcome",
    "SourceInput",
    "StatementInput",
    "Store",
    "StoreStatus",
    "StoredResponse",
]
