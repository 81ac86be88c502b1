"""Speed and memory of the synthesis at 1k, 10k and 100k statements, and of a re-run.

    python bench/scale.py                       # 1k and 10k, and the incremental re-run
    python bench/scale.py --sizes 1000,10000,100000

Each size runs in a fresh process (so that its peak RSS is its own) on a temporary
workspace whose survey export holds synthetic Swedish free-text answers. Reported:
ingest time, embedding time, time of everything else (lenses, clustering, descriptions,
store, workbook), peak RSS. The incremental case synthesises a 5k-statement workspace, adds
one interview of about 100 statements and runs again: its cost is compared with a full run.
Targets (issue 3): everything but embedding <= 0.25 x embedding at 10k; 100k under 6 GiB
peak RSS; the incremental re-run under 10 % of a full run.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUBJECTS = [
    "IT-supporten",
    "HR-stödet",
    "lönekontoret",
    "ekonomistödet",
    "controllern",
    "upphandlingen",
    "kommunikationsstödet",
    "kansliet",
    "lokalförsörjningen",
    "juridiken",
    "nämndadministrationen",
    "verksamhetsutvecklarna",
    "registraturen",
    "systemförvaltningen",
    "rekryteringsstödet",
    "introduktionen för nya chefer",
    "budgetprocessen",
    "uppföljningen",
]
PREDICATES = [
    "fungerar bra och svarar snabbt",
    "tar alldeles för lång tid",
    "är svår att få tag på",
    "har blivit mycket bättre i år",
    "saknar en tydlig ansvarsfördelning",
    "borde samlas i en gemensam servicefunktion",
    "är pålitlig och kunnig",
    "bollar ärenden mellan sektorn och centralen",
    "behöver tydligare servicenivåer",
    "ger oss inget stöd i vardagen",
    "sitter nära verksamheten och uppskattas",
    "skickar rapporter som ingen förstår",
]
QUALIFIERS = [
    "enligt mig",
    "för oss i hemtjänsten",
    "på skolorna",
    "i vår sektor",
    "sedan omorganisationen",
    "nästan varje vecka",
    "när det är bråttom",
    "för första linjens chefer",
    "i förskolan",
    "särskilt under sommaren",
    "trots att vi har frågat flera gånger",
    "jämfört med förra året",
]


def statements(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < count:
        text = (
            f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(PREDICATES)} "
            f"{rng.choice(QUALIFIERS)}, {rng.choice(QUALIFIERS)} "
            f"och {rng.randint(2, 60)} chefer håller med."
        )
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out


def workspace(root: Path, count: int) -> None:
    from synth.workspace import init_engagement

    init_engagement(root, name="Skalprov")
    toml = (root / "engagement.toml").read_text(encoding="utf-8")
    toml = toml.replace("free_text = []", 'free_text = ["Kommentar"]').replace(
        'respondent_id = "ID"', 'respondent_id = "ID"'
    )
    (root / "engagement.toml").write_text(toml, encoding="utf-8")
    lines = ["ID;Sektor;Roll;Kommentar"]
    for i, text in enumerate(statements(count, seed=count), start=1):
        lines.append(f"{i};Sektor {i % 4 + 1};Enhetschef;{text}")
    (root / "inbox" / "export.csv").write_text("\n".join(lines) + "\n", encoding="utf-8-sig")


def one(count: int, incremental: bool) -> dict[str, float]:
    from synth.config import load_config
    from synth.ingest.pipeline import ingest_engagement
    from synth.synthesis.workflow import synthesize_engagement

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "ws"
        workspace(root, count)
        config = load_config(root)
        started = time.perf_counter()
        ingest_engagement(config)
        ingest_seconds = time.perf_counter() - started
        started = time.perf_counter()
        run = synthesize_engagement(config, Path(tmp) / "outputs")
        full = time.perf_counter() - started
        result = {
            "statements": run.result.statements,
            "themes": run.result.themes,
            "ingest_s": round(ingest_seconds, 2),
            "embedding_s": round(run.result.seconds["embedding"], 2),
            "rest_s": round(run.result.seconds["rest"], 2),
            "full_run_s": round(full, 2),
        }
        if incremental:
            interview = ["I: Hur fungerar stödet?"]
            interview += [f"IP: {text}" for text in statements(100, seed=99_999)]
            (config.inbox / "ny_intervju.txt").write_text("\n".join(interview), encoding="utf-8")
            started = time.perf_counter()
            ingest_engagement(config)
            rerun = synthesize_engagement(config, Path(tmp) / "outputs")
            again = time.perf_counter() - started
            result |= {
                "rerun_s": round(again, 2),
                "rerun_added": rerun.result.report.statements_added,
                "rerun_share_of_full": round(again / full, 3),
            }
        result["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--incremental", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "scale.md")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.incremental)))
        return
    runs: list[tuple[str, dict[str, float]]] = []
    plan = [(int(s), False) for s in args.sizes.split(",")] + [(5000, True)]
    for count, incremental in plan:
        command = [sys.executable, __file__, "--one", str(count)]
        command += ["--incremental"] if incremental else []
        output = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
        result = json.loads(output.stdout.strip().splitlines()[-1])
        label = f"{count} + 1 interview" if incremental else str(count)
        runs.append((label, result))
        print(label, result, flush=True)
    lines = [
        "# bench/scale.py",
        "",
        "| statements | themes | ingest s | embedding s | rest s | rest / embedding | "
        "peak RSS MiB | re-run s | re-run / full |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for label, r in runs:
        ratio = r["rest_s"] / r["embedding_s"] if r["embedding_s"] else float("nan")
        lines.append(
            f"| {label} | {r['themes']} | {r['ingest_s']} | {r['embedding_s']} | {r['rest_s']} | "
            f"{ratio:.2f} | {r['peak_rss_mib']} | {r.get('rerun_s', '–')} | "
            f"{r.get('rerun_share_of_full', '–')} |"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
