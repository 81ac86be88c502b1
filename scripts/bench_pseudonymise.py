"""Measure pseudonymisation speed on the demo's statements (raw text from the store).

python scripts/bench_pseudonymise.py [--repeat 200]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from synth.config import load_config
from synth.ingest.pipeline import build_context, ingest_engagement
from synth.store import Store

DEMO = Path(__file__).resolve().parents[1] / "examples" / "exempelkommun"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "bench"
        shutil.copytree(DEMO, root, ignore=shutil.ignore_patterns("store.sqlite*", "cache"))
        config = load_config(root)
        ingest_engagement(config)
        store = Store.open(config.store_url)
        raw = list(store.raw_texts([s.id for s in store.statements()]).values())
        store.close()
        pseudo = build_context(config).pseudonymiser
        texts = raw * args.repeat
        started = time.perf_counter()
        for text in texts:
            pseudo.apply(text)
        seconds = time.perf_counter() - started
        print(
            f"{len(texts)} statements in {seconds:.2f} s: {len(texts) / seconds:,.0f} statements/s"
        )


if __name__ == "__main__":
    main()
