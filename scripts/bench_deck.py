"""Time the deck of an engagement that has been synthesised: `synth deck` without the CLI.

    synth demo /tmp/demo/exempelkommun          # once: the demo, ingested and synthesised
    python scripts/bench_deck.py /tmp/demo/exempelkommun [--runs 5]

Prints the number of slides and the median, fastest and slowest time of the runs (store
reading, layout and measurement, the personal-data check and writing the file).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from synth.config import load_config
from synth.deck import write_deck


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("engagement", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    config = load_config(args.engagement)
    seconds = []
    with tempfile.TemporaryDirectory() as folder:
        for run in range(args.runs):
            result = write_deck(config, Path(folder) / f"deck-{run}.pptx")
            seconds.append(result.seconds)
    print(
        f"{result.slides} bilder, {result.observations} iakttagelser, {result.charts} diagram: "
        f"median {statistics.median(seconds):.2f} s "
        f"(snabbast {min(seconds):.2f} s, långsammast {max(seconds):.2f} s, {args.runs} körningar)"
    )


if __name__ == "__main__":
    main()
