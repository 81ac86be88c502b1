from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import numpy as np

from synth.cache import CACHE_FILE, KeyValueCache
from synth.draft.client import ResponseCache
from synth.synthesis.embed import EmbeddingCache, cached_encode
from tests.synthesis.fakes import HashingEmbedder

REPO = Path(__file__).resolve().parents[1]


def test_values_come_back_by_namespace_and_key(tmp_path: Path) -> None:
    cache = KeyValueCache(tmp_path / "cache" / CACHE_FILE)  # the folder is created
    cache.put("llm:a", "k1", b"svar")
    cache.put_many("llm:b", [("k1", b"annat"), ("k2", b"\x00\xff")])

    assert cache.get("llm:a", "k1") == b"svar"
    assert cache.get("llm:a", "k2") is None  # another namespace's key
    assert cache.get_many("llm:b", ["k2", "k1", "k3", "k1"]) == {"k1": b"annat", "k2": b"\x00\xff"}

    cache.put("llm:a", "k1", b"nytt")
    assert KeyValueCache(cache.path).get("llm:a", "k1") == b"nytt"  # reopened: kept, replaced


def test_many_keys_are_read_in_one_call(tmp_path: Path) -> None:
    cache = KeyValueCache(tmp_path / CACHE_FILE)
    items = [(f"k{i}", str(i).encode()) for i in range(1_234)]  # more than one query's worth
    cache.put_many("embedding:m", items)

    assert cache.get_many("embedding:m", (k for k, _ in items)) == dict(items)


def test_processes_share_the_cache(tmp_path: Path) -> None:
    path = tmp_path / CACHE_FILE
    KeyValueCache(path)
    writer = (
        "import sys; from pathlib import Path; from synth.cache import KeyValueCache\n"
        "cache = KeyValueCache(Path(sys.argv[1]))\n"
        "for i in range(100):\n"
        "    cache.put('ns', f'{sys.argv[2]}-{i}', sys.argv[2].encode())\n"
    )
    children = [
        subprocess.Popen([sys.executable, "-c", writer, str(path), name], cwd=REPO)
        for name in ("a", "b", "c")
    ]
    assert [child.wait(timeout=120) for child in children] == [0, 0, 0]

    found = KeyValueCache(path).get_many("ns", [f"{n}-{i}" for n in "abc" for i in range(100)])
    assert len(found) == 300 and {found["a-7"], found["b-7"], found["c-7"]} == {b"a", b"b", b"c"}


def _old_embedding_cache(path: Path) -> None:
    """The file an earlier version wrote: its own table, other columns."""
    with closing(sqlite3.connect(path)) as db, db:
        db.execute(
            "CREATE TABLE vectors (model TEXT, key TEXT, dims INTEGER, vector BLOB, "
            "PRIMARY KEY (model, key))"
        )
        db.execute("INSERT INTO vectors VALUES ('m', 'k', 1, x'00000000')")


def test_old_cache_files_are_left_alone(tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    _old_embedding_cache(cache_dir / "embeddings.sqlite")
    with closing(sqlite3.connect(cache_dir / "llm.sqlite")) as db, db:
        db.execute("CREATE TABLE answers (model TEXT, key TEXT, answer TEXT)")
    before = {p.name: p.read_bytes() for p in cache_dir.iterdir()}

    embedder = HashingEmbedder()
    vectors = cached_encode(embedder, ["HR är bra"], EmbeddingCache(cache_dir / CACHE_FILE))
    again = cached_encode(embedder, ["HR är bra"], EmbeddingCache(cache_dir / CACHE_FILE))
    answers = ResponseCache(cache_dir / CACHE_FILE, clean=str.upper)
    answers.put("offline/x", [{"role": "user", "content": "fråga"}], "svar")

    assert embedder.encoded == 1 and np.allclose(vectors, again)
    assert answers.get("offline/x", [{"role": "user", "content": "fråga"}]) == "SVAR"
    assert answers.get("offline/x", [{"role": "user", "content": "annan"}]) is None
    assert {p.name: p.read_bytes() for p in cache_dir.iterdir() if p.name in before} == before


def test_a_cache_path_that_holds_an_old_cache_file_still_works(tmp_path: Path) -> None:
    # the benchmark scripts' --cache default names a file an earlier version may have left
    path = tmp_path / "synth-bench-embeddings.sqlite"
    _old_embedding_cache(path)
    embedder = HashingEmbedder()

    cached_encode(embedder, ["IT är långsamt"], EmbeddingCache(path))
    cached_encode(embedder, ["IT är långsamt"], EmbeddingCache(path))

    assert embedder.encoded == 1
