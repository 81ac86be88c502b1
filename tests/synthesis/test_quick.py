"""`cluster_csv`: any CSV in, the same CSV with a theme and the lenses of each row out."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from synth.errors import IngestError
from synth.synthesis.embed import EmbeddingCache
from synth.synthesis.quick import cluster_csv
from tests.synthesis.fakes import HashingEmbedder

NOTES = [
    "IT-supporten tar veckor på sig.",
    "Det tar veckor att få hjälp av IT-supporten.",
    "Lönekontoret är pålitligt.",
    "Lönekontoret svarar snabbt och rätt.",
]


def _notes(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["nr", "anteckning"])
        writer.writerows([[i, text] for i, text in enumerate(NOTES, start=1)])
    return path


def test_each_row_keeps_its_columns_and_gets_a_theme_and_lenses(tmp_path: Path) -> None:
    out = tmp_path / "ny" / "teman.csv"

    result = cluster_csv(
        _notes(tmp_path / "a.csv"), out, HashingEmbedder(), text_column="anteckning"
    )

    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == [
        "nr",
        "anteckning",
        "theme_id",
        "theme_label",
        "perspective",
        "polarity",
        "perspective_confidence",
        "polarity_confidence",
    ]
    assert [(r["nr"], r["anteckning"]) for r in rows] == [
        (str(i), text) for i, text in enumerate(NOTES, start=1)
    ]
    assert all(r["theme_id"] and r["perspective"] and r["polarity"] for r in rows)
    assert result.rows == 4
    assert result.themes == len({r["theme_id"] for r in rows})


@pytest.mark.parametrize("options", [{}, {"text_column": "anteckning", "id_column": "id"}])
def test_a_missing_column_is_named_and_nothing_is_written(
    tmp_path: Path, options: dict[str, str]
) -> None:
    out = tmp_path / "teman.csv"
    missing = "text" if not options else "id"

    with pytest.raises(IngestError) as raised:
        cluster_csv(_notes(tmp_path / "a.csv"), out, HashingEmbedder(), **options)

    assert str(raised.value) == f"a.csv: kolumnen '{missing}' finns inte (finns: nr, anteckning)"
    assert not out.exists()


def test_the_lenses_are_trained_once_and_no_text_is_kept(tmp_path: Path) -> None:
    """`synth cluster` keeps the standard lenses trained in the user's cache; a second run
    embeds only its own texts, and the cache holds none of them."""
    lens_cache = EmbeddingCache(tmp_path / "cache" / "linser.sqlite")
    first, second = HashingEmbedder(), HashingEmbedder()
    source = _notes(tmp_path / "a.csv")
    options = {"text_column": "anteckning", "lens_cache": lens_cache}
    cluster_csv(source, tmp_path / "1.csv", first, **options)  # type: ignore[arg-type]
    cluster_csv(source, tmp_path / "2.csv", second, **options)  # type: ignore[arg-type]
    assert first.encoded > 100 + len(NOTES)  # the lenses' examples, then the notes
    assert second.encoded == len(NOTES)
    assert lens_cache.get(second.cache_key, NOTES) == {}
    assert (tmp_path / "1.csv").read_bytes() == (tmp_path / "2.csv").read_bytes()


def test_a_lens_model_planted_in_the_cache_is_never_unpickled(tmp_path: Path) -> None:
    """A cache file can sit on a shared drive: a pickle put there under the key an earlier
    version read trained lenses from would run as whoever runs synth. Nothing is unpickled."""
    import hashlib
    import json
    import pickle

    import sklearn

    from synth.synthesis.lenses import default_lenses_path, load_lenses
    from synth.synthesis.quick import cluster_texts

    ran = tmp_path / "körde"

    class Planted:
        def __reduce__(self) -> tuple[object, tuple[()]]:
            return (ran.touch, ())

    cache = EmbeddingCache(tmp_path / "cache.sqlite")
    embedder = HashingEmbedder()
    for lens in load_lenses(default_lenses_path()).lenses:
        described = [embedder.cache_key, lens.model_dump(mode="json"), sklearn.__version__]
        key = hashlib.sha256(json.dumps(described, ensure_ascii=False).encode()).hexdigest()
        cache.values.put("lens-model", key, pickle.dumps(Planted()))
    themes = cluster_texts(NOTES, embedder, cache)
    assert len(themes) == len(NOTES) and not ran.exists()
