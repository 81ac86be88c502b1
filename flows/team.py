"""Team mode: an engagement's deployments on a shared Prefect server, run by workers.

`synth serve --pool NAME` registers the engagement flow (run on demand) and the survey
schedules (collection every hour, reminders on their dates) in a process work pool on a
self-hosted Prefect server, then returns: the server keeps the schedules, and every
`prefect worker start --pool NAME`, on any machine where synth is installed and the
engagement folder is reachable at the same path, picks runs up. Nothing needs to stay
running on the consultant's machine.

The deployments name their flows by module path, so a worker imports them from the
installed synth; no code is uploaded anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from prefect.deployments.runner import EntrypointType, RunnerDeployment
from prefect.exceptions import ObjectNotFound
from prefect.settings import PREFECT_API_URL, temporary_settings

from flows.engagement import engagement_flow
from flows.survey import made, survey_deployments
from synth.errors import SynthError
from synth.survey.schedule import ServePlan

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "POOL_TYPE",
    "Registered",
    "ServerUnavailable",
    "engagement_deployment",
    "register",
    "server_url",
    "team_deployments",
]

POOL_TYPE = "process"
"""Workers start flow runs as local processes: synth is installed where they run."""


class ServerUnavailable(SynthError):
    """No Prefect server named, or the one named does not answer."""


@dataclass(frozen=True)
class Registered:
    """What `register` put on the server, for the command line to print."""

    server: str
    pool: str
    pool_created: bool
    deployments: tuple[str, ...]
    """Full names, `flow/deployment`, as `prefect deployment run` takes them."""


def server_url(server: str | None) -> str:
    """The server to register on: `server`, else Prefect's own PREFECT_API_URL setting
    (environment or profile). Without either, Prefect would use a temporary server of its
    own that no worker can reach, so that is refused."""
    url = server or PREFECT_API_URL.value()
    if not url:
        raise ServerUnavailable(
            "ingen Prefect-server angiven: ange --server http://<värd>:4200/api "
            "eller sätt PREFECT_API_URL"
        )
    return str(url).rstrip("/")


def engagement_deployment(root: Path, plan: ServePlan) -> RunnerDeployment:
    """The engagement flow for `root`, without a schedule: a consultant starts it with
    `prefect deployment run synth-engagement/<plan.run_name>`."""
    return made(
        engagement_flow.to_deployment(
            name=plan.run_name,
            parameters={"root": str(root)},
            description="Hela kedjan för uppdraget: inläsning, teman, utkast och presentation.",
            entrypoint_type=EntrypointType.MODULE_PATH,
        )
    )


def team_deployments(
    root: Path,
    plan: ServePlan,
    *,
    forms: list[str] | None = None,
    dry_run: bool = False,
    smtp_host: str | None = None,
    smtp_port: int | None = None,
) -> list[RunnerDeployment]:
    """Everything team mode registers for the engagement in `root`."""
    survey = survey_deployments(
        root, plan, forms=forms, dry_run=dry_run, smtp_host=smtp_host, smtp_port=smtp_port
    )
    return [engagement_deployment(root, plan), *survey]


def register(deployments: Sequence[RunnerDeployment], *, server: str, pool: str) -> Registered:
    """Register `deployments` in the process work pool `pool` on `server`, creating the
    pool when it does not exist. Registering again updates them in place."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate

    with temporary_settings(updates={PREFECT_API_URL: server}):
        with get_client(sync_client=True) as client:
            if client.api_healthcheck() is not None:
                raise ServerUnavailable(f"Prefect-servern på {server} svarar inte")
            try:
                kind = client.read_work_pool(pool).type
                created = False
            except ObjectNotFound:
                kind = client.create_work_pool(WorkPoolCreate(name=pool, type=POOL_TYPE)).type
                created = True
            if kind != POOL_TYPE:
                # its workers would start containers or cloud jobs without synth in them
                raise SynthError(
                    f"arbetspoolen {pool} på {server} är av typen {kind}, inte {POOL_TYPE}: "
                    "välj en annan --pool"
                )
        for deployment in deployments:
            deployment.apply(work_pool_name=pool)
    return Registered(
        server=server,
        pool=pool,
        pool_created=created,
        deployments=tuple(f"{d.flow_name}/{d.name}" for d in deployments),
    )
