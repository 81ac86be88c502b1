"""A process killed in the middle of storing a file leaves the store as it was before."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from sqlalchemy import URL

from synth.store import Store
from tests.store.test_store import transcript

CHILD = textwrap.dedent(
    """
    import sys, time
    from synth.store import store as module, writing
    from tests.store.test_store import transcript

    original = writing._add_children

    def add_then_hang(session, *args):
        original(session, *args)
        session.flush()  # the new rows are written to the database file, not yet committed
        with open(sys.argv[2], "w") as marker:
            marker.write("inside the transaction")
        time.sleep(120)

    writing._add_children = add_then_hang
    store = module.Store.open(sys.argv[1])
    store.store_file(None, transcript("inbox/a.txt", ["Ny version."] * 50, content="v2"))
    """
)


def test_sigkill_mid_file_leaves_the_previous_version(tmp_path: Path, store_url: URL) -> None:
    url = store_url.render_as_string()
    store = Store.open(url)
    store.store_file(None, transcript("inbox/a.txt", ["Första.", "Andra."]))
    store.close()
    marker = tmp_path / "marker"

    repo = Path(__file__).resolve().parents[2]
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, url, str(marker)],
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo)},
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert child.poll() is None, "the child process ended before it was killed"
            assert time.monotonic() < deadline, "the child never reached the transaction"
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()

    with Store.open(url) as store:
        assert [s.text for s in store.statements()] == ["Första.", "Andra."]
        assert [s.version for s in store.sources()] == [1]
        assert not [e for e in store.events() if e.action == "replaced"]
        # and the store still takes the new version afterwards
        store.store_file(None, transcript("inbox/a.txt", ["Ny version."], content="v2"))
        assert [s.text for s in store.statements()] == ["Ny version."]
