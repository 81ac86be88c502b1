"""The floor plan: every module of synth and flows imports only from its layer and below.

`LAYERS` is the one place the order is written down, bottom first. A module belongs to the
longest entry its dotted name starts with (`synth.privacy.engagement` before
`synth.privacy`). A module may import its own entry freely and any entry of a lower layer;
an entry of the same layer only when the pair is listed in `SAME_LAYER`; nothing above.
Function-local imports and imports under `TYPE_CHECKING` count like any other.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

LAYERS: tuple[tuple[str, ...], ...] = (
    # -- foundation: settings, records and utilities every layer may use --------------------
    (
        "synth.errors",
        "synth.validation",  # pydantic's errors as one message
        "synth.files",  # writing a file whole or not at all
    ),
    (
        "synth.config",
        "synth.records",  # records several layers share (statements, themes, drafts, …)
        "synth.dates",
        "synth.cells",
        "synth.templates",
        "synth.addresses",
        "synth.text",  # sentences, Swedish stop words, fillers and stems
        "synth.workbooks",  # opening openpyxl workbooks
        "synth.cache",  # the key-value cache of embeddings and model answers
    ),
    ("synth.outputs",),
    # -- privacy: finding and replacing personal data; needs only the foundation ------------
    ("synth.privacy",),
    # -- the engagement's own files ----------------------------------------------------------
    # tables sit above privacy: an error message hides a header that holds a name
    ("synth.tables",),
    ("synth.roster", "synth.forms"),  # interview log and recipient list; form definitions
    # the engagement's pseudonymiser, built from the names in the roster
    ("synth.privacy.engagement",),
    # -- the store, and what needs nothing but the store -------------------------------------
    ("synth.store",),
    ("synth.workspace", "synth.export"),
    # -- the steps of an engagement, in the order their results are used --------------------
    ("synth.ingest",),
    ("synth.survey",),
    ("synth.synthesis",),
    ("synth.draft",),
    ("synth.review",),
    ("synth.deck",),
    # -- entry points ------------------------------------------------------------------------
    ("flows",),
    ("synth.cli",),
)

SAME_LAYER: frozenset[tuple[str, str]] = frozenset()
"""(importer entry, imported entry) pairs of one layer that may import each other."""


def _entry(module: str) -> str | None:
    """The longest `LAYERS` entry `module` falls under, or None."""
    entries = [e for layer in LAYERS for e in layer if module == e or module.startswith(e + ".")]
    return max(entries, key=len, default=None)


def _layer(entry: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if entry in layer)


def _modules() -> Iterator[tuple[str, Path]]:
    for package in ("synth", "flows"):
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            yield ".".join(parts), path


def _imports(module: str, path: Path) -> Iterator[tuple[int, str]]:
    """(line, imported module) for every import of synth or flows in the file."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module.split(".")
                package = package if is_package else package[:-1]
                package = package[: len(package) - (node.level - 1)]
                base = ".".join([*package, *([base] if base else [])])
            # `from synth.store import themes` imports the module synth.store.themes
            names = [
                f"{base}.{alias.name}" if _is_module(f"{base}.{alias.name}") else base
                for alias in node.names
            ]
        else:
            continue
        for name in dict.fromkeys(names):
            if name.split(".")[0] in {"synth", "flows"}:
                yield node.lineno, name


def _is_module(name: str) -> bool:
    path = ROOT.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def upward_imports() -> list[str]:
    problems: list[str] = []
    for module, path in _modules():
        if module in {"synth", "flows"} and module not in [e for layer in LAYERS for e in layer]:
            # a package's own __init__ outside every layer may import nothing of it
            problems.extend(
                f"{path.relative_to(ROOT)}:{line}: {module} imports {name}"
                for line, name in _imports(module, path)
            )
            continue
        own = _entry(module)
        if own is None:
            problems.append(f"{module}: belongs to no layer; add it to LAYERS")
            continue
        for line, name in _imports(module, path):
            other = _entry(name)
            where = f"{path.relative_to(ROOT)}:{line}: {module} imports {name}"
            if other is None:
                if name not in {"synth", "flows"}:
                    problems.append(f"{where} (which belongs to no layer)")
                continue
            if other == own or _layer(other) < _layer(own):
                continue
            if _layer(other) == _layer(own):
                if (own, other) not in SAME_LAYER:
                    problems.append(f"{where} ({other} is on the same layer as {own})")
            else:
                problems.append(f"{where} ({other} is on a higher layer than {own})")
    return problems


def test_no_module_imports_a_layer_above_its_own() -> None:
    problems = upward_imports()
    assert not problems, "imports against the floor plan:\n" + "\n".join(problems)


def test_the_check_sees_an_upward_import(tmp_path: Path) -> None:
    source = "def f():\n    from synth.deck.build import write_deck\n"
    path = tmp_path / "module.py"
    path.write_text(source, encoding="utf-8")
    assert [name for _, name in _imports("synth.store.x", path)] == ["synth.deck.build"]
    assert _layer(_entry("synth.deck.build") or "") > _layer(_entry("synth.store.x") or "")
