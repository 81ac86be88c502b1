"""One drafting run of an engagement, as the CLI and the flow start it.

The API key arrives as a value: the caller (CLI, flow) reads it from the environment
variable the engagement names. The endpoint rule and the privacy guard apply before
anything is sent (the endpoint rule again at every request); the model's answers are
pseudonymised before they are read; `llm.deadline_s` bounds the whole run.

The themes workbook is not written here: draft sits below the review package, and the
callers write the workbook (Utkast sheet included) through it after the step. They pass
the review guard as `before`, which runs on the open store before any draft is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from synth.cache import CACHE_FILE
from synth.config import EngagementConfig
from synth.draft.client import (
    Deadline,
    GuardedChatModel,
    OpenAIChatModel,
    ResponseCache,
    check_endpoint,
    is_private_host,
)
from synth.draft.engine import DraftInput, ModelBackend, draft_offline, draft_with_model, ground
from synth.draft.guard import PromptGuard
from synth.draft.offline import OFFLINE
from synth.draft.prompts import Prompts
from synth.draft.support import topic_vectors
from synth.errors import LLMError
from synth.privacy.engagement import engagement_pseudonymiser
from synth.records import Drafts, Progress
from synth.store import Store
from synth.store.drafts import finding_support, load_drafts, save_drafts
from synth.store.themes import lens_records, load_themes, rejected_quotes
from synth.synthesis.embed import Embedder, EmbeddingCache, cached_encode
from synth.synthesis.engine import LensReader, lens_reader
from synth.synthesis.lenses import PERSPECTIVE_LENS, default_lenses_path, load_lenses
from synth.synthesis.workflow import embedder_for, engagement_lenses
from synth.text.functions import function_labels

__all__ = ["DraftRun", "draft_engagement", "load_current_drafts"]

_NO_KEY = "ingen-nyckel"  # local servers take any key; the client requires one


@dataclass(frozen=True)
class DraftRun:
    drafts: Drafts
    backend: str
    model: str
    fallbacks: list[tuple[str, str]] = field(default_factory=list)

    @property
    def unsupported(self) -> int:
        bullets = sum(d.unsupported for d in self.drafts.themes)
        points = self.drafts.assessment.points if self.drafts.assessment else ()
        return (
            bullets
            + sum(1 for p in points if not p.supported)
            + sum(1 for r in self.drafts.recommendations if not r.supported)
        )


def _chat_model(
    config: EngagementConfig, base_url: str | None, model: str | None, api_key: str | None
) -> OpenAIChatModel:
    """The chat model the settings name; `base_url` and `model` (the command line's) win.

    An Azure OpenAI resource (`llm.azure_endpoint`) is used unless a base URL is given on
    the command line: the deployment is its model, and the same endpoint rule applies."""
    llm = config.llm
    azure = llm.azure and not base_url
    if azure:
        base_url, setting, api_version = llm.azure_endpoint, "llm.azure_endpoint", llm.api_version
        model = model or llm.deployment
    else:
        base_url, setting, api_version = base_url or llm.base_url, "llm.base_url", ""
        model = model or llm.model
    if not base_url:
        raise LLMError(
            "llm.base_url saknas: ange --base-url eller base_url i engagement.toml "
            "(eller azure_endpoint för Azure OpenAI)"
        )
    if not model:
        raise LLMError("llm.model saknas: ange --model eller model i engagement.toml")
    check_endpoint(base_url, allow_external=llm.allow_external, setting=setting)
    if not api_key:
        from urllib.parse import urlsplit

        if azure or not is_private_host(urlsplit(base_url).hostname or ""):
            raise LLMError(
                f"miljövariabeln {llm.api_key_env} är inte satt; den behövs för {base_url}"
            )
        api_key = _NO_KEY
    return OpenAIChatModel(
        base_url=base_url,
        model=model,
        api_key=api_key,
        timeout=llm.timeout_seconds,
        max_retries=llm.max_retries,
        allow_external=llm.allow_external,
        deadline=Deadline(llm.deadline_s),
        api_version=api_version,
        max_tokens=llm.max_tokens,
    )


def _rated_functions(store: Store) -> tuple[str, ...]:
    """The support functions the survey's Likert questions ask about, as the deck labels
    them ("Hur nöjd är du med stödet från HR?" asks about "HR"); none without two such
    questions, whose shared words tell the function from the question."""
    questions = list(dict.fromkeys(r.question for r in store.responses()))
    return tuple(function_labels(questions).values()) if len(questions) > 1 else ()


def _perspective_lens(
    config: EngagementConfig, embedder: Embedder, cache: EmbeddingCache
) -> LensReader | None:
    """The perspective lens the synthesis read the statements with (`engagement_lenses`)."""
    own, lens_cache = engagement_lenses(config)
    lens_set = load_lenses(own or default_lenses_path())
    return lens_reader(lens_set, PERSPECTIVE_LENS, embedder, cache, lens_cache)


def draft_engagement(
    config: EngagementConfig,
    *,
    backend: str | None = None,
    base_url: str | None = None,
    model: str | None = None,
    api_key: str | None = None,
    embedder: Embedder | None = None,
    progress: Progress | None = None,
    before: Callable[[Store], None] | None = None,
) -> DraftRun:
    """Draft every current theme with `backend` (default: engagement.toml's), check every
    claim and store the drafts as a recorded run, keeping the consultant's edits.

    `before` runs on the store before any draft is stored; it may refuse by raising (the
    callers pass `synth.review.check_no_unimported_edits`).
    """
    chosen = backend or config.llm.backend
    if chosen not in {OFFLINE, "openai"}:
        raise LLMError(f"llm.backend: '{chosen}' finns inte i den här versionen (offline, openai)")
    chat = None
    if chosen == "openai":
        chat = _chat_model(config, base_url, model, api_key)
    embedder = embedder or embedder_for(config)
    cache = EmbeddingCache(config.cache_dir / CACHE_FILE)
    with Store.open(config.store_url) as store:
        if before is not None:
            before(store)  # before any draft is stored, not after
        with store.recorded_run("draft") as record:
            statements = {s.id: s for s in store.statements()}
            ids = list(statements)
            encoded = cached_encode(embedder, [statements[i].text for i in ids], cache)
            vectors = dict(zip(ids, encoded, strict=True))
            inp = DraftInput(
                themes=load_themes(store),
                statements=statements,
                lenses=lens_records(store),
                vectors=vectors,
                topics=topic_vectors(list(statements.values()), vectors),
                anonymity_threshold=config.engagement.anonymity_threshold,
                featured=config.deck.findings,
                functions=_rated_functions(store),
                previous=finding_support(store),
                rejected=frozenset(rejected_quotes(store)),
                perspective_of=_perspective_lens(config, embedder, cache),
            )
            fallbacks: list[tuple[str, str]] = []
            own_prompts = config.root / config.llm.prompts if config.llm.prompts else None
            if chat is None:
                drafts = draft_offline(inp)
                if progress is not None:
                    progress(1, 1)
            else:
                guard = PromptGuard(engagement_pseudonymiser(config).pseudonymiser)
                model_backend = ModelBackend(
                    chat=GuardedChatModel(chat, guard),
                    prompts=Prompts(own_prompts),
                    guard=guard,
                    cache=ResponseCache(config.cache_dir / CACHE_FILE, clean=guard.clean),
                    concurrency=config.llm.concurrency,
                )
                drafts, fallbacks = draft_with_model(inp, model_backend, progress=progress)
            drafts = ground(drafts, inp, lambda texts: cached_encode(embedder, texts, cache))
            save_drafts(store, drafts, record.id)
            current = load_drafts(store, inp.themes)
            run = DraftRun(
                drafts=current,
                backend=chosen,
                model=chat.name if chat is not None else "",
                fallbacks=fallbacks,
            )
            record.summary = {
                "backend": chosen,
                "model": run.model,
                "themes": len(current.themes),
                "recommendations": len(current.recommendations),
                "unsupported": run.unsupported,
                "fallbacks": [f"{item}: {reason}" for item, reason in fallbacks],
            }
        return run


def load_current_drafts(config: EngagementConfig) -> Drafts:
    """The drafts as they stand, edits included, in the consultant's theme order (the deck's
    input)."""
    with Store.open(config.store_url) as store:
        return load_drafts(store, load_themes(store))
