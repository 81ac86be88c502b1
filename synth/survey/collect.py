"""Returned workbooks into the store, in the order they arrived.

Each workbook is judged by `synth.survey.returns.read_return`: rejected as a whole when
it cannot be trusted, otherwise stored with every answer cell as answered, missing or
invalid, and the report says, per respondent, what was wrong. One broken workbook never
stops the others.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from synth.config import EngagementConfig
from synth.errors import SynthError
from synth.forms import Form, form_dirs, load_named_form
from synth.store import Store
from synth.store.surveys import SubmissionInput, collected, save_submission
from synth.survey.publish import is_published, publish_form
from synth.survey.returns import Problem, read_return
from synth.survey.token import TokenKey

__all__ = ["CollectReport", "ReturnOutcome", "collect", "collect_engagement", "workbook_files"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReturnOutcome:
    file: str
    action: str
    """added, replaced (an earlier return of the same respondent), unchanged, rejected or
    empty (returned without any answer: no respondent, still pending)."""
    form_id: str | None = None
    recipient_id: str | None = None
    answered: int = 0
    missing: int = 0
    invalid: int = 0
    problems: tuple[Problem, ...] = ()
    earlier: bool = False
    """The same bytes were judged in an earlier run (read, rejected or found blank): nothing
    was done with the file in this one."""


@dataclass
class CollectReport:
    outcomes: list[ReturnOutcome] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    """Spreadsheets in the folders that are not synth workbooks (survey exports, say)."""
    published: dict[str, str] = field(default_factory=dict)
    """Per form: how its respondents and statements in the store changed (added, replaced…)."""

    @property
    def ok(self) -> bool:
        return not any(o.action == "rejected" or o.invalid for o in self.outcomes)

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)

    @property
    def current(self) -> list[ReturnOutcome]:
        """What this run did: the files it read, not those judged in an earlier run."""
        return [o for o in self.outcomes if not o.earlier]

    @property
    def earlier(self) -> list[ReturnOutcome]:
        """Files still in the folders that an earlier run read, rejected or found blank."""
        return [o for o in self.outcomes if o.earlier]

    def summary(self) -> dict[str, object]:
        return {
            "files": len(self.outcomes),
            **{a: self.count(a) for a in ("added", "replaced", "unchanged", "rejected", "empty")},
            "invalid_answers": sum(o.invalid for o in self.outcomes),
            "ignored": len(self.ignored),
        }


_SUFFIXES = {".xlsx", ".xlsm", ".ods"}
_ODS = "sparad som .ods; spara som .xlsx och skicka igen"
"""A reply saved in LibreOffice's own format: openpyxl cannot read it, the sender is told."""


def workbook_files(folders: Iterable[Path]) -> list[Path]:
    """Every .xlsx/.xlsm/.ods in `folders` (recursively), without lock and hidden files.

    A respondent who saves with macros enabled returns an .xlsm; it reads the same. An .ods
    (saved in LibreOffice's own format) is listed so that collect can say so.
    """
    found: dict[Path, None] = {}
    for folder in folders:
        if folder.is_file():
            found[folder] = None
            continue
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if (
                path.suffix.lower() in _SUFFIXES
                and path.is_file()
                and not path.name.startswith((".", "~$"))
            ):
                found[path.resolve()] = None
    return list(found)


def collect(
    config: EngagementConfig,
    store: Store,
    files: Sequence[Path],
    key: TokenKey,
    *,
    run_id: int | None = None,
) -> CollectReport:
    forms: dict[str, Form] = {}

    def form_for(form_id: str) -> Form:
        if form_id not in forms:
            forms[form_id] = load_named_form(form_id, form_dirs(config.root))
        return forms[form_id]

    report = CollectReport()
    max_bytes = int(config.ingest.max_file_mb * 1024 * 1024)
    for path in _arrival_order(files):
        name = config.file_key(path)
        if path.suffix.lower() == ".ods":
            problem = Problem("", "", _ODS, "rejected")
            report.outcomes.append(ReturnOutcome(name, "rejected", problems=(problem,)))
            continue
        try:
            item = read_return(path, name, key, form_for, max_bytes=max_bytes)
            if item is None:
                report.ignored.append(name)
                continue
            if (earlier := collected(store, item.content_hash)) is not None:
                # The same bytes again: nothing new to store, but a rejection still stands.
                action = earlier.status if earlier.status in {"rejected", "empty"} else "unchanged"
                problems = tuple(Problem(**p) for p in earlier.problems if action != "unchanged")
                report.outcomes.append(
                    ReturnOutcome(
                        name,
                        action,
                        item.form_id,
                        item.recipient_id,
                        problems=problems,
                        earlier=True,
                    )
                )
                continue
            _, replaced = save_submission(store, run_id, item)
        except (OSError, SynthError) as exc:
            log.warning("arbetsboken kunde inte samlas in: %s", name)
            problem = Problem(
                "", "", f"kunde inte läsas eller sparas ({exc.__class__.__name__})", "rejected"
            )
            report.outcomes.append(ReturnOutcome(name, "rejected", problems=(problem,)))
            continue
        report.outcomes.append(_outcome(item, replaced))
    return report


def _arrival_order(files: Sequence[Path]) -> list[Path]:
    """`files` in the order they reached us: by when each was written into the folder it
    is collected from (its mtime), then by name.

    Which of two returns of one respondent counts is decided by when we received them:
    across runs the one collected later, within a run this order. The saved date a
    workbook states inside itself is never used, since its sender controls it.
    """

    def arrived(path: Path) -> tuple[float, str]:
        try:
            return path.stat().st_mtime, str(path)
        except OSError:
            return float("inf"), str(path)  # gone or unreadable: reported when it is read

    return sorted(files, key=arrived)


def _outcome(item: SubmissionInput, replaced: bool) -> ReturnOutcome:
    statuses = [a.status for a in item.answers]
    action = (
        item.status if item.status in {"rejected", "empty"} else "replaced" if replaced else "added"
    )
    return ReturnOutcome(
        file=item.file,
        action=action,
        form_id=item.form_id,
        recipient_id=item.recipient_id,
        answered=statuses.count("answered"),
        missing=statuses.count("missing"),
        invalid=statuses.count("invalid"),
        problems=tuple(Problem(**p) for p in item.problems),
    )


def _publish(
    config: EngagementConfig, store: Store, report: CollectReport, run_id: int | None
) -> None:
    """Bring respondents, responses and statements in line with the forms that changed."""
    changed = {o.form_id for o in report.outcomes if o.action in {"added", "replaced"}}
    for form_id in sorted(f for f in changed if f):
        form = load_named_form(form_id, form_dirs(config.root))
        if is_published(form):
            report.published[form_id] = publish_form(config, store, form, run_id).action


def collect_engagement(config: EngagementConfig, extra: Sequence[Path] = ()) -> CollectReport:
    """Collect from the inbox and `extra` folders as one recorded run of the store."""
    key = TokenKey.for_engagement(config.root, create=False)
    files = workbook_files([config.inbox, *extra])
    with Store.open(config.store_url) as store:
        with store.recorded_run("survey collect") as run:
            report = collect(config, store, files, key, run_id=run.id)
            _publish(config, store, report, run.id)
            run.status, run.summary = ("ok" if report.ok else "rejected"), report.summary()
        return report
