"""Imports point down only: ui -> forms -> services -> store -> domain (ARCHITECTURE.md).

Read from the source (every import, those inside functions too), so a late import that breaks
a layer is caught without running it."""

import ast
from pathlib import Path

import pytest

DESKTOP = Path(__file__).resolve().parent.parent / "desktop"

# What each layer may import of ours, besides itself (`desktop.locations` finds resources).
ALLOWED = {
    "domain": set(),
    "store": {"domain"},
    "forms": {"domain", "locations"},
    "services": {"store", "domain", "locations"},
    "ui": {"services", "forms", "domain", "locations", "logging_setup", "qt_guard", "__version__"},
}
QT_FREE = ("domain", "store", "forms", "services")


def imports_of(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def modules(layer: str) -> list[Path]:
    return sorted((DESKTOP / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_a_layer_imports_only_the_layers_below_it(layer):
    wrong = []
    for path in modules(layer):
        for name in imports_of(path):
            parts = name.split(".")
            if parts[0] != "desktop" or len(parts) < 2 or parts[1] == layer:
                continue
            if parts[1] not in ALLOWED[layer]:
                wrong.append(f"{path.relative_to(DESKTOP)}: {name}")
    assert wrong == []


@pytest.mark.parametrize("layer", QT_FREE)
def test_the_layers_below_the_ui_hold_no_qt(layer):
    wrong = [f"{path.relative_to(DESKTOP)}: {name}" for path in modules(layer)
             for name in imports_of(path) if name.split(".")[0] == "PySide6"]
    assert wrong == []


def test_the_log_set_up_holds_no_qt():
    assert not any(name.startswith("PySide6") for name in imports_of(DESKTOP / "logging_setup.py"))


def test_the_reads_do_not_import_the_write_side():
    assert not any(name.startswith("desktop.services.cases.steps")
                   for name in imports_of(DESKTOP / "services" / "cases" / "queries.py"))
