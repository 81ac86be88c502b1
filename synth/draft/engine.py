"""A drafting run: the current themes -> observations, assessment, recommendations -> checked.

The offline drafts are always made first: they are the result of the `offline` backend and
the fallback, item by item, of the `openai` one. Every draft is then grounded (citations
exist, belong and say the same) before it is stored.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np

from synth.draft.client import ChatModel, ResponseCache
from synth.draft.conclusions import offline_assessment, offline_recommendations
from synth.draft.evidence import attributed, claim
from synth.draft.exchanges import Exchanges
from synth.draft.grounding import (
    SUPPORT_THRESHOLD,
    ground_bullet,
    ground_point,
    ground_recommendation,
    is_instruction,
)
from synth.draft.guard import PromptGuard
from synth.draft.misgivings import with_misgivings
from synth.draft.model import (
    model_assessment,
    model_bullets,
    model_headline,
    model_recommendations,
)
from synth.draft.offline import (
    FINDINGS_PER_THEME,
    OFFLINE,
    distinct_findings,
    draftable,
    evidence_once,
    gathered_findings,
    kept_finding_ids,
    offline_findings,
    refiled,
    widest_findings,
    with_counterparts,
    with_quotes,
)
from synth.draft.prompts import PromptItem, Prompts
from synth.draft.replies import with_replies
from synth.draft.reservations import with_reservations
from synth.draft.support import Mentions, narrowed
from synth.errors import LLMUnavailable
from synth.privacy.quotes import special_category
from synth.privacy.roles import RoleGroups
from synth.records import (
    ACTORS,
    DEVELOPMENT,
    EACH_PERSPECTIVE,
    STRUCTURES,
    Assessment,
    Bullet,
    Drafts,
    Origin,
    Progress,
    SourceType,
    Statement,
    Theme,
    ThemeDraft,
    dominant_polarity,
    finding_theme,
)
from synth.store.themes import LensRecord
from synth.synthesis.describe import self_contained
from synth.synthesis.engine import LensReader
from synth.synthesis.themes import finding_size
from synth.text.sentences import split_sentences

__all__ = [
    "DraftInput",
    "ModelBackend",
    "draft_offline",
    "draft_with_model",
    "ground",
]

Embed = Callable[[Sequence[str]], np.ndarray]
_PROMPT_STATEMENTS = 15
_PROMPT_PROPOSALS = 30


@dataclass(frozen=True)
class DraftInput:
    """What drafting reads: all themes (store order), statements, lenses, sentence vectors."""

    themes: Sequence[Theme]
    statements: Mapping[str, Statement]
    lenses: Mapping[str, LensRecord]
    vectors: Mapping[str, np.ndarray]
    anonymity_threshold: int = 5
    featured: int = 12
    """How many findings the deck gives a slide (`[deck] findings`): the assessment rests on
    the weightiest that many, so that it brings no narrowly heard finding into the deck."""
    topics: Mapping[str, np.ndarray] = field(default_factory=dict)
    """Each statement in the representation the themes were clustered in
    (`synth.draft.support.topic_vectors`): what tells which statements support a headline.
    Empty: a finding is its whole theme."""
    functions: tuple[str, ...] = ()
    """The support functions the engagement's survey asks about ("HR", "Upphandling"): a
    finding about one of them is filed under the structures (`offline_findings`)."""
    previous: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """The stored findings of the run before, each id with the statements it rested on
    (`synth.store.drafts.finding_support`): a later finding found again keeps its id
    (`kept_finding_ids`), and with it the consultant's edit of it."""
    rejected: frozenset[str] = frozenset()
    """The statements the consultant struck as quotes: no finding quotes them
    (`with_quotes`)."""
    perspective_of: LensReader | None = None
    """The perspective lens, as a function of texts (`synth.synthesis.engine.lens_reader`):
    how a finding's own headline reads (`refiled`). None: by its statements alone."""

    def findings(self, drafts: Sequence[ThemeDraft]) -> list[Theme]:
        """Every drafted finding as a theme of its own: its id the draft's (`finding_id`),
        its statements those its headline rests on, in the perspective its draft gives it
        (as the deck places them); a drafted theme without a draft as it is."""
        by_id = {t.id: t for t in self.drafted}
        findings = [
            replace(
                narrowed(theme, draft.support_ids, self.statements),
                id=draft.theme_id,
                perspective=draft.perspective or theme.perspective,
            )
            for draft in drafts
            if (theme := by_id.get(finding_theme(draft.theme_id))) is not None
        ]
        covered = {finding_theme(d.theme_id) for d in drafts}
        return findings + [t for t in self.drafted if t.id not in covered]

    def assessed(self, drafts: Sequence[ThemeDraft], *, drafted_only: bool = False) -> list[Theme]:
        """The findings the assessment may rest on: the `featured` weightiest drafted, each
        weighed by the statements its headline rests on (as the deck ranks them), less any
        whose statements gave no line of evidence under the headline; with `drafted_only`,
        less any theme without a draft of its own as well (`findings` keeps those as they
        are): where every theme was drafted, one left without is one whose findings another
        theme's make, and it has no headline, only its central statement's words ("… vi
        matar in samma uppgifter två gånger" stood in the assessment). The deck shows every
        finding the assessment names; one with a quote alone under it would be a slide
        that shows nothing of what was heard."""
        bare = {d.theme_id for d in drafts if d.support_ids and not d.bullets}
        findings = [f for f in self.findings(drafts) if f.id not in bare]
        if drafted_only:
            drafted = {d.theme_id for d in drafts}
            findings = [f for f in findings if f.id in drafted]
        ranked = sorted(findings, key=lambda t: (-t.weight, t.id))
        chosen = ranked[: self.featured]
        # and, as the deck gives each perspective its slides, the weightiest of a
        # perspective left with fewer than `EACH_PERSPECTIVE` that several sources say: the
        # development situation's "Det finns ingen gemensam prioritering av vad som ska
        # digitaliseras", heard in eight interviews, fell out of the assessment when a
        # finding on the structures rose past it to the twelfth place
        for perspective in (DEVELOPMENT, STRUCTURES, ACTORS):
            have = sum(f.perspective == perspective for f in chosen)
            for finding in ranked[self.featured :]:
                if have >= EACH_PERSPECTIVE:
                    break
                if finding.perspective == perspective and self.sources(finding) >= 2:
                    chosen.append(finding)
                    have += 1
        return chosen

    def theme_of(self, draft: ThemeDraft) -> Theme:
        """The theme a drafted finding belongs to."""
        wanted = finding_theme(draft.theme_id)
        return next(t for t in self.themes if t.id == wanted)

    @property
    def least_sources(self) -> int:
        """How widely a theme's second or third subject must be heard to stand as a finding
        of its own (`offline_findings`): three sources on an engagement of a few hundred
        statements, more as the material grows, as a theme's own least size does."""
        return max(3, finding_size(len(self.statements)) // 2)

    def sources(self, theme: Theme) -> int:
        """How many sources a theme's or finding's statements come from."""
        return len(
            {self.statements[s].source_id for s in theme.statement_ids if s in self.statements}
        )

    def evidence(self, theme: Theme, draft: ThemeDraft | None) -> list[Statement]:
        """The statements a finding rests on: those of its headline, else the theme's."""
        if draft is not None and draft.support_ids:
            return [self.statements[s] for s in draft.support_ids if s in self.statements]
        return self.members(theme)

    @cached_property
    def mentions(self) -> Mentions:
        """Which statements name which words: a headline's support beyond its theme."""
        return Mentions(self.statements.values())

    @cached_property
    def exchanges(self) -> Exchanges:
        """Who answered whom, in the interviews and focus groups: what a wish's misgiving
        and a strength's reservation are read from."""
        return Exchanges.of(self.statements.values())

    @cached_property
    def roles(self) -> RoleGroups:
        """Who may be pointed at: a speaker's "vi" becomes their unit in the report's voice
        only where a quote of theirs could name their role (`RoleGroups.unit`)."""
        return RoleGroups.count(self.statements, self.anonymity_threshold)

    @property
    def drafted(self) -> list[Theme]:
        return [t for t in self.themes if draftable(t)]

    def members(self, theme: Theme) -> list[Statement]:
        return [self.statements[s] for s in theme.statement_ids if s in self.statements]


@dataclass(frozen=True)
class ModelBackend:
    """A chat model with what it needs around it: prompts, the guard, the cache, limits."""

    chat: ChatModel
    prompts: Prompts
    guard: PromptGuard
    cache: ResponseCache | None = None
    concurrency: int = 4
    backend: str = "openai"


@dataclass
class Fallbacks:
    items: list[tuple[str, str]] = field(default_factory=list)

    def add(self, item: str, reason: str) -> None:
        self.items.append((item, reason))


def draft_offline(inp: DraftInput) -> Drafts:
    """The extractive drafts of every finding of every theme (`offline_findings`), each
    statement evidence under one finding only (`evidence_once`), the assessment and the
    recommendations."""
    themes = refiled(_distinct_drafts(inp), inp.perspective_of)
    findings = {f.id: f for f in inp.findings(themes)}
    themes = evidence_once(
        themes,
        {fid: f.weight for fid, f in findings.items()},
        inp.statements,
        inp.lenses,
        {fid: f.keywords for fid, f in findings.items()},
        roles=inp.roles,
    )
    themes = with_counterparts(themes, inp.statements)
    themes = with_misgivings(themes, inp.statements, inp.roles, inp.exchanges)
    themes = with_replies(themes, inp.statements, inp.roles)
    themes = with_reservations(themes, inp.statements, inp.roles, inp.exchanges)
    themes = with_quotes(
        themes,
        inp.statements,
        inp.lenses,
        {fid: f.keywords for fid, f in findings.items()},
        roles=inp.roles,
        rejected=inp.rejected,
    )
    headlines = {d.theme_id: d.headline for d in themes}
    # every theme was drafted: one without a draft now is one another theme's findings make
    featured = inp.assessed(themes, drafted_only=True)
    counted = [f for f in findings.values() if f.id in headlines]
    recommendations = offline_recommendations(
        inp.themes,
        inp.statements,
        inp.lenses,
        inp.vectors,
        roles=inp.roles,
        headlines=headlines,
        findings=list(findings.values()),
        topics=inp.topics,
    )
    return Drafts(
        themes=themes,
        assessment=offline_assessment(
            featured,
            headlines,
            counted=[f for f in counted if inp.sources(f) >= inp.least_sources],
            statements=inp.statements,
            roles=inp.roles,
            answered={t for r in recommendations for t in r.theme_ids},
            # (the assessment reads which of them are wishes)
            packages={r.theme_ids[0]: r.theme_ids[1:] for r in recommendations if r.theme_ids},
            beside={d.theme_id: b.text for d in themes for b in d.bullets if b.beside},
        ),
        recommendations=recommendations,
    )


def _distinct_drafts(inp: DraftInput) -> tuple[ThemeDraft, ...]:
    """Each theme's findings (`offline_findings`), none that another theme's makes
    (`distinct_findings`), and those of two themes that are one finding made one
    (`gathered_findings`). A theme all of whose findings another theme's wider one makes
    or takes in is drafted again from the statements they did not rest on: its theme is
    more than that finding ("Verksamhetssystemen pratar inte med varandra …" beside the
    "vi och dom" that a wider theme's finding already says), and without a draft of its
    own its statement's words, first person and all, would stand for it in the appendix."""

    def findings_of(theme: Theme, members: Sequence[Statement]) -> tuple[ThemeDraft, ...]:
        return offline_findings(
            theme,
            members,
            inp.lenses,
            statements=inp.statements,
            least_sources=inp.least_sources,
            topics=inp.topics,
            roles=inp.roles,
            mentions=inp.mentions,
            functions=inp.functions,
            # one to spare, for a finding another theme's wider one makes
            most=FINDINGS_PER_THEME + 1,
        )

    drafted = {t.id: findings_of(t, inp.members(t)) for t in inp.drafted}
    # a theme the consultant named is the finding they named, whatever else repeats it
    named = {t.id for t in inp.drafted if t.label != t.auto_label}
    themes = {t.id: t for t in inp.drafted}

    def settled() -> tuple[ThemeDraft, ...]:
        # no finding another makes; one finding of what two themes found on one subject
        kept = distinct_findings([d for t in inp.drafted for d in drafted[t.id]], named)
        kept = widest_findings(kept, inp.statements)
        return gathered_findings(
            kept, themes, inp.statements, inp.lenses, roles=inp.roles, named=named
        )

    first = settled()
    covered = {finding_theme(d.theme_id) for d in first}
    again = False
    for theme in inp.drafted:
        said = {sid for d in drafted[theme.id] for sid in d.support_ids}
        rest = [m for m in inp.members(theme) if m.id not in said]
        if theme.id not in covered and rest and said:
            drafted[theme.id] = findings_of(
                narrowed(theme, [m.id for m in rest], inp.statements), rest
            )
            again = True
    return kept_finding_ids(settled() if again else first, inp.previous)


def _items(statements: Sequence[Statement], limit: int) -> list[PromptItem]:
    """Representative statements for a prompt: distinct wordings, readable ones first; none
    that tells of a third person's health or other special-category data, which never goes
    to a model (`synth.privacy.quotes`)."""
    seen: set[str] = set()
    unique = []
    for st in statements:
        if special_category(st.text):
            continue
        if st.text.casefold() not in seen:
            seen.add(st.text.casefold())
            unique.append(st)
    ordered = [s for s in unique if self_contained(s.text)]
    ordered += [s for s in unique if not self_contained(s.text)]
    return [PromptItem(s.id, s.source_type.value, s.text) for s in ordered[:limit]]


def _reach(theme: Theme) -> str:
    sources = theme.breadth.get("sources", {})
    totals = theme.breadth.get("totals", {})
    if not isinstance(sources, dict) or not isinstance(totals, dict):
        return "okänd"
    heard = sum(sources.get(k, 0) for k in ("intervju", "grupp"))
    held = sum(totals.get(k, 0) for k in ("intervju", "grupp"))
    share = heard / held if held else 0.0
    return "hög" if share >= 0.6 else "medel" if share >= 0.3 else "låg"


def _theme_facts(theme: Theme, finding: str | None = None) -> dict[str, object]:
    """What a prompt says of a finding (`finding`: its id, else the theme's)."""
    return {
        "id": finding or theme.id,
        "perspective": theme.perspective or "okänt",
        "polarity": dominant_polarity(theme.polarity) or "okänd",
        "keywords": list(theme.keywords),
    }


def _proposals(inp: DraftInput) -> list[PromptItem]:
    drafted = {sid for t in inp.drafted for sid in t.statement_ids}
    chosen = [
        inp.statements[sid]
        for sid, lens in sorted(inp.lenses.items(), key=lambda x: -x[1].polarity_confidence)
        if lens.polarity == "förslag" and sid in inp.statements and sid in drafted
    ]
    return _items(chosen, _PROMPT_PROPOSALS)


def _theme_with_model(
    model: ModelBackend, theme: Theme, items: list[PromptItem], offline: ThemeDraft
) -> tuple[ThemeDraft, list[tuple[str, str]]]:
    facts = _theme_facts(theme, offline.theme_id)
    failed: list[tuple[str, str]] = []
    headline, bullets = offline.headline, offline.bullets
    if theme.label == theme.auto_label:  # a consultant's own label is not redrafted
        try:
            headline = model_headline(model.chat, model.prompts, facts, items, model.cache)
        except LLMUnavailable as exc:
            failed.append((f"{offline.theme_id} rubrik", str(exc)))
    try:
        bullets = model_bullets(model.chat, model.prompts, facts, headline, items, model.cache)
    except LLMUnavailable as exc:
        failed.append((f"{offline.theme_id} punkter", str(exc)))
    origin = Origin(
        backend=model.backend,
        model=model.chat.name,
        fallback=bool(failed),
        fallback_reason="; ".join(f"{item}: offline-utkast ({why})" for item, why in failed),
    )
    return replace(offline, headline=headline, bullets=bullets, origin=origin), failed


def draft_with_model(
    inp: DraftInput,
    model: ModelBackend,
    *,
    progress: Progress | None = None,
) -> tuple[Drafts, list[tuple[str, str]]]:
    """Drafts from the chat model, the offline draft standing in item by item where it
    fails; returns the drafts and the (item, reason) of every fallback.

    Every prompt with statement text is checked for personal data before the first one is
    sent, so a refusal sends nothing at all. The model's own text that later prompts carry
    (headlines) comes back pseudonymised; should a later prompt still be refused, the run
    stops, themes not yet started send nothing, and the message says how many were sent.
    """
    offline = draft_offline(inp)
    findings = {d.theme_id: (inp.theme_of(d), d) for d in offline.themes}
    # the model writes about what the finding rests on, not the whole cluster
    items = {
        fid: _items(inp.evidence(theme, draft), _PROMPT_STATEMENTS)
        for fid, (theme, draft) in findings.items()
    }
    proposals = _proposals(inp)
    for fid, (theme, _) in findings.items():
        model.guard.check(
            model.prompts.headline(_theme_facts(theme, fid), items[fid]),
            what=f"Prompten för tema {fid}",
        )
    model.guard.check(
        model.prompts.recommendations([], proposals), what="Prompten för rekommendationerna"
    )
    total = len(findings) + 2
    done = 0
    fallbacks = Fallbacks()
    drafted: dict[str, ThemeDraft] = {}
    stop = threading.Event()

    def theme_draft(fid: str) -> tuple[ThemeDraft, list[tuple[str, str]]] | None:
        if stop.is_set():  # the run is stopping: this finding sends nothing
            return None
        try:
            theme, draft = findings[fid]
            return _theme_with_model(model, theme, items[fid], draft)
        except BaseException:
            stop.set()
            raise

    with ThreadPoolExecutor(max_workers=model.concurrency) as pool:
        futures = {pool.submit(theme_draft, fid): fid for fid in findings}
        try:
            for future in as_completed(futures):
                result = future.result()
                if result is None:
                    continue  # the error that stopped the run comes from its own future
                draft, failed = result
                drafted[futures[future]] = draft
                for item, reason in failed:
                    fallbacks.add(item, reason)
                done += 1
                if progress is not None:
                    progress(done, total)
        except BaseException:
            # the run stops (a refused prompt, a redirect): findings not yet started send
            # nothing; only those already in flight finish
            for future in futures:
                future.cancel()
            raise
    theme_drafts = tuple(drafted[fid] for fid in findings)
    facts = [
        {
            **_theme_facts(finding, finding.id),
            "headline": drafted[finding.id].headline,
            "reach": _reach(finding),
        }
        for finding in inp.findings(theme_drafts)
        if finding.id in drafted
    ]
    weak = [f for f in facts if f["polarity"] == "svaghet"] or facts
    assessed = {t.id for t in inp.assessed(theme_drafts)}
    main = [f for f in facts if f["id"] in assessed]
    origin = Origin(backend=model.backend, model=model.chat.name)
    assessment: Assessment | None = offline.assessment
    recommendations = offline.recommendations
    with ThreadPoolExecutor(max_workers=min(2, model.concurrency)) as pool:
        points = pool.submit(model_assessment, model.chat, model.prompts, main, model.cache)
        recs = pool.submit(
            model_recommendations, model.chat, model.prompts, weak, proposals, origin, model.cache
        )
        try:
            assessment = Assessment(points=points.result(), origin=origin)
        except LLMUnavailable as exc:
            fallbacks.add("bedömning", str(exc))
            if offline.assessment is not None:
                assessment = replace(
                    offline.assessment,
                    origin=replace(
                        origin, fallback=True, fallback_reason=f"offline-utkast ({exc})"
                    ),
                )
        if progress is not None:
            progress(total - 1, total)
        try:
            recommendations = recs.result()
        except LLMUnavailable as exc:
            fallbacks.add("rekommendationer", str(exc))
            stand_in = replace(origin, fallback=True, fallback_reason=f"offline-utkast ({exc})")
            recommendations = tuple(replace(r, origin=stand_in) for r in recommendations)
        if progress is not None:
            progress(total, total)
    drafts = Drafts(themes=theme_drafts, assessment=assessment, recommendations=recommendations)
    return drafts, fallbacks.items


class _Nearness:
    """How near a line's vector is to a statement: to the whole statement or to the
    nearest of its sentences, whichever is nearer. An extractive line is one sentence of
    its statement, so near that sentence it is near the statement, however much more the
    statement says. Sentences are embedded once, as they are first asked for."""

    def __init__(
        self, statements: Mapping[str, Statement], vectors: Mapping[str, np.ndarray], embed: Embed
    ) -> None:
        self._statements = statements
        self._vectors = vectors
        self._embed = embed
        self._sentences: dict[str, np.ndarray] = {}

    def embed_sentences(self, ids: Collection[str]) -> None:
        """Embed the sentences of the statements `ids` in one call."""
        new = list(
            dict.fromkeys(
                s
                for sid in ids
                for s in split_sentences(self._statements[sid].text)
                if s not in self._sentences
            )
        )
        if new:
            self._sentences.update(zip(new, self._embed(new), strict=True))

    def sentence(self, line: np.ndarray, sid: str) -> float:
        """How near the line is to the nearest sentence of statement `sid`."""
        self.embed_sentences([sid])
        said = split_sentences(self._statements[sid].text)
        return max(float(line @ self._sentences[s]) for s in said)

    def __call__(self, line: np.ndarray, sid: str) -> float:
        whole = float(line @ self._vectors[sid]) if sid in self._vectors else -1.0
        return max(whole, self.sentence(line, sid))


def _trimmed(
    bullet: Bullet,
    vector: np.ndarray,
    statements: Mapping[str, Statement],
    vectors: Mapping[str, np.ndarray],
    members: set[str],
    threshold: float,
    roles: RoleGroups,
    nearest: Callable[[np.ndarray, str], float] | None = None,
) -> Bullet | None:
    """An offline line of several sources that the check finds far from some of them,
    told of those it is near: "I två intervjuer efterfrågas en väg in" of a turn that asks
    for one and goes on for a paragraph about a servicefunktion (0.47) is "I en intervju
    efterfrågas en väg in", not a line left off the slide for what the other turn says
    besides. Its attribution is the count the offline draft wrote from its sources, so it
    is counted again; what a model wrote stays as written, and marked. None where none of
    its sources is near or it cannot be counted again.

    With `nearest`, a source is near where one of its sentences is: "I två intervjuer och
    ett enkätsvar beskrivs att controllern är bra" kept, of its three, only the interview
    whose turn says little else, though the other's opens "Controllern är bra." and goes
    on about a prognosis model (blind review 118 found the line left "empty")."""
    how_near = {
        sid: nearest(vector, sid)
        if nearest is not None and sid in statements
        else float(vector @ vectors[sid])
        for sid in bullet.statement_ids
        if sid in members and sid in vectors
    }
    near = tuple(sid for sid, similarity in how_near.items() if similarity >= threshold)
    cited = bullet.statement_ids
    if (
        not near
        or len(near) == len(cited)
        or any(sid not in statements for sid in cited)
        or is_instruction(bullet.text)
    ):
        return None

    def kinds(ids: Sequence[str]) -> list[SourceType]:
        # one per source, as the line counted them
        return list(
            {statements[sid].source_id: roles.told_kind(statements[sid]) for sid in ids}.values()
        )

    before = attributed(kinds(cited))
    if not bullet.text.startswith(f"{before} "):
        return None
    text = attributed(kinds(near)) + bullet.text[len(before) :]
    checked = ground_bullet(
        replace(bullet, text=text, statement_ids=near),
        vector,
        vectors,
        members,
        threshold=threshold,
    )
    if (
        not checked.supported
        and nearest is not None
        and all(part.startswith("låg likhet") for part in checked.reason.split("; "))
    ):
        # far only from what its statements say besides the sentence it is
        checked = replace(
            checked, supported=True, reason="", similarity=min(how_near[s] for s in near)
        )
    return checked if checked.supported else None


def _grounded_in_sentences(
    themes: Sequence[ThemeDraft],
    vectors: np.ndarray,
    statements: Mapping[str, Statement],
    nearness: _Nearness,
    threshold: float,
) -> list[ThemeDraft]:
    """The drafts with each offline line the check found far from what it cites only
    because its statement says more (`ground_bullet`: "låg likhet" and nothing else) held
    supported where it is near one sentence of each statement it cites: an extractive
    line is one of its statement's sentences. "I en intervju beskrivs att ärendena hamnar
    mellan stolarna" scored 0.39 against the VO sektorschef's whole turn about a system
    nobody can manage and an integration error, and the IT finding's slide had no line
    from an interview (blind review 96). What a model wrote is checked as it was."""
    far: list[tuple[int, int, int]] = []  # (draft, line, row of its vector)
    row = 0
    for t, draft in enumerate(themes):
        for k, b in enumerate(draft.bullets):
            if (
                draft.origin.backend == OFFLINE
                and not b.supported
                and b.reason
                and all(part.startswith("låg likhet") for part in b.reason.split("; "))
                and all(sid in statements for sid in b.statement_ids)
            ):
                far.append((t, k, row + k))
        row += len(draft.bullets)
    if not far:
        return list(themes)
    nearness.embed_sentences({sid for t, k, _ in far for sid in themes[t].bullets[k].statement_ids})
    result = [list(d.bullets) for d in themes]
    for t, k, row in far:
        bullet = themes[t].bullets[k]
        nearest = [nearness.sentence(vectors[row], sid) for sid in bullet.statement_ids]
        if min(nearest) >= threshold:
            result[t][k] = replace(bullet, supported=True, reason="", similarity=min(nearest))
    return [replace(d, bullets=tuple(b)) for d, b in zip(themes, result, strict=True)]


def ground(
    drafts: Drafts,
    inp: DraftInput,
    embed: Embed,
    *,
    threshold: float = SUPPORT_THRESHOLD,
) -> Drafts:
    """Every claim checked against what it cites (see synth.draft.grounding)."""
    # a line's attribution ("I tre intervjuer beskrivs att …") is counted from its sources;
    # what is grounded against them is what it claims
    texts = [claim(b.text) for d in drafts.themes for b in d.bullets]
    vectors = embed(texts) if texts else np.zeros((0, 0), dtype=np.float32)
    # a finding rests on its theme and on whoever else said what its headline says
    members = {t.id: set(t.statement_ids) for t in inp.themes}
    # a line that names the other side's finding cites what that finding rests on
    support = {d.theme_id: set(d.support_ids) for d in drafts.themes}
    nearest = _Nearness(inp.statements, inp.vectors, embed)
    row = 0
    themes = []
    for draft in drafts.themes:
        bullets = []
        for bullet in draft.bullets:
            own = members.get(finding_theme(draft.theme_id), set()) | set(draft.support_ids)
            cited = support.get(bullet.counterpart, set()) if bullet.counterpart else own
            # a misgiving said beside a wish rests on what it cites alone
            cited = set(bullet.statement_ids) if bullet.beside else cited
            checked = ground_bullet(bullet, vectors[row], inp.vectors, cited, threshold=threshold)
            if not checked.supported and draft.origin.backend == OFFLINE:
                checked = (
                    _trimmed(
                        bullet,
                        vectors[row],
                        inp.statements,
                        inp.vectors,
                        cited,
                        threshold,
                        inp.roles,
                        nearest,
                    )
                    or checked
                )
            bullets.append(checked)
            row += 1
        themes.append(replace(draft, bullets=tuple(bullets)))
    themes = _grounded_in_sentences(themes, vectors, inp.statements, nearest, threshold)
    known = {t.id for t in inp.drafted} | {d.theme_id for d in drafts.themes}
    assessment = drafts.assessment
    if assessment is not None:
        assessment = replace(
            assessment, points=tuple(ground_point(p, known) for p in assessment.points)
        )
    recommendations = tuple(
        ground_recommendation(r, known, inp.statements) for r in drafts.recommendations
    )
    return Drafts(themes=tuple(themes), assessment=assessment, recommendations=recommendations)
