"""Measure rendering and collecting personalised survey workbooks on the demo engagement.

    python scripts/bench_survey.py                  # 350 recipients, chefsenkat
    python scripts/bench_survey.py --recipients 1000 --form stodresurser

The demo's recipient list is repeated (with distinct e-mail addresses) up to the number
asked for. Every workbook is then filled in as a respondent would and collected.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook, load_workbook

from synth.config import load_config
from synth.roster import read_recipients
from synth.survey.collect import collect_engagement
from synth.survey.layout import ANSWER_SHEET, build_layout
from synth.survey.render import render_engagement

DEMO = Path(__file__).resolve().parents[1] / "examples" / "exempelkommun"


def recipients_list(source: Path, target: Path, count: int) -> None:
    """A recipient list of `count` people made from the demo's, each with an address of their
    own."""
    people = read_recipients(source)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["namn", "e-post", "sektor", "enhet", "roll"])
    for n in range(count):
        p = people[n % len(people)]
        local, domain = p.email.split("@")
        sheet.append([p.name, f"{local}.{n}@{domain}", p.sector, p.unit, p.role])
    book.save(target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--recipients", type=int, default=350)
    parser.add_argument("--form", default="chefsenkat")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "bench"
        shutil.copytree(DEMO, root, ignore=shutil.ignore_patterns("store.sqlite*", "cache"))
        recipients_list(DEMO / "mottagare.xlsx", root / "mottagare.xlsx", args.recipients)
        config = load_config(root)

        started = time.perf_counter()
        result = render_engagement(config, args.form)
        render_seconds = time.perf_counter() - started
        size = sum(w.path.stat().st_size for w in result.workbooks)

        answers = build_layout(result.form).answers
        started = time.perf_counter()
        for n, rendered in enumerate(result.workbooks):
            book = load_workbook(rendered.path)
            sheet = book[ANSWER_SHEET]
            for cell in answers[: 10 + n % 20]:
                if cell.spec.type == "likert":
                    sheet[cell.ref] = 1 + n % 5
            book.save(config.inbox / rendered.path.name)
        fill_seconds = time.perf_counter() - started

        started = time.perf_counter()
        report = collect_engagement(config)
        collect_seconds = time.perf_counter() - started

        count = len(result.workbooks)
        print(f"form: {result.form.id} v{result.form.version}, {len(answers)} answer cells")
        print(
            f"render: {count} workbooks in {render_seconds:.2f} s "
            f"({1000 * render_seconds / count:.0f} ms each, {size / count / 1024:.0f} KB each)"
        )
        print(f"fill (openpyxl, as a respondent): {fill_seconds:.2f} s")
        print(
            f"collect: {report.count('added')} added, {report.count('rejected')} rejected "
            f"in {collect_seconds:.2f} s ({1000 * collect_seconds / count:.0f} ms each)"
        )


if __name__ == "__main__":
    main()
