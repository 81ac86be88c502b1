from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from synth.errors import ConfigError
from synth.records import Statement
from synth.synthesis.cues import cue_features, subject_features, tells_a_wait
from synth.synthesis.embed import SentenceTransformerEmbedder
from synth.synthesis.lenses import (
    LensModel,
    classify,
    classify_all,
    default_lenses_path,
    fit_lens,
    load_lenses,
    training_texts,
)
from tests.synthesis.fakes import HashingEmbedder

SWOT = Path(__file__).resolve().parents[2] / "synth" / "data" / "lenses" / "swot.yaml"


def test_the_standard_lenses_validate() -> None:
    lenses = load_lenses(default_lenses_path())
    assert [lens.id for lens in lenses.lenses] == ["perspective", "polarity"]
    assert [c.id for c in lenses.lens("polarity").classes] == [
        "styrka",
        "svaghet",
        "förslag",
        "neutral",
    ]


def test_a_bad_definition_names_the_field(tmp_path: Path) -> None:
    path = tmp_path / "linser.yaml"
    path.write_text(
        "name: x\nlenses:\n  - id: p\n    label: P\n    classes:\n"
        "      - id: a\n        label: A\n        description: d\n        exampels: [x, y, z]\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"linser\.yaml: .*lenses\.0\.classes\.0\.examples"):
        load_lenses(path)


_TWO_CLASSES = (
    "name: x\nlabelled: [verkliga.csv]\nlenses:\n  - id: polarity\n    label: P\n"
    "    classes:\n"
    "      - id: styrka\n        label: S\n        description: bra\n        examples: [a, b, c]\n"
    "      - id: svaghet\n        label: V\n        description: dåligt\n"
    "        examples: [d, e, f]\n"
)


def test_labelled_real_statements_become_examples_of_their_class(tmp_path: Path) -> None:
    (tmp_path / "linser.yaml").write_text(_TWO_CLASSES, encoding="utf-8")
    (tmp_path / "verkliga.csv").write_text(
        "text,polarity,perspective\n"
        "HR-stödet svarar samma dag.,styrka,strukturer\n"
        "Ingen äger frågan om rekrytering.,svaghet,\n"
        "Rad utan etikett för linsen.,,aktörer\n",
        encoding="utf-8",
    )
    lens = load_lenses(tmp_path / "linser.yaml").lens("polarity")
    labelled = {c.id: c.labelled for c in lens.classes}
    assert labelled == {
        "styrka": ["HR-stödet svarar samma dag."],
        "svaghet": ["Ingen äger frågan om rekrytering."],
    }
    # each counts in training as `labelled_weight` of the file's own examples
    texts, labels = training_texts(lens)
    assert texts.count("HR-stödet svarar samma dag.") == 1
    weighed = lens.model_copy(update={"labelled_weight": 3})
    texts, labels = training_texts(weighed)
    assert texts.count("HR-stödet svarar samma dag.") == 3
    assert {label for text, label in zip(texts, labels, strict=True) if text == "a"} == {"styrka"}


def test_a_bad_label_in_a_labelled_file_names_the_file_row_and_column(tmp_path: Path) -> None:
    (tmp_path / "linser.yaml").write_text(_TWO_CLASSES, encoding="utf-8")
    (tmp_path / "verkliga.csv").write_text(
        "text,polarity\nBra.,styrka\nOklart.,hot\n", encoding="utf-8"
    )
    with pytest.raises(
        ConfigError, match=r"verkliga\.csv: rad 3, kolumn polarity: okänd klass 'hot'"
    ):
        load_lenses(tmp_path / "linser.yaml")
    (tmp_path / "verkliga.csv").unlink()
    with pytest.raises(ConfigError, match=r"verkliga\.csv: kan inte läsas"):
        load_lenses(tmp_path / "linser.yaml")


def test_the_packaged_lenses_learn_from_real_reports() -> None:
    lenses = load_lenses(default_lenses_path())
    perspective = lenses.lens("perspective")
    assert perspective.weights.embedding < 1.0
    labelled = [e for c in perspective.classes for e in c.labelled]
    assert "Fortsatt ekonomiskt underskott" in labelled
    assert perspective.labelled_weight > 1


def test_cues_see_negation_near_praise_and_proposals() -> None:
    plain, negated, proposal = cue_features(
        ["Stödet fungerar bra.", "Stödet fungerar inte bra.", "Vi borde ha en väg in."]
    )
    assert plain[2] > 0 and plain[3] == 0
    assert negated[3] > 0 and negated[0] > 0 and negated[2] == 0
    assert proposal[1] > 0 and proposal[8] == 1


def test_seldom_takes_back_the_criticism_after_it_and_is_one_before_anything_else() -> None:
    rarely_wrong, rarely_followed = cue_features(
        ["Lönekontoret fungerar, det är sällan fel.", "Planerna följs sällan upp."]
    )
    # "sällan fel": a criticism taken back, no criticism left
    assert rarely_wrong[5] > 0 and rarely_wrong[4] == 0
    assert rarely_followed[4] > 0 and rarely_followed[5] == 0


def test_less_takes_back_the_praise_beside_it() -> None:
    lesser, plain = cue_features(
        ["Rapporterna fungerar mindre bra för oss.", "Rapporterna fungerar bra för oss."]
    )
    # "fungerar mindre bra": praise taken back, none left
    assert lesser[2] == 0 and lesser[3] > 0
    assert plain[2] > 0 and plain[3] == 0
    (people,) = cue_features(["Vi vill ha mindre personalgrupper."])
    assert people[3] == 0


def test_a_wait_of_weeks_months_or_years_is_a_criticism() -> None:
    # the focus groups told slow procurement so, with no judging word
    waits = cue_features(
        [
            "Vi behövde upphandla nya arbetskläder, och det tog över ett år.",
            "En förskolechef som vill köpa nya möbler får vänta i månader.",
            "Chromebooks som går sönder blir liggande i veckor.",
        ]
    )
    assert all(row[4] > 0 for row in waits)
    # a length of time that is no wait
    facts = cue_features(["Jag har jobbat här i tre år.", "Utbildningen tar tre dagar."])
    assert all(row[4] == 0 for row in facts)


def test_not_coping_is_a_criticism_not_one_taken_back() -> None:
    (worn,) = cue_features(["Hon har sagt att hon inte orkar mer."])
    assert worn[4] > 0 and worn[5] == 0


def test_cues_see_lack_and_weigh_the_clause_after_a_contrast() -> None:
    lack, contrast, plain = cue_features(
        [
            "Det saknas en gemensam väg in.",
            "HR är kunniga, men de är alldeles för få.",
            "HR är kunniga.",
        ]
    )
    assert lack[9] == 1 and plain[9] == 0
    assert contrast[10] == 1 and contrast[12] > 0 and contrast[11] == 0
    assert plain[10] == 0 and plain[12] == 0


def _hashed_polarity() -> tuple[HashingEmbedder, LensModel]:
    """The standard polarity lens trained on a hashing embedder: fast, no model needed."""
    embedder = HashingEmbedder()
    lens = load_lenses(default_lenses_path()).lens("polarity")
    texts, labels = training_texts(lens)
    return embedder, fit_lens(lens, embedder.encode(texts), texts, labels)


def test_a_lens_classifies_with_confidences_on_any_embedding() -> None:
    embedder, model = _hashed_polarity()
    statements = ["Vi borde införa en gemensam servicefunktion.", "Lönekontoret är pålitligt."]
    results = classify(model, embedder.encode(statements), statements)
    assert [r.label for r in results] == ["förslag", "styrka"]
    assert all(0.0 <= r.confidence <= 1.0 for r in results)
    assert classify(model, np.zeros((0, 96)), []) == []


def test_the_perspective_lens_reads_what_a_statement_is_about_not_how_it_is_judged() -> None:
    assert subject_features("Avtalskatalogen är inte svår att hitta i.") == [
        "s_avtalskatalog",
        "s_hitt",
    ]
    embedder = HashingEmbedder()
    lenses = load_lenses(default_lenses_path())
    perspective, polarity = lenses.lens("perspective"), lenses.lens("polarity")
    assert (perspective.words, polarity.words) == ("subject", "all")
    texts, labels = training_texts(perspective)
    words = fit_lens(perspective, embedder.encode(texts), texts, labels).vocabulary.vocabulary_
    # the examples say "svårt att rekrytera" about the development situation; the judgment
    # must not be what places a statement there
    assert "s_rekryter" in words
    assert not {"svårt", "s_svårt", "s_svår", "inte"} & set(words)


def test_other_lenses_can_be_configured() -> None:
    swot = load_lenses(SWOT)
    assert [c.id for c in swot.lenses[0].classes] == ["styrkor", "svagheter", "möjligheter", "hot"]


@pytest.mark.slow
def test_clear_statements_get_their_polarity_with_the_packaged_model() -> None:
    embedder = SentenceTransformerEmbedder()
    lens = load_lenses(default_lenses_path()).lens("polarity")
    texts, labels = training_texts(lens)
    model = fit_lens(lens, embedder.encode(texts), texts, labels)
    statements = [
        "HR-stödet fungerar jättebra för oss chefer.",
        "Det saknas en tydlig väg in till stödet.",
        "Vi borde ha en gemensam servicefunktion.",
    ]
    results = classify(model, embedder.encode(statements), statements)
    assert [r.label for r in results] == ["styrka", "svaghet", "förslag"]


def test_the_survey_question_leans_a_short_answer_but_not_a_clear_one() -> None:
    embedder, model = _hashed_polarity()
    answers = [
        "Stoltheten över det vi gör.",
        "Det saknas en väg in och det är svårt att veta vem man ska ringa.",
    ]
    vectors = embedder.encode(answers)
    unhinted = classify(model, vectors, answers)
    hinted = classify(model, vectors, answers, ["styrka", "styrka"])
    assert hinted[0].label == "styrka"
    assert hinted[0].confidence > (unhinted[0].confidence if unhinted[0].label == "styrka" else 0)
    assert unhinted[1].label == hinted[1].label == "svaghet"
    # a hint of another lens's class changes nothing
    assert classify(model, vectors, answers, ["strukturer", None]) == unhinted


def test_a_hint_naming_no_lens_class_is_a_clear_error() -> None:
    from synth.records import SourceType, Statement
    from synth.synthesis.engine import question_hints

    lenses = load_lenses(default_lenses_path())
    statement = Statement(
        id="s1",
        source_id="ENK-0001",
        source_type=SourceType.ENKAT,
        position=0,
        text="Bra lönestöd.",
        question="Vad fungerar bra i det stöd du får?",
    )
    hints = {"Vad fungerar bra*": "styrka", "Vad saknar du*": "förslag"}
    assert question_hints([statement], hints, lenses) == ["styrka"]
    with pytest.raises(ConfigError, match=r"free_text_hints.*styrkor"):
        question_hints([statement], {"Vad fungerar bra*": "styrkor"}, lenses)


def _answer(text: str, question: str, number: int = 1) -> Statement:
    from synth.records import SourceType, Statement

    return Statement(
        id=f"s{number}",
        source_id="INT-01",
        source_type=SourceType.INTERVJU,
        position=number,
        text=text,
        question=question,
    )


def test_an_interview_question_leans_its_answers_without_any_configuration() -> None:
    from synth.synthesis.engine import question_hints

    lenses = load_lenses(default_lenses_path())
    answers = [
        _answer("Vi har haft en planarkitekttjänst vakant i 14 månader.", "Är rekryteringen svår?"),
        _answer("Lönehanteringen.", "Och vad fungerar mindre bra?"),
        _answer("Controllern.", "Om du tänker på ekonomistödet, vad fungerar bra?"),
        _answer("En väg in.", "Om du hade ett trollspö, vad skulle du göra?"),
        # the closing question asks for anything at all; a plain "hur fungerar" too
        _answer("Att vi har tappat fem rektorer.", "Finns det något mer vi borde veta?"),
        _answer("Det är blandat.", "Hur fungerar IT-stödet?"),
        # a yes/no question answered no takes no lean from it
        _answer("Nej, inte för oss, vi har många sökande.", "Är rekryteringen svår?"),
        _answer("Mer tid.", "Konkreta problem i kursen, förslag på förbättringar"),
    ]
    assert question_hints(answers, {}, lenses) == [
        ("svaghet",),
        ("svaghet",),
        ("styrka",),
        ("förslag",),
        None,
        None,
        None,
        ("svaghet", "förslag"),
    ]
    # the engagement's own hint for a question comes before the lens set's
    configured = question_hints(answers[1:2], {"*mindre bra*": "förslag"}, lenses)
    assert configured == ["förslag"]


def test_a_hint_of_two_classes_leans_to_either() -> None:
    embedder, model = _hashed_polarity()
    answers = ["Föreläsningarna.", "Schemat.", "Mer tid."]
    vectors = embedder.encode(answers)
    plain = classify(model, vectors, answers)
    hinted = classify(model, vectors, answers, [("svaghet", "förslag")] * 3)
    # what names only a thing is read as one of the two the question asks for ...
    assert [r.label for r in plain[:2]] == ["neutral", "neutral"]
    assert all(r.label in {"svaghet", "förslag"} for r in hinted[:2])
    # ... and what already reads as one of them stays it, more surely
    assert plain[2].label == hinted[2].label == "svaghet"
    assert hinted[2].confidence > plain[2].confidence


@pytest.mark.slow
def test_a_factual_answer_to_a_question_about_a_difficulty_is_a_weakness() -> None:
    """With the packaged model: "Är rekryteringen svår?" answered with a vacancy."""
    from synth.synthesis.engine import question_hints

    embedder = SentenceTransformerEmbedder()
    lenses = load_lenses(default_lenses_path())
    lens = lenses.lens("polarity")
    texts, labels = training_texts(lens)
    model = fit_lens(lens, embedder.encode(texts), texts, labels)
    said = "Vi har haft en planarkitekttjänst vakant i 14 månader."
    asked = [_answer(said, "Är rekryteringen svår?"), _answer(said, "Hur länge har du varit här?")]
    vectors = embedder.encode([said, said])
    found = classify(model, vectors, [said, said], question_hints(asked, {}, lenses))
    assert [r.label for r in found] == ["svaghet", "neutral"]


def test_classifying_in_batches_gives_what_one_batch_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    import synth.synthesis.lenses as lenses_module

    embedder, model = _hashed_polarity()
    statements, _ = training_texts(load_lenses(default_lenses_path()).lens("polarity"))
    statements = statements[:10]
    whole = classify(model, embedder.encode(statements), statements)
    monkeypatch.setattr(lenses_module, "_BATCH", 3)
    batched = classify(model, embedder.encode(statements), statements)
    # the same labels; the confidences up to the rounding of a sparse product's sums
    assert [r.label for r in batched] == [r.label for r in whole]
    assert [r.confidence for r in batched] == pytest.approx([r.confidence for r in whole])


def test_many_statements_are_classified_in_worker_processes_as_in_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import synth.synthesis.lenses as lenses_module
    import synth.synthesis.workers as workers_module

    embedder = HashingEmbedder()
    lens_set = load_lenses(default_lenses_path())
    models = []
    for lens in lens_set.lenses:
        texts, labels = training_texts(lens)
        models.append(fit_lens(lens, embedder.encode(texts), texts, labels))
    statements = training_texts(lens_set.lens("polarity"))[0][:40]
    hints: list[str | None] = ["styrka" if i % 3 == 0 else None for i in range(len(statements))]
    vectors = embedder.encode(statements)
    serial = classify_all(models, vectors, statements, hints)
    monkeypatch.setattr(workers_module, "PARALLEL_FROM", 1)
    monkeypatch.setattr(lenses_module, "_PARALLEL_CHUNK", 7)
    monkeypatch.setattr(workers_module, "effective_n_jobs", lambda _jobs: 2)

    parallel = classify_all(models, vectors, statements, hints)

    assert set(parallel) == {lens.id for lens in lens_set.lenses}
    for lens_id, rows in serial.items():
        assert [r.label for r in parallel[lens_id]] == [r.label for r in rows]
        assert [r.confidence for r in parallel[lens_id]] == pytest.approx(
            [r.confidence for r in rows]
        )


def test_a_rerun_trains_the_lenses_on_cached_vectors_and_embeds_only_a_new_example(
    tmp_path: Path,
) -> None:
    """The trained lenses are not cached (they would have to be unpickled); their
    examples' vectors are, so a re-run embeds none of them again and labels alike."""
    import synth.synthesis.engine as engine
    from synth.synthesis.embed import EmbeddingCache

    lenses = load_lenses(default_lenses_path())
    embedder = HashingEmbedder()
    cache = EmbeddingCache(tmp_path / "cache.sqlite")
    texts = ["HR-konsulten svarar samma dag.", "Vi borde ha en väg in till IT."]
    vectors = embedder.encode(texts)
    first = engine.classify_lenses(lenses, embedder, cache, texts, vectors)
    embedded = embedder.encoded
    assert engine.classify_lenses(lenses, embedder, cache, texts, vectors) == first
    assert embedder.encoded == embedded
    # another example is embedded, and only that one
    data = lenses.model_dump()
    data["lenses"][1]["classes"][0]["examples"].append("Lönekontoret är pålitligt.")
    changed = type(lenses).model_validate(data)
    engine.classify_lenses(changed, embedder, cache, texts, vectors)
    assert embedder.encoded == embedded + 1


def test_cues_see_praise_and_blame_said_in_phrases() -> None:
    # "samma dag", "mellan stolarna": no single word says it, the phrase does
    praise, blame, plain = cue_features(
        [
            "HR-konsulten svarar samma dag.",
            "Ärendena hamnar mellan stolarna.",
            "Ärendena hamnar hos IT.",
        ]
    )
    assert praise[2] > 0 and plain[2] == 0
    assert blame[4] > 0 and plain[4] == 0


def test_one_lens_reads_texts_no_statement_said_alone() -> None:
    """A finding's headline is read by the lens the statements were read with
    (`lens_reader`): the real model and lens set, trained on first use, each text's
    class among the lens's own with a confidence."""
    from synth.synthesis.engine import lens_reader
    from synth.synthesis.lenses import PERSPECTIVE_LENS

    lenses = load_lenses(default_lenses_path())
    embedder = SentenceTransformerEmbedder()
    read = lens_reader(lenses, PERSPECTIVE_LENS, embedder, None)
    assert read is not None
    assert read([]) == []
    headlines = [
        "Chromebooks som går sönder blir liggande i veckor",
        "Antalet invånare över 80 år ökar kraftigt de närmaste tio åren",
    ]
    (device, label), (ageing, _) = read(headlines)
    assert device == "strukturer" and 0.0 < label <= 1.0
    assert ageing == "utvecklingssituation"
    # a lens the set does not have reads nothing
    assert lens_reader(lenses, "finns-inte", embedder, None) is None


def test_a_wait_is_told_in_time_or_said_to_take_long() -> None:
    assert tells_a_wait("Vi behövde upphandla arbetskläder, och det tog över ett år.")
    assert tells_a_wait("Upphandling är krånglig och tar alldeles för lång tid")
    assert tells_a_wait("IT-ärenden tar veckor")
    assert not tells_a_wait("Vi upphandlade arbetskläder förra året.")
    assert not tells_a_wait("Det tog ett beslut i nämnden.")
    # what has lain waiting, not what has stayed as it was
    assert tells_a_wait("Vi har ärenden i TopDesk som har legat i två månader.")
    assert tells_a_wait("Ett önskemål som har legat hos IT i över ett år.")
    assert not tells_a_wait("IT-budgeten har legat i stort sett still i fem år.")
