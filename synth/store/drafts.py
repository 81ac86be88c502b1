"""Reading and writing drafts (observations, assessment, recommendations) in the store.

A drafting run replaces what the previous one drafted, never what the consultant edited:
a theme's custom headline and bullets stay, and an edited assessment point or
recommendation stays beside the freshly drafted ones.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from synth.records import (
    Assessment,
    AssessmentPoint,
    Bullet,
    Drafts,
    Origin,
    Recommendation,
    Theme,
    ThemeDraft,
    finding_number,
    finding_theme,
)
from synth.store.mapping import record_from
from synth.store.schema import DraftItemRow, RejectedQuoteRow, ThemeDraftRow
from synth.store.store import Store

__all__ = [
    "ASSESSMENT",
    "RECOMMENDATION",
    "edit_item",
    "edit_item_in",
    "edit_theme_draft",
    "edit_theme_draft_in",
    "load_drafts",
    "save_drafts",
]

ASSESSMENT = "bedömning"
RECOMMENDATION = "rekommendation"


def _bullet_row(bullet: Bullet) -> dict[str, object]:
    return {
        "text": bullet.text,
        "statement_ids": list(bullet.statement_ids),
        "supported": bullet.supported,
        "reason": bullet.reason,
        "similarity": bullet.similarity,
        "counterpart": bullet.counterpart,
        "beside": bullet.beside,
    }


def _listed(value: object) -> list[object]:
    """A JSON list read back from the store; anything else (absent, damaged) as empty."""
    return list(value) if isinstance(value, list | tuple) else []


def _bullet(row: dict[str, object]) -> Bullet:
    similarity = row.get("similarity")
    return Bullet(
        text=str(row.get("text", "")),
        statement_ids=tuple(str(s) for s in _listed(row.get("statement_ids"))),
        supported=bool(row.get("supported", True)),
        reason=str(row.get("reason", "")),
        similarity=float(similarity) if isinstance(similarity, int | float) else None,
        counterpart=str(row.get("counterpart") or ""),
        beside=bool(row.get("beside", False)),
    )


def save_drafts(store: Store, drafts: Drafts, run_id: int | None = None) -> None:
    """Store one drafting run in one transaction, keeping the consultant's edits."""
    with store.session() as session:
        existing = {row.theme_id: row for row in session.scalars(select(ThemeDraftRow))}
        for draft in drafts.themes:
            row = existing.get(draft.theme_id)
            if row is None:
                row = ThemeDraftRow(theme_id=draft.theme_id)
                session.add(row)
            row.headline = draft.headline
            row.bullets = [_bullet_row(b) for b in draft.bullets]
            row.breadth_text = draft.breadth_text
            row.quote_ids = list(draft.quote_ids)
            row.support_ids = list(draft.support_ids)
            row.perspective = draft.perspective
            row.polarity = draft.polarity
            row.backend = draft.origin.backend
            row.model = draft.origin.model
            row.fallback = draft.origin.fallback
            row.fallback_reason = draft.origin.fallback_reason
            row.updated_run = run_id
        # a theme's later finding that this run did not find again goes, unless the
        # consultant edited it; so does a theme's first where this run found others of
        # the theme but not it (another theme's finding took it in: "HR-konsulterna är
        # kunniga" into "HR-stödet är bra"), else the next deck showed it as it was. A
        # theme's own row stays where the run drafted nothing of it, for it may come back
        drafted = {d.theme_id for d in drafts.themes}
        themes_drafted = {finding_theme(d.theme_id) for d in drafts.themes}
        for theme_id, row in existing.items():
            edited = row.custom_headline is not None or row.custom_bullets is not None
            later = theme_id != finding_theme(theme_id)
            if theme_id not in drafted and not edited and (later or theme_id in themes_drafted):
                session.delete(row)
        session.execute(delete(DraftItemRow).where(DraftItemRow.custom_text.is_(None)))
        kept = list(session.scalars(select(DraftItemRow)))
        used = {row.id for row in kept}
        orders = {
            kind: max((r.ordering for r in kept if r.kind == kind), default=0)
            for kind in (ASSESSMENT, RECOMMENDATION)
        }

        def add(kind: str, prefix: str, text: str, origin: Origin, **fields: object) -> None:
            number = 1
            while f"{prefix}{number}" in used:
                number += 1
            used.add(f"{prefix}{number}")
            orders[kind] += 1
            session.add(
                DraftItemRow(
                    id=f"{prefix}{number}",
                    kind=kind,
                    ordering=orders[kind],
                    text=text,
                    backend=origin.backend,
                    model=origin.model,
                    fallback=origin.fallback,
                    fallback_reason=origin.fallback_reason,
                    updated_run=run_id,
                    **fields,
                )
            )

        if drafts.assessment is not None:
            for point in drafts.assessment.points:
                add(
                    ASSESSMENT,
                    "B",
                    point.text,
                    drafts.assessment.origin,
                    theme_ids=list(point.theme_ids),
                    statement_ids=[],
                    supported=point.supported,
                    reason=point.reason,
                )
        for rec in drafts.recommendations:
            add(
                RECOMMENDATION,
                "R",
                rec.text,
                rec.origin,
                theme_ids=list(rec.theme_ids),
                statement_ids=list(rec.statement_ids),
                supported=rec.supported,
                reason=rec.reason,
            )


def finding_support(store: Store) -> dict[str, tuple[str, ...]]:
    """Each stored finding's id with the statements its drafted headline rested on: what
    tells a re-run's finding that it is the same one (`synth.draft.offline.kept_finding_ids`)."""
    with store.session() as session:
        return {
            row.theme_id: tuple(str(s) for s in row.support_ids or ())
            for row in session.scalars(select(ThemeDraftRow))
        }


def _finding_order(finding: str) -> tuple[str, int]:
    """A theme's first finding first, then "T46.2" before "T46.10"."""
    return finding_theme(finding), finding_number(finding)


def _origin(row: ThemeDraftRow | DraftItemRow, edited: bool) -> Origin:
    return record_from(Origin, row, edited=edited)


def load_drafts(store: Store, themes: Sequence[Theme]) -> Drafts:
    """The current drafts, for `themes` (load_themes: the consultant's order) that are
    active and included, each theme's findings in their order; an edited text is shown as
    the consultant wrote it, and a quote they struck since the draft was made is left out."""
    with store.session() as session:
        rows = {row.theme_id: row for row in session.scalars(select(ThemeDraftRow))}
        struck = set(session.scalars(select(RejectedQuoteRow.statement_id)))
        findings: dict[str, list[str]] = {}
        for finding in sorted(rows, key=_finding_order):
            findings.setdefault(finding_theme(finding), []).append(finding)
        wanted = [
            finding
            for t in themes
            if t.status == "active" and t.include
            for finding in findings.get(t.id, [])
        ]
        items = list(
            session.scalars(select(DraftItemRow).order_by(DraftItemRow.ordering, DraftItemRow.id))
        )
        theme_drafts = []
        for theme_id in wanted:
            if (row := rows.get(theme_id)) is None:
                continue
            edited = row.custom_headline is not None or row.custom_bullets is not None
            bullets = row.custom_bullets if row.custom_bullets is not None else row.bullets
            theme_drafts.append(
                ThemeDraft(
                    theme_id=theme_id,
                    headline=row.custom_headline or row.headline,
                    bullets=tuple(_bullet(b) for b in bullets or []),
                    breadth_text=row.breadth_text,
                    quote_ids=tuple(q for q in row.quote_ids or () if q not in struck),
                    support_ids=tuple(row.support_ids or ()),
                    perspective=row.perspective,
                    polarity=row.polarity,
                    origin=_origin(row, edited),
                )
            )
        points = [
            AssessmentPoint(
                text=row.custom_text or row.text,
                theme_ids=tuple(row.theme_ids or ()),
                supported=row.custom_text is not None or row.supported,
                reason="" if row.custom_text is not None else row.reason,
                id=row.id,
            )
            for row in items
            if row.kind == ASSESSMENT
        ]
        assessment_rows = [row for row in items if row.kind == ASSESSMENT]
        assessment = (
            Assessment(
                points=tuple(points),
                origin=_origin(
                    assessment_rows[-1], any(r.custom_text is not None for r in assessment_rows)
                ),
            )
            if assessment_rows
            else None
        )
        recommendations = tuple(
            Recommendation(
                id=row.id,
                text=row.custom_text or row.text,
                theme_ids=tuple(row.theme_ids or ()),
                statement_ids=tuple(row.statement_ids or ()),
                origin=_origin(row, row.custom_text is not None),
                supported=row.custom_text is not None or row.supported,
                reason="" if row.custom_text is not None else row.reason,
            )
            for row in items
            if row.kind == RECOMMENDATION
        )
    return Drafts(
        themes=tuple(theme_drafts), assessment=assessment, recommendations=recommendations
    )


def edit_theme_draft(
    store: Store,
    theme_id: str,
    *,
    headline: str | None = None,
    bullets: Sequence[Bullet] | None = None,
) -> bool:
    """Keep the consultant's headline and/or bullets for a theme; False if it has no draft.

    Text equal to the drafted one is no edit, so that exporting and importing a workbook
    unchanged pins nothing.
    """
    with store.session() as session:
        return edit_theme_draft_in(session, theme_id, headline=headline, bullets=bullets)


def edit_theme_draft_in(
    session: Session,
    theme_id: str,
    *,
    headline: str | None = None,
    bullets: Sequence[Bullet] | None = None,
) -> bool:
    """`edit_theme_draft` as part of the caller's transaction."""
    row = session.get(ThemeDraftRow, theme_id)
    if row is None:
        return False
    if headline is not None:
        headline = headline.strip()
        row.custom_headline = None if not headline or headline == row.headline else headline
    if bullets is not None:
        drafted = [b.get("text") for b in row.bullets or []]
        texts = [b.text for b in bullets]
        row.custom_bullets = (
            None if texts == drafted else [_bullet_row(b) for b in bullets if b.text.strip()]
        )
    return True


def edit_item(store: Store, item_id: str, text: str) -> bool:
    """Keep the consultant's text for an assessment point or recommendation."""
    with store.session() as session:
        return edit_item_in(session, item_id, text)


def edit_item_in(session: Session, item_id: str, text: str) -> bool:
    """`edit_item` as part of the caller's transaction."""
    row = session.get(DraftItemRow, item_id)
    if row is None:
        return False
    text = text.strip()
    row.custom_text = None if not text or text == row.text else text
    return True
