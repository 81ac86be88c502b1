"""`[models] cluster`: a run's new statements embedded by the workers of a real Dask
cluster (a scheduler and two worker processes on this machine), through prefect-dask."""

from __future__ import annotations

import logging
import shutil
import socket
from pathlib import Path

import numpy as np
import pytest

from flows.engagement import run_engagement
from synth.cache import CACHE_FILE
from synth.config import EngagementConfig, load_config
from synth.store import Store
from synth.synthesis import embed
from synth.synthesis.embed import EmbeddingCache, uncached
from synth.synthesis.workflow import embed_texts, embedder_for, embedding_batches
from tests.conftest import DEMO, make_engagement


def _with_cluster(root: Path, address: str, *, demo: bool = False) -> EngagementConfig:
    if demo:
        shutil.copytree(
            DEMO, root, ignore=shutil.ignore_patterns("store.sqlite*", "cache", "outbox")
        )
    else:
        make_engagement(root)
    toml = root / "engagement.toml"
    text = toml.read_text(encoding="utf-8")
    if 'cluster = ""' not in text:  # the demo's file leaves the key out
        text = text.replace("[models]\n", '[models]\ncluster = ""\n')
    toml.write_text(text.replace('cluster = ""', f'cluster = "{address}"'), encoding="utf-8")
    config = load_config(root)
    assert config.models.cluster == address
    return config


def _statement_texts(config: EngagementConfig) -> list[str]:
    with Store.open(config.store_url) as store:
        return [s.text for s in store.statements()]


def test_batches_share_a_small_run_and_cap_a_large_one() -> None:
    texts = [f"text {i}" for i in range(100)]
    batches = embedding_batches(texts)
    assert [len(b) for b in batches] == [32, 32, 32, 4]
    assert [t for b in batches for t in b] == texts
    large = embedding_batches([str(i) for i in range(100_000)])
    assert max(len(b) for b in large) == 2048 and sum(len(b) for b in large) == 100_000
    assert embedding_batches([]) == []


@pytest.mark.slow
def test_two_workers_embed_the_new_statements(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from distributed import Client, LocalCluster, get_task_stream

    encoded_here: list[str] = []
    encode = embed.SentenceTransformerEmbedder.encode

    def spy(self: embed.SentenceTransformerEmbedder, texts, progress=None):  # type: ignore[no-untyped-def]
        encoded_here.extend(texts)
        return encode(self, texts, progress)

    # in this process only: the workers are processes of their own with the real encode
    monkeypatch.setattr(embed.SentenceTransformerEmbedder, "encode", spy)
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        # the demo's 900 statements: enough for batches of their own on both workers
        config = _with_cluster(tmp_path / "uppdrag", cluster.scheduler_address, demo=True)
        with get_task_stream(client=client) as stream:
            summary = run_engagement(str(config.root))
        workers = set(cluster.scheduler_info["workers"])

    texts = _statement_texts(config)
    assert summary.statements == len(texts) > 500 and summary.themes > 0
    ran = [entry for entry in stream.data if "embed" in str(entry["key"])]
    # one task per batch, each run on a worker of the cluster
    assert len(ran) == len(embedding_batches(texts)) >= 2
    assert {entry["worker"] for entry in ran} <= workers
    # every statement's vector came back into the cache, under the key the run reads ...
    cache = EmbeddingCache(config.cache_dir / CACHE_FILE)
    assert uncached(embedder_for(config), texts, cache) == []
    # ... so the run embedded none of them itself (only the lens examples, once)
    assert not set(encoded_here) & set(texts)
    # and they are the vectors the same model gives here (int8 varies with batchmates)
    sample = texts[:8]
    local = embed_texts(config.models, sample)
    cached = embed.cached_encode(embedder_for(config), sample, cache)
    assert np.sum(local * cached, axis=1).min() >= 0.98


def test_a_cluster_that_does_not_answer_leaves_the_embedding_to_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import dask

    import synth.draft.workflow as draft_workflow
    import synth.synthesis.workflow as synthesis_workflow
    from tests.synthesis.fakes import HashingEmbedder

    embedder = HashingEmbedder()
    monkeypatch.setattr(synthesis_workflow, "embedder_for", lambda config: embedder)
    monkeypatch.setattr(draft_workflow, "embedder_for", lambda config: embedder)
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = _with_cluster(tmp_path / "uppdrag", f"tcp://127.0.0.1:{port}")
    with (
        dask.config.set({"distributed.comm.timeouts.connect": "2s"}),
        caplog.at_level(logging.WARNING),
    ):
        summary = run_engagement(str(config.root))
    assert summary.statements > 0 and summary.themes > 0
    assert f"Dask-klustret tcp://127.0.0.1:{port} svarar inte" in caplog.text
    texts = _statement_texts(config)
    assert uncached(embedder, texts, EmbeddingCache(config.cache_dir / CACHE_FILE)) == []
