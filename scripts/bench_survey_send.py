"""Measure rendering and e-mailing personalised survey workbooks to a local SMTP server.

    python scripts/bench_survey_send.py                  # 350 recipients, chefsenkat
    python scripts/bench_survey_send.py --recipients 1000 --form stodresurser

The demo engagement's recipient list is repeated (with distinct e-mail addresses) up to
the number asked for; the workbooks are rendered, then sent one message each through
smtplib to aiosmtpd on 127.0.0.1, unthrottled (the time a real send takes is set by
`mail.per_minute`, which the report works out too). A second send shows that nobody is
mailed twice.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

from synth.config import load_config
from synth.survey.render import render_engagement
from synth.survey.sending import send_form
from synth.survey.transport import SmtpSettings, SmtpTransport

sys.path.insert(0, str(Path(__file__).parent))
from bench_survey import recipients_list  # the same recipient list as the render benchmark

DEMO = Path(__file__).resolve().parents[1] / "examples" / "exempelkommun"


class _Counter:
    def __init__(self) -> None:
        self.messages = 0
        self.bytes = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages += 1
        self.bytes += len(envelope.original_content)
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--recipients", type=int, default=350)
    parser.add_argument("--form", default="chefsenkat")
    args = parser.parse_args()
    counter = _Counter()
    controller = Controller(counter, hostname="127.0.0.1", port=_free_port())
    controller.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "bench"
            shutil.copytree(
                DEMO, root, ignore=shutil.ignore_patterns("store.sqlite*", "cache", "outbox")
            )
            recipients_list(DEMO / "mottagare.xlsx", root / "mottagare.xlsx", args.recipients)
            config = load_config(root)
            settings = SmtpSettings.from_config(
                config.mail, host=controller.hostname, port=controller.port
            )

            started = time.perf_counter()
            rendered = render_engagement(config, args.form, deadline=config.mail.deadline)
            render_seconds = time.perf_counter() - started

            started = time.perf_counter()
            report = send_form(config, args.form, SmtpTransport(settings))
            send_seconds = time.perf_counter() - started

            started = time.perf_counter()
            again = send_form(config, args.form, SmtpTransport(settings))
            again_seconds = time.perf_counter() - started
    finally:
        controller.stop()

    count = len(rendered.workbooks)
    total = render_seconds + send_seconds
    print(f"form: {rendered.form.id} v{rendered.form.version}, {count} recipients")
    print(f"render: {count} workbooks in {render_seconds:.2f} s")
    print(
        f"send: {report.count('sent')} sent, {report.count('failed')} failed in "
        f"{send_seconds:.2f} s ({1000 * send_seconds / count:.0f} ms each, "
        f"{counter.bytes / max(counter.messages, 1) / 1024:.0f} KB a message)"
    )
    print(f"render + send: {total:.2f} s")
    print(
        f"send again: {again.count('sent')} sent, {again.count('skipped')} skipped "
        f"in {again_seconds:.2f} s"
    )
    per_minute = config.mail.per_minute
    print(
        f"throttled at mail.per_minute = {per_minute}: about {count / per_minute:.0f} min "
        "against a real server"
    )


if __name__ == "__main__":
    main()
