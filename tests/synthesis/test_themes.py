from __future__ import annotations

import numpy as np

from synth.records import Membership
from synth.synthesis.themes import OTHER, assign_themes


def vectors_for(groups: list[int], dims: int = 16, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = np.eye(dims)[:8] * 3
    rows = np.array([centres[g] + 0.1 * rng.normal(size=dims) for g in groups])
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def first_run(groups: list[int]) -> tuple[list[str], dict[str, str], np.ndarray]:
    ids = [f"S{i:03d}" for i in range(len(groups))]
    vectors = vectors_for(groups)
    result = assign_themes(ids, ids, vectors, {}, merged={}, next_number=1)
    return ids, result.themes, vectors


def test_a_first_run_makes_themes_with_stable_ids() -> None:
    ids, themes, _ = first_run([0] * 10 + [1] * 10 + [2] * 10)
    assert set(themes.values()) == {"T01", "T02", "T03"}
    assert len({themes[i] for i in ids[:10]}) == 1


def test_a_rerun_keeps_every_theme_and_new_statements_join_or_form_themes() -> None:
    groups = [0] * 10 + [1] * 10
    ids, themes, _ = first_run(groups)
    previous = {sid: Membership(sid, t, False, sid) for sid, t in themes.items()}
    new_groups = [*groups, 0, 0, 3, 3, 3, 3]
    new_ids = ids + [f"N{i}" for i in range(6)]
    result = assign_themes(
        new_ids, new_ids, vectors_for(new_groups, seed=1), previous, merged={}, next_number=3
    )
    assert all(result.themes[sid] == themes[sid] for sid in ids)
    assert result.themes["N0"] == result.themes["N1"] == themes[ids[0]]
    assert result.joined == {themes[ids[0]]: ["N0", "N1"]}
    assert result.new_themes == ["T03"]
    assert {result.themes[f"N{i}"] for i in range(2, 6)} == {"T03"}


def test_pinned_moves_and_merges_survive() -> None:
    ids, themes, vectors = first_run([0] * 10 + [1] * 10)
    a, b = themes[ids[0]], themes[ids[10]]
    previous = {sid: Membership(sid, t, False, sid) for sid, t in themes.items()}
    previous[ids[0]] = Membership(ids[0], b, True, ids[0])  # the consultant moved it
    result = assign_themes(ids, ids, vectors, previous, merged={}, next_number=3)
    assert result.themes[ids[0]] == b
    merged = assign_themes(ids, ids, vectors, previous, merged={a: b}, next_number=3)
    assert set(merged.themes.values()) == {b}


def test_a_changed_text_is_placed_again() -> None:
    ids, themes, vectors = first_run([0] * 10 + [1] * 10)
    previous = {sid: Membership(sid, t, False, sid) for sid, t in themes.items()}
    hashes = list(ids)
    hashes[0] = "changed"
    moved = vectors.copy()
    moved[0] = vectors[15]  # its new text is about the other subject
    result = assign_themes(ids, hashes, moved, previous, merged={}, next_number=3)
    assert result.themes[ids[0]] == themes[ids[15]]


def test_other_stays_put_when_nothing_is_new() -> None:
    groups = [0] * 10 + [1] * 10
    ids, themes, vectors = first_run(groups)
    previous = {sid: Membership(sid, t, False, sid) for sid, t in themes.items()}
    previous[ids[3]] = Membership(ids[3], OTHER, False, ids[3])
    result = assign_themes(ids, ids, vectors, previous, merged={}, next_number=3)
    assert result.themes[ids[3]] == OTHER and result.new_themes == []


def test_a_subject_heard_as_strength_and_as_weakness_gives_two_findings() -> None:
    # "HR-stödet är snabbt och kunnigt" and "HR har för få konsulter": one subject (the
    # same vectors), two findings; the lone proposal is not evidence for either
    groups = [0] * 12 + [1] * 8
    polarities = ["styrka"] * 6 + ["svaghet"] * 5 + ["förslag"] + ["neutral"] * 8
    ids = [f"S{i:03d}" for i in range(len(groups))]
    result = assign_themes(
        ids, ids, vectors_for(groups), {}, merged={}, next_number=1, polarities=polarities
    )
    strength = {result.themes[i] for i in ids[:6]}
    weakness = {result.themes[i] for i in ids[6:11]}
    assert len(strength) == len(weakness) == 1
    assert strength != weakness and OTHER not in strength | weakness
    assert result.themes[ids[11]] == OTHER
    assert len({result.themes[i] for i in ids[12:]} - {OTHER}) == 1
    assert len(result.new_themes) == 3


def test_a_newcomer_joins_only_a_finding_of_its_own_polarity() -> None:
    groups = [0] * 10 + [1] * 10
    ids, themes, _ = first_run(groups)
    previous = {sid: Membership(sid, t, False, sid) for sid, t in themes.items()}
    new_ids = [*ids, "N0", "N1"]
    polarities = ["svaghet"] * 10 + ["styrka"] * 10 + ["svaghet", "styrka"]
    result = assign_themes(
        new_ids,
        new_ids,
        vectors_for([*groups, 0, 0], seed=1),
        previous,
        merged={},
        next_number=3,
        polarities=polarities,
    )
    # both are about subject 0, a weakness theme: only the weakness joins it
    assert result.themes["N0"] == themes[ids[0]]
    assert result.themes["N1"] != themes[ids[0]]
    assert result.joined == {themes[ids[0]]: ["N0"]}


def test_a_cluster_heard_from_one_source_only_is_not_a_finding() -> None:
    groups = [0] * 10 + [1] * 10
    ids = [f"S{i:03d}" for i in range(len(groups))]
    sources = ["K01"] * 10 + [f"K{i:02d}" for i in range(10)]
    result = assign_themes(
        ids, ids, vectors_for(groups), {}, merged={}, next_number=1, sources=sources
    )
    assert {result.themes[i] for i in ids[:10]} == {OTHER}
    assert len({result.themes[i] for i in ids[10:]}) == 1 and result.new_themes == ["T01"]
