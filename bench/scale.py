"""Speed and memory of the synthesis at 1k, 10k and 100k statements, and of a re-run.

    python bench/scale.py                       # 1k and 10k, and the incremental re-run
    python bench/scale.py --sizes 1000,10000,100000
    python bench/scale.py --data mixed          # public texts of mixed lengths instead
    python bench/scale.py --compare 3000        # encodings side by side (issue 12), see below
    python bench/scale.py --compare 3000 --rounds 2   # … the fastest of two rounds each
    python bench/scale.py --cluster 100000 --old ../old   # `synth cluster`, old and new code
    python bench/scale.py --onnx 1000           # torch and ONNX Runtime (fp32, int8) side by side
    python bench/scale.py --draft 5000 --old ../old --rounds 2   # offline drafting, old and new

Each size runs in a fresh process (so that its peak RSS is its own) on a temporary
workspace whose survey export holds synthetic Swedish free-text answers. Reported:
ingest time, embedding time, time of everything else (lenses, clustering, descriptions,
store, workbook), peak RSS. The incremental case synthesises a 5k-statement workspace, adds
one interview of about 100 statements and runs again: its cost is compared with a full run.
Targets (issue 3): everything but embedding <= 0.25 x embedding at 10k; 100k under 6 GiB
peak RSS; the incremental re-run under 10 % of a full run.

`--data`: `synthetic` (the default above) statements are all about the same length, which
hides what padding costs; `mixed` takes the public Swedish texts in ../shared/eval/*.csv,
from two-word survey answers and FAQ questions to long editorial paragraphs, shuffled and
repeated to the size asked for.

`--compare N` times, in one process and on the same N texts (`--data`, mixed by default),
with the model loaded once: the OLD embedding (re-implemented here: `model.encode` per
chunk of 64 texts, as synth did before issue 12), the CURRENT one
(`SentenceTransformerEmbedder.encode`, length-sorted across the whole input), a plain
`model.encode(texts)`, and `synth cluster`'s library path (`cluster_csv`) on a CSV of the
texts. Issue 12's target: cluster <= 0.75 x the plain encode. Only the ratios mean much
on a shared machine.

`--cluster N` times `synth cluster`'s library path (`cluster_csv`) on N texts (`--data`,
synthetic by default) in a fresh process: model load, embedding, everything else, and the
process from start to end (imports included). With `--old DIR`, where DIR holds another
version's `synth` package (`git worktree add ../old <commit>`), that version runs the same
texts in a process of its own, before the current one; a table compares the two. The
statements and the model are the same for both, so only the code differs.

`--draft N` times offline drafting (`synth draft`) of one synthesised workspace of N
statements (`--data`, synthetic by default), made once by the current code; with `--old
DIR` another version drafts a copy of the same workspace, in a process of its own, and
the two take turns for `--rounds` rounds (the fastest of each is reported, with the
ratio). The vectors come from the workspace's cache, so only the drafting differs.

`--onnx N` embeds the same N texts (`--data`, mixed by default) on the CPU with torch and
with ONNX Runtime in fp32 and in int8 (`[models] backend`), in one process, each model
loaded once and the three taking turns slice by slice (`SLICE`, the texts in length order
as the product embeds them), so that another process's load falls on all alike; the ONNX
model is exported afresh into a temporary cache first, so the export time is measured
too. Reported: texts a second, speed-up over torch, cosine of
each text's vector to torch's (mean and lowest), and clustering quality unchanged: the
V-measure of synth's clustering of argsent_topic_test (../shared/eval) against its topic
labels, as bench/quality.py computes it, with each engine's vectors. Issue 12's target:
>= 2.5x torch's throughput, cosine >= 0.99, V within 0.01 of torch's.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

STARTED = time.perf_counter()
ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
T = TypeVar("T")
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


def mixed_texts(count: int, seed: int) -> list[str]:
    """`count` public Swedish texts of mixed lengths (../shared/eval/*.csv), shuffled.

    The pool (about 5,000 distinct texts) is repeated as often as `count` needs; a repeat
    ends in " (2)", " (3)", … so that no text is the same as another (the embedding cache
    would encode it once) while its length stays about as it was.
    """
    pool: set[str] = set()
    for path in sorted(EVAL.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            pool.update(row["text"].strip() for row in csv.DictReader(handle))
    pool.discard("")
    if not pool:
        raise SystemExit(f"no texts in {EVAL}/*.csv")
    rng = random.Random(seed)
    out: list[str] = []
    repeat = 1
    while len(out) < count:
        texts = sorted(pool)
        rng.shuffle(texts)
        out += texts if repeat == 1 else [f"{t} ({repeat})" for t in texts]
        repeat += 1
    return out[:count]


def dataset(data: str, count: int, seed: int) -> list[str]:
    return mixed_texts(count, seed) if data == "mixed" else statements(count, seed)


def lengths(texts: list[str]) -> str:
    chars = sorted(len(t) for t in texts)
    at = [chars[int(q * (len(chars) - 1))] for q in (0.1, 0.5, 0.9)]
    return f"chars p10 {at[0]}, median {at[1]}, p90 {at[2]}, max {chars[-1]}"


def workspace(root: Path, count: int, data: str = "synthetic") -> None:
    from synth.workspace import init_engagement

    init_engagement(root, name="Skalprov")
    toml = (root / "engagement.toml").read_text(encoding="utf-8")
    toml = toml.replace("free_text = []", 'free_text = ["Kommentar"]').replace(
        'respondent_id = "ID"', 'respondent_id = "ID"'
    )
    (root / "engagement.toml").write_text(toml, encoding="utf-8")
    with (root / "inbox" / "export.csv").open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\n")
        writer.writerow(["ID", "Sektor", "Roll", "Kommentar"])
        for i, text in enumerate(dataset(data, count, seed=count), start=1):
            writer.writerow([i, f"Sektor {i % 4 + 1}", "Enhetschef", text])


def write_texts(path: Path, texts: list[str]) -> None:
    """The texts as the CSV `synth cluster` reads: columns id and text."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerows(enumerate(texts, start=1))


def chunked_encode(model: Any, texts: list[str], chunk: int = 64) -> np.ndarray:
    """OLD, the baseline: synth's encoding before issue 12, one `model.encode` per chunk of
    64 texts in input order, so each batch pads to the longest of 64 mixed texts."""
    rows = [
        np.asarray(
            model.encode(texts[i : i + chunk], batch_size=chunk, normalize_embeddings=True),
            dtype=np.float32,
        )
        for i in range(0, len(texts), chunk)
    ]
    return np.vstack(rows)


def timed(label: str, work: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - started
    print(f"  {label}: {seconds:.1f} s", flush=True)
    return seconds, result


def compare(count: int, data: str, device: str, rounds: int = 1) -> list[tuple[str, object, str]]:
    """The encodings and `synth cluster` side by side on the same texts, in this process.

    With `rounds` > 1 every case runs that many times, in a rotated order each round, and
    the fastest time of each counts: on a shared machine another process's load then falls
    on every case alike rather than on whichever ran while it lasted.
    """
    from synth.synthesis.embed import EmbeddingCache, SentenceTransformerEmbedder
    from synth.synthesis.quick import cluster_csv, cluster_texts

    texts = dataset(data, count, seed=count)
    print(f"{len(texts)} texts ({data}): {lengths(texts)}", flush=True)
    embedder = SentenceTransformerEmbedder(device=device)
    started = time.perf_counter()
    model = embedder._load()  # loaded once, shared by every case below
    load_s = time.perf_counter() - started
    model.encode(texts[:64])  # warm-up
    print(f"model loaded in {load_s:.1f} s on {embedder.resolved_device}", flush=True)
    # issue 12's reference is a plain torch encode, whatever engine synth runs by default
    reference = model
    if embedder.engine != "torch":
        reference = SentenceTransformerEmbedder(device=device, backend="torch")._load()
        reference.encode(texts[:64])
    with tempfile.TemporaryDirectory() as tmp:
        source, out = Path(tmp) / "texter.csv", Path(tmp) / "teman.csv"
        write_texts(source, texts)
        # as `synth cluster` does: the lenses' examples embedded once, in the user's cache
        lens_cache = EmbeddingCache(Path(tmp) / "linser.sqlite")
        started = time.perf_counter()
        cluster_texts(texts[:50], embedder, lens_cache=lens_cache)
        lenses_s = time.perf_counter() - started
        cases: dict[str, Callable[[], Any]] = {
            "torch": lambda: reference.encode(texts),
            "plain": lambda: model.encode(texts),
            "CURRENT": lambda: embedder.encode(texts),
            "OLD": lambda: chunked_encode(model, texts),
            "cluster": lambda: cluster_csv(source, out, embedder, lens_cache=lens_cache),
        }
        best: dict[str, float] = {}
        results: dict[str, Any] = {}
        names = list(cases)
        for round_ in range(rounds):
            print(f"round {round_ + 1} of {rounds}", flush=True)
            for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
                seconds, results[name] = timed(name, cases[name])
                best[name] = min(seconds, best.get(name, seconds))
    torch_s, plain_s, old_s, new_s, cluster_s = (
        best[n] for n in ("torch", "plain", "OLD", "CURRENT", "cluster")
    )
    difference = float(np.abs(results["OLD"] - results["CURRENT"]).max())
    fastest = f"fastest of {rounds}" if rounds > 1 else "one round"
    return [
        ("texts", len(texts), lengths(texts)),
        ("device", embedder.resolved_device, f"--device {device}; times: {fastest}"),
        ("engine", embedder.engine, "what synth runs the model with (`[models] backend`)"),
        ("model load s", round(load_s, 1), "not in any time below"),
        ("lens examples s", round(lenses_s, 1), "embedded once per machine and model (user cache)"),
        ("plain torch encode s", round(torch_s, 1), "torch model.encode(texts), library defaults"),
        ("plain model.encode s", round(plain_s, 1), "the same on synth's engine"),
        ("OLD per-64-chunk s", round(old_s, 1), "synth before issue 12, re-implemented here"),
        ("CURRENT length-sorted s", round(new_s, 1), f"largest difference to OLD {difference:.1e}"),
        ("CURRENT / OLD", round(new_s / old_s, 2), "encoding, same texts"),
        (
            "synth cluster s",
            round(cluster_s, 1),
            f"cluster_csv, {results['cluster'].themes} themes",
        ),
        ("cluster / plain torch encode", round(cluster_s / torch_s, 2), "issue 12 target <= 0.75"),
        ("cluster / plain encode", round(cluster_s / plain_s, 2), "on synth's own engine"),
        ("CURRENT / plain encode", round(new_s / plain_s, 2), "the embedding part alone"),
    ]


SLICE = 100
"""Texts per turn in `--onnx`: each engine embeds a slice, then the next engine the same."""


def onnx_compare(count: int, data: str, rounds: int = 1) -> list[tuple[str, object, str]]:
    """torch, ONNX fp32 and ONNX int8 on the same texts, side by side (see `--onnx`)."""
    from sklearn.metrics import v_measure_score

    from synth.synthesis.cluster import cluster
    from synth.synthesis.embed import SentenceTransformerEmbedder
    from synth.synthesis.engine import represent

    # longest first, as `SentenceTransformerEmbedder.encode` orders a whole input: slices of
    # unsorted texts would pad each batch to the longest of a random hundred, a cost the
    # product does not pay and one that falls on torch's batches, not on int8's single texts
    texts = sorted(dataset(data, count, seed=count), key=len, reverse=True)
    print(f"{len(texts)} texts ({data}): {lengths(texts)}", flush=True)
    with (EVAL / "argsent_topic_test.csv").open(encoding="utf-8", newline="") as handle:
        argsent = list(csv.DictReader(handle))
    with tempfile.TemporaryDirectory() as tmp:
        engines: dict[str, Any] = {}
        load_s: dict[str, float] = {}
        for label, backend, int8 in [
            ("torch", "torch", True),
            ("onnx fp32", "onnx", False),
            ("onnx int8", "onnx", True),
        ]:
            embedder = SentenceTransformerEmbedder(
                device="cpu", backend=backend, onnx_int8=int8, onnx_cache=Path(tmp)
            )
            load_s[label], _ = timed(f"{label} load", embedder._load)
            if embedder.engine != label:  # a fallback would compare torch with itself
                raise SystemExit(f"{label} asked for, {embedder.engine} loaded (see the log)")
            embedder.encode(texts[:64])  # warm-up
            engines[label] = embedder
        exports = [json.loads(p.read_text()) for p in Path(tmp).glob("*/synth.json")]
        best: dict[str, float] = {}
        vectors: dict[str, np.ndarray] = {}
        names = list(engines)
        for round_ in range(rounds):
            # slice by slice, the engines in turn: another process's load on this shared
            # machine then falls on all three alike rather than on whichever ran through it
            spent = dict.fromkeys(names, 0.0)
            parts: dict[str, list[np.ndarray]] = {name: [] for name in names}
            for number, start in enumerate(range(0, len(texts), SLICE)):
                turn = (round_ + number) % 3
                for name in names[turn:] + names[:turn]:
                    started = time.perf_counter()
                    parts[name].append(engines[name].encode(texts[start : start + SLICE]))
                    spent[name] += time.perf_counter() - started
            print(f"round {round_ + 1} of {rounds}: {spent}", flush=True)
            for name in names:
                vectors[name] = np.vstack(parts[name])
                best[name] = min(spent[name], best.get(name, spent[name]))
        truth = [row["label"] for row in argsent]
        argsent_texts = [row["text"] for row in argsent]
        quality: dict[str, tuple[float, np.ndarray]] = {}
        for name, embedder in engines.items():
            _, found = timed(f"{name} argsent", lambda e=embedder: e.encode(argsent_texts))
            labels = cluster(
                represent(argsent_texts, found), min_theme_size=1, outlier_similarity=-1.0
            )
            quality[name] = (float(v_measure_score(truth, labels)), found)
    fastest = f"fastest of {rounds}" if rounds > 1 else "one round"
    fastest += f", the engines in turn on slices of {SLICE} texts"
    export = exports[0] if exports else {}
    rows: list[tuple[str, object, str]] = [
        ("texts", len(texts), lengths(texts)),
        ("times", fastest, "CPU, same texts, each model loaded once and warmed up"),
        (
            "ONNX export s",
            export.get("export_s", "–"),
            f"torch.onnx + int8 quantisation, once per model; int8 agrees with fp32 at "
            f"{export.get('int8_cosine', '–')} on synth's check sentences",
        ),
    ]
    torch_v, torch_argsent = quality["torch"]
    for name in names:
        seconds = best[name]
        cosines = np.sum(vectors[name] * vectors["torch"], axis=1)
        v, found = quality[name]
        argsent_cos = np.sum(found * torch_argsent, axis=1)
        rows += [
            (
                f"{name} texts/s",
                round(len(texts) / seconds, 1),
                f"{seconds:.1f} s; load {load_s[name]:.1f} s",
            ),
            (f"{name} speed-up", round(best["torch"] / seconds, 2), "throughput / torch's"),
            (
                f"{name} cosine to torch",
                f"{cosines.mean():.4f}",
                f"lowest {cosines.min():.4f}; argsent mean {argsent_cos.mean():.4f}",
            ),
            (f"{name} argsent V", f"{v:.3f}", f"{v - torch_v:+.3f} against torch's"),
        ]
    return rows


class _TimedEmbedder:
    """An embedder that keeps the seconds spent in it (any version's `synth` calls it
    through the same members; an older one has no `cache_key`)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.name = inner.name
        self.cache_key = getattr(inner, "cache_key", inner.name)
        self.seconds = 0.0

    def encode(self, texts: Any, progress: Any = None) -> np.ndarray:
        started = time.perf_counter()
        try:
            return np.asarray(self.inner.encode(texts, progress))
        finally:
            self.seconds += time.perf_counter() - started


def cluster_run(count: int, data: str, device: str) -> dict[str, object]:
    """`synth cluster` on `count` texts in this process, timed by part (see `--cluster`)."""
    import synth
    import synth.synthesis.quick as quick
    from synth.synthesis.embed import SentenceTransformerEmbedder
    from synth.synthesis.quick import cluster_csv

    imported = time.perf_counter()
    phases: dict[str, float] = {}

    def timing(name: str, work: Callable[..., Any]) -> Callable[..., Any]:
        def timed_work(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return work(*args, **kwargs)
            finally:
                phases[name] = phases.get(name, 0.0) + time.perf_counter() - started

        return timed_work

    # the steps of `cluster_texts` as it names them in every version so far
    for name in (
        "represent",
        "classify_lenses",
        "classify_lenses_later",
        "cluster",
        "split_by_polarity",
        "keywords",
    ):
        if hasattr(quick, name):
            setattr(quick, name, timing(name, getattr(quick, name)))
    texts = dataset(data, count, seed=count)
    inner = SentenceTransformerEmbedder()
    if hasattr(inner, "device"):  # versions before issue 12 ran on the CPU only
        inner.device = device
    embedder = _TimedEmbedder(inner)
    with tempfile.TemporaryDirectory() as tmp:
        source, out = Path(tmp) / "texter.csv", Path(tmp) / "teman.csv"
        write_texts(source, texts)
        started = time.perf_counter()
        inner._load()
        load_s = time.perf_counter() - started
        started = time.perf_counter()
        result = cluster_csv(source, out, embedder)
        cluster_s = time.perf_counter() - started
    return {
        "code": str(Path(synth.__file__).resolve().parents[1]),
        "device": getattr(inner, "resolved_device", "cpu"),
        # the model's tokenizer run directly, not through transformers (torch only)
        "direct_tokens": getattr(inner, "_direct", None) is not None,
        "texts": len(texts),
        "themes": result.themes,
        "model_load_s": round(load_s, 2),
        "embedding_s": round(embedder.seconds, 2),
        "rest_s": round(cluster_s - embedder.seconds, 2),
        "cluster_s": round(cluster_s, 2),
        "imports_s": round(imported - STARTED, 2),
    } | {f"step {name} s": round(seconds, 2) for name, seconds in phases.items()}


def compare_cluster(count: int, data: str, device: str, old: Path | None) -> list[str]:
    """The `--cluster` runs, old (if any) then current, each in its own process."""
    runs: list[tuple[str, dict[str, Any]]] = []
    for label, path in ([("old", old)] if old else []) + [("new", ROOT)]:
        assert path is not None
        command = [sys.executable, __file__, "--cluster-one", str(count), "--data", data]
        command += ["--device", device]
        paths = [str(path.resolve()), str(ROOT), os.environ.get("PYTHONPATH", "")]
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in paths if p))
        started = time.perf_counter()
        output = subprocess.run(command, capture_output=True, text=True, env=env, cwd=path)
        if output.returncode != 0:
            raise SystemExit(f"{label} failed:\n{output.stderr[-3000:]}")
        result = json.loads(output.stdout.strip().splitlines()[-1])
        result["process_s"] = round(time.perf_counter() - started, 2)
        print(label, result, flush=True)
        runs.append((label, result))
    keys = ["code", "device", "texts", "themes", "imports_s", "model_load_s", "embedding_s"]
    keys += ["rest_s", "cluster_s", "process_s"]
    keys += sorted({k for _, r in runs for k in r} - set(keys))
    lines = [
        f"# bench/scale.py --cluster {count}",
        "",
        "| | " + " | ".join(label for label, _ in runs) + " |",
        "|---|" + "---|" * len(runs),
    ]
    lines += [f"| {k} | " + " | ".join(str(r.get(k, "–")) for _, r in runs) + " |" for k in keys]
    if len(runs) == 2:
        (_, before), (_, after) = runs
        for key in ("rest_s", "cluster_s", "process_s"):
            lines.append(f"| new / old {key} | {after[key] / before[key]:.2f} |  |")
    return lines


def draft_run(root: Path) -> dict[str, object]:
    """Offline drafting of the workspace at `root` in this process, timed (see `--draft`)."""
    import synth
    from synth.config import load_config
    from synth.draft.workflow import draft_engagement

    config = load_config(root)
    started = time.perf_counter()
    run = draft_engagement(config, backend="offline")
    seconds = time.perf_counter() - started
    return {
        "code": str(Path(synth.__file__).resolve().parents[1]),
        "findings": len(run.drafts.themes),
        "draft_s": round(seconds, 2),
    }


def compare_draft(count: int, data: str, old: Path | None, rounds: int) -> list[str]:
    """The `--draft` runs: one workspace synthesised by the current code, drafted by old
    (if any) and current code in turn, each in a process of its own."""
    from synth.config import load_config
    from synth.ingest.pipeline import ingest_engagement
    from synth.synthesis.workflow import synthesize_engagement

    with tempfile.TemporaryDirectory() as tmp:
        made = Path(tmp) / "ws"
        workspace(made, count, data)
        config = load_config(made)
        ingest_engagement(config)
        synthesize_engagement(config, Path(tmp) / "outputs")
        versions = ([("old", old)] if old else []) + [("new", ROOT)]
        best: dict[str, dict[str, Any]] = {}
        for _ in range(rounds):
            for label, path in versions:
                assert path is not None
                root = Path(tmp) / label
                shutil.rmtree(root, ignore_errors=True)
                shutil.copytree(made, root)
                paths = [str(path.resolve()), os.environ.get("PYTHONPATH", "")]
                env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in paths if p))
                command = [sys.executable, __file__, "--draft-one", str(root)]
                output = subprocess.run(command, capture_output=True, text=True, env=env, cwd=path)
                if output.returncode != 0:
                    raise SystemExit(f"{label} failed:\n{output.stderr[-3000:]}")
                result = json.loads(output.stdout.strip().splitlines()[-1])
                print(label, result, flush=True)
                if label not in best or result["draft_s"] < best[label]["draft_s"]:
                    best[label] = result
    lines = [
        f"# bench/scale.py --draft {count} --data {data}",
        "",
        f"Fastest of {rounds} round(s), the versions in turn on copies of one workspace.",
        "",
        "| | " + " | ".join(best) + " |",
        "|---|" + "---|" * len(best),
    ]
    lines += [
        f"| {key} | " + " | ".join(str(r[key]) for r in best.values()) + " |"
        for key in ("code", "findings", "draft_s")
    ]
    if len(best) == 2:
        lines.append(
            f"| new / old draft_s | {best['new']['draft_s'] / best['old']['draft_s']:.2f} |  |"
        )
    return lines


def one(count: int, incremental: bool, data: str = "synthetic") -> dict[str, float]:
    from synth.config import load_config
    from synth.ingest.pipeline import ingest_engagement
    from synth.synthesis.workflow import synthesize_engagement

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "ws"
        workspace(root, count, data)
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


def _write_lines(lines: list[str], out: Path, mode: str) -> None:
    """A mode's table to `out`, or to scale-<mode>.md beside the default scale.md."""
    out = out.with_name(f"scale-{mode}.md") if out.name == "scale.md" else out
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


def _write_table(mode: str, rows: list[tuple[str, object, str]], out: Path) -> None:
    """A side-by-side table as Markdown: printed, and written to `out`, or to
    scale-<mode>.md beside the default scale.md."""
    table = [f"# bench/scale.py --{mode}", "", "| | value | note |", "|---|---|---|"]
    table += [f"| {label} | {value} | {note} |" for label, value, note in rows]
    _write_lines(table, out, mode)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--data", choices=["synthetic", "mixed"], help="synthetic unless --compare")
    parser.add_argument("--compare", type=int, metavar="N", help="encodings side by side")
    parser.add_argument("--device", default="auto", help="for --compare/--cluster: auto, cpu, …")
    parser.add_argument(
        "--rounds", type=int, default=1, help="for --compare/--onnx/--draft: best of R"
    )
    parser.add_argument("--cluster", type=int, metavar="N", help="synth cluster, timed")
    parser.add_argument(
        "--old", type=Path, help="for --cluster/--draft: another version's checkout"
    )
    parser.add_argument("--onnx", type=int, metavar="N", help="torch and ONNX side by side")
    parser.add_argument("--draft", type=int, metavar="N", help="offline drafting, timed")
    parser.add_argument("--draft-one", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cluster-one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--incremental", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "scale.md")
    args = parser.parse_args()
    if args.compare:
        rows = compare(args.compare, args.data or "mixed", args.device, args.rounds)
        _write_table("compare", rows, args.out)
        return
    if args.onnx:
        _write_table("onnx", onnx_compare(args.onnx, args.data or "mixed", args.rounds), args.out)
        return
    data = args.data or "synthetic"
    if args.draft_one:
        print(json.dumps(draft_run(args.draft_one)))
        return
    if args.draft:
        _write_lines(compare_draft(args.draft, data, args.old, args.rounds), args.out, "draft")
        return
    if args.cluster_one:
        print(json.dumps(cluster_run(args.cluster_one, data, args.device)))
        return
    if args.cluster:
        _write_lines(
            compare_cluster(args.cluster, data, args.device, args.old), args.out, "cluster"
        )
        return
    if args.one:
        print(json.dumps(one(args.one, args.incremental, data)))
        return
    runs: list[tuple[str, dict[str, float]]] = []
    plan = [(int(s), False) for s in args.sizes.split(",")] + [(5000, True)]
    for count, incremental in plan:
        command = [sys.executable, __file__, "--one", str(count), "--data", data]
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
