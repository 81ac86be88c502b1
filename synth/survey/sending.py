"""Sending a form's workbooks, and reminders, to its recipients: once each, every attempt kept.

Who has been reached is read from the send log in the store, so a second run (or a
retried flow) sends only to those not reached yet; `resend` sends to everyone again. A
reminder goes to those who got the form and have not answered, at most once a day. One
recipient's failure is recorded and the run goes on; after a few lost connections in a
row it stops, and the rest are sent on the next run.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from synth.config import EngagementConfig
from synth.errors import MailError
from synth.forms import Form, form_dirs, load_named_form
from synth.privacy import Pseudonymiser
from synth.records import Progress, Recipient
from synth.roster import recipient_list
from synth.store import Store
from synth.store.mail import MailAttempt, MailKind, record_attempt, sent_to
from synth.store.surveys import recipients as recorded_recipients
from synth.store.surveys import returned_not_counted
from synth.survey.mail import MailTemplates, compose, mail_context
from synth.survey.progress import pending_recipients
from synth.survey.render import OUTBOX_FOLDER, render_engagement, survey_key
from synth.survey.transport import DeliveryFailed, Throttle, Transport

__all__ = [
    "DRY_RUN_FOLDER",
    "MAX_LOST_CONNECTIONS",
    "SendOutcome",
    "SendReport",
    "dry_run_folder",
    "send_form",
]

log = logging.getLogger(__name__)

DRY_RUN_FOLDER = "outbox"
"""Beside engagement.toml: `outbox/<form>/<utskick|paminnelse>/` holds a dry run's .eml files."""
MAX_LOST_CONNECTIONS = 3
_KIND_FOLDER: dict[MailKind, str] = {"send": "utskick", "reminder": "paminnelse"}

Outcome = Literal["sent", "failed", "skipped", "written"]


@dataclass(frozen=True)
class SendOutcome:
    recipient_id: str
    workbook: str
    outcome: Outcome
    error: str = ""
    """Why it failed, with any address or name replaced by a marker."""


@dataclass(frozen=True)
class SendReport:
    form_id: str
    kind: MailKind
    outcomes: tuple[SendOutcome, ...]
    rendered: int
    """Workbooks rendered first because some did not exist yet."""
    never_sent: int
    """Reminders: people who have not answered but never got the form (send it first)."""
    stopped: str
    """Why the run stopped before the end, or empty."""
    seconds: float

    def count(self, outcome: Outcome) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)

    @property
    def failures(self) -> list[SendOutcome]:
        return [o for o in self.outcomes if o.outcome == "failed"]

    @property
    def ok(self) -> bool:
        return not self.failures and not self.stopped


@dataclass(frozen=True)
class _Target:
    recipient: Recipient
    recipient_id: str
    workbook: Path


def dry_run_folder(config: EngagementConfig, form_id: str, kind: MailKind) -> Path:
    return config.root / DRY_RUN_FOLDER / form_id / _KIND_FOLDER[kind]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def send_form(
    config: EngagementConfig,
    form_name: str,
    transport: Transport,
    *,
    kind: MailKind = "send",
    resend: bool = False,
    deadline: dt.date | None = None,
    throttle: Throttle | None = None,
    now: Callable[[], dt.datetime] = _utc_now,
    progress: Progress | None = None,
    to: str | None = None,
    note: str = "",
) -> SendReport:
    """E-mail each recipient of `form_name` their workbook (rendering them if need be), or a
    reminder to those who have not answered; `now` returns an aware time.

    `to` (a recipient id) sends the workbook to that one person only, even if it went out
    before, e.g. after a rejected return; `note` is added to the message (what was wrong).
    A dry run (a transport that records nothing) leaves the store as it was.
    """
    started = time.perf_counter()
    form = load_named_form(form_name, form_dirs(config.root))
    due = deadline or config.mail.deadline
    if due is None:
        raise MailError(
            "sista svarsdag saknas: sätt mail.deadline i engagement.toml eller ange --deadline"
        )
    if not config.mail.sender:
        raise MailError("avsändaren saknas: sätt mail.sender i engagement.toml")
    templates = MailTemplates.for_engagement(config)
    with Store.open(config.store_url) as store, store.exclusive(f"survey {kind}"):
        if kind == "send":
            people = _with_ids(config, recipient_list(config, form.id).people)
            never_sent = 0
            if to is not None:
                people = _only(people, to, form.id)
                resend = True
        else:
            reached = sent_to(store, form.id, "send")
            pending = _with_ids(config, pending_recipients(config, store, form.id))
            people = [p for p in pending if p[1] in reached]
            never_sent = len(pending) - len(people)
        targets, rendered = _with_workbooks(
            config, store, form, people, due, record=transport.records
        )
        already = sent_to(store, form.id, kind, since=None if kind == "send" else _today(now()))
        returned = returned_not_counted(store, form.id) if kind == "reminder" else set()
        outcomes = _deliver(
            config,
            store,
            form,
            targets,
            transport,
            kind=kind,
            skip=set() if resend else already,
            due=due,
            templates=templates,
            throttle=throttle,
            now=now,
            progress=progress,
            note=note,
            returned=returned,
        )
    return SendReport(
        form_id=form.id,
        kind=kind,
        outcomes=tuple(outcomes.items),
        rendered=rendered,
        never_sent=never_sent,
        stopped=outcomes.stopped,
        seconds=time.perf_counter() - started,
    )


def _with_ids(config: EngagementConfig, people: Sequence[Recipient]) -> list[tuple[Recipient, str]]:
    """Each person (once each: the roster deduplicates) with their recipient id."""
    key = survey_key(config)
    return [(person, key.recipient_id(person.email)) for person in people]


def _only(
    people: Sequence[tuple[Recipient, str]], to: str, form_id: str
) -> list[tuple[Recipient, str]]:
    """The one person whose recipient id is `to` (as status and collect show it)."""
    wanted = to.strip().casefold()
    found = [p for p in people if p[1].casefold() == wanted]
    if not found:
        raise MailError(
            f"mottagaren {to} finns inte i mottagarlistan för {form_id}; "
            "mottagar-id:t står i tabellen från 'synth survey collect'"
        )
    return found


def _with_workbooks(
    config: EngagementConfig,
    store: Store,
    form: Form,
    people: Sequence[tuple[Recipient, str]],
    due: dt.date,
    *,
    record: bool = True,
) -> tuple[list[_Target], int]:
    """Each person with their rendered workbook; renders the form when one is missing.

    Without `record` (a dry run) missing workbooks are written but no one is recorded.
    """
    folder = config.root / OUTBOX_FOLDER / form.id

    def resolve() -> tuple[list[_Target], bool]:
        known = recorded_recipients(store, form.id)
        targets: list[_Target] = []
        complete = True
        for person, recipient_id in people:
            row = known.get(recipient_id)
            if row is None or not (folder / row.workbook).is_file():
                complete = False
                continue
            targets.append(_Target(person, recipient_id, folder / row.workbook))
        return targets, complete

    targets, complete = resolve()
    if complete:
        return targets, 0
    result = render_engagement(config, form.id, deadline=due, record=record)
    if not record:
        paths = {w.recipient_id: w.path for w in result.workbooks}
        found = [_Target(p, rid, paths[rid]) for p, rid in people if rid in paths]
        return found, len(result.workbooks)
    targets, complete = resolve()
    if not complete:
        # render_engagement records everyone on the list, so this is a broken store
        raise MailError(f"{folder}: arbetsböckerna kunde inte skrivas för alla mottagare")
    return targets, len(result.workbooks)


def _today(moment: dt.datetime) -> dt.datetime:
    """Local midnight of `moment`'s day, as naive UTC like the store's times."""
    local = moment.astimezone()
    midnight = dt.datetime.combine(local.date(), dt.time(), tzinfo=local.tzinfo)
    return midnight.astimezone(dt.UTC).replace(tzinfo=None)


@dataclass
class _Delivered:
    items: list[SendOutcome]
    stopped: str = ""


def _deliver(
    config: EngagementConfig,
    store: Store,
    form: Form,
    targets: Sequence[_Target],
    transport: Transport,
    *,
    kind: MailKind,
    skip: set[str],
    due: dt.date,
    templates: MailTemplates,
    throttle: Throttle | None,
    now: Callable[[], dt.datetime],
    progress: Progress | None,
    note: str = "",
    returned: set[str] | None = None,
) -> _Delivered:
    # Every text is rendered before the first message goes out: a broken template stops
    # the run with nothing half-sent.
    texts = {
        t.recipient_id: templates.render(
            kind,
            mail_context(
                config,
                form.title,
                t.recipient,
                deadline=due,
                workbook=t.workbook.name,
                note=note,
                returned=t.recipient_id in (returned or set()),
            ),
        )
        for t in targets
        if t.recipient_id not in skip
    }
    done = _Delivered([])
    scrubber: Pseudonymiser | None = None
    # recorded by the command's name, as `synth status` shows it ("survey remind")
    command = "survey remind" if kind == "reminder" else "survey send"
    run_id = store.begin_run(command) if transport.records else None
    status = "failed"
    lost = 0
    try:
        if texts:
            transport.open()
        for index, target in enumerate(targets, start=1):
            if target.recipient_id in skip:
                done.items.append(SendOutcome(target.recipient_id, target.workbook.name, "skipped"))
                continue
            subject, body = texts[target.recipient_id]
            message = compose(
                sender=config.mail.sender,
                recipient=target.recipient,
                subject=subject,
                body=body,
                attachment=target.workbook,
                now=now(),
            )
            if throttle is not None:
                throttle.wait()
            try:
                transport.deliver(message, target.workbook.stem, target.recipient.email)
            except DeliveryFailed as exc:
                if scrubber is None:
                    scrubber = Pseudonymiser.from_names(t.recipient.name for t in targets)
                error = scrubber.apply(exc.reason)
                log.warning("%s %s: %s", form.id, target.recipient_id, error)
                done.items.append(
                    SendOutcome(target.recipient_id, target.workbook.name, "failed", error)
                )
                _record(store, run_id, transport, form, target, kind, "failed", error, now)
                lost = lost + 1 if exc.connection else 0
                if lost >= MAX_LOST_CONNECTIONS:
                    done.stopped = (
                        f"anslutningen till e-postservern bröts {lost} gånger i rad; "
                        "de som återstår får sitt meddelande vid nästa körning"
                    )
                    break
            else:
                lost = 0
                outcome: Outcome = "sent" if transport.records else "written"
                done.items.append(SendOutcome(target.recipient_id, target.workbook.name, outcome))
                _record(store, run_id, transport, form, target, kind, "sent", "", now)
            if progress is not None:
                progress(index, len(targets))
        status = "stopped" if done.stopped else "ok"
    finally:
        transport.close()
        if run_id is not None:
            summary: dict[str, object] = {"form": form.id, "kind": kind}
            for name in ("sent", "failed", "skipped"):
                summary[name] = sum(1 for o in done.items if o.outcome == name)
            store.finish_run(run_id, status=status, summary=summary)
    return done


def _record(
    store: Store,
    run_id: int | None,
    transport: Transport,
    form: Form,
    target: _Target,
    kind: MailKind,
    outcome: Literal["sent", "failed"],
    error: str,
    now: Callable[[], dt.datetime],
) -> None:
    if not transport.records:
        return
    at = now().astimezone(dt.UTC).replace(tzinfo=None)
    record_attempt(
        store, run_id, MailAttempt(form.id, target.recipient_id, kind, outcome, at, error)
    )
