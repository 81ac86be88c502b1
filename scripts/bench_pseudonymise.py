"""Measure pseudonymisation speed on synthetic Swedish interview statements.

    python scripts/bench_pseudonymise.py [--statements 100000] [--known 80] [--workers 1]

The statements are generated from interview-like templates (names, phone numbers, e-mail,
personnummer, amounts, dates, institutional words) with a fixed seed, so runs compare.
`--workers 2` splits the statements over processes, as a two-core machine would.
Prints statements per second.
"""

from __future__ import annotations

import argparse
import random
import time
from concurrent.futures import ProcessPoolExecutor

from synth.privacy.pseudonymise import Pseudonymiser

FIRST = ["Anna", "Karin", "Lena", "Per", "Bo", "Sven-Erik", "Fatima", "Ahmed", "Maria", "Hans"]
LAST = ["Holm", "Ek", "Lindqvist", "Nyström", "Berg", "Haddad", "Andersson", "Malm", "Strand"]
TEMPLATES = [
    "Jag pratade med {name} på HR förra veckan och hon lovade att återkomma.",
    "Ring mig på {phone} om ni vill veta mer om hur vi arbetar i Sektor Utbildning.",
    "Per månad kostar det ungefär {amount} kr, vilket är mycket för en liten kommun.",
    "Kommunstyrelsen beslutade {date} att vi ska spara {amount} kr under året.",
    "Mejla {email} så skickar jag underlaget till dig i morgon.",
    "{first} sa att IT-stödet fungerar dåligt och att ärenden tar veckor att lösa.",
    "Vi har {fte} åa på enheten men behöver minst två till för att klara uppdraget.",
    "Hans personnummer {pnr} stod i ärendet, det borde aldrig ha hänt.",
    "Det är svårt att rekrytera till Hjo, folk vill hellre bo i Skövde eller Göteborg.",
    "Samarbetet med {first} och {first2} på ekonomi har blivit bättre sedan omorganisationen.",
    "Ärligt talat vet jag inte vem som äger frågan, det är ingen som tar ansvar för helheten.",
    "Mellan klockan 08.00 och 16.30 svarar växeln på {phone}, annars får man mejla.",
]


def _statement(rng: random.Random) -> str:
    first, first2 = rng.sample(FIRST, 2)
    return rng.choice(TEMPLATES).format(
        name=f"{first} {rng.choice(LAST)}",
        first=first,
        first2=first2,
        phone=rng.choice(["070-123 45 67", "08-123 456 78", "+46 70 123 45 67", "031-12 34 56"]),
        amount=rng.choice(["3 000", "45 000", "3 000 000", "250"]),
        date=f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        email=f"{first.lower()}.{rng.choice(LAST).lower()}@exempelkommun.se",
        fte=rng.choice(["3,0", "0,5", "12"]),
        pnr=rng.choice(["780412-1239", "19780412-1239", "780472-1236"]),
    )


def _known(count: int, rng: random.Random) -> list[str]:
    extra_first = ["Kerstin", "Sara", "Anneli", "Jonas", "Mikael", "Eva", "Ulla", "Stig"]
    extra_last = ["Sjöberg", "Wallin", "Forsberg", "Öberg", "Karlsson", "Jönsson", "Lund"]
    return [
        f"{rng.choice(FIRST + extra_first)} {rng.choice(LAST + extra_last)}" for _ in range(count)
    ]


def _run(args: tuple[list[str], list[str]]) -> int:
    known, texts = args
    pseudo = Pseudonymiser.from_names(known)
    return sum(len(pseudo.apply(text)) for text in texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--known", type=int, default=80, help="known full names (log, recipients)")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(20240301)
    known = _known(args.known, rng)
    texts = [_statement(rng) for _ in range(args.statements)]
    # warm the name dictionary's cache outside the timing, as a long-running ingest would
    Pseudonymiser.from_names(known).apply(texts[0])
    started = time.perf_counter()
    if args.workers <= 1:
        _run((known, texts))
    else:
        chunks = [(known, texts[i :: args.workers]) for i in range(args.workers)]
        with ProcessPoolExecutor(args.workers) as pool:
            list(pool.map(_run, chunks))
    seconds = time.perf_counter() - started
    print(
        f"{len(texts):,} statements, {args.known} known names, {args.workers} worker(s): "
        f"{seconds:.1f} s, {len(texts) / seconds:,.0f} statements/s"
    )


if __name__ == "__main__":
    main()
