"""The manager survey's results from the collected workbooks, aggregated with pandas.

Pure functions over a form and its current answers (`synth.store.surveys.current_answers`):
per Likert statement the answers of every support function, sorted worst first (or, for a
statement whose `scale_meaning` is need, most needed first), broken down by chefsnivå
(first-line managers against the others) and by sector; where the support comes from; the
numbers asked (span of control, share of admin time) per group; and the areas marked as
making the most difference. The same long table of answers, one row per respondent, is the
export for the consultant's own cross-tabs.

Small groups are held back by one rule, `suppressed`: a group (a sector, a chefsnivå) with
fewer respondents than the engagement's anonymity threshold is not shown at all, and a
figure resting on fewer answers than that is not shown either. Respondents are numbered
R001, R002, … in an order that does not follow the recipient list.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from synth.forms import Form, Question, TableQuestion
from synth.store import Store
from synth.store.surveys import RecipientInput, StoredAnswer, current_answers, recipients

__all__ = [
    "AGREE_FROM",
    "ALL",
    "FIRST_LINE_LABEL",
    "OTHER_LEVELS_LABEL",
    "ChoiceShares",
    "LikertItem",
    "LikertResult",
    "MultiResult",
    "NumberRow",
    "NumberSummary",
    "SurveyResults",
    "anonymous_ids",
    "answer_table",
    "likert_keys",
    "stored_results",
    "suppressed",
    "survey_results",
]

ALL = "Alla svarande"
UNKNOWN_SECTOR = "Sektor okänd"
LEVEL_QUESTION = "chefsniva"
"""The question that says who is a first-line manager (its id in chefsenkat.yaml)."""
FIRST_LINE = "forsta_linjen"
FIRST_LINE_LABEL = "Första linjens chefer"
OTHER_LEVELS_LABEL = "Övriga chefer"
AGREE_FROM = 4
"""Scale points counted as agreeing: 4 and 5 of 1–5 ("instämmer till stor del/helt")."""


def suppressed(count: int, threshold: int) -> bool:
    """Whether a group or a figure resting on `count` respondents is held back: the one
    rule of the survey's results (charts, tables, the deck's older export charts)."""
    return count < threshold


@dataclass(frozen=True)
class LikertItem:
    label: str
    """The support function (a table's row) or, outside a table, the statement."""
    n: int
    """Answers on the scale ("Vet ej" and gaps left out)."""
    shares: tuple[float, ...]
    """Share of the answers on each scale point, 1 first; they sum to 1."""
    mean: float
    agree: float
    """Share answering `AGREE_FROM` or higher."""


@dataclass(frozen=True)
class LikertResult:
    id: str
    title: str
    """The statement ("Jag får det stöd jag behöver") or the section's title."""
    meaning: str
    """positive or need (`synth.forms.ScaleMeaning`)."""
    items: tuple[LikertItem, ...]
    """Shown items, worst (positive) or most needed (need) first."""
    hidden: tuple[str, ...]
    """Items answered by fewer than the threshold."""
    groups: tuple[str, ...]
    """Columns of the breakdown: all respondents, the chefsnivå groups, the sectors shown."""
    breakdown: tuple[tuple[float | None, ...], ...]
    """Per item (in `items` order) and group the share agreeing; None where fewer than the
    threshold answered."""
    per_row: bool = True
    """The items are a table's rows (support functions); otherwise separate statements."""
    row_header: str = "Påstående"
    """What the items are ("Stödfunktion"), as the table's heading of its rows."""


@dataclass(frozen=True)
class ChoiceShares:
    """A single-choice table column ("Stödet jag använder mest finns …") per row."""

    title: str
    choices: tuple[str, ...]
    items: tuple[tuple[str, int, tuple[float, ...]], ...]
    """(row label, answers, share per choice), the most central first."""
    hidden: tuple[str, ...]


@dataclass(frozen=True)
class NumberRow:
    group: str
    n: int
    median: float
    mean: float


@dataclass(frozen=True)
class NumberSummary:
    id: str
    title: str
    unit: str
    rows: tuple[NumberRow, ...]
    """All respondents first, then the groups shown."""


@dataclass(frozen=True)
class MultiResult:
    id: str
    title: str
    respondents: int
    """Those who marked at least one option: the base of the shares."""
    groups: tuple[str, ...]
    """All respondents, then the chefsnivå groups shown."""
    items: tuple[tuple[str, tuple[float, ...]], ...]
    """(option, share marking it per group), most marked first."""


@dataclass(frozen=True)
class SurveyResults:
    form_id: str
    title: str
    respondents: int
    threshold: int
    likert: tuple[LikertResult, ...]
    placements: tuple[ChoiceShares, ...]
    numbers: tuple[NumberSummary, ...]
    multis: tuple[MultiResult, ...]
    hidden_groups: tuple[str, ...]
    """Sectors and chefsnivå groups with fewer respondents than the threshold."""
    scale: tuple[str, ...] = ()
    """The Likert scale's points as a legend names them ("1 Instämmer inte alls", "2", …)."""


# the long table ---------------------------------------------------------------------------


def anonymous_ids(form_id: str, recipient_ids: Sequence[str]) -> dict[str, str]:
    """R001, R002, … per recipient, ordered by a hash: not the recipient list's order."""

    def key(recipient: str) -> str:
        return hashlib.sha256(f"{form_id}\x1f{recipient}".encode()).hexdigest()

    ordered = sorted(set(recipient_ids), key=key)
    width = max(3, len(str(len(ordered))))
    return {r: f"R{i:0{width}d}" for i, r in enumerate(ordered, start=1)}


def answer_table(
    form: Form, answers: Sequence[StoredAnswer], people: Mapping[str, RecipientInput]
) -> pd.DataFrame:
    """One row per answered cell: respondent (anonymous id), sector, level group, question,
    row and field ids, number and text. Missing and invalid cells are left out."""
    ids = anonymous_ids(form.id, [a.recipient_id for a in answers])
    frame = pd.DataFrame(
        [
            {
                "respondent": ids[a.recipient_id],
                "sector": (people[a.recipient_id].sector if a.recipient_id in people else None)
                or a.sector
                or UNKNOWN_SECTOR,
                "question": a.question_id,
                "row": a.row_id,
                "field": a.field_id,
                "number": a.value_number,
                "text": a.value_text,
            }
            for a in answers
            if a.status == "answered"
        ],
        columns=["respondent", "sector", "question", "row", "field", "number", "text"],
    )
    levels = frame.loc[frame["question"] == LEVEL_QUESTION].set_index("respondent")["text"]
    level = frame["respondent"].map(levels)
    frame["level"] = level.map(
        lambda v: (
            None if pd.isna(v) else (FIRST_LINE_LABEL if v == FIRST_LINE else OTHER_LEVELS_LABEL)
        )
    )
    return frame


def _memberships(frame: pd.DataFrame, sectors: Sequence[str]) -> tuple[pd.DataFrame, list[str]]:
    """Respondent -> group, every respondent in ALL, its level group and its sector; and
    the group names in column order."""
    people = frame.drop_duplicates("respondent")[["respondent", "sector", "level"]]
    parts = [
        people.assign(group=ALL),
        people.dropna(subset=["level"]).assign(group=lambda d: d["level"]),
        people.assign(group=lambda d: d["sector"]),
    ]
    members = pd.concat(parts)[["respondent", "group"]].drop_duplicates()
    found = set(people["sector"])
    order = [ALL, FIRST_LINE_LABEL, OTHER_LEVELS_LABEL]
    order += [s for s in sectors if s in found]
    order += sorted(found - set(order))
    present = set(members["group"])
    return members, [g for g in order if g in present]


# the parts ----------------------------------------------------------------------------------


_Spec = tuple[str, str, str, list[tuple[str, str, str]], str]


def _likert_specs(form: Form) -> list[_Spec]:
    """(result id, title, meaning, [(question, row, label)], row header) per chart: one per
    Likert column of a table (its rows the items), one per section and meaning for the
    other Likert questions."""
    specs: list[_Spec] = []
    for section in form.sections:
        loose: dict[str, list[tuple[str, str, str]]] = {}
        for q in section.questions:
            if isinstance(q, TableQuestion):
                for column in q.columns:
                    if column.type == "likert":
                        items = [(q.id, r.id, r.label) for r in q.rows]
                        specs.append(
                            (
                                f"{q.id}.{column.id}",
                                column.text,
                                column.scale_meaning,
                                items,
                                q.row_header,
                            )
                        )
            elif q.type == "likert":
                loose.setdefault(q.scale_meaning, []).append((q.id, "", q.text.rstrip(".")))
        for meaning, items in loose.items():
            specs.append((f"{section.id}.{meaning}", section.title, meaning, items, "Påstående"))
    return specs


def likert_keys(form: Form) -> set[str]:
    """The question ids the form's Likert answers have among the store's responses
    (`synth.survey.publish`): "stod.hr.far_stod", "underlattar"."""
    keys = set()
    for result_id, _, _, items, _ in _likert_specs(form):
        field = result_id.split(".", 1)[1] if items and items[0][1] else ""
        keys |= {".".join(p for p in (q, r, field) if p) for q, r, _ in items}
    return keys


def _likert(
    frame: pd.DataFrame,
    members: pd.DataFrame,
    groups: Sequence[str],
    spec: _Spec,
    points: int,
    threshold: int,
) -> LikertResult:
    result_id, title, meaning, specs, row_header = spec
    field = result_id.split(".", 1)[1] if specs and specs[0][1] else ""
    labels = {(q, r): label for q, r, label in specs}
    cells = frame[
        frame["number"].notna()
        & pd.MultiIndex.from_arrays([frame["question"], frame["row"]]).isin(list(labels))
        & (frame["field"] == field)
    ].copy()
    cells["label"] = [labels[(q, r)] for q, r in zip(cells["question"], cells["row"], strict=True)]
    cells["agree"] = cells["number"] >= AGREE_FROM
    counts = (
        cells.groupby("label")["number"]
        .value_counts()
        .unstack(fill_value=0)
        .reindex(columns=range(1, points + 1), fill_value=0)
    )
    items: list[LikertItem] = []
    hidden: list[str] = []
    for _, _, label in specs:
        n = int(counts.loc[label].sum()) if label in counts.index else 0
        if suppressed(n, threshold):
            hidden.append(label)
            continue
        values = cells.loc[cells["label"] == label, "number"]
        items.append(
            LikertItem(
                label=label,
                n=n,
                shares=tuple(float(c) / n for c in counts.loc[label]),
                mean=float(values.mean()),
                agree=float((values >= AGREE_FROM).mean()),
            )
        )
    # worst first: the least agreement with a positive statement, the most with a need
    sign = -1 if meaning == "need" else 1
    items.sort(key=lambda i: (sign * i.agree, sign * i.mean, i.label))
    by_group = cells.merge(members, on="respondent").groupby(["label", "group"])["agree"]
    shares, sizes = by_group.mean(), by_group.size()
    breakdown = tuple(
        tuple(
            None
            if suppressed(int(sizes.get((item.label, g), 0)), threshold)
            else float(shares[(item.label, g)])
            for g in groups
        )
        for item in items
    )
    return LikertResult(
        id=result_id,
        title=title,
        meaning=meaning,
        items=tuple(items),
        hidden=tuple(hidden),
        groups=tuple(groups),
        breakdown=breakdown,
        per_row=bool(specs and specs[0][1]),
        row_header=row_header,
    )


def _placements(frame: pd.DataFrame, q: TableQuestion, threshold: int) -> list[ChoiceShares]:
    found = []
    labels = {r.id: r.label for r in q.rows}
    for column in q.columns:
        if column.type != "single":
            continue
        cells = frame[(frame["question"] == q.id) & (frame["field"] == column.id)]
        cells = cells[cells["row"].isin(labels)]
        if cells.empty:
            continue
        counts = (
            cells.groupby("row")["text"]
            .value_counts()
            .unstack(fill_value=0)
            .reindex(columns=[c.id for c in column.choices], fill_value=0)
        )
        items, hidden = [], []
        for row_id, label in labels.items():
            n = int(counts.loc[row_id].sum()) if row_id in counts.index else 0
            if suppressed(n, threshold):
                hidden.append(label)
                continue
            items.append((label, n, tuple(float(c) / n for c in counts.loc[row_id])))
        items.sort(key=lambda item: (-item[2][0], item[0]))
        found.append(
            ChoiceShares(
                title=column.text,
                choices=tuple(c.label for c in column.choices),
                items=tuple(items),
                hidden=tuple(hidden),
            )
        )
    return found


def _numbers(
    frame: pd.DataFrame, members: pd.DataFrame, groups: Sequence[str], q: Question, threshold: int
) -> NumberSummary | None:
    values = frame[(frame["question"] == q.id) & (frame["row"] == "") & frame["number"].notna()]
    if values.empty:
        return None
    stats = values.merge(members, on="respondent").groupby("group")["number"]
    table = stats.agg(["size", "median", "mean"])
    rows = tuple(
        NumberRow(
            g, int(table.loc[g, "size"]), float(table.loc[g, "median"]), float(table.loc[g, "mean"])
        )
        for g in groups
        if g in table.index and not suppressed(int(table.loc[g, "size"]), threshold)
    )
    return NumberSummary(id=q.id, title=q.text, unit=q.unit, rows=rows) if rows else None


def _multi(
    frame: pd.DataFrame, members: pd.DataFrame, groups: Sequence[str], q: Question, threshold: int
) -> MultiResult | None:
    marks = frame[(frame["question"] == q.id) & frame["text"].notna()]
    # a multi choice is stored one cell per option: the option's id is the field
    marks = marks[marks["field"].isin([c.id for c in q.choices])]
    if suppressed(marks["respondent"].nunique(), threshold):
        return None
    joined = marks.merge(members, on="respondent")
    base = joined.groupby("group")["respondent"].nunique()
    level_groups = [ALL, FIRST_LINE_LABEL, OTHER_LEVELS_LABEL]
    shown = [
        g for g in groups if g in level_groups and not suppressed(int(base.get(g, 0)), threshold)
    ]
    counts = joined.groupby(["field", "group"])["respondent"].nunique()
    items = [
        (c.label, tuple(float(counts.get((c.id, g), 0)) / int(base[g]) for g in shown))
        for c in q.choices
    ]
    items.sort(key=lambda item: (-item[1][0], item[0]))
    return MultiResult(
        id=q.id,
        title=q.text,
        respondents=int(base[ALL]),
        groups=tuple(shown),
        items=tuple(items),
    )


def _scale_names(form: Form) -> tuple[str, ...]:
    if form.scale is None:
        return ()
    names = {1: form.scale.low, form.scale.points: form.scale.high}
    return tuple(
        f"{p} {names[p]}" if p in names else str(p) for p in range(1, form.scale.points + 1)
    )


def survey_results(
    form: Form,
    answers: Sequence[StoredAnswer],
    people: Mapping[str, RecipientInput],
    *,
    threshold: int,
    sectors: Sequence[str] = (),
) -> SurveyResults | None:
    """Everything the slides show of one form's answers; None without any answer."""
    frame = answer_table(form, answers, people)
    if frame.empty:
        return None
    members, groups = _memberships(frame, sectors)
    sizes = members.groupby("group")["respondent"].nunique()
    hidden_groups = [g for g in groups if suppressed(int(sizes[g]), threshold)]
    groups = [g for g in groups if g not in hidden_groups]
    members = members[members["group"].isin(groups)]
    points = form.scale.points if form.scale else 5
    likert = [
        _likert(frame, members, groups, spec, points, threshold) for spec in _likert_specs(form)
    ]
    placements: list[ChoiceShares] = []
    numbers: list[NumberSummary] = []
    multis: list[MultiResult] = []
    for q in form.questions():
        if isinstance(q, TableQuestion):
            placements += _placements(frame, q, threshold)
        elif q.type == "number" and (summary := _numbers(frame, members, groups, q, threshold)):
            numbers.append(summary)
        elif q.type == "multi" and (multi := _multi(frame, members, groups, q, threshold)):
            multis.append(multi)
    return SurveyResults(
        form_id=form.id,
        title=form.title,
        respondents=int(frame["respondent"].nunique()),
        threshold=threshold,
        likert=tuple(r for r in likert if r.items),
        placements=tuple(placements),
        numbers=tuple(numbers),
        multis=tuple(multis),
        hidden_groups=tuple(hidden_groups),
        scale=_scale_names(form),
    )


def stored_results(
    store: Store, form: Form, *, threshold: int, sectors: Sequence[str] = ()
) -> SurveyResults | None:
    """`survey_results` of the form's current answers in `store`."""
    return survey_results(
        form,
        current_answers(store, form.id),
        recipients(store, form.id),
        threshold=threshold,
        sectors=sectors,
    )
