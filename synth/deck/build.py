"""Writing an engagement's deck: read the store, build the content, draw, check, save.

The only I/O of the deck package is here. The file is written whole or not at all: the
personal-data check and the overflow check run on the finished presentation in memory.
The same store, curation, template and date give byte-identical files: the package's
time stamps (zip entries, document properties, the charts' embedded workbooks) are fixed.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import time
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from synth.config import EngagementConfig
from synth.deck.check import check_personal_data
from synth.deck.content import (
    DeckContent,
    Providers,
    fieldwork,
    observations_from_themes,
    recommendations_from_drafts,
    sentence_case,
    with_dates_checked,
    with_function_said,
    with_inventory,
    with_placement,
    with_related,
    with_staff,
    with_staff_remedy,
    with_survey,
)
from synth.deck.measure import overflow
from synth.deck.render import render
from synth.deck.resources import ResourceTable, resource_table, unlisted_support
from synth.deck.survey import likert_charts, staff_table
from synth.deck.survey_evidence import first_results, function_scores
from synth.deck.template import open_template, pick_layouts
from synth.draft.context import development_figures
from synth.errors import DeckError, FormError, IngestError
from synth.files import atomic_write
from synth.forms import find_form, form_dirs, load_form
from synth.privacy.engagement import engagement_pseudonymiser
from synth.privacy.roles import RoleGroups
from synth.records import Drafts, Respondent, Source, Statement, Theme
from synth.review.guard import check_no_unimported_edits
from synth.roster import recipient_list
from synth.store import Store, StoredResponse, StoreStatus
from synth.store.drafts import load_drafts
from synth.store.surveys import ResponseRate, recipients, response_rates
from synth.store.themes import LensRecord, curation_imports, lens_records, load_themes
from synth.survey.inventory import INVENTORY_FORM, stored_inventory, table_question
from synth.survey.publish import is_published
from synth.survey.results import SurveyResults, likert_keys, stored_results
from synth.synthesis.describe import repeated_wordings
from synth.synthesis.themes import OTHER

__all__ = ["DECK_FILE", "DeckResult", "build_content", "write_deck"]

DECK_FILE = "iakttagelser.pptx"
_FIXED = (1980, 1, 1, 0, 0, 0)
_TOLERANCE_PT = 0.5


@dataclass(frozen=True)
class DeckResult:
    path: Path
    slides: int
    observations: int
    charts: int
    seconds: float
    themes: bool = True
    featured: int = 0
    """Observations with a slide of their own; the rest are listed in the appendix."""
    """Whether the store had themes; without them only the survey and inventory slides."""


def build_content(
    config: EngagementConfig,
    *,
    themes: Sequence[Theme],
    statements: Mapping[str, Statement],
    status: StoreStatus,
    responses: Sequence[StoredResponse],
    recipients: int | None,
    date: dt.date,
    respondents: Sequence[Respondent] = (),
    lenses: Mapping[str, LensRecord] | None = None,
    sources: Sequence[Source] = (),
    drafts: Drafts | None = None,
    resources: ResourceTable | None = None,
    reviewed: bool = False,
    themed: bool = True,
    surveys: Sequence[SurveyResults] = (),
    rates: Sequence[ResponseRate] = (),
    collected_keys: frozenset[str] = frozenset(),
) -> DeckContent:
    """Everything the slides say, from what the store holds; pure. Without `drafts` (no
    `synth draft` yet) the observations come from the themes and there is no assessment
    and no recommendation. `surveys` are the results of forms collected as workbooks; their
    Likert answers (`collected_keys`) are shown there and left out of the export charts."""
    section = config.engagement
    drafts = drafts if drafts is not None and not drafts.empty else None
    charts = likert_charts(
        [r for r in responses if r.question_id not in collected_keys],
        threshold=section.anonymity_threshold,
        sectors=section.sectors,
        scale_labels=config.survey.scale,
    )
    staff = staff_table(respondents, threshold=section.anonymity_threshold, sectors=section.sectors)
    groups = RoleGroups.count(statements, section.anonymity_threshold)
    # each step adds what one source says of the findings: the survey's rating, the
    # inventory's figure, the staff table, the other findings on the same function, the
    # support out in the operations
    scores = function_scores(charts, surveys)
    providers = Providers(charts[0].without, tuple(first_results(scores))) if charts else None
    observations = observations_from_themes(
        themes,
        statements,
        drafts,
        anonymity_threshold=section.anonymity_threshold,
        providers=providers,
    )
    observations = with_survey(observations, scores)
    observations = with_function_said(
        observations,
        statements,
        lenses or {},
        groups,
        resources.described if resources is not None else (),
    )
    observations = with_inventory(observations, resources)
    employees = resources.sector_employees if resources is not None else {}
    observations = with_staff(observations, staff, statements, employees)
    observations = with_related(observations)
    observations = with_placement(observations, resources)
    observations = with_dates_checked(observations, statements)
    return DeckContent(
        client=section.client or section.name,
        commission=section.commission,
        date=date,
        fieldwork=replace(
            fieldwork(
                status.sources_by_type,
                status.statements,
                recipients,
                sources,
                tuple(rates),
                told=groups.told_types(),
            ),
            recipients_file=config.ingest.recipients if recipients else "",
            interview_log=config.ingest.interview_log,
        ),
        observations=observations,
        charts=charts,
        assessment=drafts.assessment.points if drafts and drafts.assessment else (),
        recommendations=with_staff_remedy(
            recommendations_from_drafts(drafts, statements),
            observations,
            staff,
            statements,
            employees,
        )
        if drafts
        else (),
        resources=resources,
        surveys=tuple(surveys),
        staff=staff,
        development=tuple(
            replace(
                figure,
                line=sentence_case(figure.line),
                also=tuple((sentence_case(line), sid) for line, sid in figure.also),
            )
            for figure in development_figures(
                list(statements.values()),
                lenses or {},
                groups,
            )
        )
        if themed
        else (),
        anonymity_threshold=section.anonymity_threshold,
        reviewed=reviewed,
        themed=themed,
        featured=config.deck.findings,
        unthemed=sum(t.size for t in themes if t.id == OTHER),
        repeated_wordings=repeated_wordings(statements.values()),
        unlisted=unlisted_support(resources, list(statements.values()))
        if resources is not None
        else (),
    )


def _resources(
    config: EngagementConfig, store: Store, clean: Callable[[str], str], date: dt.date
) -> ResourceTable | None:
    """The returned support-resource inventory, or None when the engagement has none;
    preliminary (`ResourceTable.open_until`) on a deck `date` before the last day to
    answer (`[mail] deadline`) while some invited have not answered.

    Without an inventory form (in the engagement's `forms/` or synth's) there is no such
    section. A form that is there but cannot be used is a DeckError naming the file: a
    deck that silently lacked the section would hide the returns from the consultant.
    """
    try:
        path = find_form(INVENTORY_FORM, form_dirs(config.root))
    except FormError:
        return None  # no inventory form at all
    try:
        form = load_form(path)
        summary = stored_inventory(store, form, clean)
    except FormError as exc:
        raise DeckError(
            f"{path}: formuläret för stödresursinventeringen kan inte användas, så "
            f"presentationen skrevs inte ({exc}); rätta filen och kör kommandot igen"
        ) from exc
    table = resource_table(
        summary,
        invited=len(recipients(store, form.id)) or None,
        threshold=config.engagement.anonymity_threshold,
    )
    if table is not None:
        # what the form says counts as each function, to read the interviews' roles by
        table = replace(
            table, described=tuple((row.label, row.help) for row in table_question(form).rows)
        )
    if table is not None and table.invited:
        table = replace(
            table, invited_file=config.survey.recipients_file(form.id, config.ingest.recipients)
        )
    deadline = config.mail.deadline
    if (
        table is not None
        and deadline is not None
        and date <= deadline
        and (table.invited is None or table.respondents < table.invited)
    ):
        return replace(table, open_until=deadline)
    return table


def _surveys(
    config: EngagementConfig, store: Store
) -> tuple[list[SurveyResults], list[ResponseRate], frozenset[str]]:
    """The results of every opinion form sent as workbooks (not the inventory), the response
    rates per sector of those forms, and the question ids of their Likert answers."""
    section = config.engagement
    results: list[SurveyResults] = []
    rates: list[ResponseRate] = []
    keys: set[str] = set()
    all_rates = response_rates(store)
    # the inventory has its own slides and its own check (`_resources`)
    for form_id in sorted({r.form_id for r in all_rates} - {INVENTORY_FORM}):
        try:
            path = find_form(form_id, form_dirs(config.root))
            form = load_form(path)
        except FormError as exc:
            raise DeckError(
                f"formuläret '{form_id}', som enkäten skickades med, kan inte användas, så "
                f"presentationen skrevs inte ({exc}); rätta filen och kör kommandot igen"
            ) from exc
        if not is_published(form):
            continue  # the inventory: facts about the organisation, its own slides
        found = stored_results(
            store, form, threshold=section.anonymity_threshold, sectors=section.sectors
        )
        if found is None:
            continue
        results.append(found)
        order = {sector: i for i, sector in enumerate(section.sectors)}
        rates += sorted(
            (r for r in all_rates if r.form_id == form_id),
            key=lambda r: (order.get(r.sector, len(order)), r.sector),
        )
        keys |= likert_keys(form)
    return results, rates, frozenset(keys)


def _recipients(config: EngagementConfig) -> int | None:
    try:
        return len(recipient_list(config).rows) or None
    except IngestError:  # no list, or one that cannot be read
        return None


def _read(config: EngagementConfig, date: dt.date, clean: Callable[[str], str]) -> DeckContent:
    with Store.open(config.store_url) as store:
        # a deck built past edits the consultant made but never imported would lose them
        check_no_unimported_edits(store)
        themes = load_themes(store)
        surveys, rates, keys = _surveys(config, store)
        content = build_content(
            config,
            themes=themes,
            statements={s.id: s for s in store.statements()},
            status=store.status(),
            responses=store.responses(),
            respondents=store.respondents(),
            lenses=lens_records(store),
            recipients=_recipients(config),
            date=date,
            sources=store.sources(),
            drafts=load_drafts(store, themes) if themes else None,
            resources=_resources(config, store, clean, date),
            reviewed=curation_imports(store) > 0,
            themed=bool(themes),
            surveys=surveys,
            rates=rates,
            collected_keys=keys,
        )
    # Without themes (no interviews, or not synthesised yet) the deck still shows the
    # survey and the inventory; with none of the three there is nothing to present.
    shown = content.charts or content.surveys or (content.resources and content.resources.rows)
    if not themes and not shown:
        raise DeckError(
            f"{config.root}: det finns inget att visa ännu: inga teman (kör 'synth synthesize "
            f"{config.root}'), inga enkätsvar och ingen inventering av stödresurser"
        )
    return content


def _check_overflow(prs: object) -> None:
    for number, slide in enumerate(prs.slides, start=1):  # type: ignore[attr-defined]
        for shape in slide.shapes:
            if shape.has_text_frame and shape.text_frame.text and overflow(shape) > _TOLERANCE_PT:
                raise DeckError(f"bild {number}: texten i \u201d{shape.name}\u201d ryms inte")


_CREATED = re.compile(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>")


def _normalised(data: bytes, stamp: str) -> bytes:
    """The zip package `data` with fixed time stamps, recursing into embedded workbooks."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename.endswith(".xlsx"):
                content = _normalised(content, stamp)
            elif info.filename == "docProps/core.xml":
                content = _CREATED.sub(
                    lambda m: re.sub(rb">[^<]*<", b">" + stamp.encode() + b"<", m.group(0)),
                    content,
                )
            entry = zipfile.ZipInfo(info.filename, date_time=_FIXED)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, content)
    return out.getvalue()


def _save(prs: object, target: Path, date: dt.date) -> None:
    props = prs.core_properties  # type: ignore[attr-defined]
    moment = dt.datetime(date.year, date.month, date.day)
    props.created = props.modified = moment
    props.last_modified_by = props.author = "synth"
    props.revision = 1
    buffer = io.BytesIO()
    prs.save(buffer)  # type: ignore[attr-defined]
    data = _normalised(buffer.getvalue(), moment.strftime("%Y-%m-%dT%H:%M:%SZ"))
    # written beside the target and renamed, so that a half-written deck never exists
    with atomic_write(target) as stream:
        stream.write(data)


def write_deck(
    config: EngagementConfig,
    target: Path,
    *,
    template: Path | None = None,
    date: dt.date | None = None,
) -> DeckResult:
    """Write the engagement's deck to `target`; DeckError (nothing written) if it cannot."""
    started = time.perf_counter()
    privacy = engagement_pseudonymiser(config)
    if privacy.problems:
        where = "; ".join(f"{path}: {message}" for path, message in privacy.problems)
        raise DeckError(
            f"personuppgiftskontrollen behöver intervjuloggen och mottagarlistan ({where})"
        )
    content = _read(config, date or dt.date.today(), privacy.pseudonymiser.apply)
    prs = open_template(template)
    layouts = pick_layouts(prs, template.name if template else "standardmallen")
    origins = render(prs, layouts, content)
    _check_overflow(prs)
    check_personal_data(prs, privacy.pseudonymiser, origins, content.observations)
    _save(prs, target, content.date)
    return DeckResult(
        path=target,
        slides=len(prs.slides),
        observations=len(content.observations),
        charts=len(content.charts),
        seconds=time.perf_counter() - started,
        themes=content.themed,
        featured=len(content.main_findings),
    )
