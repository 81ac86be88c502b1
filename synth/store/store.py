"""The engagement's durable store: one object for every step that reads or writes it.

`Store` is assembled from what it does, one module each: opening and transactions
(`connection`), recorded runs (`runs`), storing ingested files (`writing`) and reading
them back (`reading`). Themes, drafts and surveys are kept by functions over a `Store`
in their own modules.
"""

from __future__ import annotations

from synth.store.reading import StoreReading
from synth.store.runs import StoreRuns
from synth.store.writing import StoreWriting

__all__ = ["Store"]


class Store(StoreRuns, StoreWriting, StoreReading):
    """Access to one engagement's store. Open with `with Store.open(url) as store:`.

    Leaving the `with` block closes the store (disposes its connections), also when the
    block raises; `close()` does the same for the rare caller that cannot use a block.
    """
