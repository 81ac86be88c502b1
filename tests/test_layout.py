"""The project's promises about itself: the README's commands, CI, and synth without Prefect."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [block.strip() for block in re.findall(r"```bash\n(.*?)```", text, re.S)]


def test_ci_runs_exactly_the_readme_install_and_test_commands() -> None:
    install, demo, test = readme_commands()[:3]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert install in ci
    assert test in ci
    assert demo == "synth demo"


def test_the_library_never_imports_prefect() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "synth").rglob("*.py")
        if re.search(r"^\s*(import prefect|from prefect)", path.read_text(encoding="utf-8"), re.M)
    ]
    assert offenders == []
    code = (
        "import sys, pkgutil, importlib, synth\n"
        "for m in pkgutil.walk_packages(synth.__path__, 'synth.'):\n"
        "    importlib.import_module(m.name)\n"
        "print('prefect' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "False"


def test_outputs_keeps_only_its_placeholder_in_git() -> None:
    ignore = (ROOT / ".gitignore").read_text(encoding="utf-8")
    assert "outputs/*" in ignore and "!outputs/.gitkeep" in ignore
    assert (ROOT / "outputs" / ".gitkeep").is_file()
