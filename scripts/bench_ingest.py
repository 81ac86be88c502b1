"""Measure ingest speed on the demo engagement, optionally with its inbox repeated N times.

    python scripts/bench_ingest.py            # the demo as shipped
    python scripts/bench_ingest.py --copies 20

Prints files, statements and seconds for a first ingest and for an unchanged re-ingest.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from synth.config import load_config
from synth.ingest.pipeline import ingest_engagement
from synth.store import Store

DEMO = Path(__file__).resolve().parents[1] / "examples" / "exempelkommun"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=1, help="repeat the demo inbox N times")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "bench"
        shutil.copytree(DEMO, root, ignore=shutil.ignore_patterns("store.sqlite*", "cache"))
        inbox = root / "inbox"
        originals = sorted(p for p in inbox.iterdir() if p.is_file())
        for copy in range(2, args.copies + 1):
            for path in originals:
                target = inbox / f"{path.stem}_kopia{copy}{path.suffix}"
                # vary the content so each copy is stored rather than skipped as a duplicate
                target.write_bytes(path.read_bytes() + b"\n" * copy)
        config = load_config(root)
        started = time.perf_counter()
        first = ingest_engagement(config)
        first_seconds = time.perf_counter() - started
        started = time.perf_counter()
        again = ingest_engagement(config)
        again_seconds = time.perf_counter() - started
        with Store.open(config.store_url) as store:
            state = store.status()
        print(f"files: {len(first.outcomes)} (rejected {len(first.rejected)})")
        print(f"sources: {sum(state.sources_by_type.values())} {state.sources_by_type}")
        print(f"statements: {state.statements} {state.statements_by_type}")
        print(
            f"first ingest: {first_seconds:.2f} s "
            f"({state.statements / first_seconds:.0f} statements/s)"
        )
        print(f"unchanged re-ingest: {again_seconds:.2f} s ({again.count('unchanged')} unchanged)")


if __name__ == "__main__":
    main()
