"""Likert results of the manager survey as chart data, with small groups held back.

Pure functions over the stored responses. A bar (one support function in one group) is
drawn only when at least `threshold` respondents answered it on the scale; a sector with
fewer respondents than that gets no chart at all. What was held back is listed by group
name so that the slide can say so; counts of a held-back group are never shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from synth.store import StoredResponse

__all__ = ["LikertBar", "LikertChart", "function_labels", "likert_charts"]

UNKNOWN_SECTOR = "Sektor okänd"


@dataclass(frozen=True)
class LikertBar:
    label: str
    n: int
    shares: tuple[float, ...]
    """Share of the answers on each scale point, lowest first; they sum to 1."""


@dataclass(frozen=True)
class LikertChart:
    title: str
    group: str
    """Alla svarande, or the sector the chart is about."""
    scale: tuple[str, ...]
    bars: tuple[LikertBar, ...]
    hidden: tuple[str, ...]
    """Support functions not shown because fewer than `threshold` answered them."""
    threshold: int
    hidden_sectors: tuple[str, ...] = ()
    """On the first chart: sectors with no chart of their own, too few respondents."""


def _common(lists: Sequence[Sequence[str]]) -> int:
    """How many leading items all `lists` share."""
    count = 0
    for items in zip(*lists, strict=False):
        if len(set(items)) != 1:
            break
        count += 1
    return count


def function_labels(questions: Sequence[str]) -> dict[str, str]:
    """Short labels for Likert questions: the words they do not share.

    "Hur nöjd är du med stödet från HR?" and "... från ekonomi?" become "HR" and "Ekonomi".
    A single question keeps its text.
    """
    if len(questions) < 2:
        return {q: q for q in questions}
    split = [q.rstrip("?. ").split() for q in questions]
    prefix = _common(split)
    suffix = _common([list(reversed(words)) for words in split])
    labels: dict[str, str] = {}
    for question, words in zip(questions, split, strict=True):
        core = words[prefix : len(words) - suffix] or words
        text = " ".join(core)
        labels[question] = text[:1].upper() + text[1:]
    return labels


def _scale(values: Sequence[float], labels: Mapping[str, float]) -> tuple[list[float], list[str]]:
    points = sorted({round(v) for v in values})
    if points:
        points = list(range(int(points[0]), int(points[-1]) + 1))
    names = {round(number): label for label, number in labels.items()}
    return [float(p) for p in points], [f"{p} {names[p]}" if p in names else str(p) for p in points]


def _bar(label: str, values: Sequence[float], points: Sequence[float]) -> LikertBar:
    counts = [sum(1 for v in values if round(v) == p) for p in points]
    total = sum(counts)
    return LikertBar(label=label, n=total, shares=tuple(c / total for c in counts))


def likert_charts(
    responses: Sequence[StoredResponse],
    *,
    threshold: int,
    sectors: Sequence[str] = (),
    scale_labels: Mapping[str, float] | None = None,
) -> tuple[LikertChart, ...]:
    """One chart for all respondents, then one per sector (in `sectors` order, then by name).

    "Vet ej" and empty answers (value None) are left out of the shares.
    """
    answered = [r for r in responses if r.value is not None]
    if not answered:
        return ()
    questions = list(dict.fromkeys(r.question for r in responses))
    labels = function_labels(questions)
    points, scale = _scale([r.value for r in answered if r.value is not None], scale_labels or {})

    def chart(title: str, group: str, rows: Sequence[StoredResponse]) -> LikertChart:
        bars, hidden = [], []
        for question in questions:
            values = [r.value for r in rows if r.question == question and r.value is not None]
            if len(values) >= threshold:
                bars.append(_bar(labels[question], values, points))
            else:
                hidden.append(labels[question])
        return LikertChart(title, group, tuple(scale), tuple(bars), tuple(hidden), threshold)

    charts = [chart("Chefsenkäten: nöjdhet med stödet", "Alla svarande", responses)]
    by_sector: dict[str, list[StoredResponse]] = {}
    for response in responses:
        by_sector.setdefault(response.sector or UNKNOWN_SECTOR, []).append(response)
    ordered = [s for s in sectors if s in by_sector]
    ordered += sorted(s for s in by_sector if s not in ordered)
    too_small = []
    for sector in ordered:
        rows = by_sector[sector]
        if len({r.respondent_id for r in rows}) < threshold:
            too_small.append(sector)
            continue
        sector_chart = chart(f"Chefsenkäten: {sector}", sector, rows)
        if sector_chart.bars:
            charts.append(sector_chart)
        else:
            too_small.append(sector)
    if too_small:
        charts[0] = replace(charts[0], hidden_sectors=tuple(too_small))
    return tuple(charts)
