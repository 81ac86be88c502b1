"""Files written whole or not at all.

`atomic_write` writes through a temporary file beside the target and renames it over the
target when the writing is done, so that a reader, a crash or a full disk never sees half
a file: the target is the new file or the old one. If the writing fails, the temporary
file is removed and the error goes to the caller.

This module depends on the standard library only.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO, Literal, TextIO, overload

__all__ = ["atomic_write"]

_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_BINARY", 0)  # Windows: no newline translation below Python's own
)
_ATTEMPTS = 100


@overload
def atomic_write(
    path: Path,
    *,
    encoding: None = None,
    newline: None = None,
    private: bool = False,
    replace: bool = True,
    durable: bool = False,
) -> contextlib.AbstractContextManager[BinaryIO]: ...


@overload
def atomic_write(
    path: Path,
    *,
    encoding: str,
    newline: str | None = None,
    private: bool = False,
    replace: bool = True,
    durable: bool = False,
) -> contextlib.AbstractContextManager[TextIO]: ...


def atomic_write(
    path: Path,
    *,
    encoding: str | None = None,
    newline: str | None = None,
    private: bool = False,
    replace: bool = True,
    durable: bool = False,
) -> contextlib.AbstractContextManager[IO[Any]]:
    """A handle to write `path` with: binary, or text in `encoding` (with `newline` as
    `open` takes it). When the `with` block ends the file takes its place at `path`;
    when the block or the writing raises, `path` is left as it was and nothing else
    remains. The folder is created if missing.

    - `private`: readable and writable by the owner only (0600), as a key must be;
      otherwise the usual permissions (the umask's).
    - `replace=False`: a file that is at `path` by the time the writing is done is kept
      (another process made it a moment ago) and what was written is dropped.
    - `durable`: the file and the rename are on disk (fsync) before the block returns:
      for a file that cannot be made again, such as the survey key.
    """
    return _atomic_write(path, encoding, newline, private, replace, durable)


@contextlib.contextmanager
def _atomic_write(
    path: Path,
    encoding: str | None,
    newline: str | None,
    private: bool,
    replace: bool,
    durable: bool,
) -> Iterator[IO[Any]]:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary, fd = _create(path, 0o600 if private else 0o666)
    try:
        mode: Literal["w", "wb"] = "wb" if encoding is None else "w"
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as handle:
            yield handle
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        if replace:
            os.replace(temporary, path)
        else:
            _link_new(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    if durable:
        _sync_folder(path.parent)


def _create(path: Path, mode: int) -> tuple[Path, int]:
    """A new hidden file beside `path` (".name.<random>.tmp"), opened for writing."""
    for _ in range(_ATTEMPTS):
        temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return temporary, os.open(temporary, _FLAGS, mode)
        except FileExistsError:
            continue
    raise FileExistsError(f"{path.parent}: no free name for a temporary file")


def _link_new(temporary: Path, path: Path) -> None:
    """Put `temporary` at `path` unless a file is there already (then that one wins)."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        pass  # made by a concurrent process a moment ago; that one is kept
    except OSError:
        # a file system without hard links: a plain rename, still never a partial file
        if not path.exists():
            os.replace(temporary, path)


def _sync_folder(folder: Path) -> None:
    """Make a rename itself durable; not possible (nor needed) on every platform."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
