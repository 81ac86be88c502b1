from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from synth.files import atomic_write

REPO = Path(__file__).resolve().parents[1]


def test_the_file_takes_its_place_when_the_block_ends(tmp_path: Path) -> None:
    target = tmp_path / "ut" / "uttalanden.csv"  # the folder is made
    with atomic_write(target, encoding="utf-8-sig", newline="") as handle:
        handle.write("id;text\r\n")
        assert not target.exists()  # nobody sees half a file
    assert target.read_bytes() == "\ufeffid;text\r\n".encode()

    with atomic_write(target) as stream:
        stream.write(b"ny")
    assert target.read_bytes() == b"ny"
    assert [p.name for p in target.parent.iterdir()] == ["uttalanden.csv"]


def test_a_block_that_raises_leaves_the_old_file_and_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "iakttagelser.pptx"
    target.write_bytes(b"gammal")

    with pytest.raises(OSError, match="No space"), atomic_write(target) as stream:
        stream.write(b"halv")
        raise OSError(errno.ENOSPC, "No space left on device")

    assert target.read_bytes() == b"gammal"
    assert [p.name for p in tmp_path.iterdir()] == ["iakttagelser.pptx"]


def test_permissions_are_the_usual_ones_or_the_owners_only(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        with atomic_write(tmp_path / "delad.csv", encoding="utf-8") as handle:
            handle.write("x")
        with atomic_write(tmp_path / "nyckel", encoding="ascii", private=True) as handle:
            handle.write("x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "delad.csv").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "nyckel").stat().st_mode) == 0o600


def test_without_replace_a_file_made_meanwhile_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "survey.key"
    with atomic_write(target, encoding="ascii", replace=False, durable=True) as handle:
        handle.write("min")
        target.write_text("den andras", encoding="ascii")  # another process got there first
    assert target.read_text(encoding="ascii") == "den andras"
    assert [p.name for p in tmp_path.iterdir()] == ["survey.key"]


# A child process whose files may not grow past 16 KiB: its writes fail (EFBIG) as they
# would on a full disk, without a file system to fill.
CHILD = """
import sys
from pathlib import Path
from synth.export import write_statements_csv
from synth.records import SourceType, Statement

statements = [
    Statement(f"INT-01.{i:03d}", "INT-01", SourceType.INTERVJU, i, "Lönekontoret svarar fort. " * 4)
    for i in range(500)
]
out = Path(sys.argv[1]) / "uttalanden.csv"
try:
    write_statements_csv(statements, out)
except OSError as exc:
    print(exc.errno)
"""


def _small_files() -> None:
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failing write, not a killed process
    resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 1024, 16 * 1024))


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_statements_export_that_cannot_be_written_leaves_no_file_behind(tmp_path: Path) -> None:
    folder = tmp_path / "ut"
    folder.mkdir()
    (folder / "uttalanden.csv").write_text("förra exporten", encoding="utf-8")

    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder)],
        cwd=REPO,
        capture_output=True,
        text=True,
        preexec_fn=_small_files,
        check=False,
        timeout=120,
    )

    assert child.returncode == 0, child.stderr
    assert child.stdout.strip() == str(errno.EFBIG)
    assert [p.name for p in folder.iterdir()] == ["uttalanden.csv"]
    assert (folder / "uttalanden.csv").read_text(encoding="utf-8") == "förra exporten"
