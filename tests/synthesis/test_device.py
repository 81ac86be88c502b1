"""Where the sentence model runs: `[models] device`, its resolution, batch size and fp16.

Nothing here needs a GPU: torch's view of the machine is patched, so each test means the
same on a laptop, in CI and on a machine with CUDA.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import pytest
import torch
from typer.testing import CliRunner

from synth.cli import app
from synth.config import default_toml, load_config
from synth.errors import ConfigError, ModelError
from synth.synthesis.embed import SentenceTransformerEmbedder, resolve_device
from synth.synthesis.workflow import embedder_for

runner = CliRunner()


def _machine(monkeypatch: pytest.MonkeyPatch, *, gpus: int = 0, mps: bool = False) -> None:
    monkeypatch.setattr(torch.cuda, "is_available", lambda: gpus > 0)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: gpus)
    monkeypatch.setattr(torch.backends.mps, "is_available", lambda: mps)


def _engagement(tmp_path: Path, models: str = "") -> Path:
    text = default_toml("X").replace('device = "auto"\n', models or 'device = "auto"\n')
    (tmp_path / "engagement.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_the_device_is_auto_by_default_and_named_devices_are_accepted(tmp_path: Path) -> None:
    assert load_config(_engagement(tmp_path)).models.device == "auto"
    for device in ("cpu", "cuda", "cuda:1", "mps"):
        models = f'device = "{device}"\nbatch_size = 32\n'
        config = load_config(_engagement(tmp_path, models))
        assert (config.models.device, config.models.batch_size) == (device, 32)


def test_an_unknown_device_is_refused_in_swedish(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"models\.device: 'gpu' finns inte; välj auto"):
        load_config(_engagement(tmp_path, 'device = "gpu"\n'))
    with pytest.raises(ConfigError, match=r"models\.batch_size"):
        load_config(_engagement(tmp_path, "batch_size = 0\n"))


def test_auto_takes_cuda_then_mps_then_the_cpu(monkeypatch: pytest.MonkeyPatch) -> None:
    _machine(monkeypatch)
    assert resolve_device("auto") == "cpu"
    _machine(monkeypatch, mps=True)
    assert resolve_device("auto") == "mps"
    _machine(monkeypatch, gpus=1, mps=True)
    assert resolve_device("auto") == "cuda"
    assert resolve_device("cpu") == "cpu"


def test_a_device_this_machine_lacks_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _machine(monkeypatch)
    with pytest.raises(ModelError, match="cuda begärdes men ingen GPU finns"):
        resolve_device("cuda")
    with pytest.raises(ModelError, match="mps begärdes men finns inte"):
        resolve_device("mps")
    # refused when the model would load, before anything is imported or read
    with pytest.raises(ModelError, match="cuda:0 begärdes men ingen GPU finns"):
        SentenceTransformerEmbedder(device="cuda:0").encode(["text"])
    _machine(monkeypatch, gpus=1)
    assert resolve_device("cuda:0") == "cuda:0"
    with pytest.raises(ModelError, match="cuda:2 begärdes men datorn har 1 GPU"):
        resolve_device("cuda:2")


class _FakeModel:
    """Stands in for sentence_transformers.SentenceTransformer: records how it is used."""

    made: ClassVar[list[_FakeModel]] = []

    def __init__(self, path: str, *, device: str, local_files_only: bool) -> None:
        self.device = device
        self.halved = False
        self.batch_sizes: list[int] = []
        _FakeModel.made.append(self)

    def half(self) -> _FakeModel:
        self.halved = True
        return self

    def get_embedding_dimension(self) -> int:
        return 3

    def encode(self, texts: Sequence[str], **kwargs: Any) -> np.ndarray:
        self.batch_sizes.append(kwargs["batch_size"])
        return np.ones((len(texts), 3), np.float32)


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> type[_FakeModel]:
    module = types.ModuleType("sentence_transformers")
    module.SentenceTransformer = _FakeModel  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "sentence_transformers", module)
    _FakeModel.made = []
    return _FakeModel


def test_a_gpu_runs_in_fp16_with_larger_batches(
    monkeypatch: pytest.MonkeyPatch, fake_model: type[_FakeModel]
) -> None:
    _machine(monkeypatch, gpus=1)
    SentenceTransformerEmbedder().encode(["a", "b"])
    # on the CPU "auto" would run ONNX Runtime (test_onnx.py); torch is what is faked here
    SentenceTransformerEmbedder(device="cpu", backend="torch").encode(["a"])
    SentenceTransformerEmbedder(batch_size=16).encode(["a"])
    _machine(monkeypatch, mps=True)
    SentenceTransformerEmbedder().encode(["a"])
    gpu, cpu, configured, apple = fake_model.made
    assert (gpu.device, gpu.halved, gpu.batch_sizes) == ("cuda", True, [1024])
    assert (apple.device, apple.halved, apple.batch_sizes) == ("mps", False, [256])
    assert (cpu.device, cpu.halved, cpu.batch_sizes) == ("cpu", False, [64])
    assert (configured.device, configured.batch_sizes) == ("cuda", [16])


def test_the_engagement_passes_its_device_and_batch_size_down(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_model: type[_FakeModel]
) -> None:
    _machine(monkeypatch)
    _engagement(tmp_path, 'device = "cpu"\nbatch_size = 8\n')
    toml = tmp_path / "engagement.toml"
    # the torch backend: on the CPU "auto" would run ONNX Runtime, not the faked torch model
    text = toml.read_text(encoding="utf-8").replace('backend = "auto"', 'backend = "torch"')
    toml.write_text(text, encoding="utf-8")
    config = load_config(tmp_path)
    embedder = embedder_for(config)
    embedder.encode(["a"])
    assert (fake_model.made[0].device, fake_model.made[0].batch_sizes) == ("cpu", [8])


def test_models_prints_the_device_it_would_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _machine(monkeypatch)
    result = runner.invoke(app, ["models", str(_engagement(tmp_path))])
    assert result.exit_code == 0, result.output
    assert "enhet: cpu (device = auto)" in result.output
    # int8 runs one text at a time whatever the device's batch (`texts_per_run`)
    assert "texter per omgång: 1 (int8 kör en text i taget" in result.output
    assert "körs med: ONNX Runtime int8" in result.output
    fp32 = _engagement(tmp_path, 'device = "auto"\nbatch_size = 32\n').joinpath("engagement.toml")
    fp32.write_text(fp32.read_text("utf-8").replace("onnx_int8 = true", "onnx_int8 = false"))
    torch_run = runner.invoke(app, ["models", str(tmp_path)])
    assert "texter per omgång: 32\n" in torch_run.output, torch_run.output
    _machine(monkeypatch, gpus=1)
    on_gpu = runner.invoke(app, ["models", str(tmp_path)])
    assert (
        "enhet: cuda" in on_gpu.output and "körs med: torch fp16 (backend = auto)" in on_gpu.output
    )
    _machine(monkeypatch)
    _engagement(tmp_path, 'device = "cuda"\n')
    refused = runner.invoke(app, ["models", str(tmp_path)])
    assert refused.exit_code == 1
    assert "cuda begärdes men ingen GPU finns" in refused.output


@pytest.mark.slow
def test_the_packaged_model_embeds_on_the_cpu_it_was_told_to_use() -> None:
    embedder = SentenceTransformerEmbedder(device="cpu")
    vectors = embedder.encode(["IT-supporten tar veckor.", "Lönerna kommer i tid."])
    assert embedder.resolved_device == "cpu" and vectors.shape == (2, 384)
    assert str(embedder._load().device) == "cpu"
